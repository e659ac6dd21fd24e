"""The model's validators, converters and helpers."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from polevents import (
    Article,
    Councillor,
    DateMention,
    DepartureEvent,
    Extraction,
    InvalidArticleError,
    Party,
    Precision,
    Quote,
    Span,
)


class TestSpan:
    def test_of_slices_the_text(self) -> None:
        """Span.of returns the covered characters; len is their number."""
        span = Span(4, 10)

        assert span.of("The Tories won") == "Tories"
        assert len(span) == 6

    @pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4)], ids=["negative", "reversed"])
    def test_invalid_offsets_are_refused(self, start: int, end: int) -> None:
        """A span never starts below zero or ends before it starts."""
        with pytest.raises(ValueError, match="Span|start"):
            Span(start, end)

    def test_values_are_frozen(self) -> None:
        """Model values cannot be changed after they are made."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(0, 1).start = 3  # type: ignore[misc]


class TestArticle:
    @pytest.mark.parametrize(
        ("published", "expected"),
        [
            ("2024-04-01", dt.date(2024, 4, 1)),
            (dt.date(2024, 4, 1), dt.date(2024, 4, 1)),
            (dt.datetime(2024, 4, 1, 9, 30, tzinfo=dt.UTC), dt.date(2024, 4, 1)),
            ("2024-04-01T09:30:00", dt.date(2024, 4, 1)),
            (None, None),
        ],
        ids=["iso", "date", "datetime", "iso-datetime", "none"],
    )
    def test_published_is_converted_to_a_date(
        self, published: object, expected: dt.date | None
    ) -> None:
        """Dates, datetimes and ISO strings all become a datetime.date."""
        assert Article(text="x", published=published).published == expected

    @pytest.mark.parametrize("published", ["yesterday", "01/04/2024", 20240401, 3.5], ids=str)
    def test_bad_published_raises_our_error(self, published: object) -> None:
        """A publication date that is not a date raises InvalidArticleError, a ValueError."""
        with pytest.raises(InvalidArticleError, match="published"):
            Article(text="x", published=published)

    @pytest.mark.parametrize("text", [None, b"bytes", 42], ids=repr)
    def test_text_must_be_str(self, text: object) -> None:
        """Text that is not a str raises InvalidArticleError with the type's name."""
        with pytest.raises(InvalidArticleError, match=type(text).__name__):
            Article(text=text)


class TestDateMention:
    @pytest.mark.parametrize(
        ("precision", "expected"),
        [
            (Precision.DAY, "2023-05-09"),
            (Precision.MONTH, "2023-05"),
            (Precision.YEAR, "2023"),
            (None, None),
        ],
        ids=["day", "month", "year", "unresolved"],
    )
    def test_isoformat_follows_the_precision(
        self, precision: Precision | None, expected: str | None
    ) -> None:
        """isoformat() renders only what the text states."""
        mention = DateMention(
            text="x", span=Span(0, 1), value=dt.date(2023, 5, 9), precision=precision
        )

        assert mention.isoformat() == expected


class TestQuote:
    def test_text_joins_the_parts(self) -> None:
        """A split quote's text is its parts joined by a space."""
        quote = Quote(parts=("I chose,", "not to appeal."), spans=(Span(1, 9), Span(21, 35)))

        assert quote.text == "I chose, not to appeal."

    def test_parts_and_spans_must_pair_up(self) -> None:
        """Each part has exactly one span."""
        with pytest.raises(ValueError, match="one span per part"):
            Quote(parts=("a", "b"), spans=(Span(0, 1),))


class TestDepartureEvent:
    def test_kind_is_converted_and_checked(self) -> None:
        """Kinds may be given as strings; unknown kinds are refused."""
        party = Party(name="Labour", text="Labour", span=Span(0, 6))
        event = DepartureEvent(
            councillors=[Councillor(name="Jo Bloggs")],
            party=party,
            kind="suspension",
            span=Span(0, 6),
        )

        assert event.kind == "suspension"
        assert event.councillors == (Councillor(name="Jo Bloggs"),)
        with pytest.raises(ValueError, match="retirement"):
            DepartureEvent(councillors=(), party=party, kind="retirement", span=Span(0, 6))

    def test_empty_names_are_refused(self) -> None:
        """A councillor or party always has a name."""
        with pytest.raises(ValueError, match="name"):
            Councillor(name="  ")
        with pytest.raises(ValueError, match="name"):
            Party(name="", text="", span=Span(0, 0))


class TestExtraction:
    def test_published_must_follow_its_source(self) -> None:
        """The effective date is the caller's, or the detected one when the caller gave none."""
        article = Article(text="x", published="2024-04-01")
        mention = DateMention(
            text="x", span=Span(0, 1), value=dt.date(2024, 1, 1), precision=Precision.DAY
        )

        with pytest.raises(ValueError, match="published"):
            Extraction(article=article, published=None)
        with pytest.raises(ValueError, match="caller gave no publication date"):
            Extraction(article=article, published=dt.date(2024, 1, 1), published_mention=mention)
        assert Extraction(
            article=Article(text="x"), published=dt.date(2024, 1, 1), published_mention=mention
        )


class TestTupleFields:
    @pytest.mark.parametrize(
        "fields",
        [
            {"spans": (Span(0, 3), (4, 9))},  # one item is not a Span
            {"spans": ("Jo",)},
            {"rule_ids": ("people.title", 7)},
        ],
    )
    def test_an_item_of_the_wrong_kind_is_refused(self, fields: dict[str, object]) -> None:
        with pytest.raises(TypeError, match="must be a tuple of"):
            Councillor(name="Jo Bloggs", **fields)  # type: ignore[arg-type]

    def test_items_of_the_right_kind_are_kept(self) -> None:
        councillor = Councillor(name="Jo Bloggs", spans=[Span(0, 2), Span(5, 9)], rule_ids=["a"])

        assert councillor.spans == (Span(0, 2), Span(5, 9))
        assert councillor.rule_ids == ("a",)
