"""Reasons for a departure: reason cues near its trigger and in what the leavers said.

The cues are the reasons stage's rules, labelled with a category; any label
is passed through, so users may add categories of their own. A cue counts
when it lies in the trigger's sentence or the next one, or inside a quote of
one of the departing people. Each category is reported once, with the first
cue found as evidence.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Mapping, Sequence

import regex

from polevents._matching import scan
from polevents._types import Quote, Reason, Span
from polevents.rules import Match, RuleSet, Stage

__all__ = ["find_reasons", "quoted_spans"]

_NEXT_SENTENCE_END = regex.compile(r"[.!?](?=[\s\"”’']|$)|\n", regex.VERSION1)


@functools.lru_cache(maxsize=4)
def _cues(text: str, rules: RuleSet) -> tuple[tuple[Match, ...], list[int]]:
    # Every departure of one article reads the same cues: scan the text once.
    cues = scan(text, rules, Stage.REASONS)
    return cues, [cue.span.start for cue in cues]


def quoted_spans(quotes: tuple[Quote, ...]) -> dict[str, list[Span]]:
    """The spans each speaker is quoted in, by the speaker's surname, case-folded.

    Made once per article: every departure looks its people up in it.
    """
    quoted: dict[str, list[Span]] = {}
    for quote in quotes:
        if quote.speaker:
            quoted.setdefault(_surname(quote.speaker), []).extend(quote.spans)
    return quoted


def _surname(name: str) -> str:
    return name.rsplit(" ", 1)[-1].casefold()


def find_reasons(
    text: str,
    *,
    trigger: Span,
    sentence: Span,
    speakers: tuple[str, ...],
    quoted: Mapping[str, Sequence[Span]],
    rules: RuleSet,
    triggers: tuple[Span, ...] = (),
) -> tuple[Reason, ...]:
    """The reasons given for the departure whose trigger is at *trigger*.

    Args:
        text: the article.
        trigger: where the departure's trigger is.
        sentence: the trigger's sentence.
        speakers: the departing people's names; their quotes are searched too.
        quoted: the article's quotes, as `quoted_spans` gives them.
        rules: the rules whose reasons stage gives the cues.
        triggers: every trigger of the departure: a cue that is one of them
            ("she was deselected") tells the departure itself, not its reason.
    """
    cues, cue_starts = _cues(text, rules)
    if not cues:
        return ()
    windows = [Span(sentence.start, _next_sentence_end(text, sentence.end))]
    windows.extend(
        span
        for surname in {_surname(name) for name in speakers}
        for span in quoted.get(surname, ())
    )
    windows.sort(key=lambda window: window.start)
    window_starts = [window.start for window in windows]
    # The furthest any window starting there or before reaches: a cue lies in one
    # window exactly when the windows starting at or before it reach its end.
    reach = list(itertools.accumulate((window.end for window in windows), max))
    inside = sorted(
        {
            index
            for window in windows
            for index in range(
                bisect.bisect_left(cue_starts, window.start),
                bisect.bisect_left(cue_starts, window.end),
            )
        }
    )
    found: dict[str, Reason] = {}
    for index in inside:
        cue = cues[index]
        if cue.label in found or any(
            t.start < cue.span.end and cue.span.start < t.end for t in triggers
        ):
            continue
        last = bisect.bisect_right(window_starts, cue.span.start) - 1
        if last >= 0 and reach[last] >= cue.span.end:
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
