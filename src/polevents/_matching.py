"""Running one stage's rules over a text quickly: phrase rules by word lookup, the rest by regex.

Python's regex engines try every branch of an alternation at every position,
so a stage of a few hundred party names, titles or reason cues costs
milliseconds per article as one big regex. Phrase rules are therefore matched
by looking words up: the text is split into words once (`words`), and an index
built once per `RuleSet` and stage maps each phrase's first word to the
phrases that start with it. Pattern rules run as their own regexes (they start
with a literal word, which the engine finds fast).
"""

from __future__ import annotations

import functools

import attrs
import regex

from polevents._types import Span
from polevents.rules import Match, PatternRule, RuleSet, Stage

__all__ = ["scan", "word_set"]

_WORD = regex.compile(r"\w++", regex.VERSION1)


@functools.lru_cache(maxsize=4)
def word_set(text: str) -> frozenset[str]:
    """The lower-cased words of *text*; memoised because every stage of one article asks."""
    return frozenset(_WORD.findall(text.lower()))


@attrs.frozen
class _Index:
    """A stage's rules: phrase rules by the first words of their phrases, and pattern rules."""

    rules: tuple[PatternRule, ...]
    by_first: dict[str, tuple[int, ...]] = attrs.field(eq=False)
    finders: dict[str, regex.Pattern[str]] = attrs.field(eq=False)
    patterns: tuple[int, ...]


@functools.lru_cache(maxsize=64)
def _index(rules: RuleSet, stage: Stage) -> _Index:
    staged = rules.for_stage(stage).rules
    by_first: dict[str, list[int]] = {}
    patterns: list[int] = []
    for index, rule in enumerate(staged):
        if not rule.phrases:
            patterns.append(index)
            continue
        for text in rule.phrases:
            first = _WORD.search(text.lower())
            if first is not None and index not in by_first.setdefault(first.group(), []):
                by_first[first.group()].append(index)
    finders = {
        word: regex.compile(
            rf"(?<!\w){regex.escape(word)}(?!\w)", regex.VERSION1 | regex.IGNORECASE
        )
        for word in by_first
    }
    return _Index(staged, {w: tuple(r) for w, r in by_first.items()}, finders, tuple(patterns))


def _match(rule: PatternRule, found: regex.Match[str]) -> Match:
    groups = {
        name: Span(found.start(name), found.end(name))
        for name in rule.compiled.groupindex
        if not name.startswith("_") and found.start(name) >= 0
    }
    return Match(rule.id, rule.label, Span(found.start(), found.end()), groups)


def scan(text: str, rules: RuleSet, stage: Stage) -> tuple[Match, ...]:
    """Every match of *stage*'s rules in *text*: leftmost first, not overlapping.

    Where matches start at the same place the longer wins, then the earlier rule.
    A phrase rule is only tried where the first word of one of its phrases
    occurs, and there with its own regex, so it matches exactly as on its own.
    """
    index = _index(rules, stage)
    candidates: list[tuple[int, int, int, Match]] = []
    for word in index.by_first.keys() & word_set(text):
        rule_indexes = index.by_first[word]
        for occurrence in index.finders[word].finditer(text):
            for rule_index in rule_indexes:
                rule = index.rules[rule_index]
                found = rule.compiled.match(text, occurrence.start())
                if found is not None and found.end() > found.start():
                    candidates.append(
                        (
                            found.start(),
                            found.start() - found.end(),
                            rule_index,
                            _match(rule, found),
                        )
                    )
    for rule_index in index.patterns:
        rule = index.rules[rule_index]
        candidates.extend(
            (found.start(), found.start() - found.end(), rule_index, _match(rule, found))
            for found in rule.compiled.finditer(text)
            if found.end() > found.start()
        )
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    kept: list[Match] = []
    end = -1
    for start, _, rule_index, match in candidates:
        if start < end:
            continue
        rule = index.rules[rule_index]
        if rule.check is not None and not rule.check(match, text):
            continue
        kept.append(match)
        end = match.span.end
    return tuple(kept)
