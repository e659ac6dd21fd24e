"""The one split of an article into words that every stage looks words up in."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from polevents._text import occurrences, words

_WORD = regex.compile(r"\w++", regex.VERSION1)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Jo Bloggs quit the Tories.",
        "“I chose,” she said — café, naïve, €5.",
        # Characters the standard library's engine classes otherwise than `regex`:
        # a combining accent, superscript and fraction numerals.
        "Jose\u0301 Nu\u0301n\u0303ez won 2\u00b2 seats, 1\u00bd times the vote.",
        # Only signs outside ASCII, and more kinds of them than are spaced out one by one.
        "“Go,” he said – then… ‘no’.\x85\u2028\xa0end",
        "a" + "".join(chr(0x2190 + i) + "b" for i in range(40)),
        # Separators at both ends and in runs; an underscore and digits are word characters.
        "  ,,snake_case 2024!! ",
        "",
        # Lower-casing and folding disagree: a final sigma, a micro sign, a long s.
        "ΟΔΥΣΣΕΥΣ met µ-Labour's ſtaff",
    ],
)
def test_words_are_where_regex_finds_them(text: str) -> None:
    """Each word is filed under its folded form at every offset `regex` finds it."""
    split = words(text)
    expected: dict[str, list[int]] = {}
    for found in _WORD.finditer(text.casefold()):
        expected.setdefault(found.group(), []).append(found.start())

    assert split.at == expected
    assert split.lower == frozenset(_WORD.findall(text.lower()))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_words_match_regex_on_any_text(text: str) -> None:
    """Whichever way the text is split, the words and offsets are those `regex` finds."""
    folded = text.casefold()
    split = words(text)
    if len(folded) != len(text):
        assert split.at is None
        assert split.lower == frozenset(_WORD.findall(text.lower()))
        return
    expected: dict[str, list[int]] = {}
    for found in _WORD.finditer(folded):
        expected.setdefault(found.group(), []).append(found.start())
    assert split.at == expected
    assert split.folded == folded
    assert split.lower == frozenset(_WORD.findall(text.lower()))


@pytest.mark.parametrize(
    ("text", "needle", "bounds", "expected"),
    [
        ("“a” and “b”", "“", (0, None), [0, 8]),
        ("aaaa", "aa", (0, None), [0, 1, 2]),  # overlapping places too
        ("resign, resigned", "resign", (1, 15), [8]),  # only wholly inside the bounds
        ("none here", "x", (0, None), []),
    ],
)
def test_occurrences(
    text: str, needle: str, bounds: tuple[int, int | None], expected: list[int]
) -> None:
    assert occurrences(text, needle, *bounds) == expected
