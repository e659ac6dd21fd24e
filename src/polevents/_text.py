"""An article's words, split once and shared by every stage that looks words up.

`words` is memoised on the text (the stages of one `extract` call each ask for
it), so the text is split into words once per article, however many stages
look phrases, heads or numbers up in it.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator, Mapping, Sequence

import attrs
import regex

__all__ = ["Words", "occurrences", "words"]

_WORD = regex.compile(r"\w++", regex.VERSION1)
_SPLIT = regex.compile(r"(\w++)", regex.VERSION1)
# The standard library's engine splits a text into words nearly twice as fast.
# It is used where it splits alike: where the text holds no character that the
# two engines class differently as a word character (none in ASCII; a few
# marks and numerals elsewhere).
_FAST_WORD = re.compile(r"\w")
_FAST_SPLIT = re.compile(r"(\w+)")
# Deleting the ASCII runs leaves the few characters outside ASCII, a quarter of the cost
# of finding them one by one.
_ASCII_RUNS = re.compile(r"[\x00-\x7f]++")
# Each ASCII character that is not a word character, as a space: with it, a text
# whose other characters are all ASCII is split into words by `bytes.translate`
# and `str.split` in C, several times faster than by a regex's list of matches.
_SPACED_ASCII = bytes(
    character if _WORD.fullmatch(chr(character)) else ord(" ") for character in range(128)
).ljust(256, b" ")
# More distinct signs than this outside ASCII, and replacing each with a space costs
# more than the regex split: a hostile text may hold thousands.
_MOST_SPACED_SIGNS = 16


@functools.lru_cache(maxsize=4096)
def _split_alike(character: str) -> bool:
    return (_WORD.fullmatch(character) is None) == (_FAST_WORD.fullmatch(character) is None)


@functools.lru_cache(maxsize=4096)
def _is_word_character(character: str) -> bool:
    return _WORD.fullmatch(character) is not None


@functools.lru_cache(maxsize=4096)
def _lowers_as_it_folds(character: str) -> bool:
    # The capital sigma lower-cases by its place in a word (a final one becomes "ς"),
    # while it always folds to "σ".
    return character != "\u03a3" and character.lower() == character.casefold()


@attrs.frozen
class Words:
    """Where each word of a text starts, by its case-folded form, and its lower-cased words.

    *at* is None when case-folding moves characters (a ``ß`` folds to two):
    offsets in the folded text would then not be offsets in the text. Where
    it is given, a word written in ASCII matches case-insensitively (with the
    ``regex`` module's IGNORECASE) exactly the words filed under it:
    ``regex`` equates an ASCII letter or digit with precisely the characters
    that fold to it, and the one exception (``İ``) folds to two characters.
    """

    folded: str | None
    at: Mapping[str, Sequence[int]] | None = attrs.field(eq=False)
    lower: frozenset[str] = attrs.field(eq=False)
    # The words of *at*, as a set; None with it.
    folded_words: frozenset[str] | None = attrs.field(eq=False)


@functools.lru_cache(maxsize=4)
def words(text: str) -> Words:
    """The words of *text*; memoised because every stage of one article asks."""
    # Case-folding and lower-casing go character by character (but for the capital sigma),
    # and only characters outside ASCII can move, grow or differ: those decide.
    signs = set() if text.isascii() else set(_ASCII_RUNS.sub("", text))
    folded_signs = {sign.casefold() for sign in signs}
    if any(len(folded) != 1 for folded in folded_signs):
        return Words(None, None, frozenset(_WORD.findall(text.lower())), None)
    # Lower-casing costs less than folding, and gives the same text where they agree,
    # which is nearly always.
    lower_is_folded = all(map(_lowers_as_it_folds, signs))
    folded = text.lower() if lower_is_folded else text.casefold()
    at: dict[str, list[int]] = {}
    for word, start in _words_at(folded, {sign for sign in folded_signs if not sign.isascii()}):
        at.setdefault(word, []).append(start)
    folded_words = frozenset(at)
    lower = folded_words if lower_is_folded else frozenset(_WORD.findall(text.lower()))
    return Words(folded, at, lower, folded_words)


def _words_at(folded: str, signs: set[str]) -> Iterator[tuple[str, int]]:
    """Each word of *folded* (runs of `regex`'s word characters) with its offset, in order.

    *signs* are the characters of *folded* outside ASCII.
    """
    if len(signs) <= _MOST_SPACED_SIGNS and not any(map(_is_word_character, signs)):
        # Every character outside ASCII separates words: as a space (one code point for
        # one, so offsets stay), it leaves an ASCII text that C splits at single spaces.
        spaced = folded
        for sign in signs:
            spaced = spaced.replace(sign, " ")
        parts = spaced.encode("ascii").translate(_SPACED_ASCII).decode("ascii").split(" ")
        # Each part starts one past the previous one's end (the last start is the text's
        # end, which no part has); the empty ones lie between two separators.
        starts = itertools.accumulate(
            map(operator.add, map(len, parts), itertools.repeat(1)), initial=0
        )
        return itertools.compress(zip(parts, starts, strict=False), parts)
    # Separators and words alternate; summing their lengths in C gives each word's
    # offset more cheaply than a match object per word.
    alike = all(map(_split_alike, signs))
    parts = (_FAST_SPLIT if alike else _SPLIT).split(folded)
    ends = itertools.accumulate(map(len, parts))
    return zip(parts[1::2], itertools.islice(ends, 0, len(parts) - 1, 2), strict=True)


def occurrences(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset in ``text[start:end]`` where *needle* begins, overlapping ones too, in order.

    For the few places a mark or a word is written, `str.find` in a loop costs
    a fraction of one regex pass over the text.
    """
    stop = len(text) if end is None else end
    found = []
    at = text.find(needle, start, stop)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1, stop)
    return found
