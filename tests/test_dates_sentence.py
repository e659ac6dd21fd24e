"""governing_date's sentence bounds: searched from the trigger outwards, they are what one
pass of the sentence-end regex forward over the whole reach finds."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from polevents._dates import _ABBREVIATION, _SENTENCE_END, _SENTENCE_REACH, _sentence


def _one_pass(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The sentence's bounds as one forward search from *floor* (or the reach) finds them."""
    low = max(floor, start - _SENTENCE_REACH)
    begin = low
    finish = min(len(text), end + _SENTENCE_REACH)
    for found in _SENTENCE_END.finditer(text, low, finish):
        at = found.start()
        if text[at] == "." and _ABBREVIATION.search(text, max(0, at - 8), at):
            continue
        if found.end() <= start:
            begin = found.end()
        elif at >= end:
            finish = at
            break
    return begin, finish


# Sentence marks, the closing and opening quotes and white space around them,
# abbreviations, capitals and digits, glued together at random.
_PIECES = (
    *(".", "!", "?", ":", "\n", "\n\n", " ", "  ", "\t", "\xa0", "\u2028", "\x1c"),
    *('"', "”", "’", "'", ")", "(", "“", "‘", "A", "Z", "0", "b", "Mr.", "St.", "e.g.", "J."),
)


@st.composite
def _triggers(draw: st.DrawFn) -> tuple[str, int, int, int]:
    """A text, a trigger's start and end in it, and a floor before the trigger."""
    text = "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=40)))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end, draw(st.integers(0, start))


@given(_triggers())
@example(("Hi. Mr. Jo quit. Then", 11, 15, 0))
@example(("Jo quit:\n\n“No.”", 3, 8, 0))
@example(("Hi.\n\nJo quit", 4, 5, 0))
@example(("Jo\n:“", 2, 3, 0))
def test_sentence_is_one_forward_pass(trigger: tuple[str, int, int, int]) -> None:
    assert _sentence(*trigger) == _one_pass(*trigger)
