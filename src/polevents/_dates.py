"""Time expressions: found with our own rules, resolved against the publication date.

Finding and resolving are separate. The rules of `Stage.DATES` say *where*
candidates are (`polevents.data.dates`); this module says what they mean:

1. Every date rule of the set runs over the text; duration rules ("for 18
   months") run too, and a date candidate overlapping a duration is dropped.
   Overlapping candidates keep the longest ("Friday (March 7)" over "Friday").
2. Each candidate's words are resolved by our own exact code when they take
   a common form: ISO and numeric dates, day-month-year in any order, month
   and year, bare years, weekdays, months, "today", "last week", "N years
   ago" and the like. Only other words (a user's rule, an unusual phrasing)
   go to ``dateparser``, English only, with the publication date as
   ``RELATIVE_BASE`` and every setting explicit, so nothing depends on the
   clock, the time zone or the locale. ``dateparser`` is imported on first
   use, so ``import polevents`` does not pay for it.
3. Relative words resolve against the publication date, and never against
   today: with no publication date their value is ``None``.

Resolution choices (documented in ``docs/performance.md`` too):

- a weekday ("on Friday", "Friday") is the latest such day on or before the
  publication date, which is that day itself when they agree; "last Friday"
  is strictly before it, "next Friday" strictly after, "this Friday" in the
  publication's Monday-to-Sunday week;
- a day and month without a year ("23 August"), or a month alone ("in
  April"), take the latest year that puts them on or before the
  publication date, unless the following year's is at most three months
  ahead (an announced vote, the coming election); a weekday given with them
  picks among the years;
- our `Precision` has no week, so week-long expressions resolve to one
  representative day at month precision: honest about the month, silent
  about the day. "last week" and "next week" are the Thursday (the middle)
  of that Monday-to-Sunday week, "this week" the middle of its Monday to the
  publication date, "last weekend" its Saturday, "N weeks ago" and "days
  ago" (three days) counted back from the publication date;
- "last month" is the previous calendar month, "last year" the previous
  calendar year, "N months ago" month precision, "N years ago" year
  precision, "N days ago" and "yesterday" day precision.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import regex

from polevents._matching import _checked_heads, _whole_word_heads, find_at_heads
from polevents._text import words as _split
from polevents._types import DateMention, Precision, Span
from polevents.rules import PatternRule, RuleSet, Stage

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["detect_published", "find_dates", "governing_date"]


class _Value(NamedTuple):
    """What a candidate's words mean: a date at a precision, and whether it needed the anchor."""

    value: dt.date | None
    precision: Precision | None
    relative: bool


_UNRESOLVED = _Value(None, None, relative=True)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_NUMBERS = {
    word: number
    for number, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen", "twenty"),
        )
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_NUMBERS |= {"ninety": 90, "a hundred": 100, "a": 1, "an": 1, "a couple of": 2}
# Vague amounts: "days ago" is a few days; their results get month precision.
_VAGUE = {"": 3, "a few": 3, "several": 4, "some": 4, "many": 6}
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})

_ISO = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:t.*)?")
_NUMERIC = regex.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
_AGO = regex.compile(
    r"(?:(?P<amount>[a-z]+(?: [a-z]+)*?|\d{1,3})(?: and a half)? )?"
    r"(?P<unit>day|week|fortnight|month|year|decade)s? ago"
)
_TOKEN = regex.compile(r"\d+|[a-z]+")
_PERIOD = regex.compile(
    r"(last|this|next|earlier this|later this|this past) (week|weekend|fortnight|month|year)"
)
# Words naming a day by how many days before the publication day it is.
_DAYS_BACK = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": 1,
    "last night": 1,
    "the day before yesterday": 2,
}
_ORDINAL = regex.compile(r"(?<=\d)(?:st|nd|rd|th)\b")


def _clean(words: str) -> str:
    """Lower case, one space between words, no ordinal suffixes."""
    return _ORDINAL.sub("", " ".join(words.lower().split()))


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_start(date: dt.date, months_back: int) -> dt.date:
    index = date.year * 12 + date.month - 1 - months_back
    return dt.date(index // 12, index % 12 + 1, 1)


def _day(value: dt.date) -> _Value:
    return _Value(value, Precision.DAY, relative=True)


def _month(value: dt.date) -> _Value:
    return _Value(value.replace(day=1), Precision.MONTH, relative=True)


def _year(year: int) -> _Value:
    return _Value(dt.date(year, 1, 1), Precision.YEAR, relative=True)


# A date without a year is in the past unless it is at most this near ahead
# (an announced vote, the coming election).
_NEAR_FUTURE_DAYS = 92
_NEAR_FUTURE_MONTHS = 3


def _nearest(candidates: list[dt.date], published: dt.date) -> dt.date | None:
    """The latest candidate on or before *published*, or one at most three months ahead."""
    ahead = [d for d in candidates if 0 < (d - published).days <= _NEAR_FUTURE_DAYS]
    past = [d for d in candidates if d <= published]
    if ahead:
        return min(ahead)
    if past:
        return max(past)
    return min(candidates, default=None)


def _weekday(weekday: int, modifier: str, published: dt.date) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if modifier in {"last", "past"}:
        return published - dt.timedelta(days=back or 7)
    if modifier == "next":
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if modifier == "this":
        return published + dt.timedelta(days=weekday - published.weekday())
    return published - dt.timedelta(days=back)


def _period(modifier: str, unit: str, published: dt.date) -> _Value | None:
    """``last/this/next/earlier this`` + ``week/weekend/fortnight/month/year``."""
    step = {"last": -1, "this": 0, "earlier this": 0, "later this": 0, "next": 1}.get(modifier)
    if step is None:
        return None
    if unit == "year":
        return _year(published.year + step)
    if unit == "month":
        return _month(_month_start(published, -step))
    monday = published - dt.timedelta(days=published.weekday())
    if unit == "weekend":
        # The Saturday of the weekend before, of or after the publication's Monday-to-Sunday week.
        return _month(monday + dt.timedelta(days=5 + 7 * step))
    if step == 0:
        # This week so far: the middle of Monday to the publication date.
        return _month(monday + dt.timedelta(days=published.weekday() // 2))
    # The middle (Thursday) of the week before or after.
    return _month(monday + dt.timedelta(days=3 + 7 * step * (2 if unit == "fortnight" else 1)))
    return None


def _ago(found: regex.Match[str], published: dt.date) -> _Value | None:
    amount_words = found.group("amount") or ""
    unit = found.group("unit")
    vague = amount_words in _VAGUE
    if amount_words.isdigit():
        amount = int(amount_words)
    elif vague:
        amount = _VAGUE[amount_words]
    elif amount_words in _NUMBERS:
        amount = _NUMBERS[amount_words]
    else:
        return None
    if unit == "day":
        back = published - dt.timedelta(days=amount)
        return _month(back) if vague else _day(back)
    if unit in {"week", "fortnight"}:
        return _month(published - dt.timedelta(days=amount * (14 if unit == "fortnight" else 7)))
    if unit == "month":
        return None if vague else _month(_month_start(published, amount))
    if vague:
        return None
    return _year(published.year - amount * (10 if unit == "decade" else 1))


def _words(tokens: list[str], published: dt.date | None) -> _Value | None:
    """Weekday, day, month and year words in any order, with last/this/next."""
    year = month = day = weekday = None
    modifier = ""
    year_step: int | None = None
    rest = list(tokens)
    if len(rest) >= 2 and rest[-1] == "year" and rest[-2] in {"this", "last", "next"}:
        year_step = {"this": 0, "last": -1, "next": 1}[rest[-2]]
        rest = rest[:-2]
    for position, token in enumerate(rest):
        if token.isdigit():
            if len(token) == 4 and year is None:
                year = int(token)
            elif len(token) <= 2 and day is None:
                day = int(token)
            else:
                return None
        elif token in _MONTHS and month is None:
            month = _MONTHS[token]
        elif token in _WEEKDAYS and weekday is None:
            weekday = _WEEKDAYS[token]
        elif token in {"last", "this", "next", "past"} and position == len(modifier.split()):
            modifier = f"{modifier} {token}".strip()
        elif token in {"the", "of", "on"} or (token in _DAY_PARTS and weekday is not None):
            continue
        else:
            return None
    modifier = {"this past": "last"}.get(modifier, modifier)
    if modifier not in {"", "last", "this", "next", "past"}:
        return None
    if day is not None and month is None:
        return None
    if year is not None:
        if modifier or year_step is not None:
            return None
        if month is None:
            return _Value(dt.date(year, 1, 1), Precision.YEAR, relative=False)
        if day is None:
            return _Value(dt.date(year, month, 1), Precision.MONTH, relative=False)
        exact = _date(year, month, day)
        return None if exact is None else _Value(exact, Precision.DAY, relative=False)
    if month is None and weekday is None:
        return None
    if published is None:
        return _UNRESOLVED
    if month is None and weekday is not None:
        return _day(_weekday(weekday, modifier, published))
    assert month is not None  # noqa: S101 - narrowed by the two returns above
    if day is not None:
        years = range(published.year - 1, published.year + 2)
        dates = [d for y in years if (d := _date(y, month, day)) is not None]
        if modifier == "last":
            dates = [d for d in dates if d < published]
        elif modifier == "next":
            dates = [d for d in dates if d > published]
        matching = [d for d in dates if weekday is None or d.weekday() == weekday]
        chosen = _nearest(matching or dates, published)
        return None if chosen is None else _day(chosen)
    if weekday is not None:
        return None
    if year_step is not None:
        return _month(dt.date(published.year + year_step, month, 1))
    here = published.year * 12 + published.month - 1
    options = [y * 12 + month - 1 for y in range(published.year - 1, published.year + 2)]
    if modifier in {"last", "past"}:
        index = max(o for o in options if o < here)
    elif modifier == "next":
        index = min(o for o in options if o > here)
    elif modifier == "this":
        index = published.year * 12 + month - 1
    else:
        near = [o for o in options if 0 < o - here <= _NEAR_FUTURE_MONTHS]
        index = min(near) if near else max(o for o in options if o <= here)
    return _month(dt.date(index // 12, index % 12 + 1, 1))


def _own(words: str, published: dt.date | None) -> _Value | None:
    """Our exact reading of *words*, or ``None`` when they are not a form we know."""
    if found := _ISO.fullmatch(words):
        exact = _date(int(found[1]), int(found[2]), int(found[3]))
        return None if exact is None else _Value(exact, Precision.DAY, relative=False)
    if found := _NUMERIC.fullmatch(words):
        first, second, year = int(found[1]), int(found[3]), int(found[4])
        if len(found[4]) == 2:
            # A fixed pivot, not the clock: 00-69 is 2000-2069, 70-99 is 1970-1999.
            year += 2000 if year < 70 else 1900
        exact = _date(year, second, first) or _date(year, first, second)
        return None if exact is None else _Value(exact, Precision.DAY, relative=False)
    # "mid-May", "five-and-a-half years ago": hyphens join words, they do not build dates.
    words = " ".join(words.replace("-", " ").split())
    period = _PERIOD.fullmatch(words)
    ago = _AGO.fullmatch(words)
    if words in _DAYS_BACK or period or ago:
        if published is None:
            return _UNRESOLVED
        if words in _DAYS_BACK:
            return _day(published - dt.timedelta(days=_DAYS_BACK[words]))
        if period:
            modifier = {"this past": "last"}.get(period[1], period[1])
            return _period(modifier, period[2], published)
        assert ago is not None  # noqa: S101 - one of the three matched
        return _ago(ago, published)
    return _words(_TOKEN.findall(words), published)


@functools.lru_cache(maxsize=16)
def _dateparser(base: dt.date) -> DateDataParser:
    """One English parser per anchor date, with every setting explicit."""
    # Imported here, not at the top: it costs more than the rest of polevents,
    # and the default rules rarely need it.
    from dateparser.date import DateDataParser  # noqa: PLC0415

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)),
            "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY",
            "TIMEZONE": "UTC",
            "TO_TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_MONTH_OF_YEAR": "first",
        },
    )


_PERIODS = {"month": Precision.MONTH, "week": Precision.MONTH, "year": Precision.YEAR}
# Two anchors far apart: words whose reading changes between them are relative.
_PROBES = (dt.date(2001, 3, 14), dt.date(2012, 9, 27))


def _parse_with(words: str, base: dt.date) -> tuple[dt.date, Precision] | None:
    data = _dateparser(base).get_date_data(words)
    if data.date_obj is None:
        return None
    precision = _PERIODS.get(data.period or "", Precision.DAY)
    value = data.date_obj.date()
    if precision is Precision.MONTH:
        value = value.replace(day=1)
    elif precision is Precision.YEAR:
        value = value.replace(month=1, day=1)
    return value, precision


@functools.lru_cache(maxsize=4096)
def _resolve(words: str, published: dt.date | None, relative_rule: bool) -> _Value | None:
    """The meaning of a candidate's *words*: ours when exact, else dateparser's."""
    cleaned = _clean(words)
    own = _own(cleaned, published)
    if own is not None:
        return own
    if relative_rule and published is None:
        return _UNRESOLVED
    probes = [_parse_with(cleaned, base) for base in _PROBES]
    if probes[0] is None:
        return None
    if probes[0] != probes[1] or relative_rule:
        if published is None:
            return _UNRESOLVED
        anchored = _parse_with(cleaned, published)
        return None if anchored is None else _Value(*anchored, relative=True)
    return _Value(*probes[0], relative=False)


# A rule with its heads (see `polevents._matching`), or None where they cannot be read,
# and those of them that are whole words.
_Headed = tuple[PatternRule, tuple[str, ...] | None, frozenset[str]]


class _StageRules(NamedTuple):
    dates: tuple[_Headed, ...]
    durations: tuple[_Headed, ...]


@functools.lru_cache(maxsize=64)
def _stage_rules(rules: RuleSet) -> _StageRules:
    """The date and duration rules of *rules* with their heads, split once per (frozen, hashable) set."""
    stage = [(r, _checked_heads(r), _whole_word_heads(r)) for r in rules.for_stage(Stage.DATES)]
    return _StageRules(
        dates=tuple(r for r in stage if r[0].label != "duration"),
        durations=tuple(r for r in stage if r[0].label == "duration"),
    )


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in taken)


class _Disjoint:
    """Sorted, non-overlapping spans with logarithmic overlap checks, so many candidates stay linear-ish."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def hits(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start)
        before = index > 0 and self.ends[index - 1] > start
        after = index < len(self.starts) and self.starts[index] < end
        return before or after

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, merging it with the spans it overlaps."""
        low = bisect.bisect_left(self.ends, start)
        high = bisect.bisect_right(self.starts, end)
        if low < high:
            start = min(start, self.starts[low])
            end = max(end, self.ends[high - 1])
        self.starts[low:high] = [start]
        self.ends[low:high] = [end]


def _spans(
    rule: _Headed, text: str, written: frozenset[str] | None, offsets: dict[str, list[int]]
) -> Iterator[tuple[int, int]]:
    """Where *rule* matches in *text*: plain offsets, and a `Match` built only for a check.

    Without a check, a rule whose heads can be read is tried only where they
    are written: the duration rule, led by case-insensitive unit words, would
    otherwise be tried at every character. A rule is not run at all where
    none of the words it requires is written (*written*: the text's folded words, None
    where they are not split out, as in `polevents._matching.scan`).
    """
    pattern_rule, heads, whole = rule
    if pattern_rule.requires and written is not None and written.isdisjoint(pattern_rule.requires):
        return iter(())
    if pattern_rule.check is None:
        found_all = find_at_heads(text, pattern_rule.compiled, heads, whole, offsets)
        return (found.span() for found in found_all)
    return ((m.span.start, m.span.end) for m in pattern_rule.finditer(text))


def find_dates(text: str, published: dt.date | None, rules: RuleSet) -> tuple[DateMention, ...]:
    """Every date mention in *text*, resolved against *published* (never against today).

    Candidates come from the rules of `Stage.DATES` in *rules*; durations are
    not dates and hide the candidates they overlap; of overlapping candidates
    the longest wins (the first rule on a tie, with the ids of every rule that
    found the same span). A candidate no reader understands is left out, so
    every mention has a value unless it is relative and *published* is
    ``None``. Mentions come in text order.
    """
    stage = _stage_rules(rules)
    if not stage.dates:
        return ()
    durations = _Disjoint()
    written = _split(text).folded_words
    offsets: dict[str, list[int]] = {}
    for rule in stage.durations:
        for start, end in _spans(rule, text, written, offsets):
            durations.add(start, end)
    found: dict[tuple[int, int], list[PatternRule]] = {}
    for rule in stage.dates:
        for start, end in _spans(rule, text, written, offsets):
            if not durations.hits(start, end):
                found.setdefault((start, end), []).append(rule[0])
    taken = _Disjoint()
    kept = []
    for start, end in sorted(found, key=_longest_first):
        if not taken.hits(start, end):
            taken.add(start, end)
            kept.append((start, end))
    mentions = []
    for start, end in sorted(kept):
        found_by = found[start, end]
        words = text[start:end]
        relative_rule = any(r.label == "relative" for r in found_by)
        value = _resolve(words, published, relative_rule)
        if value is None:
            continue
        mentions.append(
            DateMention(
                text=words,
                span=Span(start, end),
                value=value.value,
                precision=value.precision,
                relative=value.relative,
                rule_ids=tuple(r.id for r in found_by),
            )
        )
    return tuple(mentions)


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0] - span[1], span[0]


def _header_date(name: str) -> str:
    """A whole date in a header, as the named group *name* (checked by `_own` afterwards)."""
    return (
        rf"(?P<{name}>\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}(?P<{name}_sep>[/.])\d{{1,2}}(?P={name}_sep)\d{{4}}"
        r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[^\S\n]{1,3})?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]{1,3}(?:of[^\S\n]{1,3})?[a-z]{3,9}\.?,?[^\S\n]{1,3}\d{4}"
        r"|[a-z]{3,9}\.?[^\S\n]{1,3}\d{1,2}(?:st|nd|rd|th)?,?[^\S\n]{1,3}\d{4}))(?!\d)"
    )


_WEEKDAY_START = "(?=(?:mon|tue|wed|thu|fri|sat|sun))"
_HEADER = regex.compile(
    rf"""(?ix)^[^\S\n]{{0,8}}(?:[-–•|*][^\S\n]{{0,3}})?(?:
          # "date 2024-04-01", "Published: 1 April 2024", "Updated on April 1, 2024"
          (?:date|dated|published|posted|updated|first[^\S\n]published|last[^\S\n]updated)
            [^\S\n]{{0,3}}[:\-–]?[^\S\n]{{0,3}}(?:on[^\S\n]{{1,3}})?{_header_date("labelled")}
          # "Monday 1 April 2024"
        | {_WEEKDAY_START}{_header_date("dated")}
          # a line that starts with a whole date and then ends, or gives a time or a separator
        | {_header_date("alone")}
            (?=[^\S\n]{{0,3}}(?:$|[|•·,–-]|\d{{1,2}}[:.]\d{{2}}))
    )""",
    regex.MULTILINE,
)
# A dateline is at the top: the first few lines, and not far in.
_HEADER_LINES = 3
_HEADER_CHARS = 400


# Memoised: `governing_date` asks once per departure trigger, and `extract` once more.
@functools.lru_cache(maxsize=4)
def detect_published(text: str) -> DateMention | None:
    """A publication date stated in a dateline or header at the top of *text*.

    Looks at the first three non-blank lines for a labelled date ("date
    2024-04-01", "Published: 1 April 2024"), a weekday and full date
    ("Monday 1 April 2024"), or a line that begins with a full date followed
    by its end, a time or a separator. Only a whole, valid day counts. The
    mention's span is the date itself, without the label.
    """
    head = text[:_HEADER_CHARS]
    lines = 0
    end = -1
    # Split with str.split, a tenth of the cost of a regex pass over the head.
    for line in head.split("\n"):
        start, end = end + 1, end + 1 + len(line)
        if not line.strip():
            continue
        lines += 1
        if lines > _HEADER_LINES:
            break
        found = _HEADER.match(head, start, end)
        if found is None:
            continue
        group = next(g for g in ("labelled", "dated", "alone") if found.start(g) >= 0)
        span = Span(found.start(group), found.end(group))
        value = _own(_clean(span.of(text)), None)
        if value is not None and value.precision is Precision.DAY and not value.relative:
            return DateMention(
                text=span.of(text), span=span, value=value.value, precision=Precision.DAY
            )
    return None


# Sentence ends: ., ! or ? before a capital, a digit or a quote; a line break;
# a colon that opens a quotation. Abbreviations are weeded out afterwards.
# `_sentence` relies on an end holding none of .!?: after its first character,
# and line breaks only as a run of them.
_SENTENCE_END = regex.compile(
    r"""[.!?]["”’')]*+[^\S\n]++(?=["“‘'(]?[A-Z0-9])|\n++|:[^\S\n]*+(?=["“‘])"""
)
# The characters a sentence end starts with, found from the right (the nearest first).
_SENTENCE_MARK_BACKWARDS = regex.compile(r"[.!?:\n]", regex.REVERSE)
_ABBREVIATION = regex.compile(
    r"(?i:\b(?:mr|mrs|ms|dr|st|cllr|coun|cr|jr|jnr|snr|sr|rev|prof|gov|sen|rep|no|vs|co|inc|ltd|"
    r"[ap]\.m|i\.e|e\.g|u\.s|u\.k|etc)|\b[A-Z])$"
)
# Words that start another clause: a date beyond one of them is about something else.
# "as of 9am Monday" is the time of the clause it ends, not another clause.
_CLAUSE_BREAK = regex.compile(
    r"""[;:"“”()\[\]]|[–—]|[^\S\n]-[^\S\n]|(?i:\b(?:who|whom|whose|which|that|when|whenever|while|whilst|
    where|because|but|although|though|if|unless|whether|and|or|nor|as(?![^\S\n]+of\b)|so|until|till|since|
    having|being|said|says|told|added|after|before|follows?|followed|following|comes|came)\b)""".replace(
        "\n    ", ""
    )
)
# "after five years" inside a gap is a duration, not a clause about another event.
_DURATION_PHRASE = regex.compile(
    r"(?i:\b(?:after|before|for|over)[^\S\n]+(?:\S+[^\S\n]+){0,3}?(?:days?|weeks?|months?|years?|decades?)\b)"
)
# ", issuing his resignation" restates the trigger, so a date after it is still the trigger's.
_RESTATEMENT = regex.compile(
    r",[^\S\n]*+(?i:issuing|announcing|handing[^\S\n]+in|tendering|submitting|confirming)"
    r"[^\S\n]+(?i:his|her|their)[^\S\n]+(?i:resignation|decision|departure|notice)\b"
)
_SUBJECT = regex.compile(r"(?i:\b(?:he|she|they|we|i|it)\b)")
# Prepositions that make a date a bound, not the time of the event: "since 2019", "ahead of May".
_BOUND_BEFORE = regex.compile(
    r"(?i:\b(?:since|until|till|by|before|after|from|following|ahead[^\S\n]+of|prior[^\S\n]+to)"
    r"[^\S\n]+(?:the[^\S\n]+)?(?:(?:early|late|mid)[\s-]+)?)$"
)
# The longest bound ("prior to the early-") is far shorter: searching only this far back
# keeps each check constant-time in a pathological long sentence.
_BOUND_REACH = 40
# A date that qualifies a following noun names another event: "May's elections", "the 2021 byelection".
_ATTRIBUTIVE = regex.compile(
    r"(?:['’]s\b|[^\S\n]+(?:(?:local|general|council|mayoral|snap|leadership)[^\S\n]+)?"
    r"(?:elections?|by-?elections?|polls?|deadline|conference|meeting|count|vote|ballot)\b)",
    regex.IGNORECASE,
)
# What may precede a date that opens its sentence: "In October 2016, …", "But on Friday …".
_FRONT = regex.compile(
    r"""[^\S\n]*+["“‘']?[^\S\n]*+(?i:(?:and|but|then|so)[^\S\n]+)?(?i:(?:back[^\S\n]+)?(?:in|on|at|during)[^\S\n]+)?(?i:the[^\S\n]+)?\Z"""
)
_PLAIN_WORDS = regex.compile(r"[\s\w'’-]*+")
_AFTER_GAP = 80
_FRONT_GAP = 120


# A sentence is looked for at most this far either side of a trigger: news
# sentences are far shorter, and the bound keeps text without sentence ends
# (1 MB without a space) linear instead of rescanning it for every trigger.
_SENTENCE_REACH = 1_000


def _sentence(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``, not reaching before *floor*.

    Its start is the last sentence end before the trigger, its end the first
    one after it, as one search forward from *floor* (or the reach) finds
    them; each is looked for from the trigger outwards, so only the sentence
    itself is read, not a stretch before it.

    A sentence end starts at one of ``.!?:`` or a line break and holds none
    of them after its first character, except that a run of line breaks is
    one end. So the ends before the trigger are tried at the marks written
    there, from the last back (a line break from the start of its run), and a
    search forward from the trigger's end finds the same ends as one from
    further back, but for a run of line breaks the trigger's end cuts.
    """
    farthest = max(floor, start - _SENTENCE_REACH)
    reach = min(len(text), end + _SENTENCE_REACH)
    begin = farthest
    before = start
    while mark := _SENTENCE_MARK_BACKWARDS.search(text, farthest, before):
        at = mark.start()
        while text[at] == "\n" and at > farthest and text[at - 1] == "\n":
            at -= 1
        found = _SENTENCE_END.match(text, at, reach)
        if found is not None and found.end() <= start and not _abbreviation(text, at):
            begin = found.end()
            break
        before = at
    finish = reach
    for found in _SENTENCE_END.finditer(text, end, reach):
        at = found.start()
        cut_run = text[at] == "\n" and farthest < at == end and text[at - 1] == "\n"
        if not cut_run and not _abbreviation(text, at):
            finish = at
            break
    return begin, finish


def _abbreviation(text: str, at: int) -> bool:
    """Whether the sentence end at *at* is the full stop of an abbreviation ("Mr.", "J.")."""
    return text[at] == "." and _ABBREVIATION.search(text, max(0, at - 8), at) is not None


def governing_date(
    text: str, dates: tuple[DateMention, ...], trigger: Span, published: dt.date | None
) -> DateMention | None:
    """The date mention that says when the event at *trigger* happened, or ``None``.

    *dates* are in text order, as `find_dates` gives them.

    Only mentions in the trigger's own sentence count, and only where the
    grammar makes them the trigger's time; being conservative, anything else
    gives ``None``:

    1. the nearest mention after the trigger in the same clause ("resigned
       from the party on Friday", "quit last month", "resigned, issuing
       his resignation last night"): at most 80 characters on, with no comma
       (except before such a restatement), quotation mark or word that opens another clause
       ("who", "which", "and", "after", "said", a subject pronoun …) between;
    2. a mention just before the trigger, at most two words away with no
       punctuation nor subject pronoun ("Labour on Friday suspended", "she yesterday quit");
    3. a mention that opens the sentence ("In October 2016, X defected",
       "Today, after five years, I resigned"), with no clause break between
       it and the trigger.

    A mention is never taken when it is a bound ("since 2019", "before May",
    "ahead of the May elections"), qualifies another noun ("May's
    elections", "the 2021 byelection"), or is the dateline at the top.
    Durations are not mentions, so they are never taken. A relative mention
    found without an anchor is resolved against *published* when given.
    """
    header = detect_published(text)
    floor = header.span.end if header is not None else 0
    if trigger.start < floor:
        return None
    begin, finish = _sentence(text, trigger.start, trigger.end, floor)
    # Mentions come in text order (as find_dates gives them): look only at the
    # sentence's, so a flood of dates costs no more per trigger than a few.
    first = bisect.bisect_left(dates, begin, key=_start)
    last = bisect.bisect_right(dates, finish, key=_start)
    usable = [
        m
        for m in dates[first:last]
        if begin <= m.span.start
        and m.span.end <= finish
        and m.span.start >= floor
        and not _overlaps(m.span, [trigger])
        and not _BOUND_BEFORE.search(text, max(begin, m.span.start - _BOUND_REACH), m.span.start)
        and not _ATTRIBUTIVE.match(text, m.span.end)
    ]
    after = min((m for m in usable if m.span.start >= trigger.end), key=_start, default=None)
    if after is not None:
        gap = _RESTATEMENT.sub(" ", text[trigger.end : after.span.start])
        if len(gap) <= _AFTER_GAP and "," not in gap and not _breaks(gap):
            return _anchored(after, published)
    before = sorted((m for m in usable if m.span.end <= trigger.start), key=_start)
    if before:
        nearest = before[-1]
        gap = text[nearest.span.end : trigger.start]
        if len(gap.split()) <= 2 and _PLAIN_WORDS.fullmatch(gap) and not _breaks(gap):
            return _anchored(nearest, published)
        opener = before[0]
        gap = text[opener.span.end : trigger.start]
        if (
            _FRONT.match(text, begin, opener.span.start)
            and len(gap) <= _FRONT_GAP
            and not _CLAUSE_BREAK.search(_DURATION_PHRASE.sub("", gap.lstrip(", ")))
        ):
            return _anchored(opener, published)
    return None


def _start(mention: DateMention) -> int:
    return mention.span.start


def _breaks(gap: str) -> bool:
    """Whether *gap* holds the start of another clause or a new subject."""
    return bool(_CLAUSE_BREAK.search(gap) or _SUBJECT.search(gap))


def _anchored(mention: DateMention, published: dt.date | None) -> DateMention:
    """*mention*, resolved against *published* if it was found without an anchor."""
    if mention.value is not None or published is None:
        return mention
    value = _resolve(mention.text, published, mention.relative)
    if value is None or value.value is None:
        return mention
    return DateMention(
        text=mention.text,
        span=mention.span,
        value=value.value,
        precision=value.precision,
        relative=value.relative,
        rule_ids=mention.rule_ids,
    )
