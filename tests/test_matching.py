"""The fast scan of a stage's rules finds exactly what each rule's own regex finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from polevents import Span, defaults
from polevents._matching import scan
from polevents.rules import Match, RuleSet, Stage

_PHRASE_STAGES = (Stage.PARTIES, Stage.REASONS, Stage.ROLES, Stage.TITLES)


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
