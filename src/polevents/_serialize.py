"""The JSON form: plain dicts, lists, strings and numbers, and back.

An `Extraction` becomes a dict in the corpus shape of the annotation
guidelines (``id``, ``published``, ``departures``, ``quotes``) with spans,
rule ids and the other details as extra fields; `from_dict` reads every
form `to_dict` writes back into equal values. The schema of the Extraction
form ships with the package (`json_schema`). No file I/O here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Any, TypeVar, cast

from polevents._types import (
    Article,
    Councillor,
    DateMention,
    DepartureEvent,
    DepartureKind,
    Extraction,
    Party,
    Precision,
    Quote,
    Reason,
    Span,
)
from polevents.exceptions import PoleventsError, SerializationError

__all__ = ["SCHEMA_VERSION", "from_dict", "json_schema", "to_dict"]

SCHEMA_VERSION = 1
"""Version of the JSON form; raised whenever a field changes meaning or goes away."""

T = TypeVar("T")
Json = dict[str, Any]


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _party(party: Party) -> Json:
    return {
        "name": party.name,
        "text": party.text,
        "span": _span(party.span),
        "rule_ids": list(party.rule_ids),
    }


def _councillor(person: Councillor) -> Json:
    return {
        "name": person.name,
        "title": person.title,
        "role": person.role,
        "ward": person.ward,
        "council": person.council,
        "spans": [_span(s) for s in person.spans],
        "rule_ids": list(person.rule_ids),
    }


def _date(mention: DateMention) -> Json:
    return {
        "text": mention.text,
        "span": _span(mention.span),
        "value": None if mention.value is None else mention.value.isoformat(),
        "precision": None if mention.precision is None else str(mention.precision),
        "iso": mention.isoformat(),
        "relative": mention.relative,
        "rule_ids": list(mention.rule_ids),
    }


def _reason(reason: Reason) -> Json:
    return {
        "category": reason.category,
        "text": reason.text,
        "span": _span(reason.span),
        "rule_ids": list(reason.rule_ids),
    }


def _quote(quote: Quote) -> Json:
    return {
        "parts": list(quote.parts),
        "spans": [_span(s) for s in quote.spans],
        "speaker": quote.speaker,
        "speaker_span": _span(quote.speaker_span),
        "cue": quote.cue,
        "cue_span": _span(quote.cue_span),
        "rule_ids": list(quote.rule_ids),
    }


def _quote_entries(index: int, quote: Quote) -> list[Json]:
    # The corpus form has one entry per part ("I chose," he said, "not to …" is
    # two entries); "quote" and "part" let from_dict put the Quote together again.
    return [
        {
            "speaker": quote.speaker,
            "text": text,
            "span": _span(span),
            "quote": index,
            "part": part,
            "speaker_span": _span(quote.speaker_span),
            "cue": quote.cue,
            "cue_span": _span(quote.cue_span),
            "rule_ids": list(quote.rule_ids),
        }
        for part, (text, span) in enumerate(zip(quote.parts, quote.spans, strict=True))
    ]


def _departure(event: DepartureEvent) -> Json:
    categories = list(dict.fromkeys(r.category for r in event.reasons))
    return {
        "councillors": [_councillor(c) for c in event.councillors],
        "party": event.party.name,
        "kind": str(event.kind),
        "joined": None if event.joined is None else event.joined.name,
        "date": None if event.date is None else event.date.isoformat(),
        "reasons": categories,
        "group_size": event.group_size,
        "span": _span(event.span),
        "rule_ids": list(event.rule_ids),
        "party_mention": _party(event.party),
        "joined_mention": None if event.joined is None else _party(event.joined),
        "date_mention": None if event.date is None else _date(event.date),
        "reason_evidence": [_reason(r) for r in event.reasons],
    }


def _article(article: Article) -> Json:
    return {
        "id": article.id,
        "published": None if article.published is None else article.published.isoformat(),
        "text": article.text,
    }


def _extraction(result: Extraction) -> Json:
    quotes: list[Json] = []
    for index, quote in enumerate(result.quotes):
        quotes.extend(_quote_entries(index, quote))
    return {
        "id": result.article.id,
        "published": None if result.published is None else result.published.isoformat(),
        "departures": [_departure(d) for d in result.departures],
        "quotes": quotes,
        "dates": [_date(d) for d in result.dates],
        "published_detected": None
        if result.published_mention is None
        else _date(result.published_mention),
        "text": result.article.text,
        "schema_version": SCHEMA_VERSION,
    }


_WRITERS: Mapping[type, Callable[[Any], Json]] = {
    Extraction: _extraction,
    Article: _article,
    DepartureEvent: _departure,
    Quote: _quote,
    DateMention: _date,
    Reason: _reason,
    Councillor: _councillor,
    Party: _party,
}


def to_dict(
    value: Extraction
    | Article
    | DepartureEvent
    | Quote
    | DateMention
    | Reason
    | Councillor
    | Party,
) -> Json:
    """The JSON form of a model value; `json.dumps` takes it as it is.

    Examples:
        >>> import polevents
        >>> result = polevents.extract("Cllr Jo Bloggs has quit the Tories.", published="2024-04-01")
        >>> to_dict(result)["departures"][0]["party"]
        'Conservative'

    .. versionadded:: 0.1.0
    """
    writer = _WRITERS.get(type(value))
    if writer is None:
        msg = f"to_dict() takes a polevents model value; got {type(value).__name__}."
        raise SerializationError(msg)
    return writer(value)


def _read_span(raw: Any) -> Span:
    if not isinstance(raw, Sequence) or isinstance(raw, str) or len(raw) != 2:
        msg = f"a span is [start, end]; got {raw!r}"
        raise SerializationError(msg)
    return Span(int(raw[0]), int(raw[1]))


def _read_opt_span(raw: Any) -> Span | None:
    return None if raw is None else _read_span(raw)


def _read_date_value(raw: Any) -> dt.date | None:
    return None if raw is None else dt.date.fromisoformat(raw)


def _read_party(raw: Json) -> Party:
    return Party(
        name=raw["name"],
        text=raw["text"],
        span=_read_span(raw["span"]),
        rule_ids=raw.get("rule_ids", ()),
    )


def _read_councillor(raw: Json) -> Councillor:
    return Councillor(
        name=raw["name"],
        title=raw.get("title"),
        role=raw.get("role"),
        ward=raw.get("ward"),
        council=raw.get("council"),
        spans=[_read_span(s) for s in raw.get("spans", ())],
        rule_ids=raw.get("rule_ids", ()),
    )


def _read_date(raw: Json) -> DateMention:
    precision = raw.get("precision")
    return DateMention(
        text=raw["text"],
        span=_read_span(raw["span"]),
        value=_read_date_value(raw.get("value")),
        precision=None if precision is None else Precision(precision),
        relative=bool(raw.get("relative", False)),
        rule_ids=raw.get("rule_ids", ()),
    )


def _read_reason(raw: Json) -> Reason:
    return Reason(
        category=raw["category"],
        text=raw["text"],
        span=_read_span(raw["span"]),
        rule_ids=raw.get("rule_ids", ()),
    )


def _read_quote(raw: Json) -> Quote:
    return Quote(
        parts=raw["parts"],
        spans=[_read_span(s) for s in raw["spans"]],
        speaker=raw.get("speaker"),
        speaker_span=_read_opt_span(raw.get("speaker_span")),
        cue=raw.get("cue"),
        cue_span=_read_opt_span(raw.get("cue_span")),
        rule_ids=raw.get("rule_ids", ()),
    )


def _read_quote_entries(entries: Sequence[Json]) -> list[Quote]:
    grouped: dict[int, list[Json]] = {}
    for position, entry in enumerate(entries):
        grouped.setdefault(int(entry.get("quote", -1 - position)), []).append(entry)
    quotes = []
    for _, parts in sorted(
        grouped.items(), key=lambda item: item[0] if item[0] >= 0 else len(entries) - item[0]
    ):
        parts.sort(key=lambda e: int(e.get("part", 0)))
        first = parts[0]
        quotes.append(
            _read_quote(
                {
                    **first,
                    "parts": [p["text"] for p in parts],
                    "spans": [p["span"] for p in parts],
                }
            )
        )
    return quotes


def _read_departure(raw: Json) -> DepartureEvent:
    return DepartureEvent(
        councillors=[_read_councillor(c) for c in raw["councillors"]],
        party=_read_party(raw["party_mention"]),
        kind=DepartureKind(raw["kind"]),
        joined=None if raw.get("joined_mention") is None else _read_party(raw["joined_mention"]),
        date=None if raw.get("date_mention") is None else _read_date(raw["date_mention"]),
        reasons=[_read_reason(r) for r in raw.get("reason_evidence", ())],
        group_size=raw.get("group_size"),
        span=_read_span(raw["span"]),
        rule_ids=raw.get("rule_ids", ()),
    )


def _read_article(raw: Json) -> Article:
    return Article(id=raw.get("id"), text=raw["text"], published=raw.get("published"))


def _read_extraction(raw: Json) -> Extraction:
    detected = raw.get("published_detected")
    published = _read_date_value(raw.get("published"))
    article = Article(id=raw.get("id"), text=raw["text"], published=None if detected else published)
    return Extraction(
        article=article,
        departures=[_read_departure(d) for d in raw.get("departures", ())],
        quotes=_read_quote_entries(raw.get("quotes", ())),
        dates=[_read_date(d) for d in raw.get("dates", ())],
        published=published,
        published_mention=None if detected is None else _read_date(detected),
    )


_READERS: Mapping[type, Callable[[Json], Any]] = {
    Extraction: _read_extraction,
    Article: _read_article,
    DepartureEvent: _read_departure,
    Quote: _read_quote,
    DateMention: _read_date,
    Reason: _read_reason,
    Councillor: _read_councillor,
    Party: _read_party,
}


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Read the JSON form that `to_dict` writes back into a *cls* value.

    Raises:
        SerializationError: *data* is not that form (a key missing, a bad span,
            a value of the wrong type); the message says what was wrong.

    .. versionadded:: 0.1.0
    """
    reader = _READERS.get(cls)
    if reader is None:
        msg = f"from_dict() reads polevents model classes; got {cls!r}."
        raise SerializationError(msg)
    if not isinstance(data, Mapping):
        msg = f"from_dict({cls.__name__}) needs a mapping; got {type(data).__name__}."
        raise SerializationError(msg)
    try:
        return cast("T", reader(dict(data)))
    except SerializationError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, PoleventsError) as err:
        detail = f"missing key {err}" if isinstance(err, KeyError) else str(err)
        msg = f"Not the JSON form of {cls.__name__}: {detail}"
        raise SerializationError(msg) from err


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an Extraction's dict, shipped inside the package.

    .. versionadded:: 0.1.0
    """
    text = (
        resources.files("polevents").joinpath("extraction.schema.json").read_text(encoding="utf-8")
    )
    return cast("dict[str, Any]", json.loads(text))
