"""Default rules of the dates stage."""

from __future__ import annotations

from polevents.rules import PatternRule

__all__ = ["RULES"]

RULES: tuple[PatternRule, ...] = ()
