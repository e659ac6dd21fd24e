"""Properties of `polevents.extract` over arbitrary strings and generated news-like text.

Whatever the input, extraction returns an `Extraction` (our own errors are for
bad types only), every span lies inside the caller's unchanged text and covers
the surface text its fact stores, and the result is the same on a second run,
across threads, through the JSON form and through pickle.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import polevents
from polevents import Article, Extraction, InvalidArticleError, Span, from_dict, to_dict

# --- generated news-like text ---------------------------------------------------------------

TITLES = ["Cllr", "Councillor", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Baroness", ""]
FIRST = ["Jo", "Imtiaz", "Siobhan", "Neil", "Aisha", "Tom", "Mary-Jane", "Li", "Zoë", "Kwame"]
LAST = ["Bloggs", "Ali", "O'Neill", "Duncan-Jordan", "Khan", "Smith", "Nowak", "Ó Briain", "Patel"]
PARTIES = [
    "Labour",
    "the Labour Party",
    "the Conservatives",
    "the Conservative Party",
    "the Tories",
    "the Lib Dems",
    "the Liberal Democrats",
    "the Green Party",
    "the Greens",
    "Reform UK",
    "the SNP",
    "Plaid Cymru",
    "the Workers Party",
    "Sinn Féin",
    "Ukip",
]
PARTY_WORDS = ["Labour", "Tory", "Conservative", "Lib Dem", "Green", "Reform", "SNP", "Plaid"]
ROLES = ["MP", "councillor", "council leader", "deputy mayor", "cabinet member for housing"]
WARDS = ["Eastfield", "Noel Park", "Edmonton Green", "St Mary's", "Tower Hamlets"]
REPORTING = ["said", "says", "told the BBC", "added", "wrote", "explained", "tweeted", "claimed"]
PRONOUNS = ["he", "she", "they", "the councillor", "a spokesperson"]
TRIGGERS = [
    "has quit",
    "quit",
    "resigned from",
    "has left",
    "defected from",
    "was suspended by",
    "has been suspended from",
    "was expelled from",
    "was deselected by",
    "had the whip withdrawn by",
    "crossed the floor, leaving",
    "stood down as a member of",
]
DATES = [
    "yesterday",
    "today",
    "last week",
    "last month",
    "on Monday",
    "on Friday (March 7)",
    "on 1 April 2024",
    "on April 1, 2024",
    "in May 2023",
    "in 2021",
    "10 years ago",
    "earlier this year",
    "on 2024-04-01",
    "on the 3rd of June",
    "18 months ago",
]
REASONS = [
    "over bullying",
    "citing a toxic culture",
    "over the party's stance on Gaza",
    "after a row over planning",
    "for personal reasons",
    "over antisemitism",
    "after being deselected",
    "over the leadership",
    "following a disciplinary investigation",
    "over free speech",
]
QUOTED = [
    "I was bullied out",
    "I chose not to appeal",
    "This is a sad day for the party",
    "Some of you may have heard",
    "I can no longer stay",
    "We offer him a warm welcome",
    "",
]
OPEN_CLOSE = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ('"', "”")]
SEPARATORS = [" ", "\n", "\n\n", "\r\n", "  ", "\t"]


@st.composite
def names(draw: st.DrawFn) -> str:
    """A name with an optional title: 'Cllr Jo Bloggs', 'Khan', 'Dr Li Nowak'."""
    title = draw(st.sampled_from(TITLES))
    first = draw(st.sampled_from(["", *FIRST]))
    return " ".join(p for p in (title, first, draw(st.sampled_from(LAST))) if p)


@st.composite
def quotations(draw: st.DrawFn) -> str:
    """A quoted phrase with any kind of quote marks, the closing one sometimes missing or wrong."""
    opener, closer = draw(st.sampled_from(OPEN_CLOSE))
    closer = draw(st.sampled_from([closer, closer, closer, "", "”", '"', "’"]))
    stop = draw(st.sampled_from([",", ".", "", "!", "?"]))
    return f"{opener}{draw(st.sampled_from(QUOTED))}{stop}{closer}"


FIELDS = {
    "name": names(),
    "name2": names(),
    "party": st.sampled_from(PARTIES),
    "joined": st.sampled_from(PARTIES),
    "party_word": st.sampled_from(PARTY_WORDS),
    "trigger": st.sampled_from(TRIGGERS),
    "date": st.sampled_from(DATES),
    "reason": st.sampled_from(REASONS),
    "verb": st.sampled_from(REPORTING),
    "pronoun": st.sampled_from(PRONOUNS),
    "quote": quotations(),
    "quote2": quotations(),
    "role": st.sampled_from(ROLES),
    "ward": st.sampled_from(WARDS),
}
TEMPLATES = [
    "{name} {trigger} {party} {date}.",
    "{name}, who represents {ward} ward, {trigger} {party} {date} {reason}.",
    "{name}, the {role}, {trigger} {party} to join {joined} {reason}.",
    "Two {party_word} councillors {trigger} {party} {date}.",
    "Twenty councillors and their leader {trigger} {party} {reason}.",
    "{quote} {name} {verb}.",
    "{quote} {pronoun} {verb}, {quote2}",
    "{name} {verb}: {quote}",
    "In a statement, {party} {verb} {name} had been suspended {date} {reason}.",
    "{name} {trigger} {party} {date} and now sits as an independent.",
    "{name} and {name2} {trigger} {party}, {verb} {pronoun}.",
    "Published: {date}",
    "{date}, {name} {verb} {quote}",
    "{name}{name2}{quote}{quote2}{party}",
]


def _template(template: str) -> st.SearchStrategy[str]:
    """The sentences of one template: only the fields it names are drawn."""
    used = {field: strategy for field, strategy in FIELDS.items() if f"{{{field}}}" in template}
    return st.builds(template.format, **used)


sentences = st.one_of(*map(_template, TEMPLATES), st.text(max_size=12))


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """A short article: 1 to 8 template sentences joined by spaces, newlines or paragraph breaks."""
    parts = draw(st.lists(sentences, min_size=1, max_size=8))
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(SEPARATORS)) + part
    return text


any_texts = st.text(max_size=300)
texts = any_texts | news_texts()
published = st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


# --- what the invariants look at ------------------------------------------------------------


def _span_facts(result: Extraction) -> Iterator[tuple[str, Span, str | None]]:
    """Every span of *result*, with the surface text its fact stores (``None`` if none)."""
    for event in result.departures:
        yield "departure", event.span, None
        for person in event.councillors:
            for span in person.spans:
                yield "councillor", span, None
        yield "party", event.party.span, event.party.text
        if event.joined is not None:
            yield "joined", event.joined.span, event.joined.text
        if event.date is not None:
            yield "departure date", event.date.span, event.date.text
        for reason in event.reasons:
            yield "reason", reason.span, reason.text
    for quote in result.quotes:
        for part, span in zip(quote.parts, quote.spans, strict=True):
            yield "quote part", span, part
        if quote.speaker_span is not None:
            yield "speaker", quote.speaker_span, None
        if quote.cue_span is not None:
            yield "cue", quote.cue_span, None
    for mention in result.dates:
        yield "date", mention.span, mention.text
    if result.published_mention is not None:
        yield "published mention", result.published_mention.span, result.published_mention.text


def _assert_spans_hold(result: Extraction, text: str) -> None:
    for what, span, surface in _span_facts(result):
        assert 0 <= span.start <= span.end <= len(text), f"{what} {span} outside len {len(text)}"
        if surface is not None:
            assert span.of(text) == surface, (
                f"{what} {span} covers {span.of(text)!r}, not {surface!r}"
            )


# --- the properties ---------------------------------------------------------------------------


class TestNeverRaises:
    @given(text=any_texts, published=published)
    def test_arbitrary_strings(self, text: str, published: dt.date | None) -> None:
        """Any str, with or without a publication date, gives an Extraction of that text."""
        result = polevents.extract(text, published=published)

        assert isinstance(result, Extraction)
        assert result.article.text == text

    @given(text=news_texts(), published=published)
    def test_news_like_text(self, text: str, published: dt.date | None) -> None:
        """Generated departure stories, quotes with unbalanced marks included, never raise."""
        result = polevents.extract(text, published=published)

        assert isinstance(result, Extraction)
        assert result.article.text == text

    @given(text=texts, published=published)
    def test_article_input(self, text: str, published: dt.date | None) -> None:
        """An Article gives the same result as its text and date passed separately."""
        article = Article(text=text, id="a-1", published=published)

        result = polevents.extract(article)

        assert result.article is article
        assert attrs.evolve(result, article=Article(text=text, published=published)) == (
            polevents.extract(text, published=published)
        )

    @pytest.mark.parametrize(
        "value", [None, b"Cllr Jo Bloggs quit.", 42, 1.5, ["text"], {"text": "x"}, bytearray(b"x")]
    )
    def test_non_str_input_raises_our_error(self, value: object) -> None:
        """Text that is not a str raises InvalidArticleError (a ValueError), naming the type."""
        with pytest.raises(InvalidArticleError, match=type(value).__name__):
            polevents.extract(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", ["yesterday", "2024-13-01", 20240401, object()])
    def test_bad_published_raises_our_error(self, value: object) -> None:
        """A publication date that is not a date or an ISO date string raises InvalidArticleError."""
        with pytest.raises(InvalidArticleError):
            polevents.extract("Cllr Jo Bloggs quit the Tories.", published=value)  # type: ignore[arg-type]


class TestSpans:
    @given(text=any_texts, published=published)
    def test_arbitrary_strings(self, text: str, published: dt.date | None) -> None:
        """Every span of every fact is inside the text and covers the surface text it stores."""
        _assert_spans_hold(polevents.extract(text, published=published), text)

    @given(text=news_texts(), published=published)
    def test_news_like_text(self, text: str, published: dt.date | None) -> None:
        """The same holds for departures, quotes, reasons and dates of generated stories."""
        _assert_spans_hold(polevents.extract(text, published=published), text)

    @given(
        text=news_texts(), prefix=st.sampled_from(["", "\ufeff", "e\u0301", "\U0001f600", "\r\n"])
    )
    def test_offsets_refer_to_the_callers_text(self, text: str, prefix: str) -> None:
        """Combining marks, a BOM, astral characters and CRLF before the story shift no offset."""
        whole = prefix + text

        _assert_spans_hold(polevents.extract(whole, published="2024-04-01"), whole)


class TestStability:
    @given(text=texts, published=published)
    def test_deterministic(self, text: str, published: dt.date | None) -> None:
        """Two runs on the same input give equal results."""
        assert polevents.extract(text, published=published) == polevents.extract(
            text, published=published
        )

    @given(text=texts)
    def test_input_never_modified(self, text: str) -> None:
        """The caller's string is kept as given; the result holds that very text."""
        before = copy.copy(text)

        result = polevents.extract(text, published="2024-04-01")

        assert text == before
        assert result.article.text == before
        assert to_dict(result)["text"] == before

    @settings(max_examples=25)
    @given(batch=st.lists(texts, min_size=4, max_size=12))
    def test_one_extractor_shared_by_four_threads(self, batch: list[str]) -> None:
        """One Extractor used by four threads at once gives exactly the serial results."""
        extractor = polevents.Extractor()
        serial = [polevents.extract(text, published="2024-04-01") for text in batch]

        with ThreadPoolExecutor(max_workers=4) as pool:
            threaded = list(
                pool.map(lambda text: extractor(text, published="2024-04-01"), batch * 2)
            )

        assert threaded == serial * 2


class TestRoundTrips:
    @given(text=texts, published=published)
    def test_json_form(self, text: str, published: dt.date | None) -> None:
        """from_dict(Extraction, to_dict(result)) gives back an equal Extraction."""
        result = polevents.extract(text, published=published)

        assert from_dict(Extraction, to_dict(result)) == result

    @given(text=texts, published=published)
    def test_pickle(self, text: str, published: dt.date | None) -> None:
        """An Extraction survives pickling at every protocol."""
        result = polevents.extract(text, published=published)

        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(result, protocol=protocol)) == result
