"""Quotation-mark pairing: where each quotation opens and closes, exactly to the character.

News text mixes curly, straight, single, double and guillemet marks, uses the
same character for a closing single quote and an apostrophe, and opens every
paragraph of a long quote while closing only the last. Marks are classified by
what stands on either side of them (like Markdown's flanking rules), then
paired per paragraph with a stack, so nested quotes of the other kind stay
inside the outer one and a stray mark never upsets more than its paragraph.

News conventions handled here:

* a paragraph that ends inside a quote, followed by a paragraph that opens
  with a mark of the same kind, continues one quotation (a *chain*; one
  `Quotation` per paragraph);
* a paragraph that ends inside a quote, followed by a paragraph whose first
  mark of that kind closes, continues it too (the new opening mark was left
  out);
* an opening mark met while a quote of its kind is open starts a new quote
  ("… left us. “The party …"), ending the first where the new one opens;
* two single marks (``''``, ``‘’``) where a double mark would stand are one
  double mark;
* a single mark that opens in mid-paragraph and never closes is an elision
  ('90s, 'em), not a quote, and the paragraph is paired again without it.

Nothing here raises on any text: unpaired marks are skipped.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from typing import NamedTuple

from polevents._text import occurrences

__all__ = ["Quotation", "Range", "find_quotations", "paragraph_spans", "positions"]

# Marks of two characters, read as one; every other mark is a single character.
_TWO_CHARACTER_MARKS = frozenset({"``", "''", "‘‘", "’’", "‘’"})
_DOUBLE = frozenset({"``", "''", "‘‘", "’’", "‘’", '"', "“", "”", "„", "‟", "«", "»"})
_OPENING = frozenset({"“", "„", "‟", "«", "‹", "‘", "‚", "‛", "``", "‘‘", "‘’"})
_CLOSING = frozenset({"”", "»", "›", "’", "’’"})
# Every character of a mark; a backtick is one only when doubled.
_MARK_CHARS = "\"'“”„‟«»‹›‘’‚‛`"
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
# Besides a space or the start of a paragraph, a mark may open after these.
_OPEN_AFTER = frozenset("([{<—–-/:;" + _MARK_CHARS)
# Besides a space or the end of a paragraph, a mark may close before these.
_CLOSE_BEFORE = frozenset(".,;:!?)]}>—–-/…*" + _MARK_CHARS)
# Re-pairing a paragraph without a stray single mark is bounded, so hostile input stays linear.
_MAX_REPAIRS = 3


class Range(NamedTuple):
    """Half-open offsets, like `polevents.Span` but unchecked and cheap: used inside the stage."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The slice of *text* this range covers."""
        return text[self.start : self.end]


class _Role(enum.Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


class Quotation(NamedTuple):
    """One top-level quotation found by pairing marks, before any judgement of what it reports.

    *content* is the text inside the marks, without surrounding space.
    *opening* is the opening mark (empty at the paragraph start when a quote
    carries on from the previous paragraph without a new mark); *closing* is
    ``None`` when the quote runs unclosed to the end of its paragraph or is cut
    short by the next opening mark. *chain* is the index of the first
    quotation of the multi-paragraph quote this one belongs to (its own index
    when it stands alone). A named tuple, as each is made per quotation and read often.
    """

    opening: Range
    content: Range
    closing: Range | None
    paragraph: int
    chain: int
    starts_paragraph: bool


# The pairing loop runs once per mark, so hostile text full of marks makes it
# hot: its values are plain tuples, which cost far less to build than classes.
# A mark that may open or close: (start, end, double, role).
_Mark = tuple[int, int, bool, _Role]
# An opened quote: (start, end, double, continues); continues is True when it
# carries on a quote left open by the previous paragraph.
_Open = tuple[int, int, bool, bool]
# A paired quote: (opened, where its content ends, the closing mark's end or -1).
_Found = tuple[_Open, int, int]


def paragraph_spans(text: str) -> tuple[Range, ...]:
    """The non-blank lines of *text*: a news paragraph is one line."""
    # Splitting on "\n" alone is done in C several times faster than a regex pass;
    # the other line breaks are rare enough to be left to the regex.
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        lines = _LINE_BREAK.split(text)
    else:
        lines = text.split("\n")
    spans = []
    start = 0
    for line in lines:
        end = start + len(line)
        if line and not line.isspace():  # what `line.strip()` tells, without copying the line
            spans.append(Range(start, end))
        start = end + 1  # past the one-character line break
    return tuple(spans)


def positions(text: str, characters: str) -> list[int]:
    """Where each of *characters* stands in *text*, in order."""
    # Most of the characters are not in a given text: asking `in` first (one scan in C)
    # spares each of them a call and a list. (A loop, not a generator: resuming one per
    # offset costs more than the loop.)
    found: list[int] = []
    for character in characters:
        if character in text:
            found += occurrences(text, character)
    found.sort()
    return found


@functools.lru_cache(maxsize=4096)
def _role(before: str, mark: str, after: str) -> _Role | None:
    """What a mark can do, from the characters on either side (a space at the text's edge).

    A pure function of three short strings, so it is memoised: a text holds few
    distinct (before, mark, after) triples, however many marks it has.
    """
    can_open = (before.isspace() or before in _OPEN_AFTER) and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or after in _CLOSE_BEFORE)
    if mark in _OPENING:
        if mark == "‘" and before.isalpha() and after.isalpha():
            return None  # an apostrophe typed the wrong way round: shouldn‘t
        # Curly marks say which way they face, but some outlets type them backwards.
        return _Role.CLOSE if can_close and not can_open else _Role.OPEN
    if mark in _CLOSING:
        if len(mark) == 1 and before.isalnum() and after.isalnum():
            return None  # an apostrophe: don’t, councillor’s
        if can_open and not can_close:
            # ’90s and ’em are elisions; a doubled mark facing the wrong way still opens.
            return None if len(mark) == 1 else _Role.OPEN
        return _Role.CLOSE
    if mark == "'" and before.isalnum() and after.isalnum():
        return None
    if can_open and not can_close:
        return _Role.OPEN
    if can_close and not can_open:
        return _Role.CLOSE
    return _Role.EITHER


def _marks(text: str) -> list[_Mark]:
    """Every mark of *text* that may open or close a quote, each with its role.

    A mark is judged by the characters on either side even at a paragraph's
    edge: the line break there is white space, which `_role` reads as it reads
    the space a paragraph's edge stands for. So every mark is judged in one
    pass, whatever paragraph holds it.
    """
    marks = []
    last = len(text) - 1
    end = 0
    for start in positions(text, _MARK_CHARS):
        if start < end:
            continue  # the second character of a two-character mark
        mark = text[start : start + 2]
        if mark not in _TWO_CHARACTER_MARKS:
            mark = text[start]
            if mark == "`":
                continue
        end = start + len(mark)
        role = _role(text[start - 1] if start else " ", mark, text[end] if end <= last else " ")
        if role is not None:
            marks.append((start, end, mark in _DOUBLE, role))
    return marks


class _Paired(NamedTuple):
    found: list[_Found]
    left_open: _Open | None
    stray_single: int | None


def _pair_paragraph(
    marks: list[_Mark], paragraph: Range, first: int, carried: _Open | None
) -> _Paired:
    stack: list[_Open] = []
    found: list[_Found] = []
    for start, end, double, role in marks:
        if carried is not None and double is carried[2] and not stack:
            # The quote left open by the previous paragraph goes on only if this
            # paragraph opens with a mark of its kind or first closes one.
            if role is _Role.OPEN or (role is _Role.EITHER and start == first):
                if start == first:
                    carried = None
                    stack.append((start, end, double, True))
                    continue
            else:
                found.append(((paragraph.start, paragraph.start, double, True), start, end))
                carried = None
                continue
            carried = None
        # The innermost open quote of this kind: nearly always the top of the stack.
        depth = len(stack) - 1
        while depth >= 0 and stack[depth][2] is not double:
            depth -= 1
        if role is not _Role.OPEN:
            if depth >= 0:
                del stack[depth + 1 :]
                opened = stack.pop()
                if not stack:
                    found.append((opened, start, end))
                continue
            if not double or role is _Role.CLOSE:
                # A plural possessive (the councillors' votes), or a stray closing mark.
                continue
        if depth >= 0 and depth == len(stack) - 1:
            opened = stack.pop()  # “… left us. “The party …: the new mark ends the open quote
            if not stack:
                found.append((opened, start, -1))
        stack.append((start, end, double, False))
    if stack:
        bottom = stack[0]
        if not bottom[2] and bottom[0] != first and not bottom[3]:
            return _Paired(found, None, bottom[0])
        found.append((bottom, paragraph.end, -1))
        return _Paired(found, bottom, None)
    return _Paired(found, None, None)


def _trimmed(text: str, start: int, end: int) -> Range | None:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return Range(start, end)  # nearly always: nothing to trim, and no need to copy
    inner = text[start:end]
    stripped = inner.strip()
    if not stripped:
        return None
    start += len(inner) - len(inner.lstrip())
    return Range(start, start + len(stripped))


def find_quotations(text: str, paragraphs: tuple[Range, ...]) -> tuple[Quotation, ...]:
    """Every top-level quotation of *text* in order; nested quotes stay inside their outer one.

    *paragraphs* are the text's `paragraph_spans`.
    """
    quotations: list[Quotation] = []
    carried: _Open | None = None
    marks = _marks(text)
    mark_starts = [mark[0] for mark in marks]
    paragraph_starts = [paragraph.start for paragraph in paragraphs]
    previous = -1
    next_mark = 0
    # Only the paragraphs that hold a mark are paired, each with its marks.
    while next_mark < len(marks):
        index = bisect.bisect_right(paragraph_starts, mark_starts[next_mark]) - 1
        paragraph = paragraphs[index]
        last_mark = bisect.bisect_left(mark_starts, paragraph.end, next_mark)
        paragraph_marks = marks[next_mark:last_mark]
        next_mark = last_mark
        if index != previous + 1:
            # A paragraph without marks opens nothing, and ends a quote left open.
            carried = None
        previous = index
        first = paragraph.start
        if text[first].isspace():
            line = paragraph.of(text)
            first += len(line) - len(line.lstrip())
        paired = _pair_paragraph(paragraph_marks, paragraph, first, carried)
        repairs = 0
        while paired.stray_single is not None and repairs < _MAX_REPAIRS:
            stray = paired.stray_single
            paragraph_marks = [mark for mark in paragraph_marks if mark[0] != stray]
            paired = _pair_paragraph(paragraph_marks, paragraph, first, carried)
            repairs += 1
        found = sorted(paired.found, key=_opening_start) if len(paired.found) > 1 else paired.found
        for opened, content_end, closing_end in found:
            open_start, open_end, _, continued = opened
            content = _trimmed(text, open_end, content_end)
            if content is None:
                continue
            continues = continued and bool(quotations)
            quotations.append(
                Quotation(
                    opening=Range(open_start, open_end),
                    content=content,
                    closing=Range(content_end, closing_end) if closing_end >= 0 else None,
                    paragraph=index,
                    chain=quotations[-1].chain if continues else len(quotations),
                    starts_paragraph=open_start <= first,
                )
            )
        carried = paired.left_open
    return tuple(quotations)


def _opening_start(found: _Found) -> int:
    return found[0][0]
