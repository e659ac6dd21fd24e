"""The fast scan of a stage's rules finds exactly what each rule's own regex finds."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from polevents import Span, defaults
from polevents._matching import (
    _checked_heads,
    _read_heads,
    _whole_word_heads,
    find_at_heads,
    scan,
)
from polevents.rules import Match, PatternRule, RuleSet, Stage, pattern, phrase

_PHRASE_STAGES = (Stage.PARTIES, Stage.REASONS, Stage.ROLES, Stage.TITLES)


def _spans_by_regex(text: str, rule: PatternRule) -> list[tuple[int, int]]:
    return [found.span() for found in rule.compiled.finditer(text)]


def _spans_at_heads(text: str, rule: PatternRule) -> list[tuple[int, int]]:
    """Where the rule matches, tried only at its heads as the stages try it."""
    heads, whole = _checked_heads(rule), _whole_word_heads(rule)
    return [found.span() for found in find_at_heads(text, rule.compiled, heads, whole)]


def _by_regex(text: str, rules: RuleSet, stage: Stage) -> list[Match]:
    """The plain reading: every rule's regex over the whole text, leftmost then longest wins."""
    staged = rules.for_stage(stage).rules
    candidates = sorted(
        (found.start(), found.start() - found.end(), index, found)
        for index, rule in enumerate(staged)
        for found in rule.compiled.finditer(text)
        if found.end() > found.start()
    )
    kept: list[Match] = []
    end = -1
    for start, _, index, found in candidates:
        if start < end:
            continue
        rule = staged[index]
        groups = {
            name: Span(found.start(name), found.end(name))
            for name in rule.compiled.groupindex
            if not name.startswith("_") and found.start(name) >= 0
        }
        match = Match(rule.id, rule.label, Span(found.start(), found.end()), groups)
        if rule.check is None or rule.check(match, text):
            kept.append(match)
            end = found.end()
    return kept


def _phrases() -> list[str]:
    return sorted(
        {
            phrase
            for stage in _PHRASE_STAGES
            for rule in defaults.RULES.for_stage(stage).rules
            for phrase in rule.phrases
        }
    )


# Whole phrases, and the words they are made of, so that texts hold phrases whose
# later words are written elsewhere or not at all; and characters that fold to two.
_texts = st.lists(
    st.one_of(
        st.sampled_from(_phrases()),
        st.sampled_from(_phrases()).map(lambda phrase: regex.findall(r"\w++", phrase)[-1]),
        st.sampled_from([" ", "  ", "\n", ", ", "'s ", "-", ". ", "the", "ß", "Ş"]),
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_texts, stage=st.sampled_from(_PHRASE_STAGES))
def test_phrase_stages_find_what_their_regexes_find(text: str, stage: Stage) -> None:
    """Looking phrases up by their words, and skipping those whose words are missing, loses nothing."""
    found = [(m.rule_id, m.span) for m in scan(text, defaults.RULES, stage)]
    expected = [(m.rule_id, m.span) for m in _by_regex(text, defaults.RULES, stage)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The rule's regex finds "whip suspended"; "suspended" inside it is no match of its
        # own, so after "group whip" wins the overlap, nothing of the rule is left.
        ("the group whip suspended him", [("group", "group whip")]),
        (
            "the whip suspended him, suspended again",
            [("whip", "whip suspended"), ("whip", "suspended")],
        ),
        # One-word phrases only: every place the word is written, in any case.
        (
            "Suspended, SUSPENDED and suspended",
            [("whip", "Suspended"), ("whip", "SUSPENDED"), ("whip", "suspended")],
        ),
    ],
)
def test_a_rules_own_matches_do_not_overlap(text: str, expected: list[tuple[str, str]]) -> None:
    rules = RuleSet(
        [
            phrase("whip suspended", "suspended", stage=Stage.REASONS, label="x", id="whip"),
            phrase("group whip", stage=Stage.REASONS, label="x", id="group"),
        ]
    )
    found = scan(text, rules, Stage.REASONS)

    assert [(m.rule_id, m.span.of(text)) for m in found] == expected
    assert [(m.rule_id, m.span) for m in found] == [
        (m.rule_id, m.span) for m in _by_regex(text, rules, Stage.REASONS)
    ]


@pytest.mark.parametrize(
    ("source", "heads"),
    [
        (r"(?<!\w)(?:Jan|January)(?!\w)", {"jan": True, "january": True}),
        # An optional article before the word: "an" is whole, "independent(s)" may go on.
        (
            r"(?<!\w)(?:an[^\S\n]++)?independents?(?=[^\S\n]*+[.,])",
            {"an": True, "independent": False, "independents": False},
        ),
        (r"(?<!\w)(?i:last)[^\S\n]{1,3}week", {"last": True}),
        (r"(?<!\w)(?i:last)[^\S\n]{0,3}week", {"last": False}),  # "lastweek" matches
        (r"\bjoin(?=[^\S\n]++)", {"join": True}),
        (r"\bjoin(?=[^\S\n]++|s)", {"join": False}),
        (r"join(?!\w)", {"join": False}),  # no start of a word before it
        (r"(?<!\w)de-?selected(?!\w)", {"deselected": True, "de-selected": False}),
        (r"(?<!\w)(?:foo)+ bar", {"foo": False}),
        (r"(?x)(?<!\w)jan(?!\w)", None),  # verbose: the source's text is not the literal
    ],
)
def test_heads_and_whether_they_are_whole_words(source: str, heads: dict[str, bool] | None) -> None:
    read = _read_heads(source)
    assert (dict(read) if read is not None else None) == heads


_RULE_STAGES = (Stage.PARTIES, Stage.DEPARTURES, Stage.REASONS, Stage.DATES)


def _examples(stage: Stage) -> list[str]:
    return [e for rule in defaults.RULES.for_stage(stage).rules for e in rule.examples]


# Examples of the rules, with their words run into others ("plan", "Basquit") and cut.
_rule_texts = st.tuples(
    st.sampled_from(_RULE_STAGES),
    st.lists(
        st.one_of(
            st.sampled_from([e for stage in _RULE_STAGES for e in _examples(stage)]),
            st.sampled_from(["an", "plan", "Basquit", "x", "ß", "MAY", "may's", "\n", "-", "9"]),
        ),
        max_size=12,
    ),
    st.sampled_from(["", " ", "x"]),
)


@settings(max_examples=300, deadline=None)
@given(case=_rule_texts)
def test_pattern_rules_find_what_their_regexes_find(case: tuple[Stage, list[str], str]) -> None:
    """Trying pattern rules only where their heads are written, or their words, loses nothing."""
    stage, parts, glue = case
    text = glue.join(parts)
    for rule in defaults.RULES.for_stage(stage).rules:
        if not rule.phrases:
            assert _spans_at_heads(text, rule) == _spans_by_regex(text, rule), rule.id


# Rules whose heads are whole words, or look as if they were.
_EDGE_RULES = RuleSet(
    pattern(source, stage="departures", label="x", id=f"t.edge{number}")
    for number, source in enumerate(
        [
            r"(?<!\w)(?:month|months)(?!\w)",  # "month" must not stand for "months"
            r"(?<!\w)(?:an[^\S\n]++)?independents?\b",
            r"(?<!\w)(?i:last)[^\S\n]{0,3}week",
            r"(?<!\w)(?:jan|january)(?=[^\S\n]*+\d)",
            r"\bjoin(?=[^\S\n]++|s)",
        ]
    )
)
_edge_texts = st.lists(
    st.sampled_from(
        [
            *("month", "months", "monthly", "an", "and", "independent", "independents", "last"),
            *("LASTweek", "week", "jan", "January", "janet", "joins", "join", "1", "ß", "\n", "-"),
        ]
    ),
    max_size=20,
).flatmap(lambda parts: st.sampled_from([" ", "", "  "]).map(lambda glue: glue.join(parts)))


@settings(max_examples=300, deadline=None)
@given(text=_edge_texts)
def test_whole_word_heads_find_what_their_regexes_find(text: str) -> None:
    for rule in _EDGE_RULES.rules:
        assert _spans_at_heads(text, rule) == _spans_by_regex(text, rule), rule.id
