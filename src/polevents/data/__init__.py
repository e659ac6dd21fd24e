"""The stock vocabularies and rules, one module per pipeline stage.

Each module holds ``RULES``, a tuple of rule values; `polevents.defaults`
groups them into rule sets. Nothing here is mutable.
"""

from __future__ import annotations

from polevents.data import dates, departures, parties, people, reasons, verbs

__all__ = ["dates", "departures", "parties", "people", "reasons", "verbs"]
