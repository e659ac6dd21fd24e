"""People: named persons, their titles and roles, and the mentions that refer to them.

A name is a run of capitalised words ("Imtiaz Ali", "Neil Duncan-Jordan",
"Siobhan O'Neill"), with titles ("Cllr", "Mr") stripped and kept apart. Words
that are never names in this genre (sentence-initial function words, months,
party and place words, see `polevents.data.people.NOT_NAME_WORDS`), titles and
roles break a run. Runs that name places ("Tower Hamlets Council", "councillor
for Edmonton Green", "Noel Park councillor") are not people.

Full names (two words or more) make the persons; a single word ("Bloggs",
"Cllr Ali", "Mr Iqbal") is a mention of the person whose surname it is, the
latest one named before it, else the first named after. A titled single word
with no full name in the article is a person of its own.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from polevents import _text
from polevents._matching import find_at_heads, scan
from polevents._types import Councillor, Span
from polevents.data.people import NOT_NAME_WORDS
from polevents.rules import Match, RuleSet, Stage

__all__ = ["People", "Person", "PersonMention", "find_people", "name_key"]


@attrs.frozen(kw_only=True)
class Person:
    """One person of the article, under the most complete name it gives."""

    name: str
    title: str | None = None
    spans: tuple[Span, ...] = ()
    # The id of the title rule that gave *title*.
    title_rule_id: str | None = None

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.name.rsplit(" ", 1)[-1]


@attrs.frozen(kw_only=True)
class PersonMention:
    """One mention: the whole span (with title), the name's span, and the person meant.

    *person* indexes `People.persons`; *title* is the normalised title written
    in front of this mention, if any, and *title_rule_id* the rule that found it.
    """

    span: Span
    name_span: Span
    person: int
    title: str | None = None
    title_rule_id: str | None = None


# Not slotted: attrs gives a slotted class with cached properties a __getattr__ hook, which
# makes every attribute read slower, and the stages read these many times per article.
@attrs.frozen(kw_only=True, slots=False)
class People:
    """The persons of an article and every mention of them, in text order.

    *text* and *roles* are the article and its role matches, from which
    `councillor` reads what it says of a person.
    """

    persons: tuple[Person, ...] = ()
    mentions: tuple[PersonMention, ...] = ()
    _text: str = attrs.field(default="", repr=False, alias="text")
    _roles: tuple[Match, ...] = attrs.field(default=(), repr=False, alias="roles")
    _starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    _councillors: dict[int, Councillor] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    @_starts.default
    def _mention_starts(self) -> tuple[int, ...]:
        return tuple(m.span.start for m in self.mentions)

    def councillor(self, index: int) -> Councillor:
        """The person at *index*, with the role, ward and council the article gives them.

        Read on first asking, and kept: only departures need them, and only for
        their own people, so most persons of an article are never described
        (and an article with no departure has its wards and councils never searched).
        """
        described = self._councillors.get(index)
        if described is None:
            described = self._councillors[index] = self._describe(index)
        return described

    def _describe(self, index: int) -> Councillor:
        person = self.persons[index]
        own = [m for m in self.mentions if m.person == index]
        mentions = (self.mentions, self._starts)
        role = _role(self._text, own, self._roles, self._role_offsets, mentions)
        # Rule ids are unique across a rule set, so the title's and the role's never repeat.
        rule_ids = tuple(
            rule_id
            for rule_id in (person.title_rule_id, role.rule_id if role else None)
            if rule_id is not None
        )
        return Councillor(
            name=person.name,
            title=person.title,
            role=role.label if role else None,
            ward=_nearest(self._text, own, self._ward_places, mentions),
            council=_council(_nearest(self._text, own, self._council_places, mentions)),
            spans=person.spans,
            rule_ids=rule_ids,
        )

    # Sorted offsets, so each lookup in `_describe` is a bisection.
    @functools.cached_property
    def _role_offsets(self) -> tuple[list[int], list[int]]:
        return [r.span.start for r in self._roles], [r.span.end for r in self._roles]

    @functools.cached_property
    def _ward_places(self) -> _Located:
        return _located(_wards(self._text))

    @functools.cached_property
    def _council_places(self) -> _Located:
        return _located(_places(_councils(self._text), "council"))

    def person_at(self, offset: int) -> int | None:
        """The person mentioned at character *offset*, if a mention covers it."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.mentions[index].span.end:
            return self.mentions[index].person
        return None

    def mention_before(self, offset: int) -> PersonMention | None:
        """The last mention that ends at or before *offset* (for pronouns)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        while index >= 0:
            mention = self.mentions[index]
            if mention.span.end <= offset:
                return mention
            index -= 1
        return None

    def mentions_in(self, start: int, end: int) -> tuple[PersonMention, ...]:
        """The mentions lying wholly inside ``[start, end)``, in text order."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return tuple(m for m in self.mentions[first:last] if m.span.end <= end)

    def resolve(self, name: str) -> int | None:
        """The person a written name refers to: the full name, or a (titled) surname.

        >>> people = People(persons=(Person(name="Imtiaz Ali"),))
        >>> people.resolve("Cllr Ali"), people.resolve("Imtiaz Ali"), people.resolve("Smith")
        (0, 0, None)
        """
        words = [w for w in name_key(name).split() if w not in _TITLE_WORDS]
        if not words:
            return None
        key = " ".join(words)
        for index, person in enumerate(self.persons):
            if name_key(person.name) == key:
                return index
        for index, person in enumerate(self.persons):
            person_words = name_key(person.name).split()
            if person_words[-1] == words[-1] and (
                len(words) == 1 or person_words[0][0] == words[0][0]
            ):
                return index
        return None


def name_key(name: str) -> str:
    """A name folded for comparison: accents, case and apostrophes ignored.

    >>> name_key("Siobhán  O’Neill")
    "siobhan o'neill"
    """
    if name.isascii():
        return " ".join(name.casefold().split())  # nothing to decompose or straighten
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("’", "'").casefold().split())


# Case-folded titles, so `resolve` can take "Cllr Ali" as well as "Ali".
_TITLE_WORDS = frozenset(
    [
        "cllr",
        "cllr.",
        "councillor",
        "coun",
        "cr",
        "clr",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "mx",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
        "baroness",
        "prof",
        "professor",
        "rev",
    ]
)

# Unicode classes are written in brackets, even alone, so `_ascii_source` can rewrite them.
_GAP = r"[^\S\n]++"
_WORD_REST = (
    r"[\p{Ll}\p{Lu}\p{M}]*+(?:-[\p{Lu}][\p{Ll}\p{Lu}\p{M}]*+){0,3}(?:['’][\p{L}][\p{L}\p{M}]*+)?"
)
_INITIAL_REST = r"\.(?=[^\S\n]++[\p{Lu}])"
_WORD = rf"[\p{{Lu}}]{_WORD_REST}"
_INITIAL = rf"[\p{{Lu}}]{_INITIAL_REST}"
_PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|le|la|bin|ibn|al|el|ap|dos|das)"
# The same particles as a tree of their letters, which the engines try faster than the list.
# Only for the runs: there a particle is all letters and must be followed by a gap, so at
# most one of "de", "del" and "della" fits at a place, and the order of the branches cannot
# change a match (`_TOKEN` keeps the list, whose order it reads "della" by).
_RUN_PARTICLE = r"(?:d(?:el(?:la)?|e[nr]?|[aiu]|[ao]s)|l[ae]|v[ao]n|bin|ibn|[ae]l|ap)"
_NICKNAME = r"['‘\"“][\p{Lu}][\p{L}\p{M}]*+['’\"”]"

# A run of capitalised words, possibly with particles ("van der") and a quoted
# nickname ("Altaf 'Tiger' Patel"); bounded, possessive, so it stays linear.
# It opens with its capital, and only then looks back for a letter before it,
# so an engine that can skip straight to the next capital does.
_SEQUENCE_SOURCE = (
    rf"[\p{{Lu}}](?<![\p{{L}}\p{{M}}\d'’-][\p{{Lu}}])(?:{_WORD_REST}|{_INITIAL_REST})"
    rf"(?:{_GAP}(?:{_RUN_PARTICLE}{_GAP}|{_NICKNAME}{_GAP})?(?:{_WORD}|{_INITIAL})){{0,7}}+"
)
_SEQUENCE = regex.compile(_SEQUENCE_SOURCE, regex.VERSION1)
_TOKEN = regex.compile(rf"{_NICKNAME}|{_WORD}|{_INITIAL}|{_PARTICLE}", regex.VERSION1)


def _ascii_source(source: str) -> str:
    """*source* with its Unicode classes cut to ASCII, for the standard library's engine.

    Only the classes inside brackets are rewritten: the result says the same
    as *source* on a text whose every letter, mark and digit is ASCII.
    """
    for name, ascii_class in (
        (r"\p{Lu}", "A-Z"),
        (r"\p{Ll}", "a-z"),
        (r"\p{L}", "a-zA-Z"),
        (r"\p{M}", ""),
        (r"\d", "0-9"),
    ):
        source = source.replace(name, ascii_class)
    return source


# The standard library's engine finds the runs about twice as fast: it skips
# straight to the next capital, where `regex` tries the pattern at every character.
_SEQUENCE_ASCII = re.compile(_ascii_source(_SEQUENCE_SOURCE))
# Bytes of the characters both engines class alike whatever the text; the two
# differ on the separators U+001C to U+001F, which `re` takes for spaces.
_ALIKE_BYTES = bytes(range(0x1C)) + bytes(range(0x20, 0x80))
# Characters outside those bytes that only the Unicode pattern reads right.
_UNICODE_ONLY = regex.compile(r"[\p{L}\p{M}\d\x1c-\x1f]", regex.VERSION1)


def _sequences(text: str) -> Iterator[re.Match[str]] | Iterator[regex.Match[str]]:
    """The runs of capitalised words in *text*: what ``_SEQUENCE.finditer(text)`` finds."""
    # Its characters outside ASCII, found by dropping ASCII from its encoding, all at C speed.
    others = (
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ALIKE_BYTES)
        .decode("utf-8", "surrogatepass")
    )
    if _UNICODE_ONLY.search(others) is None:
        return _SEQUENCE_ASCII.finditer(text)
    return _SEQUENCE.finditer(text)


# What follows a run that makes it a place, in one pattern so a run costs one
# match: words after it ("Tower Hamlets Council", "Noel Park councillor", "Old
# Town ward", "Peterborough Green Party"), or an office and another name
# ("York Central MP Hugh Bayley").
_PLACE_AFTER = regex.compile(
    r"[^\S\n]*+(?:['’]s[^\S\n]++)?(?i:council|councillors?|cllrs?|ward|borough|party|branch|"
    r"constituency|division|district|county|city|group|association|seat|"
    # Organisations: "Eastfield Parks Trust", "Community Safety Partnership".
    r"trust|partnership|foundation|society|committee|board|authority|commission|"
    r"university|college|school|hospital|club|community|centre|center|forum|network)\b"
    r"|[^\S\n]++(?:MP|MSP|MS|MLA|TD|AM|MEP|(?i:mayor|leader))[^\S\n]++\p{Lu}",
    regex.VERSION1,
)
# "councillor for Edmonton Green", "MP for Stevenage Kevin Bonavia", "in Tower Hamlets":
# the words just before a run that make it a place.
_LOCATIVES = frozenset(["in", "at", "across", "near", "throughout", "around", "outside", "within"])
_PLACE_LINKS = frozenset(["for", "of", "in", "on"])
_PLACE_HOLDERS = frozenset(
    [
        "councillor",
        "councillors",
        "councilor",
        "councilors",
        "mp",
        "mps",
        "msp",
        "msps",
        "mla",
        "mlas",
        "member",
        "members",
        "representative",
        "representatives",
        "candidate",
        "candidates",
        "ward",
        "seat",
        "represent",
        "represents",
        "represented",
        "representing",
        "stood",
        "standing",
        "group",
        "council",
    ]
)


def _after_place_words(text: str, start: int) -> bool:
    # Only the last three words are read: the rest is left unsplit.
    before = text[max(0, start - 40) : start].lower().replace(",", " ").rsplit(None, 3)
    if before and before[-1] == "the":
        before.pop()
    if not before:
        return False
    if before[-1] in _LOCATIVES:
        return True
    return len(before) > 1 and before[-1] in _PLACE_LINKS and before[-2] in _PLACE_HOLDERS


# Titles whose single-word mentions name a first name ("Sir Keir").
_FIRST_NAME_TITLES = frozenset({"Sir", "Dame"})

_PLACE = r"\p{Lu}[\p{Ll}\p{M}’'-]*+(?:[^\S\n]++(?:(?:and|upon|with|under|in|le)[^\S\n]++)?\p{Lu}[\p{Ll}\p{M}’'-]*+){0,4}+"
# Each pattern with its heads: what every match starts with (after a lookbehind), in any case.
_WARD_AFTER = tuple(
    (regex.compile(source.replace("{place}", _PLACE), regex.VERSION1 | regex.IGNORECASE), heads)
    for source, heads in (
        (
            r"councill?ors?[^\S\n]++(?:for|of)[^\S\n]++(?:the[^\S\n]++)?(?-i:(?P<ward>{place}))",
            ("councillor", "councilor"),
        ),
        (
            r"represent(?:s|ed|ing)?+[^\S\n]++(?:the[^\S\n]++)?(?-i:(?P<ward>{place}))",
            ("represent",),
        ),
        (r"ward[^\S\n]++of[^\S\n]++(?-i:(?P<ward>{place}))", ("ward",)),
    )
)
# Words a ward's name is written before: "Hillside ward", "Hillside councillor".
# Each pattern with the words it matches: a whole word, after a space.
_WARD_KEYWORDS = tuple(
    (regex.compile(source, regex.VERSION1 | regex.IGNORECASE), words)
    for source, words in (
        (r"(?<=\S[^\S\n]++)ward\b", ("ward",)),
        (r"(?<=\S[^\S\n]++)councill?or\b(?!s)", ("councillor", "councilor")),
    )
)
_PLACE_AT_END = regex.compile(rf"(?P<ward>{_PLACE})[^\S\n]++$", regex.VERSION1)
# Not possessive: the place must give back "City" and "Council" to the words after it.
_PLACE_BEFORE_COUNCIL = _PLACE.removesuffix("+")
_COUNCIL = regex.compile(
    rf"(?P<council>{_PLACE_BEFORE_COUNCIL}[^\S\n]++(?:(?i:metropolitan[^\S\n]++borough|borough|city|county|district|"
    rf"town|parish|unitary)[^\S\n]++)?(?i:council))(?!\w)",
    regex.VERSION1,
)
# What a council's name cannot hold: it ends any stretch of text one may lie in.
_NOT_IN_COUNCIL = regex.compile(r"[^\p{L}\p{M}’'\-\s]|\n", regex.VERSION1)
_NOT_IN_COUNCIL_BEFORE = regex.compile(_NOT_IN_COUNCIL.pattern, regex.VERSION1 | regex.REVERSE)
# Leading words a ward or council pattern may sweep in but that are not part of it.
_GEOGRAPHIC = frozenset(
    [
        "North",
        "South",
        "East",
        "West",
        "Central",
        "Upper",
        "Lower",
        "Great",
        "Greater",
        "Old",
        "New",
        "Mid",
        "St",
        "Saint",
        "Royal",
        "Market",
        "Borough",
        "City",
        "County",
        "District",
        "Town",
        "Parish",
        "Metropolitan",
    ]
)
_SENTENCE_END = regex.compile(r"[.!?](?=[\s\"”’')\]]|$)|\n")


class _Run(NamedTuple):
    """A candidate name: its words, where it is, and the title written before it.

    A named tuple, not an attrs value: an article makes dozens and reads each once.
    """

    words: tuple[str, ...]
    start: int
    end: int
    title: Match | None


def find_people(text: str, rules: RuleSet) -> People:
    """The named persons of *text*, with mentions linked (Cllr Ali → Imtiaz Ali)."""
    titles = scan(text, rules, Stage.TITLES)
    roles = scan(text, rules, Stage.ROLES)
    runs = _runs(text, titles, roles)
    persons, person_of = _link(runs)
    if not persons:
        return People()
    mentions = []
    # Each person's name spans, and the first of their mentions with a title, in one pass.
    spans: list[list[Span]] = [[] for _ in persons]
    titled: list[PersonMention | None] = [None] * len(persons)
    for run, person in zip(runs, person_of, strict=True):
        if person is None:
            continue
        mention = _mention(run, person)
        mentions.append(mention)
        spans[person].append(mention.name_span)
        if mention.title and titled[person] is None:
            titled[person] = mention
    described = tuple(
        Person(
            name=name,
            title=first.title if first else None,
            spans=tuple(own),
            title_rule_id=first.title_rule_id if first else None,
        )
        for name, own, first in zip(persons, spans, titled, strict=True)
    )
    return People(persons=described, mentions=tuple(mentions), text=text, roles=roles)


def _mention(run: _Run, person: int) -> PersonMention:
    name_span = Span(run.start, run.end)
    if run.title is None:
        return PersonMention(span=name_span, name_span=name_span, person=person)
    return PersonMention(
        span=Span(run.title.span.start, run.end),
        name_span=name_span,
        person=person,
        title=run.title.label,
        title_rule_id=run.title.rule_id,
    )


def _runs(text: str, titles: tuple[Match, ...], roles: tuple[Match, ...]) -> list[_Run]:
    title_at = _title_at(text, titles)
    # A list, not a generator, for `sorted`: it is built without resuming a frame per item.
    covered = sorted([(m.span.start, m.span.end) for m in (*titles, *roles)])
    # Where each title or role starts, and the furthest any of them reaches by then. A word
    # touches none when all that start before its end have ended by its start: that rules
    # out most words without the bisection of `_inside` (which alone decides, so a word let
    # through by this glance is still read exactly).
    covered_starts = [start for start, _ in covered]
    reach = list(itertools.accumulate([end for _, end in covered], max))
    runs: list[_Run] = []
    for sequence in _sequences(text):
        group = sequence.group()
        if group in NOT_NAME_WORDS:
            continue  # most runs are one sentence-initial word: "The", "He", "Labour"
        items = group.split()
        if len(items) == 1:
            # One word: no particle to trim, no place to test (that is for longer names).
            start = sequence.start()
            bare, breaks = _token(group)
            end = start + len(group)
            first = bisect.bisect_left(covered_starts, end)
            if not (
                breaks or (first > 0 and reach[first - 1] > start and _inside(covered, start, end))
            ):
                runs.append(_Run((bare,), start, start + len(bare), title_at.get(start)))
            continue
        if _NEVER_IN_NAMES.issuperset(items):
            continue  # "Labour Party", "Deputy Chair": every word breaks a name
        # Most runs touch no title or role at all: then no word of theirs needs `_inside`.
        first = bisect.bisect_left(covered_starts, sequence.end())
        touches = first > 0 and reach[first - 1] > sequence.start()
        # The current name's words, without possessive endings, and where each starts.
        name_words: list[str] = []
        starts: list[int] = []
        for word, start in _tokens(text, sequence, items):
            bare, breaks = _token(word)
            if breaks or (touches and _inside(covered, start, start + len(word))):
                if name_words:
                    _close(text, name_words, starts, title_at, runs)
                    name_words, starts = [], []
                continue
            if not name_words and word[0].islower():
                continue  # a particle cannot start a name
            name_words.append(bare)
            starts.append(start)
            if bare != word:
                # "Bloggs's allies": the name ends here.
                _close(text, name_words, starts, title_at, runs)
                name_words, starts = [], []
        if name_words:
            _close(text, name_words, starts, title_at, runs)
    return runs


_NICKNAME_QUOTES = "'‘\"“"


def _tokens(
    text: str, sequence: re.Match[str] | regex.Match[str], items: list[str]
) -> list[tuple[str, int]]:
    """The words and particles of a run of capitalised words, split at whitespace, with offsets.

    A nickname inside a name is not part of the name, and is left out.
    """
    group = sequence.group()
    offset = sequence.start()
    tokens = []
    at = 0
    for item in items:
        if item[0].islower():
            # `_TOKEN` takes the first particle that fits, so it may cut a longer one
            # in two ("della" → "de", "la"); names with particles keep that reading.
            return [
                (token.group(), token.start())
                for token in _TOKEN.finditer(text, sequence.start(), sequence.end())
                if token.group()[0] not in _NICKNAME_QUOTES
            ]
        at = group.index(item, at)
        if item[0] not in _NICKNAME_QUOTES:
            tokens.append((item, offset + at))
        at += len(item)
    return tokens


@functools.lru_cache(maxsize=4096)
def _token(word: str) -> tuple[str, bool]:
    """*word* without a possessive ending, and whether it breaks a name.

    Memoised: an article repeats its names and its capitalised common words.
    """
    bare = _bare(word)
    return bare, bare in NOT_NAME_WORDS or (len(bare) > 1 and bare.isupper())


def _bare(word: str) -> str:
    """*word* without a possessive ending: "Bloggs's", "Jones'" → "Bloggs", "Jones"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


# Words that break a name however they are read: not a particle, nickname or possessive, and in
# `NOT_NAME_WORDS`. A run of nothing else names no one, and is not read word by word.
_NEVER_IN_NAMES = frozenset(
    word
    for word in NOT_NAME_WORDS
    if not word[0].islower() and word[0] not in _NICKNAME_QUOTES and _bare(word) == word
)


def _inside(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_right(covered, (start, end)) - 1
    return index >= 0 and covered[index][0] <= start and end <= covered[index][1]


def _title_at(text: str, titles: tuple[Match, ...]) -> dict[int, Match]:
    """The title written just before a name that would start at an offset, by that offset.

    A name starts one to three characters after its title, past spaces, tabs
    and dots; the nearest title wins.
    """
    found: dict[int, Match] = {}
    for title in titles:
        end = title.span.end
        offset = end
        for char in text[end : end + 3]:
            if char not in " .\t":
                break
            offset += 1
            # The nearest title is the one ending last; of two ending alike, the first.
            nearest = found.setdefault(offset, title)
            if nearest.span.end < end:
                found[offset] = title
    return found


def _close(
    text: str,
    name_words: list[str],
    starts: list[int],
    title_at: dict[int, Match],
    runs: list[_Run],
) -> None:
    while name_words and name_words[-1][0].islower():
        name_words.pop()  # a trailing particle belongs to no name
        starts.pop()
    if not name_words:
        return
    start, end = starts[0], starts[-1] + len(name_words[-1])
    title = title_at.get(start)
    if title is None and len(name_words) > 1:
        if _PLACE_AFTER.match(text, end):
            return
        if _after_place_words(text, start):
            if len(name_words) < 3:
                return
            name_words = name_words[1:]  # "MP for Stevenage Kevin Bonavia": the place comes first
            start = starts[1]
    runs.append(_Run(tuple(name_words), start, end, title))


def _link(runs: list[_Run]) -> tuple[list[str], list[int | None]]:
    """Names of the persons, and the person each run mentions (None if it names no one)."""
    # The words of each person's most complete name, and its person by the keys of its ends.
    names: list[tuple[str, ...]] = []
    by_ends: dict[tuple[str, str], int] = {}
    person_of: list[int | None] = []
    # Where each person's full names are, in text order, for `_closest`.
    full_starts: dict[int, list[int]] = {}
    singles: list[tuple[int, str]] = []
    for position, run in enumerate(runs):
        core = _core(run.words)
        if len(core) == 1:
            singles.append((position, core[0]))
            person_of.append(None)  # known once every full name is
            continue
        key = (_word_key(core[0]), _word_key(core[-1]))
        index = by_ends.get(key)
        if index is None:
            index = len(names)
            by_ends[key] = index
            names.append(run.words)
        elif len(run.words) > len(names[index]):
            names[index] = run.words  # the most complete form
        full_starts.setdefault(index, []).append(run.start)
        person_of.append(index)
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        by_last.setdefault(_word_key(_core(name)[-1]), []).append(index)
        by_first.setdefault(_word_key(name[0]), []).append(index)
    for position, single in singles:
        run = runs[position]
        word = _word_key(single)
        candidates = by_last.get(word, [])
        if not candidates and run.title is not None and run.title.label in _FIRST_NAME_TITLES:
            candidates = by_first.get(word, [])
        if candidates:
            person_of[position] = _closest(run, candidates, full_starts)
        elif run.title is not None:
            names.append(run.words[:1])
            by_last.setdefault(word, []).append(len(names) - 1)
            by_first.setdefault(word, []).append(len(names) - 1)
            person_of[position] = len(names) - 1
    return [" ".join(name) for name in names], person_of


# `name_key` of one word, memoised: an article writes its names again and again.
_word_key = functools.lru_cache(maxsize=4096)(name_key)


# Generational suffixes: "Frank Bloggs Jnr" and "Bloggs Jnr" are one person.
_SUFFIXES = frozenset(["Jnr", "Jr", "Snr", "Sr", "Junior", "Senior", "II", "III"])


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without a trailing generational suffix."""
    return words[:-1] if len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES else words


def _closest(run: _Run, candidates: list[int], full_starts: dict[int, list[int]]) -> int:
    """The candidate named last before *run*, else the first named after it."""
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None
    for index in candidates:
        starts = full_starts.get(index, [])
        position = bisect.bisect_left(starts, run.start)
        if position and (before is None or starts[position - 1] > before[0]):
            before = (starts[position - 1], index)
        if starts and (after is None or starts[0] < after[0]):
            after = (starts[0], index)
    if before is not None:
        return before[1]
    return after[1] if after is not None else candidates[0]


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Whether no sentence ends between offsets *a* and *b*.

    Only offsets near a mention are asked about, so the text between them is
    searched (up to its first sentence end) rather than every sentence end
    found up front. The search reaches one character past, for the end's
    lookahead to see it.
    """
    low, high = min(a, b), max(a, b)
    end = _SENTENCE_END.search(text, low, high + 1)
    return end is None or end.start() >= high


_ROLE_GAP_BEFORE = regex.compile(r"[^.!?;:\"“”\n]{0,40}", regex.VERSION1)
_ROLE_GAP_AFTER = regex.compile(
    r"[^\S\n]*+,[^\S\n]*+(?:(?:who|and)[^\S\n]++(?:is|was|has[^\S\n]++been)[^\S\n]++)?[^.!?;:\"“”,\n]{0,50}",
    regex.VERSION1,
)


# Mentions in text order, with their start offsets.
_Sorted = tuple[tuple[PersonMention, ...], Sequence[int]]


def _role(
    text: str,
    own: list[PersonMention],
    roles: tuple[Match, ...],
    role_offsets: tuple[list[int], list[int]],
    mentions: _Sorted,
) -> Match | None:
    """The role match written next to the first mention that has one."""
    role_starts, role_ends = role_offsets
    for mention in own:
        start = mention.name_span.start
        before = roles[
            bisect.bisect_left(role_ends, start - 45) : bisect.bisect_right(role_ends, start)
        ]
        for found in reversed(before):
            gap = text[found.span.end : start]
            if _ROLE_GAP_BEFORE.fullmatch(gap) and not _mentions_between(
                mentions, found.span.end, start
            ):
                return found
        after = roles[
            bisect.bisect_left(role_starts, mention.span.end) : bisect.bisect_right(
                role_starts, mention.span.end + 70
            )
        ]
        for found in after:
            gap = text[mention.span.end : found.span.start]
            if _ROLE_GAP_AFTER.fullmatch(gap) and not _mentions_between(
                mentions, mention.span.end, found.span.start
            ):
                return found
    return None


def _mentions_between(mentions: _Sorted, start: int, end: int) -> bool:
    # Mentions do not overlap: the first one starting at *start* or later decides.
    found, starts = mentions
    index = bisect.bisect_left(starts, start)
    return index < len(found) and found[index].span.end <= end


def _wards(text: str) -> list[tuple[Span, str]]:
    found = [m for pattern, heads in _WARD_AFTER for m in find_at_heads(text, pattern, heads)]
    for keyword, keyword_words in _WARD_KEYWORDS:
        for hit in find_at_heads(text, keyword, keyword_words, frozenset(keyword_words)):
            place = _place_before(text, hit.start())
            if place is not None:
                found.append(place)
    return sorted(_places(found, "ward"), key=lambda item: item[0].start)


def _place_before(text: str, end: int) -> regex.Match[str] | None:
    """What ``_PLACE_AT_END.search(text, max(0, end - 60), end)`` finds: a place just before *end*."""
    start = max(0, end - 60)
    # The place's last word is a capital and then lower case, marks, hyphens and apostrophes,
    # so the last word before *end* holds a capital: where it has none ("a councillor", "the
    # ward") there is nothing to find, and no search (`regex` tries each of sixty characters).
    last = text[start:end].rsplit(None, 1)
    if not last or last[-1].islower():
        return None
    return _PLACE_AT_END.search(text, start, end)


def _councils(text: str) -> list[regex.Match[str]]:
    """What ``_COUNCIL.finditer(text)`` finds, searching only around the word "council".

    Every match ends in that word and lies in a stretch of letters, marks,
    apostrophes, hyphens and spaces within a line: the regex is run over the
    stretches that hold the word (and one character past, for its lookahead),
    not over the whole text, which costs several times as much.
    """
    at = _text.words(text).at
    if at is None:
        return list(_COUNCIL.finditer(text))
    found: list[regex.Match[str]] = []
    searched = -1
    for offset in at.get("council", ()):
        if offset < searched:
            continue  # in the stretch searched for an earlier one
        if not _may_end_council(text, offset):
            continue  # a later "council" of its stretch searches it all
        before = _NOT_IN_COUNCIL_BEFORE.search(text, 0, offset)
        after = _NOT_IN_COUNCIL.search(text, offset)
        searched = after.start() if after is not None else len(text)
        found.extend(_COUNCIL.finditer(text, before.end() if before else 0, searched + 1))
    return found


# The words a council's kind is written with ("city", "borough") when in lower case.
_COUNCIL_KINDS = frozenset(["borough", "city", "county", "district", "town", "parish", "unitary"])


def _may_end_council(text: str, offset: int) -> bool:
    """Whether a match of `_COUNCIL` can end in the word "council" at *offset*.

    The word before it (past spaces) is the place's last, which holds a capital,
    or the council's kind. Only a whole ASCII word in lower case that is no kind
    rules it out: "the council", "a council" (most of the council words written).
    """
    before = text[max(0, offset - 40) : offset].rsplit(None, 1)
    if len(before) < 2:
        return True  # the word may begin before the forty characters
    word = before[1]
    return not (word.isascii() and word.islower()) or word in _COUNCIL_KINDS


def _places(matches: Iterable[regex.Match[str]], group: str) -> list[tuple[Span, str]]:
    found = []
    for match in matches:
        place_words = match.group(group).split()
        while (
            place_words and place_words[0] in NOT_NAME_WORDS and place_words[0] not in _GEOGRAPHIC
        ):
            place_words.pop(0)
        if len(place_words) > (1 if group == "council" else 0):
            found.append((Span(match.start(group), match.end(group)), " ".join(place_words)))
    return found


# Places (wards or councils) in text order, and where each starts.
_Located = tuple[list[tuple[Span, str]], list[int]]


def _located(places: list[tuple[Span, str]]) -> _Located:
    return places, [span.start for span, _ in places]


# How far before a mention a place may start and still end within 120 characters of it.
_PLACE_REACH = 400


def _nearest(
    text: str,
    own: Iterable[PersonMention],
    located: _Located,
    mentions: _Sorted,
) -> str | None:
    """The place written closest to a mention, in its sentence, with no other person between.

    A place before the mention that another person's apposition or relative
    clause states is that person's only (see `_told_of_another`). *located*
    is the places in text order and their start offsets.
    """
    best: tuple[int, str] | None = None
    places, starts = located
    if not places:
        return None
    for mention in own:
        first = bisect.bisect_left(starts, mention.span.start - _PLACE_REACH)
        last = bisect.bisect_right(starts, mention.span.end + 120)
        for span, name in places[first:last]:
            if span.start >= mention.span.end:
                distance, low, high = span.start - mention.span.end, mention.span.end, span.start
            elif span.end <= mention.span.start:
                distance, low, high = mention.span.start - span.end, span.end, mention.span.start
            else:
                continue
            if distance > 120 or not _same_sentence(text, low, high):
                continue
            if _mentions_between(mentions, low, high):
                continue
            if high == mention.span.start and _told_of_another(text, mentions, mention, span):
                continue
            if best is None or distance < best[0]:
                best = (distance, name)
        if best is not None:
            return best[1]
    return None


# A comma straight after a name opens an apposition or a relative clause about that person.
_OPENS_ASIDE = regex.compile(r"[^\S\n]*+,", regex.VERSION1)


def _told_of_another(text: str, mentions: _Sorted, mention: PersonMention, place: Span) -> bool:
    """Whether *place*, before *mention*, is said of an earlier person in an aside closed before it.

    "Cllr Jane Doe, who represents Hillside ward, and Cllr Tom Smith left":
    Hillside is Jane Doe's ward, not Tom Smith's. A place stated for a group
    before its names ("councillors on Eastfield Borough Council, Jane Doe
    and Tom Smith") follows no name, so it still counts.
    """
    found, starts = mentions
    index = bisect.bisect_right(starts, place.start) - 1
    if index < 0:
        return False
    other = found[index]
    return (
        other.person != mention.person
        and other.span.end <= place.start
        and _same_sentence(text, other.span.end, place.start)
        and _OPENS_ASIDE.match(text, other.span.end, place.start) is not None
        and "," in text[place.end : mention.span.start]
    )


def _council(name: str | None) -> str | None:
    # "Eastfield city council" is written as the council's proper name.
    if name is None:
        return None
    return " ".join(w[0].upper() + w[1:] if w.islower() and len(w) > 3 else w for w in name.split())
