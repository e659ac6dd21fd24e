"""The exceptions polevents raises on purpose.

Every one derives from `PoleventsError`, and most also from the builtin they
semantically are, so generic handlers keep working::

    PoleventsError(Exception)
    ├── InvalidArticleError(PoleventsError, ValueError)    bad input to extract()
    ├── SerializationError(PoleventsError, ValueError)     a dict that from_dict() cannot read
    ├── RuleExecutionError(PoleventsError)                 a user's rule check raised; the cause is attached
    └── RuleError(PoleventsError)                          a rule or rule set is malformed or misused
        ├── InvalidPatternError(RuleError, ValueError)     bad regex, matches "", failing example
        ├── DuplicateRuleError(RuleError, ValueError)      id already in the set
        ├── UnknownRuleError(RuleError, KeyError)          no rule with that id
        └── RuleValidationError(RuleError, ExceptionGroup) every problem of a batch at once

"Nothing found" is never an exception: extraction returns empty tuples.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DuplicateRuleError",
    "InvalidArticleError",
    "InvalidPatternError",
    "PoleventsError",
    "RuleError",
    "RuleExecutionError",
    "RuleValidationError",
    "SerializationError",
    "UnknownRuleError",
]


class PoleventsError(Exception):
    """Base of every error polevents raises on purpose.

    .. versionadded:: 0.1.0
    """


class InvalidArticleError(PoleventsError, ValueError):
    """The input is not an article: text that is not a `str`, or a bad publication date.

    .. versionadded:: 0.1.0
    """


class SerializationError(PoleventsError, ValueError):
    """A dict handed to `polevents.from_dict` does not have the documented JSON form.

    .. versionadded:: 0.1.0
    """


class RuleExecutionError(PoleventsError):
    """A rule's code check raised; the original exception is the ``__cause__``.

    .. versionadded:: 0.1.0
    """

    def __init__(self, rule_id: str) -> None:
        self.rule_id = rule_id
        super().__init__(rule_id)

    def __str__(self) -> str:
        return f"The check of rule {self.rule_id!r} raised {self.__cause__!r}."


class RuleError(PoleventsError):
    """A rule or a rule set is malformed or misused.

    .. versionadded:: 0.1.0
    """


class InvalidPatternError(RuleError, ValueError):
    """A rule's pattern does not compile, matches the empty string, or fails its own examples.

    .. versionadded:: 0.1.0
    """

    def __init__(self, rule_id: str, reason: str) -> None:
        self.rule_id = rule_id
        self.reason = reason
        super().__init__(rule_id, reason)

    def __str__(self) -> str:
        return f"Rule {self.rule_id!r}: {self.reason}"


class DuplicateRuleError(RuleError, ValueError):
    """Two rules in one set share an id.

    .. versionadded:: 0.1.0
    """

    def __init__(self, rule_id: str) -> None:
        self.rule_id = rule_id
        super().__init__(rule_id)

    def __str__(self) -> str:
        return (
            f"Rule id {self.rule_id!r} is already in the rule set; "
            "use RuleSet.replace() to change a rule."
        )


class UnknownRuleError(RuleError, KeyError):
    """A rule id that the rule set does not hold.

    .. versionadded:: 0.1.0
    """

    def __init__(self, rule_id: str, available: Sequence[str]) -> None:
        self.rule_id = rule_id
        self.available = tuple(available)
        super().__init__(rule_id)

    def __str__(self) -> str:
        shown = ", ".join(self.available[:20])
        more = f" and {len(self.available) - 20} more" if len(self.available) > 20 else ""
        return f"No rule {self.rule_id!r}. Available: {shown}{more}."


class RuleValidationError(RuleError, ExceptionGroup[RuleError]):
    """Several rules of one batch are bad; each problem is one sub-exception.

    .. versionadded:: 0.1.0
    """
