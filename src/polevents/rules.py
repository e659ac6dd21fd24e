"""Rules as values: patterns and phrase lists with stable ids, grouped in immutable sets.

A rule belongs to one pipeline `Stage` and carries a *label* that says what it
finds (a canonical party name, a `DepartureKind`, a reason category, …), the
sentences it must match (*examples*) and must not match (*counterexamples*).
Rules are checked when made: a bad regex, a pattern that matches the empty
string or a failing example raises `InvalidPatternError` naming the rule.

Nothing is registered anywhere: build a `RuleSet` (usually by extending
`polevents.defaults.RULES`) and pass it to `polevents.extract`.

Examples:
    >>> from polevents import rules
    >>> greens = rules.phrase("Greens", "Green Party", stage="parties", label="Green",
    ...                       id="demo.parties.green", examples=("the Greens won",),
    ...                       counterexamples=("a green field",))
    >>> [m.span.of("He joined the Green Party.") for m in greens.finditer("He joined the Green Party.")]
    ['Green Party']
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs
import regex

from polevents._types import Span
from polevents.exceptions import (
    DuplicateRuleError,
    InvalidPatternError,
    RuleError,
    RuleExecutionError,
    RuleValidationError,
    UnknownRuleError,
)

__all__ = [
    "Check",
    "Match",
    "PatternRule",
    "RuleSet",
    "Stage",
    "pattern",
    "phrase",
    "rule",
]

_ID = regex.compile(r"[a-z][a-z0-9_-]*+(?:\.[a-z0-9_-]++)*+")
_ONE_WORD = regex.compile(r"\w++", regex.VERSION1)


class Stage(enum.StrEnum):
    """The pipeline stage a rule feeds, and so what its label means.

    .. versionadded:: 0.1.0
    """

    PARTIES = "parties"
    """Party names and aliases; the label is the canonical party name."""
    TITLES = "titles"
    """Honorifics stripped from names (Cllr, Mr, Dr …); the label is the title as normalised."""
    ROLES = "roles"
    """Offices (councillor, leader, MP …); the label is the role as the output names it."""
    VERBS = "verbs"
    """Reporting verbs that attribute quotes (said, tweeted …); the label is ``"speech"``."""
    DEPARTURES = "departures"
    """Departure triggers; the label is a `DepartureKind` value."""
    DATES = "dates"
    """Time expressions; the label is ``"absolute"``, ``"relative"`` or ``"duration"``."""
    REASONS = "reasons"
    """Reason cues; the label is a reason category (a `ReasonCode` value or one of your own)."""


@attrs.frozen
class Match:
    """One place a rule matched: the rule, its label, the span and the named groups' spans.

    .. versionadded:: 0.1.0
    """

    rule_id: str
    label: str
    span: Span
    groups: Mapping[str, Span] = attrs.field(factory=dict, hash=False, eq=False)


Check = Callable[[Match, str], bool]
"""A veto hook: given a match and the whole text, return False to drop the match."""


def _as_tuple(items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str):
        return (items,)
    return tuple(items)


def _folded_words(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _as_tuple(items))


def _phrase_source(phrases: tuple[str, ...]) -> str:
    # Longest first, so "Labour Party" wins over "Labour"; whitespace in a phrase
    # matches any run of spaces so line-wrapped text still matches.
    alternatives = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    escaped = [r"\s+".join(regex.escape(word) for word in p.split()) for p in alternatives]
    return r"(?<!\w)(?:" + "|".join(escaped) + r")(?!\w)"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class PatternRule:
    """A rule matching a regular expression (the ``regex`` module, VERSION1).

    Build it with `pattern` or `phrase` rather than directly.

    .. versionadded:: 0.1.0
    """

    id: str
    stage: Stage = attrs.field(converter=Stage)
    label: str
    source: str
    phrases: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    examples: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    counterexamples: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    description: str = ""
    priority: int = 0
    ignore_case: bool = True
    requires: tuple[str, ...] = attrs.field(default=(), converter=_folded_words)
    check: Check | None = attrs.field(default=None, eq=False)
    compiled: regex.Pattern[str] = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        problems = _problems(self)
        if len(problems) == 1:
            raise problems[0]
        if problems:
            msg = f"{len(problems)} problems in rule {self.id!r}"
            raise RuleValidationError(msg, problems)

    @compiled.default
    def _compile(self) -> regex.Pattern[str]:
        flags = regex.VERSION1 | (regex.IGNORECASE if self.ignore_case else 0)
        try:
            return regex.compile(self.source, flags)
        except (regex.error, TypeError) as err:
            raise InvalidPatternError(self.id, f"pattern does not compile: {err}") from None

    def __repr__(self) -> str:
        return f"<{self.stage} rule {self.id!r} -> {self.label!r}>"

    def finditer(self, text: str) -> Iterator[Match]:
        """Every non-overlapping match in *text* that the rule's check (if any) accepts."""
        for found in self.compiled.finditer(text):
            match = _match(self, found)
            if self.check is None or self._passes(match, text):
                yield match

    def _passes(self, match: Match, text: str) -> bool:
        assert self.check is not None  # noqa: S101  # only called for rules with a check
        try:
            return bool(self.check(match, text))
        except Exception as err:
            # A user's hook failing is their bug, but it must say which rule it was.
            raise RuleExecutionError(self.id) from err

    def matches(self, text: str) -> bool:
        """Whether the rule matches anywhere in *text*."""
        return next(self.finditer(text), None) is not None

    def to_dict(self) -> dict[str, Any]:
        """The rule as data, the form `RuleSet.from_dicts` reads back."""
        if self.check is not None:
            msg = f"Rule {self.id!r} has a code check and cannot be written as data."
            raise RuleError(msg)
        out: dict[str, Any] = {"id": self.id, "stage": str(self.stage), "label": self.label}
        if self.phrases:
            out["phrases"] = list(self.phrases)
        else:
            out["pattern"] = self.source
        out["examples"] = list(self.examples)
        out["counterexamples"] = list(self.counterexamples)
        if self.description:
            out["description"] = self.description
        if self.priority:
            out["priority"] = self.priority
        if not self.ignore_case:
            out["ignore_case"] = False
        if self.requires:
            out["requires"] = list(self.requires)
        return out


def _match(rule: PatternRule, found: regex.Match[str]) -> Match:
    groups = {
        name: Span(found.start(name), found.end(name))
        for name in rule.compiled.groupindex
        if not name.startswith("_") and found.start(name) >= 0
    }
    return Match(rule.id, rule.label, Span(found.start(), found.end()), groups)


def _problems(rule: PatternRule) -> list[RuleError]:
    problems: list[RuleError] = []
    if not _ID.fullmatch(rule.id):
        problems.append(
            InvalidPatternError(
                rule.id, "ids are dotted lower-case words, like 'acme.reasons.cost_of_living'"
            )
        )
    if not rule.label.strip():
        problems.append(InvalidPatternError(rule.id, "the label must not be empty"))
    if rule.compiled.fullmatch(""):
        problems.append(InvalidPatternError(rule.id, "the pattern matches the empty string"))
    problems.extend(
        InvalidPatternError(rule.id, f"requires {word!r}, which is not one word")
        for word in rule.requires
        if not _ONE_WORD.fullmatch(word)
    )
    if rule.requires:
        problems.extend(
            InvalidPatternError(rule.id, f"its example {text!r} has none of the words it requires")
            for text in rule.examples
            if set(rule.requires).isdisjoint(_ONE_WORD.findall(text.casefold()))
        )
    problems.extend(
        InvalidPatternError(rule.id, f"does not match its example {text!r}")
        for text in rule.examples
        if not rule.matches(text)
    )
    problems.extend(
        InvalidPatternError(rule.id, f"matches its counterexample {text!r}")
        for text in rule.counterexamples
        if rule.matches(text)
    )
    return problems


def pattern(
    source: str,
    *,
    stage: Stage | str,
    label: str,
    id: str,
    examples: Iterable[str] = (),
    counterexamples: Iterable[str] = (),
    description: str = "",
    priority: int = 0,
    ignore_case: bool = True,
    requires: Iterable[str] = (),
    check: Check | None = None,
) -> PatternRule:
    """A rule matching the regular expression *source*.

    Named groups (not starting with ``_``) are reported in `Match.groups`.

    *requires* names words of which every match holds at least one, written
    as a whole word (compared case-insensitively, as `str.casefold` folds
    them): ``("ago",)`` for a rule matching "30 years ago". The rule is then
    not run over an article where none of them is written, which is much
    cheaper than a regex the extractor cannot otherwise skip. It must be true
    of every possible match, not only of the examples: a rule whose match can
    lack all of them would silently miss it.

    Raises:
        InvalidPatternError: *source* does not compile, matches the empty
            string, misses an example or matches a counterexample; an entry of
            *requires* is not one word, or an example holds none of them.

    .. versionadded:: 0.1.0
    """
    return PatternRule(
        id=id,
        stage=Stage(stage),
        label=str(label),
        source=source,
        examples=_as_tuple(examples),
        counterexamples=_as_tuple(counterexamples),
        description=description,
        priority=priority,
        ignore_case=ignore_case,
        requires=_as_tuple(requires),
        check=check,
    )


def phrase(
    *phrases: str,
    stage: Stage | str,
    label: str,
    id: str,
    examples: Iterable[str] = (),
    counterexamples: Iterable[str] = (),
    description: str = "",
    priority: int = 0,
    ignore_case: bool = True,
    check: Check | None = None,
) -> PatternRule:
    """A rule matching any of *phrases* as whole words, longest first.

    Raises:
        InvalidPatternError: no phrase given, or an example fails.

    .. versionadded:: 0.1.0
    """
    if not any(p.strip() for p in phrases):
        raise InvalidPatternError(id, "a phrase rule needs at least one non-empty phrase")
    return PatternRule(
        id=id,
        stage=Stage(stage),
        label=str(label),
        source=_phrase_source(phrases),
        phrases=phrases,
        examples=_as_tuple(examples),
        counterexamples=_as_tuple(counterexamples),
        description=description,
        priority=priority,
        ignore_case=ignore_case,
        check=check,
    )


def rule(
    source: str,
    *,
    stage: Stage | str,
    label: str,
    id: str | None = None,
    examples: Iterable[str] = (),
    counterexamples: Iterable[str] = (),
    priority: int = 0,
    ignore_case: bool = True,
) -> Callable[[Check], PatternRule]:
    """Decorator: the function becomes the check of a pattern rule; *id* defaults to its name.

    Nothing is registered: put the returned rule in a `RuleSet` yourself.

    .. versionadded:: 0.1.0
    """

    def wrap(check: Check) -> PatternRule:
        return pattern(
            source,
            stage=stage,
            label=label,
            id=id or check.__name__,
            examples=examples,
            counterexamples=counterexamples,
            description=(check.__doc__ or "").strip(),
            priority=priority,
            ignore_case=ignore_case,
            check=check,
        )

    return wrap


def _rules(items: Iterable[PatternRule]) -> tuple[PatternRule, ...]:
    return tuple(items)


def _unique_ids(
    instance: RuleSet, attribute: attrs.Attribute[Any], value: tuple[PatternRule, ...]
) -> None:
    seen: set[str] = set()
    duplicates: list[RuleError] = []
    for item in value:
        if not isinstance(item, PatternRule):
            msg = f"A RuleSet holds rules; got {type(item).__name__}."
            raise RuleError(msg)
        if item.id in seen:
            duplicates.append(DuplicateRuleError(item.id))
        seen.add(item.id)
    if len(duplicates) == 1:
        raise duplicates[0]
    if duplicates:
        msg = f"{len(duplicates)} duplicate rule ids"
        raise RuleValidationError(msg, duplicates)


_DICT_KEYS = frozenset(
    {
        "id",
        "stage",
        "label",
        "pattern",
        "phrases",
        "examples",
        "counterexamples",
        "description",
        "priority",
        "ignore_case",
        "requires",
    }
)


def _from_dict(item: Mapping[str, Any]) -> PatternRule:
    rule_id = str(item.get("id", "<no id>"))
    if not isinstance(item, Mapping):
        raise InvalidPatternError(rule_id, f"a rule is a mapping; got {type(item).__name__}")
    unknown = sorted(set(item) - _DICT_KEYS)
    if unknown:
        raise InvalidPatternError(rule_id, f"unknown keys {unknown}; known: {sorted(_DICT_KEYS)}")
    missing = [key for key in ("id", "stage", "label") if key not in item]
    if missing:
        raise InvalidPatternError(rule_id, f"missing keys {missing}")
    if ("pattern" in item) == ("phrases" in item):
        raise InvalidPatternError(rule_id, "give exactly one of 'pattern' and 'phrases'")
    try:
        stage = Stage(item["stage"])
    except ValueError:
        known = ", ".join(s.value for s in Stage)
        raise InvalidPatternError(
            rule_id, f"unknown stage {item['stage']!r}; known: {known}"
        ) from None
    common: dict[str, Any] = {
        "stage": stage,
        "label": str(item["label"]),
        "id": rule_id,
        "examples": item.get("examples", ()),
        "counterexamples": item.get("counterexamples", ()),
        "description": str(item.get("description", "")),
        "priority": int(item.get("priority", 0)),
        "ignore_case": bool(item.get("ignore_case", True)),
    }
    if "phrases" in item:
        if "requires" in item:
            raise InvalidPatternError(rule_id, "'requires' is for 'pattern' rules")
        phrases = item["phrases"]
        if isinstance(phrases, str) or not all(isinstance(p, str) for p in phrases):
            raise InvalidPatternError(rule_id, "'phrases' is a list of strings")
        return phrase(*phrases, **common)
    if not isinstance(item["pattern"], str):
        raise InvalidPatternError(rule_id, "'pattern' is a string")
    requires = item.get("requires", ())
    if isinstance(requires, str) or not all(isinstance(w, str) for w in requires):
        raise InvalidPatternError(rule_id, "'requires' is a list of strings")
    return pattern(item["pattern"], requires=requires, **common)


@attrs.frozen(cache_hash=True)
class RuleSet:
    """An ordered, immutable collection of rules with unique ids.

    Examples:
        >>> from polevents import defaults, rules
        >>> pay = rules.phrase("pay freeze", stage="reasons", label="domestic_policy", id="demo.reasons.pay")
        >>> mine = defaults.RULES.extend(pay)
        >>> len(mine) - len(defaults.RULES), "demo.reasons.pay" in mine
        (1, True)
        >>> mine.without("demo.reasons.pay") == defaults.RULES
        True

    .. versionadded:: 0.1.0
    """

    rules: tuple[PatternRule, ...] = attrs.field(
        default=(), converter=_rules, validator=_unique_ids
    )

    def __iter__(self) -> Iterator[PatternRule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return any(r.id == rule_id for r in self.rules)

    def __getitem__(self, rule_id: str) -> PatternRule:
        for item in self.rules:
            if item.id == rule_id:
                return item
        raise UnknownRuleError(rule_id, self.ids)

    @property
    def ids(self) -> tuple[str, ...]:
        """The rule ids, in order."""
        return tuple(r.id for r in self.rules)

    def extend(self, *rules: PatternRule) -> RuleSet:
        """A new set with *rules* added at the end.

        Raises:
            DuplicateRuleError: a rule's id is already in the set.
        """
        return RuleSet((*self.rules, *rules))

    def replace(self, *rules: PatternRule) -> RuleSet:
        """A new set where each of *rules* takes the place of the rule with its id.

        Raises:
            UnknownRuleError: no rule has that id.
        """
        by_id = {r.id: r for r in rules}
        for rule_id in by_id:
            if rule_id not in self:
                raise UnknownRuleError(rule_id, self.ids)
        return RuleSet(by_id.get(r.id, r) for r in self.rules)

    def without(self, *ids: str) -> RuleSet:
        """A new set without the rules of these ids.

        Raises:
            UnknownRuleError: an id is not in the set.
        """
        for rule_id in ids:
            if rule_id not in self:
                raise UnknownRuleError(rule_id, self.ids)
        dropped = set(ids)
        return RuleSet(r for r in self.rules if r.id not in dropped)

    def for_stage(self, stage: Stage | str) -> RuleSet:
        """The rules of one stage, in order."""
        return _for_stage(self, Stage(stage))

    def finditer(self, text: str) -> Iterator[Match]:
        """Every rule's matches in *text*, in rule order."""
        for item in self.rules:
            yield from item.finditer(text)

    @classmethod
    def from_dicts(cls, items: Iterable[Mapping[str, Any]]) -> RuleSet:
        """Rules as data: mappings with ``id``, ``stage``, ``label`` and ``pattern`` or ``phrases``.

        Optional keys: ``examples``, ``counterexamples``, ``description``,
        ``priority``, ``ignore_case`` and, with ``pattern``, ``requires``.

        Raises:
            RuleValidationError: listing every bad item at once, each with a
                note saying which item it was.
        """
        built: list[PatternRule] = []
        problems: list[RuleError] = []
        for index, item in enumerate(items):
            try:
                built.append(_from_dict(item))
            except RuleError as err:
                err.add_note(f"in rule #{index} ({item.get('id', '<no id>')!r})")
                problems.append(err)
        seen: set[str] = set()
        for made in built:
            if made.id in seen:
                problems.append(DuplicateRuleError(made.id))
            seen.add(made.id)
        if problems:
            msg = f"{len(problems)} problem(s) in the rules given"
            raise RuleValidationError(msg, problems)
        return cls(built)

    def to_dicts(self) -> list[dict[str, Any]]:
        """Every rule as data (rules with code checks cannot be; they raise `RuleError`)."""
        return [r.to_dict() for r in self.rules]


@functools.lru_cache(maxsize=64)
def _for_stage(rules: RuleSet, stage: Stage) -> RuleSet:
    return RuleSet(r for r in rules.rules if r.stage is stage)
