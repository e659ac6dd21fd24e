"""Direct quotations and who said them."""

from __future__ import annotations

from polevents._people import People
from polevents._types import Party, Quote
from polevents.rules import RuleSet

__all__ = ["find_quotes"]


def find_quotes(
    text: str, people: People, parties: tuple[Party, ...], rules: RuleSet
) -> tuple[Quote, ...]:
    """Every reportable quotation in *text*, with its speaker where the text says who."""
    return ()
