"""The stock vocabularies and rules, one module per pipeline stage.

Each module holds ``RULES``, a tuple of rule values; `polevents.defaults`
groups them into rule sets. Nothing here is mutable. The modules are imported
on first use: compiling every default rule is the dearest part of importing
polevents, and code that brings its own rules need not pay for it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["dates", "departures", "parties", "people", "reasons", "verbs"]


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f"polevents.data.{name}")
    msg = f"module 'polevents.data' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
