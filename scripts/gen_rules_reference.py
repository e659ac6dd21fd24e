"""Write docs/rules-reference.md from the default rules themselves.

Usage: python scripts/gen_rules_reference.py [--check]
With --check, exit 1 when the committed page differs from what the rules give.
"""

from __future__ import annotations

import sys
from pathlib import Path

from polevents import defaults
from polevents.rules import PatternRule, Stage

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules-reference.md"

INTRO = """\
# Rules reference

Every default rule, by stage, with the sentences it must match (✓) and must
not match (✗). The ids are public and stable: use them with
`RuleSet.without()` and `RuleSet.replace()`, and find them in the `rule_ids`
of every extracted fact. This page is generated from `polevents.defaults` by
`scripts/gen_rules_reference.py`; a test keeps it in step with the rules.
"""


STAGES = {
    Stage.PARTIES: "Party names and aliases; the label is the canonical party name.",
    Stage.TITLES: "Honorifics stripped from names; the label is the title as normalised.",
    Stage.ROLES: "Offices such as councillor, leader or MP; the label is the role as the output names it.",
    Stage.VERBS: "Reporting verbs that attribute quotes; the label is `speech`.",
    Stage.DEPARTURES: "Departure triggers; the label is the kind of departure.",
    Stage.DATES: "Time expressions; the label is `absolute`, `relative` or `duration`.",
    Stage.REASONS: "Reason cues; the label is the reason category.",
}


# Markdown still reads inline markup inside <code>, so these characters go in
# as character references.
_MARKUP = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]<>&"})


def _cell(text: str) -> str:
    # Escaped for HTML, not quoted in backticks: patterns hold "(?<!", "[0-9]"
    # and "*", which Markdown and the site builder would otherwise read as markup.
    return " ".join(text.split()).translate(_MARKUP)


def _code(text: str) -> str:
    return f"<code>{_cell(text)}</code>"


def _rule(rule: PatternRule) -> list[str]:
    what = ", ".join(_code(p) for p in rule.phrases) if rule.phrases else _code(rule.source)
    lines = [
        f"### `{rule.id}`",
        "",
        f"label **{rule.label}**" + (f" — {rule.description}" if rule.description else ""),
        "",
    ]
    lines.append(("phrases: " if rule.phrases else "pattern: ") + what)
    lines.append("")
    if rule.requires:
        lines += ["requires one of: " + ", ".join(_code(w) for w in rule.requires), ""]
    lines += [f"- ✓ {_cell(text)}" for text in rule.examples]
    lines += [f"- ✗ {_cell(text)}" for text in rule.counterexamples]
    return [*lines, ""]


def render() -> str:
    lines = [INTRO]
    for stage in Stage:
        stage_rules = defaults.RULES.for_stage(stage)
        lines += [f"## {stage.value} ({len(stage_rules)} rules)", "", STAGES[stage], ""]
        for rule in stage_rules:
            lines += _rule(rule)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    page = render()
    if "--check" in argv:
        if PAGE.read_text(encoding="utf-8") != page:
            print(f"{PAGE} is out of date: run python scripts/gen_rules_reference.py")
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
