"""Departure events: triggers, the people and parties around them, dates and reasons.

For each trigger the departures rules find ("resigned from", "defected to",
"suspended", "deselected" …) the engine reads its sentence:

* filters: hypotheticals, calls, threats and denials ("would quit", "urged
  him to resign", "has no intention of leaving"), and seat or post
  resignations ("resigned as leader") are not departures;
* the party left: the party named as the trigger's object ("quit Labour",
  "expelled from the Tories"), else the one the people are described with
  ("five Labour councillors … expelled", "former Tory Cllr …");
* the party joined: "defected to Y", "joined Y", "will sit as an independent";
* who: the people named before the trigger (a list counts whole), the object
  of an active "X suspended three MPs", the speaker of a quote ("I resigned"),
  a pronoun's antecedent, or the members a group sentence names nearby, with
  the count it states ("Twenty councillors and their leader" → 21).

Triggers that tell of the same departure (same people, party and kind) are
merged into one event; a suspension and a later resignation stay two.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from polevents._dates import governing_date
from polevents._matching import literal_heads, scan
from polevents._people import People, PersonMention
from polevents._reasons import find_reasons, quoted_spans
from polevents._text import occurrences, words
from polevents._types import (
    DateMention,
    DepartureEvent,
    DepartureKind,
    Party,
    Quote,
    Span,
)
from polevents.rules import Match, RuleSet, Stage

__all__ = ["find_departures"]

_S = r"[^\S\n]"

# Case-insensitively, the regex module matches a class that mixes a property with
# characters (``[\w-]``) several times slower than the property alone: below, a run of
# one is written ``(?:\w++|-)++``, which matches the same.

# Words before a trigger, in its clause, that make it unreal: hypotheticals,
# calls and threats, refusals, denials and rumours.
_UNREAL = regex.compile(
    r"\b(?:would|could|might|may|should|shall|threaten(?:s|ed|ing)?|threat|consider(?:s|ed|ing)?|"
    r"plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?|demand(?:s|ed|ing)?|"
    r"refus(?:e|es|ed|ing)|want(?:s|ed)?|if|unless|whether|not|never|no|rumou?r(?:s|ed)?|"
    r"speculat\w*|den(?:y|ies|ied)|ruled" + _S + r"+out|fac(?:e|es|ing)|risk(?:s|ed|ing)?|"
    r"possible|potential|calls?" + _S + r"+for|asked|ask(?:s|ing)?|pressure|avoid(?:ed)?|"
    r"before" + _S + r"+being|without)\b[^.;:!?,\n\"“”]*+$",
    regex.VERSION1 | regex.IGNORECASE,
)
# A finite verb after an unreal word starts the clause the trigger is in: "a councillor
# who was told she could not stand at the next election has defected". Not after
# a modal or a negation ("would not have quit"), nor in an "if" clause or a reported
# one ("denied that she had quit").
_FINITE_AFTER = regex.compile(
    rf"(?<!\b(?:would|could|might|may|should|shall|will|not|never|to|if|unless|whether|that|"
    rf"he|she|it|they|I|we|you){_S}++)\b(?:has|have|had|was|were|is|are)\b",
    regex.VERSION1 | regex.IGNORECASE,
)
_CONDITION = regex.compile(r"(?:if|unless|whether)\b", regex.IGNORECASE)
# After a resignation: a seat, a post or an office, not a party.
_POST_AFTER = regex.compile(
    rf"{_S}*+(?:as{_S}++(?!an?{_S}++independent)|(?:from{_S}++)?(?:his|her|their|the|my){_S}++"
    rf"(?:(?:\w++|-)++{_S}++)?(?:seat|post|role|position|job|cabinet|portfolio)|from{_S}++"
    rf"(?:parliament|the{_S}++(?:council|cabinet|house|assembly|senate|dáil|dail|board|committee)))",
    regex.VERSION1 | regex.IGNORECASE,
)
_PARTY_WORD = regex.compile(
    rf"{_S}*+(?:from{_S}++|of{_S}++|with{_S}++)?(?:the|his|her|their|its|my|our){_S}++"
    rf"(?:(?:local|ruling|former|own|national|council|political|parliamentary){_S}++)?"
    rf"(?:party|group|caucus)\b",
    regex.VERSION1 | regex.IGNORECASE,
)
_OBJECT_GAP = regex.compile(
    rf"{_S}*+(?:(?:from|of|with){_S}++)?(?:(?:the|his|her|their|its|my|our|local|ruling|"
    rf"[\p{{Lu}}][\p{{L}}-]*+['’]s?){_S}++){{0,3}}",
    regex.VERSION1,
)
_JOIN_LINK = regex.compile(
    rf"(?:to|for|into|and{_S}++(?:has{_S}++|have{_S}++|then{_S}++|later{_S}++)?joined|"
    rf"(?:to|and|then|before|after){_S}++(?:join|joining)|joined|joining|join|"
    rf"(?:in|with){_S}++favour{_S}++of)"
    rf"{_S}++(?:(?:the|Britain['’]s|a|his|her){_S}++)?$",
    regex.VERSION1 | regex.IGNORECASE,
)
# Words before a party that make it the party joined, not left: "has joined him in
# the Workers Party", "defected to the Greens", "switched allegiance to Reform".
_JOINED_BEFORE = regex.compile(
    rf"\b(?:join(?:ed|s|ing)?+|(?:defect(?:ed|s|ing|ions?+)?+|switch(?:ed|es|ing)?+|"
    rf"mov(?:e|ed|es|ing)|jump(?:ed|s|ing)?+{_S}++ship|cross(?:ed|es|ing)?+{_S}++the{_S}++floor)"
    rf"(?:{_S}++[\p{{Ll}}]++)?{_S}++(?:to|for)|in{_S}++favour{_S}++of)"
    rf"(?:{_S}++(?:\p{{Ll}}++|['’])++){{0,3}}{_S}*+$",
    regex.VERSION1 | regex.IGNORECASE,
)
_AS_INDEPENDENT = regex.compile(
    rf"(?:sit|sits|sitting|sat|stand|stands|standing|serve|serves|serving|continue|continues|"
    rf"remain|remains|represent|represents|run|runs|running|re-register|register|form|forming|formed|"
    rf"be|become|became|now)\b[^.;\n]{{0,60}}?\b(?:as{_S}++(?:an?{_S}++)?|an{_S}++|"
    rf"under{_S}++[\"“‘']?)"
    rf"(?:independents?|non-aligned|no{_S}++party{_S}++preference)\b"
    # "to form the Burnley Independent Group", "created the 'X Independent Group'".
    rf"|(?:form|forms|formed|forming|create|created|creating|launch|launched|set{_S}++up)\b"
    rf"[^.;\n]{{0,50}}?\bindependents?{_S}++(?:group|groups|alliance|grouping)\b",
    regex.VERSION1 | regex.IGNORECASE,
)
_ACTIVE_BEFORE = regex.compile(
    rf"(?:\b(?:has|have|had|to|will|would|did|and)|[\p{{Lu}}][\p{{L}}]++|party|Labour|Tories|group)"
    rf"{_S}++(?:(?:now|also|since|today|recently|formally|officially){_S}++)?$",
    regex.VERSION1,
)
_PASSIVE_BEFORE = regex.compile(
    rf"\b(?:been|was|were|is|are|be|being|got|get|gets|getting|had|having|after){_S}++"
    rf"(?:(?:now|also|formally|officially|administratively|temporarily|indefinitely){_S}++)?$",
    regex.VERSION1 | regex.IGNORECASE,
)
_PRONOUN_SUBJECT = regex.compile(r"\b(?:he|she|him|her|his)\b", regex.IGNORECASE)
_FIRST_PERSON = regex.compile(r"\b(?:I|I['’]ve|I['’]m|me|my)\b")
# A subject that is a role, the person named later: "A Labour councillor has quit".
_ROLE_SUBJECT = regex.compile(
    r"\b(?:councill?or|councilman|councilwoman|MP|MSP|MLA|MHA|TD|MS|AM|MEP|mayor|member|"
    r"politician|representative|alderman|senator|assemblyman|assemblywoman|legislator)\b",
    regex.VERSION1 | regex.IGNORECASE,
)
# A sentence opening with a role names its person later, whatever its relative clause
# says: "A Labour councillor who was told she could not stand has defected".
_ROLE_OPENING = regex.compile(
    r"\W*+(?:a|an|one|another|the)[^\S\n]++(?:(?:\w++|['’-])++[^\S\n]++){0,3}?"
    r"(?:councill?or|MP|MSP|MLA|MHA|TD|mayor|member|politician|alderman|senator)\b",
    regex.VERSION1 | regex.IGNORECASE,
)
# The people named after the trigger: "The councillors who resigned were A, B and C",
# "The five councillors to defect from Labour include A and B". The verb is at most
# `_LIST_REACH` characters on, with no stop between.
_LIST_REACH = 50
_LIST_STOP = regex.compile(r"[.;:!?\n\"“”]")
_LIST_VERB = regex.compile(
    rf"\b(?:were|are|include|includes|included|including){_S}*+:?{_S}*+",
    regex.VERSION1 | regex.IGNORECASE,
)
_LIST_AFTER = regex.compile(
    rf"[^.;:!?\n\"“”]{{0,{_LIST_REACH}}}?{_LIST_VERB.pattern}", regex.VERSION1 | regex.IGNORECASE
)
# More members, in the next sentence: "They are joined by A and B."
_JOINED_BY = regex.compile(
    rf"\W*+(?:they|the{_S}++(?:\p{{L}}++|-)++(?:{_S}++(?:\p{{L}}++|-)++)?)"
    rf"{_S}++(?:are|were|have{_S}++been){_S}++(?:also{_S}++)?joined{_S}++by\b",
    regex.VERSION1 | regex.IGNORECASE,
)
# A causative verb makes its object the trigger's subject: "Trump's policy has
# prompted some leaders to cut ties with the party".
_CAUSATIVE = regex.compile(
    rf"\b(?:prompted|prompts|forced|forces|pushed|caused|persuaded|encouraged|convinced|"
    rf"inspired|drove|driven|led)\b(?=[^.;:!?]{{1,80}}?\bto{_S}++(?:have{_S}++)?$)",
    regex.VERSION1 | regex.IGNORECASE,
)
_SUBORDINATOR = regex.compile(
    r"\b(?:after|when|because|since|while|whilst|before|although|though|until|once)\b",
    regex.IGNORECASE,
)
# A noun trigger after a determiner tells again of a departure already read:
# "The expulsions follow …", "This defection is the third".
_DETERMINER_BEFORE = regex.compile(
    rf"(?:^|\W)(?:the|this|that|these|those){_S}++(?:(?:\p{{Ll}}++|-)++{_S}++){{0,2}}$",
    regex.VERSION1 | regex.IGNORECASE,
)
_PLURAL_SUBJECT = regex.compile(r"\b(?:they|them|their|we|us|our)\b", regex.IGNORECASE)
_GROUP_NOUN = regex.compile(
    r"\b(?:councill?ors|members|MPs|MSPs|MLAs|TDs|MSs|politicians|rebels|representatives|"
    r"aldermen|senators|mayors|leaders|lawmakers|legislators|trio|pair|duo|quartet|five|four|three|six|seven|eight|nine|ten|"
    r"all|both|group|couple)\b",
    regex.VERSION1 | regex.IGNORECASE,
)
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "both": 2,
    "pair": 2,
    "duo": 2,
    "trio": 3,
}
_COUNT = regex.compile(
    r"(?<![\w,.])(?P<count>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"(?:" + _S + r"++(?:more|other|rebel|former|senior|of" + _S + r"++the|"
    r"[\p{Lu}](?:\p{L}++|['’-])*+|"
    r"(?:\p{L}++|-)++(?=" + _S + r"++(?:councill?ors|MPs|members)))){0,4}" + _S + r"++"
    r"(?:councill?ors|members|MPs|MSPs|MLAs|TDs|MSs|politicians|rebels|representatives|aldermen|"
    r"senators|mayors)\b(?P<plus>" + _S + r"++and" + _S + r"++(?:their|the|a)" + _S + r"++"
    r"(?:leader|deputy|mayor|group" + _S + r"++leader))?"
    r"|(?<!\w)the"
    + _S
    + r"++(?P<count>trio|pair|duo|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|(?<!\w)(?P<count>both|all" + _S + r"++(?:two|three|four|five|six|seven|eight|nine|ten))\b",
    regex.VERSION1 | regex.IGNORECASE,
)
_LIST_GAP = regex.compile(
    # "A, who represents Eastfield, and B": a relative clause describing a member.
    rf"(?:{_S}*+,{_S}*+(?:who|which){_S}++[^\n,.;:!?\"“”]{{1,60}}+)?"
    rf"{_S}*+(?:,|and|&|,{_S}*+and|-|–|—)?{_S}*+(?:(?:as{_S}++well{_S}++as|along{_S}++with|plus)"
    # "…, as well as chairman of the Safety Partnership, Cllr Jo Bloggs".
    rf"(?:{_S}++[^\n,.;:!?\"“”]{{1,80}}+,)?{_S}*+)?(?:(?:the|a|an|former|fellow|ex-|deputy|council|group)?{_S}*+[\p{{L}}-]*+"
    rf"{_S}*+(?:councill?or|leader|member|mayor|whip|MP)?,?{_S}*+)?",
    regex.VERSION1,
)
# How far from its trigger a subject, a count or a list is read.
_REACH = 400
# The gap between sentences: after a stop, its closing quote and white space, before a
# capital or a digit (an opening quote or bracket between), or a run of line breaks
# elsewhere. As a regex: r"[.!?][\"”’']?(?P<gap>\s++)(?=[\"“‘'(]?[\p{Lu}\d])|(?P<gap>\n++)".
_STOPS = (".", "!", "?", "\n")
_CLOSING_QUOTES = frozenset("\"”’'")
_OPENING_MARKS = frozenset("\"“‘'(")
# What the regex module's "\s" matches (`str.isspace` also holds for "\x1c" … "\x1f").
_WHITE_SPACE = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
_CAPITAL_OR_DIGIT = regex.compile(r"[\p{Lu}\d]", regex.VERSION1)
_KINDS = {kind.value: kind for kind in DepartureKind}
_JOIN_RULES = ("joined", "defected", "switched", "crossed_the_floor", "jumped_ship")
# Objectless triggers that may retell a departure: "she quit on live radio on Thursday".
_RESTATING = ("quit", "walked_out", "stepped_away")
_OBJECT_REQUIRED = ("quit", "left", "joined", "walked_out", "stepped_away", "cut_ties")


@attrs.frozen(kw_only=True)
class _Draft:
    """A departure before merging: who, what, the sentence and the trigger."""

    persons: tuple[int, ...]
    party: Party
    kind: DepartureKind
    joined: Party | None
    group_size: int | None
    sentence: Span
    trigger: Span
    triggers: tuple[Span, ...]
    rule_ids: tuple[str, ...]
    # Only says which party the people joined ("She joined Reform last week"): it
    # completes a departure read elsewhere and is never one on its own.
    join_only: bool = False


@attrs.frozen
class _Restatement:
    """A trigger with no party that retells a departure read elsewhere ("she quit on
    Thursday"): it lends that departure its date, never makes one."""

    persons: tuple[int, ...]
    trigger: Span


@attrs.frozen
class _Quoted:
    """The article's quotation spans in text order, each with its quote's index."""

    starts: tuple[int, ...]
    spans: tuple[tuple[Span, int], ...]
    # Whether no two spans overlap: then at most one holds any offset.
    disjoint: bool


def _quoted(quotes: tuple[Quote, ...]) -> _Quoted:
    spans = sorted(
        ((span, index) for index, quote in enumerate(quotes) for span in quote.spans),
        key=lambda item: (item[0].start, item[0].end),
    )
    disjoint = all(a[0].end <= b[0].start for a, b in itertools.pairwise(spans))
    return _Quoted(tuple(span.start for span, _ in spans), tuple(spans), disjoint)


@attrs.frozen
class _Context:
    """What every trigger of one article reads."""

    text: str
    people: People
    parties: tuple[Party, ...]
    party_starts: tuple[int, ...]
    # Where each sentence starts and ends: a trigger's `Span` is made when it is read.
    sentence_starts: tuple[int, ...]
    sentence_ends: tuple[int, ...]
    quotes: tuple[Quote, ...]
    # The quotation spans by start: looked up, not scanned, for each trigger, so a long
    # text costs no more per trigger.
    quoted: _Quoted
    # Each sentence's first list of people, as `_sentence_list` reads it, once asked for:
    # group sentences are read again for every trigger near them.
    lists: dict[int, list[PersonMention]] = attrs.field(eq=False, factory=dict)
    # Each person's mentions in text order, filed on first asking (by `mentions_of`): only
    # a party read from how the people are described anywhere in the article needs them.
    # (Not a cached property: attrs gives its class a __getattr__, which slows every
    # attribute read.)
    by_person: dict[int, list[PersonMention]] = attrs.field(eq=False, factory=dict)

    def mentions_of(self, person: int) -> Sequence[PersonMention]:
        """The person's mentions in text order: looked up, not scanned, for each trigger."""
        if not self.by_person:
            for mention in self.people.mentions:
                self.by_person.setdefault(mention.person, []).append(mention)
        return self.by_person.get(person, ())

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def sentence(self, index: int) -> Span:
        return Span(self.sentence_starts[index], self.sentence_ends[index])

    def parties_in(self, start: int, end: int) -> list[Party]:
        first = bisect.bisect_left(self.party_starts, start)
        last = bisect.bisect_left(self.party_starts, end)
        return [p for p in self.parties[first:last] if p.span.end <= end]


def find_departures(
    text: str,
    *,
    people: People,
    parties: tuple[Party, ...],
    dates: tuple[DateMention, ...],
    quotes: tuple[Quote, ...],
    published: dt.date | None,
    rules: RuleSet,
) -> tuple[DepartureEvent, ...]:
    """Every departure *text* states, background ones included, and nothing else."""
    if not people.persons or not parties:
        return ()
    triggers = scan(text, rules, Stage.DEPARTURES)
    if not triggers:
        return ()
    context = _Context(
        text,
        people,
        parties,
        tuple(p.span.start for p in parties),
        *_sentences(text),
        quotes,
        _quoted(quotes),
    )
    drafts: list[_Draft] = []
    joins: list[_Draft] = []
    restatements: list[_Restatement] = []
    for trigger in triggers:
        draft = _read(context, trigger, drafts)
        if isinstance(draft, _Restatement):
            restatements.append(draft)
        elif draft is not None:
            (joins if draft.join_only else drafts).append(draft)
    if not drafts:
        return ()
    merged = _merge(drafts)
    # An independent's statement only gives a party joined to a departure with none
    # (merging keeps any draft's): where there is no such departure, it is not read.
    if any(d.joined is None and d.party.name != "Independent" for d in merged):
        joins.extend(_independents(context, drafts))
    events = []
    quoted = quoted_spans(quotes)
    for draft in _attach_restatements(_attach_joined(merged, joins), restatements):
        councillors = tuple(people.councillor(index) for index in draft.persons)
        date = _date(text, dates, draft.triggers, published)
        reasons = find_reasons(
            text,
            trigger=draft.trigger,
            sentence=draft.sentence,
            speakers=tuple(c.name for c in councillors),
            quoted=quoted,
            rules=rules,
            triggers=draft.triggers,
        )
        events.append(
            DepartureEvent(
                councillors=councillors,
                party=draft.party,
                kind=draft.kind,
                joined=draft.joined,
                date=date,
                reasons=reasons,
                group_size=draft.group_size,
                span=draft.sentence,
                rule_ids=tuple(
                    dict.fromkeys((*draft.rule_ids, *(rid for r in reasons for rid in r.rule_ids)))
                ),
            )
        )
    return tuple(events)


def _sentences(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence of *text* starts, and where each ends.

    The gaps between them are read at the few stops and line breaks `str.find`
    finds, not by a regex search, which tries every character and cost twice as much.
    """
    length = len(text)
    stops = sorted(itertools.chain.from_iterable(occurrences(text, stop) for stop in _STOPS))
    starts = []
    ends = []
    start = 0
    for stop in stops:
        if stop < start:
            continue  # in the gap read last
        if text[stop] == "\n":
            gap_start = stop
            gap_end = stop + 1
            while gap_end < length and text[gap_end] == "\n":
                gap_end += 1
        else:
            gap_start = stop + 1
            if gap_start < length and text[gap_start] in _CLOSING_QUOTES:
                gap_start += 1
            gap_end = gap_start
            while gap_end < length and text[gap_end] in _WHITE_SPACE:
                gap_end += 1
            following = gap_end
            if following < length and text[following] in _OPENING_MARKS:
                following += 1
            if gap_end == gap_start or following >= length:
                continue
            # A capital or a digit opens a sentence: nearly always an ASCII one, told apart
            # without a call.
            opening = text[following]
            if not ("A" <= opening <= "Z" or "0" <= opening <= "9") and (
                opening.isascii() or _CAPITAL_OR_DIGIT.match(opening) is None
            ):
                continue
        if gap_start > start:
            starts.append(start)
            ends.append(gap_start)
        start = gap_end
    if start < length:
        starts.append(start)
        ends.append(length)
    return (tuple(starts), tuple(ends)) if starts else ((0,), (length,))


def _read(
    context: _Context, trigger: Match, earlier: Sequence[_Draft]
) -> _Draft | _Restatement | None:
    text = context.text
    slug = trigger.rule_id.rsplit(".", 1)[-1]
    sentence = context.sentence(context.sentence_of(trigger.span.start))
    sentence = _within_quote(context, trigger.span.start, sentence)
    if _unreal(text, sentence, trigger.span.start):
        return None
    # Looked up: calling the enum costs several times more (it still raises on an unknown label).
    kind = _KINDS.get(trigger.label) or DepartureKind(trigger.label)
    # "resigned from Parliament": the seat, read from the trigger's "from".
    post_at = trigger.groups["left"].start if "left" in trigger.groups else trigger.span.end
    if kind is DepartureKind.RESIGNATION and _POST_AFTER.match(text, post_at):
        return None
    left, joined = _parties_after(context, trigger, slug, sentence)
    # "quit the party" names its object by anaphora; looked for only where one is required.
    object_missing = (
        left is None
        and slug in _OBJECT_REQUIRED
        and _PARTY_WORD.match(text, trigger.span.end) is None
    )
    if object_missing and slug in _RESTATING:
        persons, _ = _who(context, trigger, sentence, active=False, earlier=earlier)
        return _Restatement(persons, trigger.span) if persons else None
    if object_missing and (slug != "joined" or joined is None):
        return None
    active = kind is not DepartureKind.RESIGNATION and _is_active(text, trigger, sentence)
    persons, group_size = _who(context, trigger, sentence, active=active, earlier=earlier)
    if not persons:
        return None
    if group_size is not None and len(persons) < group_size:
        persons = _joined_by(context, trigger, persons)
    if left is None:
        # "joined Y" alone says nothing of a party left: only the people's own
        # description counts, not a party merely named nearby.
        left = _context_party(context, trigger, sentence, persons, joined, nearby=slug != "joined")
        if left is None:
            if joined is None or slug not in _JOIN_RULES:
                return None
            return _Draft(
                persons=persons,
                party=joined,
                kind=kind,
                joined=joined,
                group_size=group_size,
                sentence=sentence,
                trigger=trigger.span,
                triggers=(trigger.span,),
                rule_ids=(trigger.rule_id,),
                join_only=True,
            )
    if joined is not None and joined.name == left.name:
        joined = None
    return _Draft(
        persons=persons,
        party=left,
        kind=kind,
        joined=joined,
        group_size=group_size,
        sentence=sentence,
        trigger=trigger.span,
        triggers=(trigger.span,),
        rule_ids=(trigger.rule_id,),
    )


def _unreal(text: str, sentence: Span, offset: int) -> bool:
    """Whether the clause ending at *offset* is hypothetical, a call, a threat or a denial."""
    unreal = _unreal_word(text, max(sentence.start, offset - 70), offset)
    return unreal is not None and (
        _CONDITION.match(unreal.group()) is not None
        or not _FINITE_AFTER.search(text, unreal.start(), offset)
    )


def _unreal_word(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_UNREAL.search(text, start, end)``, tried only where one of its words' heads is written.

    Tried at each character, its alternation of some forty words costs a
    tenth of a microsecond a character; the standard library's engine finds
    their heads in the case-folded text several times faster.
    """
    folded = words(text).folded
    if folded is None:
        return _UNREAL.search(text, start, end)
    for head in _UNREAL_HEADS.finditer(folded, start, end):
        found = _UNREAL.match(text, head.start(), end)
        if found is not None:
            return found
    return None


def _within_quote(context: _Context, offset: int, sentence: Span) -> Span:
    """The sentence, cut to the quotation holding *offset*: a quote's subject is its own.

    In 'Jo Bloggs said: "The five councillors were expelled"' the speaker is
    not one of those expelled.
    """
    held = _quote_holding(context, offset, spoken=False)
    if held is None:
        return sentence
    span = held[1]
    return Span(max(sentence.start, span.start), min(sentence.end, span.end))


def _quote_holding(context: _Context, offset: int, *, spoken: bool) -> tuple[Quote, Span] | None:
    """The first quote (with a speaker, if *spoken*) one of whose spans holds *offset*, and that span."""
    quoted = context.quoted
    if quoted.disjoint:
        index = bisect.bisect_right(quoted.starts, offset) - 1
        if index < 0 or offset >= quoted.spans[index][0].end:
            return None
        span, position = quoted.spans[index]
        quote = context.quotes[position]
        return None if spoken and not quote.speaker else (quote, span)
    # Nested quotations: the first in the article's order wins.
    for quote in context.quotes:
        if spoken and not quote.speaker:
            continue
        for span in quote.spans:
            if span.start <= offset < span.end:
                return quote, span
    return None


_FROM_AT_END = regex.compile(rf"\bfrom{_S}++(?:the{_S}++)?$", regex.IGNORECASE)


def _parties_after(
    context: _Context, trigger: Match, slug: str, sentence: Span
) -> tuple[Party | None, Party | None]:
    """The party named as the trigger's object (left, or joined for "defected to")."""
    text = context.text
    after = [
        p for p in context.parties_in(trigger.span.end, sentence.end) if p.name != "Independent"
    ]
    left: Party | None = None
    joined: Party | None = None
    for party in after:
        gap = text[trigger.span.end : party.span.start]
        if len(gap) > 90:
            break
        link = gap.rstrip()
        # "defected to Y", "quit X to join Y", "leave the party for Y".
        if _JOIN_LINK.search(gap) and (
            slug in _JOIN_RULES or left is not None or _PARTY_WORD.match(text, trigger.span.end)
        ):
            if joined is None:
                joined = party
            continue
        if left is None and (_OBJECT_GAP.fullmatch(gap) or _FROM_AT_END.search(link + " ")):
            if slug == "joined" and joined is None and not gap.strip().lower().endswith("from"):
                joined = party
                continue
            left = party
    if slug == "joined" and joined is None:
        return None, None
    return left, joined


def _is_active(text: str, trigger: Match, sentence: Span) -> bool:
    """Whether the trigger's subject does the suspending ("The leader has suspended three MPs")."""
    before = text[max(sentence.start, trigger.span.start - 40) : trigger.span.start]
    if _PASSIVE_BEFORE.search(before):
        return False
    word = text[trigger.span.start : trigger.span.end].lower()
    if not word.endswith(("ed", "led")) or word.startswith("de"):
        return False
    after = text[trigger.span.end : trigger.span.end + 4].lower()
    if after.startswith((" fro", " by", " for", " aft", " ove", " in ", " on ", " pen", " las")):
        return False
    return bool(_ACTIVE_BEFORE.search(before))


def _who(
    context: _Context,
    trigger: Match,
    sentence: Span,
    *,
    active: bool,
    earlier: Sequence[_Draft],
) -> tuple[tuple[int, ...], int | None]:
    text = context.text
    people = context.people

    def count() -> int | None:
        # Read only where a group's size is reported: most triggers have one subject.
        # Bounded windows keep each trigger's cost constant in a pathological long sentence.
        start = max(sentence.start, trigger.span.start - _REACH)
        end = min(sentence.end, trigger.span.end + _REACH)
        return _count(text, _count_starts(text, start, end), start, end)

    following = people.mentions_in(trigger.span.end, sentence.end)
    # A list after the trigger names its people there: where the sentence names no one
    # after it, no list verb is looked for.
    listed = _list_after(text, trigger.span.end, sentence.end) if following else None
    if listed is not None:
        after = people.mentions_in(listed, sentence.end)
        if after and after[0].span.start <= listed + 40:
            named = _list_at(context, after, first=True)
            return _persons(named), count() or _size(named)
    if active:
        named = _list_at(context, following, first=True)
        if not named:
            named = _nearby_list(context, trigger, sentence)
        return _persons(named), count() or _size(named)
    speaker = _quote_speaker(context, trigger.span.start)
    subject_start = max(sentence.start, trigger.span.start - _REACH)
    window = text[subject_start : trigger.span.start]
    words = _words_of(text, subject_start, trigger.span.start)
    causative = _last_at(_CAUSATIVE, window, words)
    if causative >= 0:
        subject_start += causative
        words = _words_from(words, causative)
    # "Jo Smith and Sam Lee, who both sit as independents after Lee quit": the
    # trigger's own clause has its own subject.
    clause = text[subject_start : trigger.span.start]
    subordinate = _last_at(_SUBORDINATOR, clause, words)
    if subordinate >= 0 and people.mentions_in(subject_start + subordinate, trigger.span.start):
        subject_start += subordinate
        words = _words_from(words, subordinate)
    before = _subjects(text, people.mentions_in(subject_start, trigger.span.start), trigger)
    subject_text = text[subject_start : trigger.span.start]
    # "I resigned" is the speaker; "I am disappointed in Cllr X for defecting" is X.
    if speaker is not None:
        first_person = _last_at(_FIRST_PERSON, subject_text, words)
        if (
            first_person >= 0
            and (not before or before[-1].span.start < sentence.start + first_person)
            and (person := people.resolve(speaker)) is not None
        ):
            return (person,), None
    if text[trigger.span.end - 3 : trigger.span.end] in ("ion", "ons") and (
        _DETERMINER_BEFORE.search(subject_text[-40:])
    ):
        same = [d for d in earlier if d.kind.value == trigger.label]
        return (same[-1].persons, same[-1].group_size) if same else ((), None)
    if before:
        named = _list_at(context, before, first=False)
        persons = _persons(named)
        if len(persons) > 1:
            return persons, count() or len(persons)
        if _says(_GROUP_NOUN, subject_text, words) and (size := count()):
            members = _nearby_list(context, trigger, sentence)
            merged = tuple(dict.fromkeys((*persons, *_persons(members))))
            return merged, size
        return persons, None
    plural = _says(_PLURAL_SUBJECT, subject_text, words)
    if plural or _says(_GROUP_NOUN, subject_text, words):
        members = _nearby_list(context, trigger, sentence)
        if members:
            return _persons(members), count() or _size(members)
        if earlier and plural:
            return earlier[-1].persons, earlier[-1].group_size
        return (), None
    if (
        speaker is not None
        and _says(_FIRST_PERSON, subject_text + " ", words)
        and (person := people.resolve(speaker)) is not None
    ):
        return (person,), None
    opening_role = _ROLE_OPENING.match(subject_text)
    if opening_role is None and (
        _says(_PRONOUN_SUBJECT, subject_text, words) or not subject_text.strip()
    ):
        previous = people.mention_before(trigger.span.start)
        return ((previous.person,), None) if previous is not None else ((), None)
    if not _says(_ROLE_SUBJECT, subject_text, words):
        return (), None
    # "A Labour councillor has quit …": the person the next sentences name.
    following = people.mentions_in(trigger.span.end, min(len(text), sentence.end + 400))
    return ((following[0].person,), None) if following else ((), None)


# Words before a mention that make it a prepositional object, not a subject: "a close
# ally of the Labour leader Sam Lee", "a rival to Cllr Jo Bloggs".
_GOVERNED = regex.compile(
    rf"\b(?:of|to|for|from|against|about|than|at|on|under|by|like|alongside|behind|towards)"
    rf"(?:{_S}++(?:the|a|an|former|[\p{{Lu}}][\p{{L}}'’-]*+|leader|councill?or|chief|whip|"
    rf"deputy|minister|secretary)){{0,4}}{_S}++$",
    regex.VERSION1,
)
# What follows a mention when it is the subject of the trigger's relative clause:
# "nominated by Mayor Jo Bloggs, who was himself expelled".
_OWN_RELATIVE = regex.compile(r"[^\S\n]*+,?[^\S\n]*+(?:who|whose)\b[^,;]*+$", regex.VERSION1)


def _subjects(
    text: str, before: tuple[PersonMention, ...], trigger: Match
) -> tuple[PersonMention, ...]:
    """The mentions before a trigger, less the trailing ones that are objects of a preposition."""
    mentions = list(before)
    while len(mentions) > 1:
        last = mentions[-1]
        governed = _GOVERNED.search(text, max(0, last.span.start - 60), last.span.start)
        if governed is None or _OWN_RELATIVE.match(text, last.span.end, trigger.span.start):
            break
        mentions.pop()
    return tuple(mentions)


def _last(pattern: regex.Pattern[str], text: str) -> int:
    """Where the last match of *pattern* in *text* starts, or -1."""
    found = -1
    for match in pattern.finditer(text):
        found = match.start()
    return found


@attrs.frozen
class _Words:
    """Where, in a window of an article, the words that open the `_WORD_HEADS` patterns are written.

    Tried at each of a subject's 400 characters, a pattern of whole words
    (``\\b(?:he|she|…)\\b``) costs tens of microseconds. Every match of one
    opens with one of its heads, whole: looked up among the article's words,
    the few places one is written are all it needs trying at.
    """

    article: str
    start: int
    end: int

    def places(self, pattern: regex.Pattern[str]) -> list[int]:
        """Where in the window one of *pattern*'s heads is written, from the window's start."""
        found = _places(self.article, pattern)
        first = bisect.bisect_left(found, self.start)
        last = bisect.bisect_left(found, self.end, first)
        start = self.start
        return [place - start for place in found[first:last]]

    def last_place(self, pattern: regex.Pattern[str]) -> int:
        """Where in the window the last of *pattern*'s heads is written, from its start, or -1."""
        found = _places(self.article, pattern)
        last = bisect.bisect_left(found, self.end)
        return found[last - 1] - self.start if last and found[last - 1] >= self.start else -1


def _words_of(article: str, start: int, end: int) -> _Words | None:
    """The words of ``article[start:end]``, or None where the article's words are not the window's.

    They are not where case-folding moves the article's characters, nor where
    an edge of the window cuts a word: its part in the window is not filed.
    """
    if words(article).at is None or _cuts_word(article, start) or _cuts_word(article, end):
        return None
    return _Words(article, start, end)


def _cuts_word(text: str, offset: int) -> bool:
    """Whether *offset* falls inside a word."""
    return 0 < offset < len(text) and _in_word(text[offset - 1]) and _in_word(text[offset])


def _in_word(character: str) -> bool:
    if character.isascii():
        return character.isalnum() or character == "_"
    return _WORD_CHARACTER.match(character) is not None


_WORD_CHARACTER = regex.compile(r"\w", regex.VERSION1)


# Memoised for the triggers of one article; sized for about two articles' seven patterns,
# so that no more than a couple of articles' texts are kept alive by it.
@functools.lru_cache(maxsize=16)
def _places(article: str, pattern: regex.Pattern[str]) -> list[int]:
    """Where in *article* one of *pattern*'s heads is written as a whole word, in order."""
    split = words(article)
    at, written = split.at, split.folded_words
    if at is None or written is None:
        return []
    # Two sets meet in C: most of a pattern's heads are not written in an article.
    return sorted(place for head in _WORD_HEADS[pattern] & written for place in at[head])


def _words_from(words: _Words | None, cut: int) -> _Words | None:
    """The words of a window cut at *cut*, where a word starts, with offsets from there."""
    return None if words is None else _Words(words.article, words.start + cut, words.end)


def _last_at(pattern: regex.Pattern[str], text: str, words: _Words | None) -> int:
    """`_last`, tried only where a word that can open a match starts."""
    if pattern not in _WORD_HEADS or words is None:
        return _last(pattern, text)
    if pattern in _WHOLE_WORDS:
        return words.last_place(pattern)
    for start in reversed(words.places(pattern)):
        if pattern.match(text, start):
            return start
    return -1


def _says(pattern: regex.Pattern[str], text: str, words: _Words | None) -> bool:
    """Whether *pattern* matches in *text*, tried only where a word that can open a match starts."""
    if pattern not in _WORD_HEADS or words is None:
        return pattern.search(text) is not None
    if pattern in _WHOLE_WORDS:
        return words.last_place(pattern) >= 0
    return any(pattern.match(text, start) for start in words.places(pattern))


def _word_heads(pattern: regex.Pattern[str]) -> tuple[str, ...] | None:
    # A match of a pattern led by "\b" and a literal starts where a word does.
    return literal_heads(pattern.pattern) if pattern.pattern.startswith(r"\b") else None


# The words each of these patterns' matches open with, whole: they are tried only where
# one is written.
_WORD_HEADS = {
    pattern: frozenset(heads)
    for pattern in (
        _CAUSATIVE,
        _SUBORDINATOR,
        _FIRST_PERSON,
        _PLURAL_SUBJECT,
        _GROUP_NOUN,
        _PRONOUN_SUBJECT,
        _ROLE_SUBJECT,
    )
    if (heads := _word_heads(pattern)) is not None
}
# Those that are nothing but a choice of words, case-insensitive ("\b(?:he|she|him)\b"),
# match wherever one of their words is written whole, and `_Words` finds just those places:
# the case-folded word is the text's, character for character, and each character that
# folds to an ASCII letter is one IGNORECASE equates with it. No match is tried there.
_WHOLE_WORDS = frozenset(
    pattern
    for pattern in _WORD_HEADS
    if pattern.flags & regex.IGNORECASE
    and regex.fullmatch(r"\\b\(\?:[a-z?|]++\)\\b", pattern.pattern, regex.IGNORECASE)
)


def _joined_by(context: _Context, trigger: Match, persons: tuple[int, ...]) -> tuple[int, ...]:
    """A group's other members, from "They are joined by A and B." in the next sentence."""
    index = context.sentence_of(trigger.span.start) + 1
    if index >= len(context.sentence_starts):
        return persons
    following = context.sentence(index)
    opening = _JOINED_BY.match(context.text, following.start, following.end)
    if opening is None:
        return persons
    more = context.people.mentions_in(opening.end(), following.end)
    return tuple(dict.fromkeys((*persons, *_persons(_list_at(context, more, first=True)))))


def _persons(mentions: Sequence[PersonMention]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(m.person for m in mentions))


def _size(mentions: Sequence[PersonMention]) -> int | None:
    size = len(_persons(mentions))
    return size if size > 1 else None


def _list_at(
    context: _Context, mentions: Sequence[PersonMention], *, first: bool
) -> list[PersonMention]:
    """The mention nearest the trigger and the list it belongs to ("A, B and C")."""
    if not mentions:
        return []
    text = context.text
    if first:
        chosen = [mentions[0]]
        for mention in mentions[1:]:
            if not _LIST_GAP.fullmatch(text[chosen[-1].span.end : mention.span.start]):
                break
            chosen.append(mention)
        return chosen
    chosen = [mentions[-1]]
    for mention in reversed(mentions[:-1]):
        if not _LIST_GAP.fullmatch(text[mention.span.end : chosen[0].span.start]):
            break
        chosen.insert(0, mention)
    return chosen


def _nearby_list(context: _Context, trigger: Match, sentence: Span) -> list[PersonMention]:
    """Members a group sentence names: the first list of two or more near the trigger."""
    index = context.sentence_of(trigger.span.start)
    order = [index, index + 1, index + 2, index - 1, index + 3]
    for position in order:
        if not 0 <= position < len(context.sentence_starts):
            continue
        found = context.lists.get(position)
        if found is None:
            found = context.lists[position] = _sentence_list(context, position)
        if found:
            return list(found)
    return []


def _sentence_list(context: _Context, index: int) -> list[PersonMention]:
    """The first list of two or more people the sentence at *index* names, or none."""
    mentions = context.people.mentions_in(
        context.sentence_starts[index], context.sentence_ends[index]
    )
    start = 0
    while start < len(mentions):
        found = _list_at(context, mentions[start:], first=True)
        # A single mention, the most common, is one person without counting.
        if len(found) > 1 and len(_persons(found)) > 1:
            return found
        # A list from a later mention of this one is its tail, with no more people.
        start += len(found)
    return []


def _list_after(text: str, start: int, end: int) -> int | None:
    """Where ``_LIST_AFTER.match(text, start, end)`` ends, or None if it does not match.

    Its lazy window tries the verbs at each of fifty places; they are looked
    for first, and tried only where one is written.
    """
    folded = words(text).folded
    if folded is None or _LIST_HEADS is None:
        listed = _LIST_AFTER.match(text, start, end)
        return listed.end() if listed is not None else None
    last = start + _LIST_REACH
    for place in _head_places(folded, _LIST_HEADS, start, min(end, last + _LIST_HEAD_LENGTH)):
        if place > last or _LIST_STOP.search(text, start, place) is not None:
            break
        verb = _LIST_VERB.match(text, place, end)
        if verb is not None:
            return verb.end()
    return None


def _count(text: str, starts: list[int] | None, start: int, end: int) -> int | None:
    for found in _counts(text, starts, start, end):
        word = found.group("count").lower()
        if word.startswith("all"):
            word = word.split()[-1]
        value = int(word) if word.isdigit() else _NUMBERS.get(word)
        if value is None or value < 2:
            continue
        if found.captures("plus") and found.group("plus"):
            value += 1
        return value
    return None


def _counts(
    text: str, starts: list[int] | None, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """What ``_COUNT.finditer(text, start, end)`` finds, tried only at *starts* when given.

    Tried everywhere, `_COUNT` costs a fifth of a microsecond per character,
    the most of any pattern of a departure.
    """
    if starts is None:
        yield from _COUNT.finditer(text, start, end)
        return
    resume = start
    for offset in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if offset < resume:
            continue
        found = _COUNT.match(text, offset, end)
        if found is not None:
            yield found
            resume = found.end()


_DIGITS = regex.compile(r"\d++", regex.VERSION1)
# The words a `_COUNT` match starts with: a number, "the" ("the trio"), "both", "all".
_COUNT_OPENERS = frozenset([*_NUMBERS, "the", "all"])
# "the" and "all" open a count only before a number ("the trio", "all five").
_NUMBER_AFTER = regex.compile(
    rf"(?:the|all){_S}++(?:trio|pair|duo|two|three|four|five|six|seven|eight|nine|ten)",
    regex.VERSION1 | regex.IGNORECASE,
)


def _count_starts(text: str, start: int, end: int) -> list[int] | None:
    """Where in ``text[start:end]`` a `_COUNT` match may start: a number word as a whole
    word, or a short run of digits.

    Every branch of `_COUNT` starts at a word's start and its first word ends
    at whitespace or a word boundary, so the word is whole. None when the
    text's words cannot be looked up by offset. Looked for in the window
    only: few triggers read a count, and the article's digits and its many
    "the" cost more to find than one window's.
    """
    split = words(text)
    at, written = split.at, split.folded_words
    if at is None or written is None:
        return None
    starts = [
        offset
        # Two sets meet in C over the smaller side; a dict's keys, by trying each word.
        for word in _COUNT_OPENERS & written
        for offset in _between(at[word], start, end)
        if word not in ("the", "all") or _NUMBER_AFTER.match(text, offset)
    ]
    # One to three digits: every run of digits that short (whole words or not, or cut by
    # the window's edges) is tried.
    starts.extend(
        run.start() for run in _DIGITS.finditer(text, start, end) if run.end() - run.start() <= 3
    )
    return sorted(starts)


def _between(offsets: Sequence[int], start: int, end: int) -> Sequence[int]:
    """The sorted *offsets* from *start* up to *end*."""
    return offsets[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)]


def _quote_speaker(context: _Context, offset: int) -> str | None:
    """The name of the speaker of the quote holding *offset*, if it has one.

    Left unresolved: most subjects are not the speaker's "I", and resolving
    a name compares it with every person's.
    """
    held = _quote_holding(context, offset, spoken=True)
    return held[0].speaker if held is not None and held[0].speaker else None


# A break between a party and a mention it does not describe: "Labour. Jo Bloggs said".
_DESCRIPTION_BREAK = regex.compile(r"[.;:!?\"“”\n]")
_OBJECT_WORDS = regex.compile(rf"(?:{_S}++(?:[\p{{Ll}}\d-]++|all))*+{_S}++", regex.VERSION1)
_AGENT_GAP = regex.compile(
    rf"[^.;]{{0,25}}?\bby{_S}++(?:the{_S}++)?(?:[\w'’]++{_S}++){{0,2}}", regex.VERSION1
)


def _context_party(
    context: _Context,
    trigger: Match,
    sentence: Span,
    persons: tuple[int, ...],
    joined: Party | None,
    *,
    nearby: bool = True,
) -> Party | None:
    """The party the people are described with, else (if *nearby*) the last one named."""

    text = context.text

    def usable(party: Party) -> bool:
        # Never the party joined: "has joined him in the Workers Party", "defected to Reform".
        if party.name == "Independent" or (joined is not None and party.name == joined.name):
            return False
        return not _JOINED_BEFORE.search(text, max(0, party.span.start - 40), party.span.start)

    # 1. An agent: "expelled by Labour", "suspended by the Liberal Democrats".
    for party in context.parties_in(trigger.span.end, min(sentence.end, trigger.span.end + 40)):
        gap = text[trigger.span.end : party.span.start]
        if usable(party) and _AGENT_GAP.fullmatch(gap):
            return party
    # 2. The object's description: "has suspended three Labour MPs".
    for party in context.parties_in(trigger.span.end, min(sentence.end, trigger.span.end + 30)):
        if usable(party) and _OBJECT_WORDS.fullmatch(text, trigger.span.end, party.span.start):
            return party
    # 3. The subject's own description: "Five Labour councillors …", "former Tory Cllr X".
    for party in reversed(context.parties_in(sentence.start, trigger.span.start)):
        if usable(party):
            return party
    # 4. How the people are described anywhere in the article.
    own = (m for person in set(persons) for m in context.mentions_of(person))
    for mention in sorted(own, key=lambda m: m.span.start):
        window = context.parties_in(max(0, mention.span.start - 45), mention.span.start)
        for party in reversed(window):
            gap = text[party.span.end : mention.span.start]
            # The break first: it rules out most parties, and costs less than `usable`.
            if not _DESCRIPTION_BREAK.search(gap) and usable(party):
                return party
    # 5. The party the text last named before the trigger, within two sentences.
    if not nearby:
        return None
    index = context.sentence_of(trigger.span.start)
    start = context.sentence_starts[max(0, index - 2)]
    for party in reversed(context.parties_in(start, trigger.span.start)):
        if usable(party):
            return party
    return None


def _independents(context: _Context, drafts: Sequence[_Draft]) -> list[_Draft]:
    """Who the text says now sits or will stand as an independent, anywhere in it.

    "Cllr X quit Labour on Monday. She will sit as an independent." tells the
    party joined in another sentence; the statement's subject is found as a
    trigger's is (a name, a pronoun, "they" for the people last read).
    """
    text = context.text
    found: list[_Draft] = []
    for statement in _independent_statements(text):
        sentence = context.sentence(context.sentence_of(statement.start()))
        sentence = _within_quote(context, statement.start(), sentence)
        if _unreal(text, sentence, statement.start()):
            continue
        verb = Match(_INDEPENDENT_RULE, "resignation", Span(statement.start(), statement.start()))
        persons, _ = _who(context, verb, sentence, active=False, earlier=drafts)
        if not persons:
            continue
        words = _INDEPENDENT_WORD.search(text, statement.start(), statement.end())
        span = (
            Span(words.start(), words.end()) if words else Span(statement.start(), statement.end())
        )
        party = Party(
            name="Independent", text=span.of(text), span=span, rule_ids=(_INDEPENDENT_RULE,)
        )
        found.append(
            _Draft(
                persons=persons,
                party=party,
                kind=DepartureKind.RESIGNATION,
                joined=party,
                group_size=None,
                sentence=sentence,
                trigger=span,
                triggers=(),
                rule_ids=(),
                join_only=True,
            )
        )
    return found


def _independent_statements(text: str) -> list[regex.Match[str]]:
    """The `_AS_INDEPENDENT` statements of *text*, each searched for only around its keyword.

    The keyword is rare and the statement's verb at most ~110 characters before
    it, so the cost is bounded per keyword instead of a verb alternation tried
    at every character.
    """
    statements: list[regex.Match[str]] = []
    folded = words(text).folded
    keywords = sorted(
        (
            keyword
            for form, literal in _INDEPENDENT_FORMS
            # "no" is written often, "preference" rarely: a form's engine is not run
            # over a text its last word is not written in.
            if folded is None or literal in folded
            for keyword in form.finditer(text)
        ),
        key=lambda keyword: keyword.start(),
    )
    for keyword in keywords:
        window = max(0, keyword.start() - 130)
        if statements and statements[-1].end() > window:
            window = statements[-1].end()
        found = _search_at_heads(text, window, min(len(text), keyword.end() + 12))
        if found is not None and found.end() >= keyword.end():
            statements.append(found)
    return statements


def _search_at_heads(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_AS_INDEPENDENT.search(text, start, end)``, tried only where one of its verbs is written.

    Tried at every character, its alternation of verbs costs tens of
    microseconds per keyword; every match starts with one of its heads.
    """
    folded = words(text).folded
    if folded is None or _AS_INDEPENDENT_HEADS is None:
        return _AS_INDEPENDENT.search(text, start, end)
    for offset in _head_places(folded, _AS_INDEPENDENT_HEADS, start, end):
        found = _AS_INDEPENDENT.match(text, offset, end)
        if found is not None:
            return found
    return None


def _heads(pattern: regex.Pattern[str]) -> tuple[str, ...] | None:
    """The literals every match of *pattern* starts with, less those another one starts."""
    heads = literal_heads(pattern.pattern)
    if heads is None:
        return None
    # Where "sit" is written "sits" may be: it needs no search of its own.
    return tuple(h for h in heads if not any(h != o and h.startswith(o) for o in heads))


def _head_places(folded: str, heads: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where in ``folded[start:end]`` one of *heads* is written, in order.

    *folded* is the text case-folded, as `polevents._text.words` gives it:
    there, a pattern's literal heads match where they matched in the text.
    """
    # Most heads are not written in a window: `in` rules each out in C, without a call.
    window = folded[start:end]
    return sorted(
        {at for head in heads if head in window for at in occurrences(folded, head, start, end)}
    )


_AS_INDEPENDENT_HEADS = _heads(_AS_INDEPENDENT)
# Every match of `_UNREAL` starts where a word does, so none starts inside another's head:
# the heads are found one after another, not overlapping. Nor is one tried right after an
# ASCII letter, digit or "_" ("no" in "know"): in the folded text, such a character stands
# for a word character of the text, and the match's "\b" fails there. (Were the heads
# unreadable, the empty pattern would have it tried at every other place.)
_UNREAL_HEADS = re.compile(
    "(?<![0-9A-Za-z_])(?:" + "|".join(map(re.escape, _heads(_UNREAL) or ())) + ")"
)
_LIST_HEADS = _heads(_LIST_VERB)
_LIST_HEAD_LENGTH = max(map(len, _LIST_HEADS or ("",)))
_INDEPENDENT_RULE = "departures.joined.as_independent"
_INDEPENDENT_WORD = regex.compile(
    r"independents?|non-aligned|no[^\S\n]++party[^\S\n]++preference", regex.IGNORECASE
)
# Its branches apart, for a whole text: each leads with a literal the engine skips to
# (the alternation is tried at every character), and no two of them overlap, so
# together they find what it finds. Each with a literal every match of it holds.
_INDEPENDENT_FORMS = tuple(
    (regex.compile(form, regex.IGNORECASE), literal)
    for form, literal in (
        (r"independents?", "independent"),
        (r"non-aligned", "non-aligned"),
        (r"no[^\S\n]++party[^\S\n]++preference", "preference"),
    )
)
# Which of a person's departures a party joined belongs to: a resignation first.
_JOIN_ORDER = {
    DepartureKind.RESIGNATION: 0,
    DepartureKind.EXPULSION: 1,
    DepartureKind.SUSPENSION: 2,
    DepartureKind.DESELECTION: 3,
}


def _attach_joined(merged: list[_Draft], joins: Sequence[_Draft]) -> list[_Draft]:
    """Give each departure without a party joined the one said of its people elsewhere."""
    for join in sorted(joins, key=lambda j: j.trigger.start):
        candidates = [
            (_JOIN_ORDER[d.kind], position)
            for position, d in enumerate(merged)
            if d.joined is None
            and d.party.name != join.party.name
            and set(d.persons) & set(join.persons)
        ]
        if candidates:
            position = min(candidates)[1]
            merged[position] = attrs.evolve(
                merged[position],
                joined=join.party,
                rule_ids=(*merged[position].rule_ids, *join.rule_ids),
            )
    return merged


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    for draft in drafts:
        for position, kept in enumerate(merged):
            same = (
                kept.kind is draft.kind
                and kept.party.name == draft.party.name
                and (set(kept.persons) & set(draft.persons) or _completes(kept, draft))
            )
            if same:
                persons = tuple(dict.fromkeys((*kept.persons, *draft.persons)))
                sizes = [s for s in (kept.group_size, draft.group_size) if s]
                merged[position] = attrs.evolve(
                    kept,
                    persons=persons,
                    joined=kept.joined or draft.joined,
                    group_size=max(sizes) if sizes else None,
                    triggers=(*kept.triggers, *draft.triggers),
                    rule_ids=tuple(dict.fromkeys((*kept.rule_ids, *draft.rule_ids))),
                )
                break
        else:
            merged.append(draft)
    return merged


def _attach_restatements(
    merged: list[_Draft], restatements: Sequence[_Restatement]
) -> list[_Draft]:
    """Add each retelling's trigger, as a later source of its date, to its people's resignation."""
    for restatement in restatements:
        for position, draft in enumerate(merged):
            if draft.kind is DepartureKind.RESIGNATION and set(draft.persons) & set(
                restatement.persons
            ):
                merged[position] = attrs.evolve(
                    draft, triggers=(*draft.triggers, restatement.trigger)
                )
                break
    return merged


def _completes(kept: _Draft, draft: _Draft) -> bool:
    """Whether one draft names the rest of a group the other counts but names only in part.

    "Ten councillors, including Jo Bloggs, have quit Labour. The others who
    resigned were …": one departure of ten.
    """
    together = len(set(kept.persons) | set(draft.persons))
    return any(
        size is not None and len(persons) < size and together <= size
        for size, persons in ((kept.group_size, kept.persons), (draft.group_size, draft.persons))
    )


def _date(
    text: str, dates: tuple[DateMention, ...], triggers: tuple[Span, ...], published: dt.date | None
) -> DateMention | None:
    """The first date any trigger of the departure governs.

    The sentence that first tells of a departure often has no date ("X has
    quit Labour."), while a later one restating it does ("She left the party
    on Friday").
    """
    if not dates:
        return None
    chosen: DateMention | None = None
    for trigger in triggers:
        found = governing_date(text, dates, trigger, published)
        if found is None:
            continue
        if chosen is None:
            chosen = found
        elif _refines(found, chosen):
            # "This week she quit … 'I resigned on Thursday'": the day, inside the week.
            chosen = found
    return chosen


def _refines(found: DateMention, chosen: DateMention) -> bool:
    """Whether *found* states *chosen*'s date more precisely (a day of its month …)."""
    fine, coarse = found.isoformat(), chosen.isoformat()
    if fine is None or coarse is None:
        return False
    return len(fine) > len(coarse) and fine.startswith(coarse)
