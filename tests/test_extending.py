"""A user's own rules flow into the output like the built-in ones."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PROBE = Path(__file__).parent / "typing" / "extending.py"


def test_user_party_and_reason_category_reach_the_output() -> None:
    """The <20-line user code in tests/typing/extending.py sees its party and its category."""
    spec = importlib.util.spec_from_file_location("extending_probe", PROBE)
    assert spec is not None
    assert spec.loader is not None
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    text = "Cllr Jo Bloggs quit Labour and joined Eastfield First, blaming the cost of living."

    assert probe.joined_and_reasons(text) == [("Eastfield First", frozenset({"cost_of_living"}))]
    code_lines = [line for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(code_lines) < 20


def test_user_rules_leave_the_defaults_alone() -> None:
    """Extending makes a new set; the defaults still lack the user's rules."""
    import polevents

    result = polevents.extract("Cllr Jo Bloggs quit Labour and joined Eastfield First.")

    assert [e.joined for e in result.departures] == [None]
