"""The typed model: frozen, keyword-only attrs values with validators.

Every extracted fact carries the `Span` (half-open character offsets) of its
evidence in the caller's unchanged text, and the ids of the rules that made it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from polevents.exceptions import InvalidArticleError

__all__ = [
    "Article",
    "Councillor",
    "DateMention",
    "DepartureEvent",
    "DepartureKind",
    "Extraction",
    "Party",
    "Precision",
    "Quote",
    "Reason",
    "ReasonCode",
    "Span",
]


def _non_empty_str(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    # One function, not attrs' chain of a type check and this: names are made by the dozen.
    if not isinstance(value, str):
        msg = f"{type(instance).__name__}.{attribute.name} must be a str; got {value!r}."
        raise TypeError(msg)
    if not value.strip():
        msg = f"{type(instance).__name__}.{attribute.name} must not be empty."
        raise ValueError(msg)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


_Validator = Callable[[Any, "attrs.Attribute[Any]", object], None]


# Plain functions rather than attrs' validator classes: the model's values are made by
# the thousand per article, and a function call costs half of a validator object's.
def _of(kind: type) -> _Validator:
    """A validator: an instance of *kind*."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            msg = f"{type(instance).__name__}.{attribute.name} must be a {kind.__name__}; got {value!r}."
            raise TypeError(msg)

    return validate


def _optional_of(kind: type) -> _Validator:
    """A validator: None or an instance of *kind*."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            msg = f"{type(instance).__name__}.{attribute.name} must be None or a {kind.__name__}; got {value!r}."
            raise TypeError(msg)

    return validate


_str = _of(str)
_opt_str = _optional_of(str)


# `object.__setattr__`, as attrs' own __init__ of a frozen class uses.
_set_field = object.__setattr__


@attrs.frozen(init=False)
class Span:
    """Half-open character offsets ``[start, end)`` into the caller's text.

    Examples:
        >>> Span(4, 10).of("The Tories said")
        'Tories'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out rather than generated with a validator: spans are made by the
        # hundred per article, and one check and two stores cost a quarter less.
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            msg = f"A Span is two ints with 0 <= start <= end; got ({start!r}, {end!r})."
            raise ValueError(msg)
        _set_field(self, "start", start)
        _set_field(self, "end", end)

    def of(self, text: str) -> str:
        """The slice of *text* this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _tuple_of(kind: type) -> _Validator:
    """A validator: a tuple whose every item is a *kind*.

    One check over the tuple instead of attrs' ``deep_iterable``, which calls
    a validator per item: the model's tuples are made by the thousand.
    """

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        # A loop, not all() over a generator: most tuples hold one or two items, and
        # making the generator costs more than checking them.
        if type(value) is tuple:
            for item in value:
                if not isinstance(item, kind):
                    break
            else:
                return
        msg = f"{type(instance).__name__}.{attribute.name} must be a tuple of {kind.__name__}; got {value!r}."
        raise TypeError(msg)

    return validate


_span = _of(Span)
_opt_span = _optional_of(Span)
_span_tuple = _tuple_of(Span)
_str_tuple = _tuple_of(str)


class DepartureKind(enum.StrEnum):
    """How a politician's tie to a party ended (the corpus guidelines define exactly four).

    .. versionadded:: 0.1.0
    """

    RESIGNATION = "resignation"
    EXPULSION = "expulsion"
    SUSPENSION = "suspension"
    DESELECTION = "deselection"


class Precision(enum.StrEnum):
    """How much of a date the text states.

    .. versionadded:: 0.1.0
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class ReasonCode(enum.StrEnum):
    """The ten reason categories of the corpus taxonomy.

    `Reason.category` is a plain `str`, so users may add categories of their own.

    .. versionadded:: 0.1.0
    """

    DESELECTION = "deselection"
    DISCIPLINARY = "disciplinary"
    BULLYING = "bullying"
    FREE_SPEECH = "free_speech"
    LEADERSHIP = "leadership"
    LOCAL_DISPUTE = "local_dispute"
    FOREIGN_POLICY = "foreign_policy"
    DOMESTIC_POLICY = "domestic_policy"
    DISCRIMINATION = "discrimination"
    PERSONAL = "personal"


@attrs.frozen(kw_only=True)
class Party:
    """A party mention: its canonical name and the words as written.

    ``Party(name="Conservative", text="Tories", span=Span(10, 16))``

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_non_empty_str)
    text: str = attrs.field(validator=_str)
    span: Span = attrs.field(validator=_span)
    rule_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)


@attrs.frozen(kw_only=True)
class Councillor:
    """A named politician: name without titles, and what the article says of them.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_non_empty_str)
    title: str | None = attrs.field(default=None, validator=_opt_str)
    role: str | None = attrs.field(default=None, validator=_opt_str)
    ward: str | None = attrs.field(default=None, validator=_opt_str)
    council: str | None = attrs.field(default=None, validator=_opt_str)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans, validator=_span_tuple)
    rule_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)


@attrs.frozen(kw_only=True)
class DateMention:
    """A time expression, with its value resolved against the publication date.

    *value* is ``None`` when the expression is relative and no publication date
    is known: nothing is ever resolved against today's clock.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=_str)
    span: Span = attrs.field(validator=_span)
    value: dt.date | None = attrs.field(default=None, validator=_optional_of(dt.date))
    precision: Precision | None = attrs.field(default=None, validator=_optional_of(Precision))
    relative: bool = attrs.field(default=False, validator=_of(bool))
    rule_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)

    def isoformat(self) -> str | None:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as the precision allows; ``None`` if unresolved.

        Examples:
            >>> DateMention(text="May 2023", span=Span(0, 8), value=dt.date(2023, 5, 1),
            ...             precision=Precision.MONTH).isoformat()
            '2023-05'
        """
        if self.value is None or self.precision is None:
            return None
        width = {Precision.DAY: 10, Precision.MONTH: 7, Precision.YEAR: 4}[self.precision]
        return self.value.isoformat()[:width]


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation, possibly in several parts split by its attribution.

    ``“I chose,” he said, “not to appeal.”`` is one Quote with two *parts* and
    two *spans*; *text* joins the parts with a space.

    .. versionadded:: 0.1.0
    """

    parts: tuple[str, ...] = attrs.field(converter=_strings, validator=_str_tuple)
    spans: tuple[Span, ...] = attrs.field(converter=_spans, validator=_span_tuple)
    speaker: str | None = attrs.field(default=None, validator=_opt_str)
    speaker_span: Span | None = attrs.field(default=None, validator=_opt_span)
    cue: str | None = attrs.field(default=None, validator=_opt_str)
    cue_span: Span | None = attrs.field(default=None, validator=_opt_span)
    rule_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)

    @spans.validator
    def _one_span_per_part(
        self, attribute: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]
    ) -> None:
        if not value or len(value) != len(self.parts):
            msg = f"A Quote needs one span per part; got {len(self.parts)} parts and {len(value)} spans."
            raise ValueError(msg)

    @property
    def text(self) -> str:
        """The quoted words, parts joined by a space."""
        return " ".join(self.parts)


@attrs.frozen(kw_only=True)
class Reason:
    """One reason the article gives for a departure, with its evidence.

    .. versionadded:: 0.1.0
    """

    category: str = attrs.field(validator=_non_empty_str)
    text: str = attrs.field(validator=_str)
    span: Span = attrs.field(validator=_span)
    rule_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)


def _councillors(items: Iterable[Councillor]) -> tuple[Councillor, ...]:
    return tuple(items)


def _reasons(items: Iterable[Reason]) -> tuple[Reason, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class DepartureEvent:
    """A politician, or a named group, leaving a party.

    *councillors* lists the people the article names; *group_size* is the
    total it states ("Twenty councillors and their leader" → 21), else ``None``.

    .. versionadded:: 0.1.0
    """

    councillors: tuple[Councillor, ...] = attrs.field(
        converter=_councillors,
        validator=_tuple_of(Councillor),
    )
    party: Party = attrs.field(validator=_of(Party))
    kind: DepartureKind = attrs.field(converter=DepartureKind)
    joined: Party | None = attrs.field(default=None, validator=_optional_of(Party))
    date: DateMention | None = attrs.field(default=None, validator=_optional_of(DateMention))
    reasons: tuple[Reason, ...] = attrs.field(
        default=(),
        converter=_reasons,
        validator=_tuple_of(Reason),
    )
    group_size: int | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(
            [attrs.validators.instance_of(int), attrs.validators.ge(1)]
        ),
    )
    span: Span = attrs.field(validator=_span)
    rule_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)

    @property
    def categories(self) -> frozenset[str]:
        """The reason categories, as a set."""
        return frozenset(reason.category for reason in self.reasons)


def _published(value: object) -> dt.date | None:
    """Accept a date, a datetime (its date is kept) or an ISO ``YYYY-MM-DD`` string."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        msg = f"published must be an ISO date (YYYY-MM-DD); got {value!r}."
        raise InvalidArticleError(msg)
    msg = f"published must be a datetime.date, an ISO date string or None; got {type(value).__name__}."
    raise InvalidArticleError(msg)


def _text(value: object) -> str:
    if not isinstance(value, str):
        msg = f"Article text must be a str; got {type(value).__name__}."
        raise InvalidArticleError(msg)
    return value


def _article_id(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    msg = f"Article id must be a str or None; got {type(value).__name__}."
    raise InvalidArticleError(msg)


@attrs.frozen(kw_only=True)
class Article:
    """The input: a news text, with its id and publication date when known.

    Examples:
        >>> Article(text="Cllr Jo Bloggs quit the Tories.", published="2024-04-01").published
        datetime.date(2024, 4, 1)

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(converter=_text)
    id: str | None = attrs.field(default=None, converter=_article_id)
    published: dt.date | None = attrs.field(default=None, converter=_published)


def _departures(items: Iterable[DepartureEvent]) -> tuple[DepartureEvent, ...]:
    return tuple(items)


def _quotes(items: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(items)


def _dates(items: Iterable[DateMention]) -> tuple[DateMention, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Extraction:
    """What `polevents.extract` found in one article.

    *published* is the date relative expressions were resolved against: the
    caller's, or one detected in a dateline, in which case *published_mention*
    says where.

    .. versionadded:: 0.1.0
    """

    article: Article = attrs.field(validator=_of(Article))
    departures: tuple[DepartureEvent, ...] = attrs.field(
        default=(),
        converter=_departures,
        validator=_tuple_of(DepartureEvent),
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(),
        converter=_quotes,
        validator=_tuple_of(Quote),
    )
    dates: tuple[DateMention, ...] = attrs.field(
        default=(),
        converter=_dates,
        validator=_tuple_of(DateMention),
    )
    published: dt.date | None = attrs.field(default=None, validator=_optional_of(dt.date))
    published_mention: DateMention | None = attrs.field(
        default=None, validator=_optional_of(DateMention)
    )

    def __attrs_post_init__(self) -> None:
        # The JSON form stores the effective date once; keep the two fields consistent with it.
        if self.published_mention is None:
            expected = self.article.published
        elif self.article.published is None:
            expected = self.published_mention.value
        else:
            msg = "published_mention is only set when the caller gave no publication date."
            raise ValueError(msg)
        if self.published != expected:
            msg = f"Extraction.published is {self.published}, but its sources give {expected}."
            raise ValueError(msg)
