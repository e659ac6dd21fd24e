"""People: named persons, their titles and roles, and the mentions that refer to them."""

from __future__ import annotations

import attrs

from polevents._types import Span
from polevents.rules import RuleSet

__all__ = ["People", "Person", "PersonMention", "find_people"]


@attrs.frozen(kw_only=True)
class Person:
    """One person of the article, under the most complete name it gives."""

    name: str
    title: str | None = None
    role: str | None = None
    ward: str | None = None
    council: str | None = None
    spans: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class PersonMention:
    """One mention: the whole span (with title), the name's span, and the person meant."""

    span: Span
    name_span: Span
    person: int


@attrs.frozen(kw_only=True)
class People:
    """The persons of an article and every mention of them, in text order."""

    persons: tuple[Person, ...] = ()
    mentions: tuple[PersonMention, ...] = ()


def find_people(text: str, rules: RuleSet) -> People:
    """The named persons of *text*, with mentions linked (Cllr Ali → Imtiaz Ali)."""
    return People()
