"""A user's own extension, as docs/extending.md shows it; must pass mypy --strict."""

from __future__ import annotations

import polevents
from polevents import defaults, rules

my_rules = defaults.RULES.extend(
    rules.phrase("Eastfield First", stage="parties", label="Eastfield First", id="acme.parties.eastfield_first"),
    rules.phrase("cost of living", stage="reasons", label="cost_of_living", id="acme.reasons.cost_of_living"),
)


def joined_and_reasons(text: str) -> list[tuple[str | None, frozenset[str]]]:
    """The party each departure joined, and its reason categories."""
    result = polevents.extract(text, published="2024-04-01", rules=my_rules)
    return [(e.joined.name if e.joined else None, e.categories) for e in result.departures]
