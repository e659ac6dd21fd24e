"""Rules as values: factories, checks when made, and the RuleSet algebra."""

from __future__ import annotations

import pytest

from polevents import Span, rules
from polevents._matching import scan
from polevents.exceptions import (
    DuplicateRuleError,
    InvalidPatternError,
    RuleError,
    RuleExecutionError,
    RuleValidationError,
    UnknownRuleError,
)
from polevents.rules import RuleSet, Stage


def _reason(id: str, *phrases: str) -> rules.PatternRule:
    return rules.phrase(*phrases, stage=Stage.REASONS, label="cost_of_living", id=id)


class TestFactories:
    def test_phrase_matches_whole_words_longest_first(self) -> None:
        """Phrases match on word boundaries, the longer alternative first, across line breaks."""
        rule = _reason("t.reasons.bills", "energy", "energy bills")
        text = "Soaring energy\nbills, not synergy."

        assert [m.span.of(text) for m in rule.finditer(text)] == ["energy\nbills"]

    def test_pattern_reports_named_groups(self) -> None:
        """Named groups are returned as spans; groups starting with _ stay private."""
        rule = rules.pattern(
            r"(?P<who>[A-Z]\w+) (?P<_verb>quit)",
            stage="departures",
            label="resignation",
            id="t.dep.quit",
            ignore_case=False,
        )
        match = next(rule.finditer("Then Bloggs quit."))

        assert match.groups["who"].of("Then Bloggs quit.") == "Bloggs"
        assert "_verb" not in match.groups

    def test_rule_decorator_makes_a_checked_rule(self) -> None:
        """@rule turns a function into the rule's veto hook, its name the default id."""

        @rules.rule(r"\bquit\b", stage="departures", label="resignation")
        def quit_not_urged(match: rules.Match, text: str) -> bool:
            """Quitting, unless someone urged it."""
            return "urged" not in text[: match.span.start]

        assert quit_not_urged.id == "quit_not_urged"
        assert quit_not_urged.matches("She quit.")
        assert not quit_not_urged.matches("They urged her to quit.")

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"source": "(unclosed"}, "does not compile"),
            ({"source": "a*"}, "empty string"),
            ({"source": "quit", "examples": ("She resigned.",)}, "does not match its example"),
            ({"source": "quit", "counterexamples": ("She quit.",)}, "matches its counterexample"),
            ({"source": "quit", "id": "Bad Id"}, "dotted lower-case"),
        ],
        ids=["bad-regex", "empty-match", "example-missed", "counterexample-hit", "bad-id"],
    )
    def test_bad_rules_fail_when_made(self, kwargs: dict[str, object], message: str) -> None:
        """Problems surface when a rule is made, naming the rule."""
        arguments: dict[str, object] = {
            "stage": "departures",
            "label": "resignation",
            "id": "t.dep.x",
            **kwargs,
        }

        with pytest.raises(InvalidPatternError, match=message) as caught:
            rules.pattern(**arguments)  # type: ignore[arg-type]

        assert caught.value.rule_id == arguments["id"]

    def test_unknown_stage_is_refused(self) -> None:
        """A stage must be one of Stage's values."""
        with pytest.raises(ValueError, match="sentiment"):
            rules.phrase("x", stage="sentiment", label="x", id="t.x")


class TestRuleSet:
    base = RuleSet([_reason("t.reasons.a", "alpha"), _reason("t.reasons.b", "beta")])

    def test_extend_replace_without_return_new_sets(self) -> None:
        """The algebra returns new sets and leaves the original untouched."""
        extended = self.base.extend(_reason("t.reasons.c", "gamma"))
        replaced = self.base.replace(_reason("t.reasons.a", "delta"))
        trimmed = self.base.without("t.reasons.b")

        assert extended.ids == ("t.reasons.a", "t.reasons.b", "t.reasons.c")
        assert replaced["t.reasons.a"].phrases == ("delta",)
        assert trimmed.ids == ("t.reasons.a",)
        assert self.base.ids == ("t.reasons.a", "t.reasons.b")

    def test_duplicate_ids_are_refused(self) -> None:
        """Adding an id that is already there raises DuplicateRuleError."""
        with pytest.raises(DuplicateRuleError, match="t.reasons.a"):
            self.base.extend(_reason("t.reasons.a", "again"))

    def test_unknown_ids_list_what_is_available(self) -> None:
        """without(), replace() and lookup name the missing id and the available ones."""
        with pytest.raises(UnknownRuleError, match="Available: t.reasons.a, t.reasons.b"):
            self.base.without("t.reasons.z")
        with pytest.raises(UnknownRuleError):
            self.base.replace(_reason("t.reasons.z", "zeta"))
        with pytest.raises(KeyError):
            self.base["t.reasons.z"]

    def test_for_stage_filters_in_order(self) -> None:
        """for_stage keeps the rules of one stage, in order."""
        mixed = self.base.extend(
            rules.phrase("Tories", stage="parties", label="Conservative", id="t.parties.tory")
        )

        assert mixed.for_stage(Stage.PARTIES).ids == ("t.parties.tory",)
        assert mixed.for_stage("reasons").ids == ("t.reasons.a", "t.reasons.b")

    def test_sets_are_hashable_values(self) -> None:
        """Equal sets are equal and hash alike, so per-set caches are safe."""
        again = RuleSet([_reason("t.reasons.a", "alpha"), _reason("t.reasons.b", "beta")])

        assert again == self.base
        assert hash(again) == hash(self.base)


class TestRequires:
    def _ago(
        self, requires: tuple[str, ...] = ("AGO",), examples: tuple[str, ...] = ("30 years ago",)
    ) -> rules.PatternRule:
        return rules.pattern(
            r"\d+ years ago",
            stage="dates",
            label="relative",
            id="t.dates.ago",
            examples=examples,
            requires=requires,
        )

    def test_required_words_are_folded_and_kept_as_data(self) -> None:
        """requires is stored case-folded and survives to_dicts and from_dicts."""
        rule = self._ago()

        assert rule.requires == ("ago",)
        assert rule.to_dict()["requires"] == ["ago"]
        assert RuleSet.from_dicts([rule.to_dict()]) == RuleSet([rule])

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"examples": ("30 years ago", "30 years AGO")}, None),
            ({"requires": ("years ago", "ago")}, "not one word"),
            ({"requires": ("years",), "examples": ("3 years ago",)}, None),
            ({"requires": ("ages",)}, "none of the words it requires"),
        ],
    )
    def test_every_example_holds_a_required_word(
        self, kwargs: dict[str, tuple[str, ...]], message: str | None
    ) -> None:
        """A required word must be one word, and every example must contain one of them."""
        if message is None:
            assert self._ago(**kwargs).requires
            return
        with pytest.raises(InvalidPatternError, match=message):
            self._ago(**kwargs)

    def test_a_rule_is_not_run_where_no_required_word_is_written(self) -> None:
        """The extractor skips the rule there: a requires that is not true of every match loses it."""
        careless = rules.pattern(
            r"quit|left",
            stage="departures",
            label="resignation",
            id="t.dep.careless",
            examples=("I quit",),
            requires=("quit",),
        )
        found = [m.span for m in scan("He left and quit.", RuleSet([careless]), "departures")]

        assert found == [Span(3, 7), Span(12, 16)]
        assert scan("He left.", RuleSet([careless]), "departures") == ()

    def test_phrase_rules_take_no_required_words_as_data(self) -> None:
        """A phrase rule is looked up by its words already: requires is refused for it."""
        item = {"id": "t.r", "stage": "reasons", "label": "x", "phrases": ["y"], "requires": ["y"]}

        with pytest.raises(RuleValidationError):
            RuleSet.from_dicts([item])


class TestFromDicts:
    def test_round_trips_through_dicts(self) -> None:
        """to_dicts() output reads back into an equal set."""
        assert RuleSet.from_dicts(self_set().to_dicts()) == self_set()

    def test_every_problem_is_reported_at_once(self) -> None:
        """from_dicts raises one group listing each bad item with a note naming it."""
        items = [
            {"id": "t.ok", "stage": "reasons", "label": "x", "phrases": ["fine"]},
            {"id": "t.bad_regex", "stage": "reasons", "label": "x", "pattern": "(oops"},
            {"id": "t.no_stage", "label": "x", "pattern": "y"},
            {"id": "t.both", "stage": "reasons", "label": "x", "pattern": "y", "phrases": ["y"]},
            {"id": "t.extra", "stage": "reasons", "label": "x", "pattern": "y", "colour": "red"},
            {"id": "t.ok", "stage": "reasons", "label": "x", "phrases": ["dup"]},
        ]

        with pytest.raises(RuleValidationError) as caught:
            RuleSet.from_dicts(items)

        problems = caught.value.exceptions
        assert len(problems) == 5
        assert all(isinstance(p, RuleError) for p in problems)
        assert "in rule #1 ('t.bad_regex')" in problems[0].__notes__
        assert isinstance(problems[-1], DuplicateRuleError)

    def test_code_rules_cannot_become_data(self) -> None:
        """A rule with a Python check says it cannot be written as data."""
        coded = rules.pattern(
            "x", stage="reasons", label="x", id="t.coded", check=lambda m, t: True
        )

        with pytest.raises(RuleError, match="code check"):
            RuleSet([coded]).to_dicts()


def self_set() -> RuleSet:
    return RuleSet(
        [
            _reason("t.reasons.a", "alpha", "alpha beta"),
            rules.pattern(
                r"\bquit\b",
                stage="departures",
                label="resignation",
                id="t.dep.quit",
                examples=("I quit",),
                priority=2,
                ignore_case=False,
            ),
        ]
    )


class TestCodeChecks:
    def test_a_failing_check_names_its_rule(self) -> None:
        """An exception in a user's check becomes RuleExecutionError with the cause attached."""

        @rules.rule(r"\bquit\b", stage="departures", label="resignation", id="t.dep.broken")
        def broken(match: rules.Match, text: str) -> bool:
            """Always fails."""
            raise ZeroDivisionError

        with pytest.raises(RuleExecutionError, match=r"t\.dep\.broken") as caught:
            broken.matches("He quit.")

        assert isinstance(caught.value.__cause__, ZeroDivisionError)
