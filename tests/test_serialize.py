"""The JSON form: exact round trips, the corpus shape and the shipped schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import polevents
from polevents import (
    Article,
    Councillor,
    DateMention,
    DepartureEvent,
    Extraction,
    Party,
    Quote,
    Reason,
    SerializationError,
    Span,
    from_dict,
    to_dict,
)

from . import strategies

ROUND_TRIPS = [
    (Extraction, strategies.extractions()),
    (Article, strategies.articles),
    (DepartureEvent, strategies.departures),
    (Quote, strategies.quotes()),
    (DateMention, strategies.date_mentions),
    (Reason, strategies.reasons),
    (Councillor, strategies.councillors),
    (Party, strategies.parties),
]


class TestRoundTrip:
    @pytest.mark.parametrize(
        ("cls", "values"), ROUND_TRIPS, ids=[c.__name__ for c, _ in ROUND_TRIPS]
    )
    @given(data=st.data())
    def test_every_class_round_trips_through_json(
        self, cls: type, values: st.SearchStrategy[object], data: st.DataObject
    ) -> None:
        """from_dict(to_dict(x)) == x, also after a trip through json text."""
        value = data.draw(values)

        assert value == from_dict(cls, json.loads(json.dumps(to_dict(value))))  # type: ignore[arg-type]

    @given(strategies.extractions())
    def test_extraction_dicts_match_the_shipped_schema(self, value: Extraction) -> None:
        """Every Extraction's dict validates against polevents.json_schema()."""
        jsonschema.validate(to_dict(value), polevents.json_schema())


class TestCorpusShape:
    def test_split_quote_is_one_entry_per_part(self) -> None:
        """A quote split by its attribution is two corpus entries that read back as one Quote."""
        text = "“I chose,” he said, “not to appeal.”"
        quote = Quote(
            parts=("I chose,", "not to appeal."),
            spans=(Span(1, 9), Span(21, 35)),
            speaker="Jo Bloggs",
        )
        result = Extraction(article=Article(text=text), quotes=(quote,))

        entries = to_dict(result)["quotes"]

        assert [e["text"] for e in entries] == ["I chose,", "not to appeal."]
        assert {e["speaker"] for e in entries} == {"Jo Bloggs"}
        assert from_dict(Extraction, to_dict(result)).quotes == (quote,)

    def test_departure_has_the_guidelines_fields(self) -> None:
        """A departure dict has the corpus fields with canonical names and a partial ISO date."""
        event = DepartureEvent(
            councillors=[Councillor(name="Jo Bloggs", role="councillor")],
            party=Party(name="Conservative", text="Tories", span=Span(20, 26)),
            kind="resignation",
            joined=Party(name="Independent", text="independent", span=Span(40, 51)),
            date=DateMention(
                text="May 2023",
                span=Span(0, 8),
                value=dt.date(2023, 5, 1),
                precision=polevents.Precision.MONTH,
            ),
            reasons=[Reason(category="bullying", text="bullying", span=Span(60, 68))] * 2,
            span=Span(0, 70),
        )

        raw = to_dict(event)

        assert (raw["party"], raw["kind"], raw["joined"], raw["date"], raw["reasons"]) == (
            "Conservative",
            "resignation",
            "Independent",
            "2023-05",
            ["bullying"],
        )
        assert raw["councillors"][0]["name"] == "Jo Bloggs"


class TestErrors:
    @pytest.mark.parametrize(
        ("cls", "raw"),
        [
            (Party, {"name": "Labour"}),
            (Party, {"name": "Labour", "text": "Labour", "span": [3]}),
            (Quote, {"parts": ["a"], "spans": []}),
            (Extraction, {"text": 5}),
            (DateMention, {"text": "x", "span": [0, 1], "value": "not a date"}),
            (Extraction, ["not", "a", "mapping"]),
        ],
        ids=[
            "missing-key",
            "short-span",
            "parts-without-spans",
            "text-not-str",
            "bad-date",
            "not-a-mapping",
        ],
    )
    def test_bad_dicts_raise_our_error(self, cls: type, raw: object) -> None:
        """Malformed input raises SerializationError, never a bare KeyError or TypeError."""
        with pytest.raises(SerializationError):
            from_dict(cls, raw)  # type: ignore[arg-type]

    def test_unknown_class_is_refused(self) -> None:
        """to_dict and from_dict name what they accept."""
        with pytest.raises(SerializationError, match="model value"):
            to_dict(object())  # type: ignore[arg-type]
        with pytest.raises(SerializationError, match="model classes"):
            from_dict(dict, {})


class TestRealOutput:
    EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.json"

    def test_the_bundled_example_validates_and_round_trips(self) -> None:
        """Real extraction output (departures, quotes, dates) matches the schema and reads back equal."""
        raw = json.loads(self.EXAMPLE.read_text(encoding="utf-8"))
        result = polevents.extract(
            Article(text=raw["text"], id=raw["id"], published=raw["published"])
        )
        as_dict = to_dict(result)

        jsonschema.validate(as_dict, polevents.json_schema())
        assert result.departures
        assert result.quotes
        assert from_dict(Extraction, json.loads(json.dumps(as_dict))) == result
