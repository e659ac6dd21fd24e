"""Default rules of the departures stage: trigger phrases, labelled with their `DepartureKind`.

A trigger only says *that* a tie ended and how; the engine finds who, which
party was left (the party named after the trigger, or the one the people are
described with), the party joined, the date and the reasons. Every rule leads
with a literal word so the regex engine can find it fast; where no word
character can stand before that word in real text, the rule says so with
``(?<!\\w)`` and writes the word's forms out whole (``(?:resigned|resigns|…)``),
so the engine looks them up among the article's words instead of searching
for them. (Not "quit", "left", "join" or "cross": "acquit", "cleft", "rejoin"
and "across" hold them.) Named groups: ``joined`` marks a trigger whose
object is the party joined ("defected to"), ``left`` one whose object is the
party left. A rule whose every match holds one of a few whole words (set off
by spaces or word boundaries in its pattern) *requires* them, so the many
articles without them skip it.
"""

from __future__ import annotations

from polevents._types import DepartureKind
from polevents.rules import PatternRule, Stage, pattern

__all__ = ["RULES"]

_S = r"[^\S\n]++"
_THE = rf"(?:the{_S}|his{_S}|her{_S}|their{_S}|my{_S}|our{_S})?"
# A word, hyphens and all: ``[\p{L}-]++`` matches the same, but case-insensitively
# the regex module matches a class mixing a property with characters several times slower.
_WORD = r"(?:\p{L}++|-)++"


def _trigger(
    kind: DepartureKind,
    slug: str,
    source: str,
    *,
    examples: tuple[str, ...],
    counterexamples: tuple[str, ...],
    description: str,
    requires: tuple[str, ...] = (),
) -> PatternRule:
    return pattern(
        source.replace("{S}", _S).replace("{THE}", _THE).replace("{WORD}", _WORD),
        stage=Stage.DEPARTURES,
        label=kind.value,
        id=f"departures.{kind.value}.{slug}",
        examples=examples,
        counterexamples=counterexamples,
        description=description,
        requires=requires,
    )


_R = DepartureKind.RESIGNATION
_E = DepartureKind.EXPULSION
_SU = DepartureKind.SUSPENSION
_D = DepartureKind.DESELECTION
# The forms, each a whole word, that the "resign" rules open with: they require one.
_RESIGN = ("resigned", "resigns", "resigning", "resign")

RULES: tuple[PatternRule, ...] = (
    _trigger(
        _R,
        "resigned_from",
        r"(?<!\w)(?:resigned|resigns|resigning|resign){S}(?P<left>from){S}",
        examples=("she resigned from the Labour Party",),
        counterexamples=("she resigned as leader",),
        description="Resigning from a party or group.",
        requires=_RESIGN,
    ),
    _trigger(
        _R,
        "resigned_membership",
        r"(?<!\w)(?:resigned|resigns|resigning|resign){S}{THE}(?:{WORD}{S}){0,3}?(?:party{S})?membership",
        examples=(
            "I resigned my Labour Party membership",
            "resigned their membership of the party",
        ),
        counterexamples=("she resigned her seat",),
        description="Resigning one's party membership.",
        requires=_RESIGN,
    ),
    _trigger(
        _R,
        "resigned_were",
        r"(?<=\bwho{S}(?:(?:have|had|also){S})?)(?<!\w)(?:resigned|quit|left)(?={S}(?:were|are|include[sd]?)\b)",
        examples=("The other Labour councillors who resigned were Jo Bloggs and Ann Smith",),
        counterexamples=("those who resigned their seats",),
        description="Naming who resigned after the verb: 'the councillors who quit were …'.",
        requires=("resigned", "quit", "left"),
    ),
    _trigger(
        _R,
        "announced_departure",
        r"(?<=\bannounc(?:ed|es|ing){S}(?:his|her|their){S})departure(?!{S}(?:from{S})?(?:the{S})?"
        r"(?:council|cabinet|post|role|board|committee|parliament|office)\b)",
        examples=("Jo Bloggs and Ann Smith announced their departure on Monday",),
        counterexamples=("announced his departure from the cabinet",),
        description="Announcing one's departure; the party is the one the people are described with.",
        requires=("announced", "announces", "announcing"),
    ),
    _trigger(
        _R,
        "resignation_from",
        r"(?<!\w)resignation{S}(?P<left>from){S}",
        examples=("confirmed their resignation from the party",),
        counterexamples=("the resignation of seven MPs",),
        description="A resignation from a party, as a noun.",
        requires=("resignation",),
    ),
    _trigger(
        _R,
        "resigned_whip",
        r"(?<!\w)(?:resigned|resigns|resigning|resign){S}the{S}(?:{WORD}{S})?whip",
        examples=("MPs who have resigned the Labour whip",),
        counterexamples=("she resigned as whip",),
        description="Giving up a party's whip.",
        requires=_RESIGN,
    ),
    _trigger(
        _R,
        "quit",
        r"quit(?:s|ting)?+(?={S})",
        examples=("he quit Labour last year",),
        counterexamples=("they are quite sure",),
        description="Quitting a party (the engine wants the party as object).",
    ),
    _trigger(
        _R,
        "left",
        r"(?:left|leav(?:e|es|ing))(?={S})",
        examples=("she left the Conservatives in 2019",),
        counterexamples=("the left-wing movement",),
        description="Leaving a party (the engine wants the party as object).",
    ),
    _trigger(
        _R,
        "walked_out",
        r"walk(?:ed|s|ing)?+{S}(?:out{S}of|away{S}from)(?={S})",
        examples=("he walked out of the Labour group",),
        counterexamples=("he walked to the meeting",),
        description="Walking out of a party or group.",
        requires=("out", "away"),
    ),
    _trigger(
        _R,
        "stepped_away",
        r"step(?:ped|s|ping)?+{S}(?:away|down){S}from(?={S})",
        examples=("by stepping away from the PC Party",),
        counterexamples=("he stepped down as leader",),
        description="Stepping away from a party (the engine wants the party as object).",
        requires=("away", "down"),
    ),
    _trigger(
        _R,
        "defected",
        r"(?<!\w)(?:defected|defects|defecting|defection|defect)(?!\w)",
        examples=("he defected to Reform UK", "her defection to the Tories"),
        counterexamples=("a defective product",),
        description="Defecting, from one party to another.",
        requires=("defected", "defects", "defecting", "defection", "defect"),
    ),
    _trigger(
        _R,
        "crossed_the_floor",
        r"cross(?:ed|es|ing)?+{S}the{S}floor",
        examples=("she crossed the floor to sit with the Greens",),
        counterexamples=("he crossed the road",),
        description="Crossing the floor of the chamber to another party.",
    ),
    _trigger(
        _R,
        "switched",
        r"(?<!\w)(?:switched|switches|switching|switch){S}(?:(?:allegiance|sides|parties){S})?(?P<joined>to){S}",
        examples=("councillors have switched to Ukip",),
        counterexamples=("switched off the lights",),
        description="Switching to another party.",
        requires=("switched", "switches", "switching", "switch"),
    ),
    _trigger(
        _R,
        "jumped_ship",
        r"(?<!\w)(?:jumped|jumps|jumping|jump){S}ship",
        examples=("those who have jumped ship to Reform UK",),
        counterexamples=("he jumped the queue",),
        description="Jumping ship to another party.",
        requires=("jumped", "jumps", "jumping", "jump"),
    ),
    _trigger(
        _R,
        "joined",
        r"join(?:ed|s|ing)?+(?={S})",
        examples=("five Labour councillors have joined the Green Party",),
        counterexamples=("a joint statement",),
        description="Joining a party; a departure only when the party left is known.",
    ),
    _trigger(
        _R,
        "no_longer_member",
        r"(?<!\w)no{S}longer{S}(?:a{S}members?|members|being{S}members?|affiliated){S}(?P<left>of|with){S}",
        examples=("I am no longer a member of the Labour Party",),
        counterexamples=("no longer a problem",),
        description="Saying one is no longer a member.",
        requires=("longer",),
    ),
    _trigger(
        _R,
        "cut_ties",
        r"cut(?:s|ting)?+{S}ties{S}(?P<left>with){S}",
        examples=("leaders to cut ties with the Republican Party",),
        counterexamples=("cut the ribbon",),
        description="Cutting ties with a party.",
        requires=("ties",),
    ),
    _trigger(
        _E,
        "expelled",
        r"(?<!\w)(?:expelled|expels|expelling|expel)(?!\w)",
        examples=("five councillors have been expelled from Labour",),
        counterexamples=("expeditions",),
        description="Being expelled.",
        requires=("expelled", "expels", "expelling", "expel"),
    ),
    _trigger(
        _E,
        "expulsion",
        r"(?<!\w)expulsions?+(?!\w)",
        examples=("resulted in automatic expulsion",),
        counterexamples=("expulsive force",),
        description="An expulsion, as a noun.",
        requires=("expulsion", "expulsions"),
    ),
    _trigger(
        _E,
        "kicked_out",
        r"(?<=\b(?:kick|thr[eo]w|boot|throw)(?:ed|n|s|ing)?\s+)(?<!\w)out{S}(?P<left>of){S}",
        examples=("a councillor has been kicked out of the Labor Party",),
        counterexamples=("kicked off the season",),
        description="Being kicked, thrown or booted out.",
        requires=("out",),
    ),
    _trigger(
        _E,
        "membership_cancelled",
        r"(?<!\w)membership{S}(?:(?:of|in){S}\S++{S}(?:\S++{S})?)?(?:was{S}|has{S}been{S}|had{S}been{S})?"
        r"(?:cancell?ed|terminated|revoked|rescinded)",
        examples=("had his party membership cancelled",),
        counterexamples=("membership has grown",),
        description="A membership cancelled, terminated or revoked.",
        requires=("membership",),
    ),
    _trigger(
        _SU,
        "suspended",
        r"(?<!\w)(?:suspended|suspends|suspending|suspend)(?!\w)",
        examples=("she has been suspended from the party",),
        counterexamples=("suspenders",),
        description="Being suspended (from the party, the group or the whip).",
        requires=("suspended", "suspends", "suspending", "suspend"),
    ),
    _trigger(
        _SU,
        "suspension",
        r"(?<!\w)suspensions?+(?!\w)(?!{S}(?:bridge|system|of{S}disbelief))",
        examples=("her suspension from the group",),
        counterexamples=("the suspension bridge",),
        description="A suspension, as a noun.",
        requires=("suspension", "suspensions"),
    ),
    _trigger(
        _SU,
        "whip_removed",
        r"(?<!\w)whip{S}(?:(?:was|has{S}been|had{S}been|is|being){S})?"
        r"(?:removed|withdrawn|suspended|taken{S}away)",
        examples=("have had the Labour whip removed", "the whip was withdrawn"),
        counterexamples=("the chief whip said",),
        description="Losing the whip.",
        requires=("whip",),
    ),
    _trigger(
        _SU,
        "lost_whip",
        r"(?<=\b(?:lost|stripped\s+of|withdrew|removed)\s+the\s+(?:[\p{L}-]+\s+)?)(?<!\w)whip\b",
        examples=("the MP lost the Conservative whip",),
        counterexamples=("lost the vote",),
        description="Losing or being stripped of the whip.",
        requires=("whip",),
    ),
    _trigger(
        _D,
        "deselected",
        r"de-?selected",
        examples=("she was deselected by her party",),
        counterexamples=("the selected candidate",),
        description="Being deselected.",
    ),
    _trigger(
        _D,
        "deselection",
        r"de-?selections?+",
        examples=("her deselection last month",),
        counterexamples=("the selection meeting",),
        description="A deselection, as a noun.",
    ),
    _trigger(
        _D,
        "barred_from_standing",
        r"(?<=\b(?:barred|blocked|stopped|prevented|banned|excluded)\s+)(?<!\w)from{S}"
        r"(?:standing|running|contesting|being{S}(?:a{S})?candidate)",
        examples=("all three have been stopped from standing as Labour candidates",),
        counterexamples=("stopped from entering",),
        description="Barred or blocked from standing as the party's candidate.",
        requires=("barred", "blocked", "stopped", "prevented", "banned", "excluded"),
    ),
    _trigger(
        _D,
        "not_allowed_to_stand",
        r"(?<!\w)(?:could|can|would|will){S}not{S}(?:be{S}allowed{S}to{S})?stand(?:{S}again)?(?={S}at|{S}in|{S}for)",
        examples=("a councillor who was told she could not stand at the next election",),
        counterexamples=("I could not stand the noise",),
        description="Told one may not stand for the party again.",
        requires=("stand",),
    ),
    _trigger(
        _D,
        "lost_selection",
        r"(?<=\b(?:lost|knocked\s+back\s+for|passed\s+over\s+for)\s+(?:(?:the|a|his|her)\s+)?"
        r"(?:re-?|pre-?)?)selection\b",
        examples=("she lost the selection", "he was knocked back for preselection"),
        counterexamples=("the selection meeting",),
        description="Losing the selection or reselection.",
        requires=("selection", "reselection", "preselection"),
    ),
    _trigger(
        _D,
        "lost_nomination",
        r"(?<=\b(?:lost|stripped\s+of|removed\s+as)\s+(?:(?:the|a|his|her|its)\s+)?(?:party['’]s\s+)?)"
        r"nomination\b",
        examples=("she lost the nomination",),
        counterexamples=("the nomination deadline",),
        description="Losing the party's nomination.",
        requires=("nomination",),
    ),
    _trigger(
        _D,
        "dropped_from_ticket",
        r"(?<=\b(?:booted|dropped|removed|axed)\s+(?:from|off)\s+(?:the|a|his|her)\s+)ticket\b",
        examples=("he was booted from the ticket days ago",),
        counterexamples=("a ticket to the match",),
        description="Dropped from the party's ticket.",
        requires=("ticket",),
    ),
    _trigger(
        _D,
        "removed_from_list",
        r"(?<=\b(?:removed|dropped|struck|taken|deleted)\s+(?:from|off)\s+(?:the|a|its)\s+"
        r"(?:(?:approved|party['’]?s?|candidates['’]?)\s+)*)list\b",
        examples=("she was removed from the candidates' list",),
        counterexamples=("the list of candidates",),
        description="Removed from the party's list of candidates.",
        requires=("list",),
    ),
    _trigger(
        _D,
        "unfit_candidate",
        r"(?<=\b(?:deemed|found|judged)\s+)unfit{S}to{S}(?:be{S}on{S}the{S}list|stand|be{S}a{S}candidate)",
        examples=("he was deemed unfit to be on the list of candidates",),
        counterexamples=("deemed fit to stand",),
        description="Found unfit to stand for the party again.",
        requires=("unfit",),
    ),
)
