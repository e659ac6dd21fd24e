"""Party mentions: every alias the party rules know, canonicalised."""

from __future__ import annotations

from polevents._matching import scan
from polevents._types import Party
from polevents.rules import RuleSet, Stage

__all__ = ["find_parties"]


def find_parties(text: str, rules: RuleSet) -> tuple[Party, ...]:
    """Every party mention in *text*, in order, without overlaps (longest wins).

    Local branches and council groups are mentions of the national party
    ("Peterborough Green Party" → Green, "the Labour group" → Labour), since
    the party's own name is inside them.

    >>> from polevents import defaults
    >>> [(p.name, p.text) for p in find_parties("Tories and Lib Dems", defaults.RULES)]
    [('Conservative', 'Tories'), ('Liberal Democrats', 'Lib Dems')]
    """
    return tuple(
        Party(
            name=match.label, text=match.span.of(text), span=match.span, rule_ids=(match.rule_id,)
        )
        for match in scan(text, rules, Stage.PARTIES)
    )
