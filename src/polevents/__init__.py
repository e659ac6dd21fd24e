"""polevents: party departures, quotes, dates and reasons from English political news.

The package root is the public API::

    import polevents
    result = polevents.extract(text, published="2024-04-01")
    polevents.to_dict(result)   # the documented JSON form

Public submodules: `polevents.rules`, `polevents.defaults`, `polevents.data`,
`polevents.testing` and `polevents.exceptions`.
"""

from __future__ import annotations

import importlib

from polevents import rules
from polevents._extractor import Extractor, extract
from polevents._serialize import SCHEMA_VERSION, from_dict, json_schema, to_dict
from polevents._types import (
    Article,
    Councillor,
    DateMention,
    DepartureEvent,
    DepartureKind,
    Extraction,
    Party,
    Precision,
    Quote,
    Reason,
    ReasonCode,
    Span,
)
from polevents.exceptions import (
    DuplicateRuleError,
    InvalidArticleError,
    InvalidPatternError,
    PoleventsError,
    RuleError,
    RuleExecutionError,
    RuleValidationError,
    SerializationError,
    UnknownRuleError,
)
from polevents.rules import RuleSet, Stage

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Councillor",
    "DateMention",
    "DepartureEvent",
    "DepartureKind",
    "DuplicateRuleError",
    "Extraction",
    "Extractor",
    "InvalidArticleError",
    "InvalidPatternError",
    "Party",
    "PoleventsError",
    "Precision",
    "Quote",
    "Reason",
    "ReasonCode",
    "RuleError",
    "RuleExecutionError",
    "RuleSet",
    "RuleValidationError",
    "SerializationError",
    "Span",
    "Stage",
    "UnknownRuleError",
    "defaults",
    "extract",
    "from_dict",
    "json_schema",
    "rules",
    "to_dict",
]


def __getattr__(name: str) -> object:
    # The version has one source, pyproject.toml; read it only when asked for.
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("polevents")
    # The default rules compile hundreds of patterns: load them on first use.
    if name in {"defaults", "data"}:
        return importlib.import_module(f"polevents.{name}")
    msg = f"module 'polevents' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "__version__"})
