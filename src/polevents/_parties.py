"""Party mentions: every alias the party rules know, canonicalised."""

from __future__ import annotations

from polevents._types import Party
from polevents.rules import RuleSet, Stage

__all__ = ["find_parties"]


def find_parties(text: str, rules: RuleSet) -> tuple[Party, ...]:
    """Every party mention in *text*, in order, without overlaps (longest wins)."""
    found = sorted(
        (m for m in rules.for_stage(Stage.PARTIES).finditer(text)),
        key=lambda m: (m.span.start, -len(m.span)),
    )
    parties: list[Party] = []
    end = -1
    for match in found:
        if match.span.start >= end:
            parties.append(
                Party(
                    name=match.label,
                    text=match.span.of(text),
                    span=match.span,
                    rule_ids=(match.rule_id,),
                )
            )
            end = match.span.end
    return tuple(parties)
