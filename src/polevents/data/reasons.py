"""Default rules of the reasons stage."""

from __future__ import annotations

from polevents.rules import PatternRule

__all__ = ["RULES"]

RULES: tuple[PatternRule, ...] = ()
