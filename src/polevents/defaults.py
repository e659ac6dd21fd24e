"""The stock rule sets, one per pipeline stage, and `RULES`, all of them together.

Extend or trim a copy; these values never change::

    my_rules = defaults.RULES.extend(my_rule).without("reasons.personal.family")

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from polevents import data
from polevents.rules import RuleSet

__all__ = ["DATES", "DEPARTURES", "PARTIES", "PEOPLE", "REASONS", "RULES", "VERBS"]

PARTIES = RuleSet(data.parties.RULES)
"""Party names, aliases and nicknames (stage ``parties``)."""
PEOPLE = RuleSet(data.people.RULES)
"""Titles and roles of people (stages ``titles`` and ``roles``)."""
VERBS = RuleSet(data.verbs.RULES)
"""Reporting verbs that attribute quotes (stage ``verbs``)."""
DATES = RuleSet(data.dates.RULES)
"""Time expressions (stage ``dates``)."""
DEPARTURES = RuleSet(data.departures.RULES)
"""Departure triggers, labelled with their `DepartureKind` (stage ``departures``)."""
REASONS = RuleSet(data.reasons.RULES)
"""Reason cues, labelled with their category (stage ``reasons``)."""

RULES = RuleSet((*PARTIES, *PEOPLE, *VERBS, *DATES, *DEPARTURES, *REASONS))
"""Every default rule; what `polevents.extract` uses when given no *rules*."""
