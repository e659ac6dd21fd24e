"""Departure events: triggers, the people and parties around them, dates and reasons."""

from __future__ import annotations

import datetime as dt

from polevents._people import People
from polevents._types import DateMention, DepartureEvent, Party, Quote
from polevents.rules import RuleSet

__all__ = ["find_departures"]


def find_departures(
    text: str,
    *,
    people: People,
    parties: tuple[Party, ...],
    dates: tuple[DateMention, ...],
    quotes: tuple[Quote, ...],
    published: dt.date | None,
    rules: RuleSet,
) -> tuple[DepartureEvent, ...]:
    """Every departure *text* states, background ones included, and nothing else."""
    return ()
