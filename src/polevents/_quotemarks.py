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
from typing import NamedTuple

import attrs
import regex

__all__ = ["Quotation", "Range", "find_quotations", "paragraph_spans"]

_MARK = regex.compile(r"``|''|‘‘|’’|‘’|[\"'“”„‟«»‹›‘’‚‛]")
_DOUBLE = frozenset({"``", "''", "‘‘", "’’", "‘’", '"', "“", "”", "„", "‟", "«", "»"})
_OPENING = frozenset({"“", "„", "‟", "«", "‹", "‘", "‚", "‛", "``", "‘‘", "‘’"})
_CLOSING = frozenset({"”", "»", "›", "’", "’’"})
_MARK_CHARS = frozenset("\"'“”„‟«»‹›‘’‚‛`")
_PARAGRAPH = regex.compile(r"[^\n\r\u2028\u2029]++")
# Besides a space or the start of a paragraph, a mark may open after these.
_OPEN_AFTER = frozenset("([{<—–-/:;") | _MARK_CHARS
# Besides a space or the end of a paragraph, a mark may close before these.
_CLOSE_BEFORE = frozenset(".,;:!?)]}>—–-/…*") | _MARK_CHARS
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


@attrs.frozen(kw_only=True)
class Quotation:
    """One top-level quotation found by pairing marks, before any judgement of what it reports.

    *content* is the text inside the marks, without surrounding space.
    *opening* is the opening mark (empty at the paragraph start when a quote
    carries on from the previous paragraph without a new mark); *closing* is
    ``None`` when the quote runs unclosed to the end of its paragraph or is cut
    short by the next opening mark. *chain* is the index of the first
    quotation of the multi-paragraph quote this one belongs to (its own index
    when it stands alone).
    """

    opening: Range
    content: Range
    closing: Range | None
    paragraph: int
    chain: int
    starts_paragraph: bool


@attrs.define
class _Open:
    double: bool
    start: int
    end: int
    continues: bool = False


def paragraph_spans(text: str) -> tuple[Range, ...]:
    """The non-blank lines of *text*: a news paragraph is one line."""
    return tuple(Range(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip())


def _role(text: str, start: int, end: int, mark: str, paragraph: Range) -> _Role | None:
    before = text[start - 1] if start > paragraph.start else " "
    after = text[end] if end < paragraph.end else " "
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


def _depth_of(stack: list[_Open], double: bool) -> int:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].double is double:
            return depth
    return -1


def _first_non_space(text: str, paragraph: Range) -> int:
    position = paragraph.start
    while position < paragraph.end and text[position].isspace():
        position += 1
    return position


def _trimmed(text: str, start: int, end: int) -> Range | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Range(start, end) if end > start else None


class _Found(NamedTuple):
    opened: _Open
    end: int
    closing: Range | None


class _Paired(NamedTuple):
    found: list[_Found]
    left_open: _Open | None
    stray_single: int | None


def _pair_paragraph(
    text: str, paragraph: Range, carried: _Open | None, ignored: frozenset[int]
) -> _Paired:
    stack: list[_Open] = []
    found: list[_Found] = []
    first = _first_non_space(text, paragraph)
    for match in _MARK.finditer(text, paragraph.start, paragraph.end):
        mark, start, end = match.group(), match.start(), match.end()
        if start in ignored:
            continue
        double = mark in _DOUBLE
        role = _role(text, start, end, mark, paragraph)
        if role is None:
            continue
        if carried is not None and double is carried.double and not stack:
            # The quote left open by the previous paragraph goes on only if this
            # paragraph opens with a mark of its kind or first closes one.
            if role is _Role.OPEN or (role is _Role.EITHER and start == first):
                if start == first:
                    carried = None
                    stack.append(_Open(double, start, end, continues=True))
                    continue
            else:
                found.append(
                    _Found(
                        _Open(double, paragraph.start, paragraph.start, True),
                        start,
                        Range(start, end),
                    )
                )
                carried = None
                continue
            carried = None
        depth = _depth_of(stack, double)
        if not double and role is not _Role.OPEN and depth < 0:
            continue  # a plural possessive (the councillors' votes), not a closing mark
        if role is not _Role.OPEN and depth >= 0:
            del stack[depth + 1 :]
            opened = stack.pop()
            if not stack:
                found.append(_Found(opened, start, Range(start, end)))
            continue
        if role is _Role.CLOSE:
            continue  # a stray closing mark
        if depth >= 0 and depth == len(stack) - 1:
            opened = stack.pop()  # “… left us. “The party …: the new mark ends the open quote
            if not stack:
                found.append(_Found(opened, start, None))
        stack.append(_Open(double, start, end))
    if stack and not stack[0].double and stack[0].start != first and not stack[0].continues:
        return _Paired(found, None, stack[0].start)
    if stack:
        found.append(_Found(stack[0], paragraph.end, None))
    return _Paired(found, stack[0] if stack else None, None)


def find_quotations(text: str, paragraphs: tuple[Range, ...]) -> tuple[Quotation, ...]:
    """Every top-level quotation of *text* in order; nested quotes stay inside their outer one."""
    quotations: list[Quotation] = []
    carried: _Open | None = None
    marks = [m.start() for m in _MARK.finditer(text)]
    for index, paragraph in enumerate(paragraphs):
        if bisect.bisect_left(marks, paragraph.start) == bisect.bisect_left(marks, paragraph.end):
            carried = None  # no marks: nothing opens, and a quote left open ends here
            continue
        ignored: frozenset[int] = frozenset()
        paired = _pair_paragraph(text, paragraph, carried, ignored)
        repairs = 0
        while paired.stray_single is not None and repairs < _MAX_REPAIRS:
            ignored |= {paired.stray_single}
            paired = _pair_paragraph(text, paragraph, carried, ignored)
            repairs += 1
        first = _first_non_space(text, paragraph)
        for item in sorted(paired.found, key=lambda f: f.opened.start):
            content = _trimmed(text, item.opened.end, item.end)
            if content is None:
                continue
            continues = item.opened.continues and bool(quotations)
            quotations.append(
                Quotation(
                    opening=Range(item.opened.start, item.opened.end),
                    content=content,
                    closing=item.closing,
                    paragraph=index,
                    chain=quotations[-1].chain if continues else len(quotations),
                    starts_paragraph=item.opened.start <= first,
                )
            )
        carried = paired.left_open
    return tuple(quotations)
