"""Time expressions: found with our own rules, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from polevents._types import DateMention
from polevents.rules import RuleSet

__all__ = ["detect_published", "find_dates"]


def detect_published(text: str) -> DateMention | None:
    """A publication date stated in a dateline or header at the top of *text*."""
    return None


def find_dates(text: str, published: dt.date | None, rules: RuleSet) -> tuple[DateMention, ...]:
    """Every date mention in *text*, resolved against *published* (never against today)."""
    return ()
