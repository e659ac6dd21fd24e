"""The stages, run in order over one article.

Imported by `polevents.extract` on its first call, as the default rules are:
compiling the stages' patterns is most of what importing them costs, and
``import polevents`` should stay cheap for code that only reads results.
"""

from __future__ import annotations

from polevents._dates import detect_published, find_dates
from polevents._departures import find_departures
from polevents._parties import find_parties
from polevents._people import find_people
from polevents._quotes import find_quotes
from polevents._types import Article, Extraction
from polevents.rules import RuleSet

__all__ = ["run"]


def run(article: Article, rules: RuleSet) -> Extraction:
    """Every stage over *article*: dates, people, parties, quotes, then departures."""
    text = article.text
    published_mention = detect_published(text) if article.published is None else None
    anchor = article.published or (published_mention.value if published_mention else None)
    dates = find_dates(text, anchor, rules)
    people = find_people(text, rules)
    parties = find_parties(text, rules)
    quotes = find_quotes(text, people, parties, rules)
    departures = find_departures(
        text,
        people=people,
        parties=parties,
        dates=dates,
        quotes=quotes,
        published=anchor,
        rules=rules,
    )
    return Extraction(
        article=article,
        departures=departures,
        quotes=quotes,
        dates=dates,
        published=anchor,
        published_mention=published_mention,
    )
