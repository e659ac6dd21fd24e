"""Every default rule carries examples, passes them, and is listed in the reference page."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from polevents import defaults, testing
from polevents.rules import PatternRule, Stage

GENERATOR = Path(__file__).resolve().parents[1] / "scripts" / "gen_rules_reference.py"
RULES = list(defaults.RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_and_passes_its_examples(rule: PatternRule) -> None:
    """At least one sentence to match and one to reject, each going the right way."""
    assert rule.examples, f"{rule.id} has no example"
    assert rule.counterexamples, f"{rule.id} has no counterexample"
    testing.check_rule(rule)


def test_every_stage_has_default_rules() -> None:
    """The defaults cover every stage, and RULES is the union of the per-stage sets."""
    assert all(len(defaults.RULES.for_stage(stage)) for stage in Stage)
    parts = (
        defaults.PARTIES,
        defaults.PEOPLE,
        defaults.VERBS,
        defaults.DATES,
        defaults.DEPARTURES,
        defaults.REASONS,
    )
    assert sum(len(p) for p in parts) == len(defaults.RULES)


def test_ids_are_namespaced_by_stage() -> None:
    """A default rule's id starts with its stage's name (titles and roles share 'people' data)."""
    for rule in RULES:
        assert rule.id.split(".")[0] == rule.stage.value, rule.id


def test_reference_page_is_up_to_date() -> None:
    """docs/rules-reference.md is what scripts/gen_rules_reference.py makes of the rules."""
    spec = importlib.util.spec_from_file_location("gen_rules_reference", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)

    assert generator.PAGE.read_text(encoding="utf-8") == generator.render()
