"""Reasons for a departure: reason cues near its trigger and in what the leavers said.

The cues are the reasons stage's rules, labelled with a category; any label
is passed through, so users may add categories of their own. A cue counts
when it lies in the trigger's sentence or the next one, or inside a quote of
one of the departing people. Each category is reported once, with the first
cue found as evidence.
"""

from __future__ import annotations

import functools

import regex

from polevents._matching import scan
from polevents._types import Quote, Reason, Span
from polevents.rules import Match, RuleSet, Stage

__all__ = ["find_reasons"]

_NEXT_SENTENCE_END = regex.compile(r"[.!?](?=[\s\"”’']|$)|\n", regex.VERSION1)


@functools.lru_cache(maxsize=4)
def _cues(text: str, rules: RuleSet) -> tuple[Match, ...]:
    # Every departure of one article reads the same cues: scan the text once.
    return scan(text, rules, Stage.REASONS)


def find_reasons(
    text: str,
    *,
    trigger: Span,
    sentence: Span,
    speakers: tuple[str, ...],
    quotes: tuple[Quote, ...],
    rules: RuleSet,
    triggers: tuple[Span, ...] = (),
) -> tuple[Reason, ...]:
    """The reasons given for the departure whose trigger is at *trigger*.

    Args:
        text: the article.
        trigger: where the departure's trigger is.
        sentence: the trigger's sentence.
        speakers: the departing people's names; their quotes are searched too.
        quotes: the article's quotes.
        rules: the rules whose reasons stage gives the cues.
        triggers: every trigger of the departure: a cue that is one of them
            ("she was deselected") tells the departure itself, not its reason.
    """
    cues = _cues(text, rules)
    if not cues:
        return ()
    windows = [Span(sentence.start, _next_sentence_end(text, sentence.end))]
    surnames = {name.rsplit(" ", 1)[-1].casefold() for name in speakers}
    windows.extend(
        span
        for quote in quotes
        if quote.speaker and quote.speaker.rsplit(" ", 1)[-1].casefold() in surnames
        for span in quote.spans
    )
    found: dict[str, Reason] = {}
    for cue in cues:
        if cue.label in found or any(
            t.start < cue.span.end and cue.span.start < t.end for t in triggers
        ):
            continue
        if any(w.start <= cue.span.start and cue.span.end <= w.end for w in windows):
            found[cue.label] = Reason(
                category=cue.label,
                text=cue.span.of(text),
                span=cue.span,
                rule_ids=(cue.rule_id,),
            )
    return tuple(found.values())


def _next_sentence_end(text: str, end: int) -> int:
    following = _NEXT_SENTENCE_END.search(text, min(len(text), end + 1), min(len(text), end + 400))
    return following.end() if following is not None else min(len(text), end + 400)
