"""polevents in pipelines: results pickle, and process pools and Dask give the serial results."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import pickle

import dask.bag as db

import polevents
from polevents import (
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

FIRST = ["Jo", "Imtiaz", "Siobhan", "Neil", "Aisha", "Tom", "Mary"]
LAST = ["Bloggs", "Ali", "O'Neill", "Khan", "Smith", "Nowak", "Patel"]
PARTIES = ["the Tories", "Labour", "the Green Party", "the Lib Dems", "Reform UK"]
WARDS = ["Eastfield", "Noel Park", "Edmonton Green", "Riverside"]
SENTENCES = [
    "Cllr {first} {last}, who represents {ward} ward, quit {party} yesterday.",
    "“I was bullied out,” {first} {last} said.",
    "{first} {last} had the whip withdrawn by {party} last week over a social media post.",
    "The council leader said: “We wish {last} well and thank them for their service.”",
    "Two councillors defected from {party} to Reform UK on 3 March 2024.",
    "Published: {day} April 2024",
]


def _articles(count: int = 50) -> list[Article]:
    """*count* short, different departure stories, each with an id and a publication date."""
    articles = []
    for number in range(count):
        fields = {
            "first": FIRST[number % len(FIRST)],
            "last": LAST[number * 3 % len(LAST)],
            "party": PARTIES[number % len(PARTIES)],
            "ward": WARDS[number % len(WARDS)],
            "day": 1 + number % 28,
        }
        chosen = [s for offset, s in enumerate(SENTENCES) if (number >> offset) & 1 or offset < 2]
        articles.append(
            Article(
                text="\n\n".join(s.format(**fields) for s in chosen),
                id=f"gen-{number:03}",
                published=None if number % 5 == 0 else dt.date(2024, 4, 1 + number % 28),
            )
        )
    return articles


def _at(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def _full_extraction() -> Extraction:
    """An Extraction with a departure (people, parties, date, reason), a split quote and dates."""
    text = "Cllr Jo Bloggs quit the Tories for Labour yesterday over bullying. “I chose,” she said, “to go.”"
    yesterday = DateMention(
        text="yesterday",
        span=_at(text, "yesterday"),
        value=dt.date(2024, 3, 31),
        precision=Precision.DAY,
        relative=True,
        rule_ids=("dates.relative",),
    )
    departure = DepartureEvent(
        councillors=[
            Councillor(name="Jo Bloggs", title="Cllr", spans=[_at(text, "Cllr Jo Bloggs")])
        ],
        party=Party(name="Conservative", text="Tories", span=_at(text, "Tories")),
        kind=DepartureKind.RESIGNATION,
        joined=Party(name="Labour", text="Labour", span=_at(text, "Labour")),
        date=yesterday,
        reasons=[Reason(category="bullying", text="bullying", span=_at(text, "bullying"))],
        span=_at(text, text[: text.index(".") + 1]),
        rule_ids=("departures.quit",),
    )
    quote = Quote(
        parts=["I chose,", "to go."],
        spans=[_at(text, "I chose,"), _at(text, "to go.")],
        speaker="Jo Bloggs",
        speaker_span=_at(text, "she"),
        cue="said",
        cue_span=_at(text, "said"),
    )
    return Extraction(
        article=Article(text=text, id="x", published=dt.date(2024, 4, 1)),
        departures=[departure],
        quotes=[quote],
        dates=[yesterday],
        published=dt.date(2024, 4, 1),
    )


class TestPickle:
    def test_full_extraction(self) -> None:
        """An Extraction holding departures, quotes and dates pickles to an equal value."""
        result = _full_extraction()

        assert pickle.loads(pickle.dumps(result)) == result

    def test_extracted_results(self) -> None:
        """What extract() returns for the generated articles pickles, all of it at once."""
        results = [polevents.extract(article) for article in _articles()]

        assert pickle.loads(pickle.dumps(results)) == results


class TestMultiprocessing:
    def test_spawn_pool_gives_the_serial_results(self) -> None:
        """A spawn pool of 2 workers mapping extract over 50 articles returns the serial results, in order."""
        articles = _articles()
        serial = [polevents.extract(article) for article in articles]

        with multiprocessing.get_context("spawn").Pool(2) as pool:
            pooled = pool.map(polevents.extract, articles, chunksize=5)

        assert pooled == serial

    def test_an_extractor_pickles_to_the_workers(self) -> None:
        """An Extractor is sent to the workers as the mapped callable and gives the serial results."""
        articles = _articles()
        extractor = polevents.Extractor()

        with multiprocessing.get_context("spawn").Pool(2) as pool:
            pooled = pool.map(extractor, articles, chunksize=5)

        assert pooled == [extractor(article) for article in articles]

    def test_json_lines_from_workers(self) -> None:
        """Workers can return the JSON form; it reads back into the serial results."""
        articles = _articles()

        with multiprocessing.get_context("spawn").Pool(2) as pool:
            lines = [
                json.dumps(polevents.to_dict(result))
                for result in pool.imap(polevents.extract, articles, chunksize=5)
            ]

        assert [polevents.from_dict(Extraction, json.loads(line)) for line in lines] == [
            polevents.extract(article) for article in articles
        ]


class TestDask:
    def test_bag_with_local_processes_gives_the_serial_results(self) -> None:
        """dask.bag over 50 articles in 4 partitions, on 2 local processes, returns the serial results."""
        articles = _articles()
        bag = db.from_sequence(articles, npartitions=4)

        results = bag.map(polevents.extract).compute(scheduler="processes", num_workers=2)

        assert results == [polevents.extract(article) for article in articles]

    def test_bag_to_json_form(self) -> None:
        """Mapping to_dict in the bag gives the dicts of the serial results."""
        articles = _articles()

        dicts = (
            db.from_sequence(articles, npartitions=4)
            .map(polevents.extract)
            .map(polevents.to_dict)
            .compute(scheduler="processes", num_workers=2)
        )

        assert dicts == [polevents.to_dict(polevents.extract(article)) for article in articles]
