"""A user's own extension, as docs/extending.md shows it; must pass mypy --strict."""

from __future__ import annotations

import polevents
from polevents import defaults, rules

party = rules.phrase(
    "Eastfield First", stage="parties", label="Eastfield First", id="acme.parties.ef"
)
reason = rules.phrase(
    "cost of living", stage="reasons", label="cost_of_living", id="acme.reasons.col"
)
my_rules = defaults.RULES.extend(party, reason)


def joined_and_reasons(text: str) -> list[tuple[str | None, frozenset[str]]]:
    """The party each departure joined, and its reason categories."""
    result = polevents.extract(text, published="2024-04-01", rules=my_rules)
    return [(e.joined.name if e.joined else None, e.categories) for e in result.departures]
