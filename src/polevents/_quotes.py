"""Direct quotations and who said them.

`polevents._quotemarks` pairs the quotation marks; this module decides which
quotations report speech (three words or more; not a title, a slogan or a
scare quote) and who said each, with an ordered sieve of attribution rules.
The first rule that finds an attribution decides, even when the source it
finds is an unnamed collective ("the group said", "a Labour source said"),
which leaves the speaker ``None`` rather than letting a later rule guess.

==========================================  ==============================================
rule id                                     attribution
==========================================  ==============================================
``quotes.attribution.after_verb``           ``“…,” Jo Bloggs said`` / ``“…,” he added``
``quotes.attribution.after_inverted``       ``“…,” said Jo Bloggs, a Labour councillor``
``quotes.attribution.according_to``        ``“…”, according to the council``
``quotes.attribution.sign_off``             ``“…” – Cllr Jo Bloggs`` at the end of a paragraph
``quotes.attribution.before_verb``          ``Jo Bloggs said: “…`` / ``she said he was “…”``
``quotes.attribution.colon_lead_in``        a paragraph ending ``He said:`` before the quote
``quotes.attribution.continuation``         later paragraphs of a multi-paragraph quote
``quotes.attribution.same_sentence``        a quote sharing its sentence with an attributed one
``quotes.attribution.sentence_subject``     ``Khamis called it “the last straw”``
``quotes.attribution.lead_in_paragraph``    a quote after a paragraph saying who speaks
``quotes.attribution.floating``             a quote paragraph with no attribution at all
==========================================  ==============================================

How the speaker was then resolved adds one more id: ``quotes.attribution.pronoun``
(he, she, "the councillor" → the person meant), ``quotes.attribution.surname``
(Cllr Ali → Imtiaz Ali) or ``quotes.attribution.organisation``. The id of the
reporting-verb rule (stage ``verbs``) that was the cue comes last.

Every search runs in a bounded window around a quote, so the stage stays linear
in the length of the text whatever it holds.
"""

from __future__ import annotations

import bisect
import collections
import enum
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from polevents._people import People
from polevents._quotemarks import Quotation, Range, find_quotations, paragraph_spans, positions
from polevents._text import words
from polevents._types import Party, Quote, Span
from polevents.rules import PatternRule, RuleSet, Stage

__all__ = ["find_quotes"]

AFTER_VERB = "quotes.attribution.after_verb"
AFTER_INVERTED = "quotes.attribution.after_inverted"
ACCORDING_TO = "quotes.attribution.according_to"
SIGN_OFF = "quotes.attribution.sign_off"
BEFORE_VERB = "quotes.attribution.before_verb"
COLON_LEAD_IN = "quotes.attribution.colon_lead_in"
CONTINUATION = "quotes.attribution.continuation"
SAME_SENTENCE = "quotes.attribution.same_sentence"
SENTENCE_SUBJECT = "quotes.attribution.sentence_subject"
LEAD_IN_PARAGRAPH = "quotes.attribution.lead_in_paragraph"
FLOATING = "quotes.attribution.floating"
PRONOUN = "quotes.attribution.pronoun"
SURNAME = "quotes.attribution.surname"
ORGANISATION = "quotes.attribution.organisation"

_MIN_WORDS = 3
# How far from a quote its attribution may be looked for, in characters.
_WINDOW = 300
_AFTER_WINDOW = 160
# How many sentences back a pronoun may find the person it means.
_PRONOUN_REACH = 15

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]++(?:['’\-][\p{L}\p{M}\p{N}]++)*+")
# A token is a word (with a full stop it may end with) or one other character. The pattern
# is a group, so that `split` gives the tokens with what lies between them (see `_tokens`).
_TOKEN = regex.compile(
    r"([\p{L}\p{M}\p{N}]++(?:['’\-.][\p{L}\p{M}\p{N}]++)*+\.?|[^\s\p{L}\p{M}\p{N}])"
)
# `_WORD` and `_TOKEN` restricted to ASCII, where the standard library's engine finds the
# same matches at a fraction of the cost: most quotes, and nearly every window an
# attribution is looked for in, are ASCII.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]++(?:['\-][A-Za-z0-9]++)*+")
_ASCII_TOKEN = re.compile(r"([A-Za-z0-9]++(?:['\-.][A-Za-z0-9]++)*+\.?|[^\t\n\v\f\r A-Za-z0-9])")
_NAME_CHARS = regex.compile(r"[\p{L}\p{M}'’.\-]++")
_PARTICLES = frozenset(
    {"de", "da", "di", "van", "von", "der", "den", "du", "la", "le", "bin", "al", "ibn"}
)
# Abbreviations written with a full stop that are not titles: suffixes, Saint, number.
# Titles written with one come from the RuleSet's title rules.
_SUFFIX_ABBREVIATIONS = ("Jnr", "Jr", "Snr", "Sr", "St")
_OTHER_ABBREVIATIONS = ("No", "Gov")
_COUNCIL = regex.compile(r"(?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}'’\-]*+[ \t]++){1,5}Council\b")
_SLOGAN_CUE = regex.compile(
    r"\b(?:banners?|slogans?|placards?|signs?|chants?|hashtags?|mottos?|headlines?|titled|entitled|"
    r"headlined|dubbed|nicknamed|known\s+as|the\s+words|the\s+phrase|the\s+title|reading)\W{0,3}$",
    regex.IGNORECASE,
)
# Every slogan cue holds one of these, case-folded; looking for them first costs a fraction
# of the search. (Case-insensitive matching equates ſ with s and K with k, as folding does.)
_SLOGAN_HINTS = (
    "banner",
    "slogan",
    "placard",
    "sign",
    "chant",
    "hashtag",
    "motto",
    "headline",
    "title",
    "dubbed",
    "nicknamed",
    "known",
    "words",
    "phrase",
    "reading",
)
_WORD_CHARS = regex.compile(r"\w++")
# The punctuation that ends a sentence (a full stop, an ellipsis, …).
_SENTENCE_END_CHARACTERS = ".!?…"
_ACCORDING_TO = regex.compile(r"\baccording\s++to\b", regex.IGNORECASE)
# The standard library's `re` compiles the patterns here that name every character they
# take (no \s, \w, \b or case folding): such a pattern matches alike in both engines, and a
# call to `re` costs about half as much.
_SIGN_OFF_LEAD = re.compile(r"[ \t]*+(?:[-–—]++[ \t]*+)?+")
_AFTER_LEAD = re.compile(r"[ \t]*+(?:,[ \t]*+)?+")
_AGE = regex.compile(r"\d+-year-old")
_CLAUSE_END = re.compile(r"[.!?\"“”‘’«»]")
# Punctuation a title does not hold.
_TITLE_BREAK = re.compile(r"[.,;:!?]")
_SIGN_OFF_REST = regex.compile(r"\s*+(?:,[^.!?\n\"“”]{0,80}+)?+[.]?\s*+")
# What may stand between an attribution and the second part of a quote it splits.
_JOINER = regex.compile(r"[\s,.;:—–-]*+")
_TAIL = re.compile(r"[^.!?\n\"“”‘’«»]{0,80}+(?:[.!?,;:]|$)")

_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness", "smt"})
_MALE_TITLES = frozenset({"mr", "sir", "lord", "baron", "shri"})
# Offices and their modifiers in front of a name ("Prime Minister Rishi Sunak",
# "Shadow Chancellor …", "former leader …") that the roles stage does not list:
# it lists the offices the output reports. A subject phrase sheds both.
_OFFICE_WORDS = frozenset(
    [
        "president",
        "minister",
        "prime",
        "secretary",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "chancellor",
        "governor",
        "gov",
        "taoiseach",
        "tánaiste",
        "commissioner",
        "chief",
        "executive",
        "speaker",
        "shadow",
        "cabinet",
        "justice",
        "judge",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "candidate",
        "former",
        "ex",
        "lord-mayor",
        "mayor-elect",
        "premier",
    ]
)
# Words that join the words of a role ("leader of the council"), not part of an office.
_JOINING_WORDS = frozenset({"of", "the", "for", "and"})
_ORGANISATION_WORDS = frozenset(
    [
        "party",
        "council",
        "group",
        "association",
        "committee",
        "government",
        "news",
        "union",
        "federation",
        "office",
        "department",
        "authority",
        "trust",
        "board",
        "commission",
        "assembly",
        "parliament",
        "corporation",
        "company",
        "foundation",
        "institute",
        "campaign",
        "alliance",
        "network",
        "society",
        "league",
        "coalition",
        "movement",
        "caucus",
        "club",
        "press",
        "times",
        "daily",
        "radio",
        "television",
        "tv",
        "executive",
        "branch",
        "labour",
        "labor",
        "conservative",
        "conservatives",
        "tory",
        "tories",
        "greens",
        "liberal",
        "democrats",
        "democrat",
        "reform",
        "ukip",
        "independents",
        "congress",
    ]
)
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "in",
        "on",
        "at",
        "after",
        "before",
        "following",
        "asked",
        "speaking",
        "writing",
        "but",
        "and",
        "however",
        "meanwhile",
        "earlier",
        "later",
        "last",
        "yesterday",
        "today",
        "since",
        "while",
        "when",
        "during",
        "despite",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "our",
        "my",
        "read",
        "more",
        "also",
        "picture",
        "photo",
        "credit",
        "by",
        "for",
        "of",
        "to",
        "from",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
    ]
)
# "The" may open a name ("the Labour Party"); the other words that are no names may not.
_NOT_NAMES_BUT_THE = _NOT_NAMES - {"the"}
_PREPOSITIONS = frozenset(
    [
        "in",
        "of",
        "for",
        "at",
        "from",
        "on",
        "to",
        "by",
        "with",
        "against",
        "under",
        "about",
        "over",
        "between",
        "into",
        "like",
        "than",
        "via",
        "through",
        "behind",
        "within",
        "without",
    ]
)
_FILLERS = frozenset(
    [
        "also",
        "too",
        "then",
        "later",
        "previously",
        "further",
        "again",
        "once",
        "himself",
        "herself",
        "themselves",
        "itself",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "did",
        "does",
        "do",
        "just",
        "already",
        "earlier",
        "recently",
        "repeatedly",
        "publicly",
        "privately",
        "reportedly",
        "today",
        "yesterday",
        "tonight",
        "subsequently",
        "now",
        "simply",
        "separately",
        "directly",
        "since",
        "only",
        "still",
        "even",
        "both",
        "all",
        "however",
    ]
)
_CONJUNCTIONS = frozenset({"and", "but", "then", "or", "before", "after"})
_AUXILIARIES = ("was", "were", "been", "being", "be", "is", "are", "am", "get", "got")
_PASSIVE_ADVERBS = (
    "also",
    "then",
    "later",
    "previously",
    "reportedly",
    "recently",
    "once",
    "again",
    "allegedly",
    "publicly",
    "privately",
)
_PASSIVE_BEFORE = regex.compile(
    rf"\b(?:{'|'.join(_AUXILIARIES)})(?:\s++(?:{'|'.join(_PASSIVE_ADVERBS)}))?+\s++$",
    regex.IGNORECASE,
)
_PASSIVE_WORDS = _AUXILIARIES + _PASSIVE_ADVERBS
_PRONOUNS = {"he": "m", "she": "f", "they": "", "we": "", "i": "", "it": "", "him": "m"}
_SUBJECT_PRONOUNS = frozenset(_PRONOUNS) - {"him"}
_PERSON_NOUNS = frozenset(
    [
        "councillor",
        "councilor",
        "mayor",
        "leader",
        "mp",
        "msp",
        "td",
        "mla",
        "politician",
        "chairman",
        "chairwoman",
        "chair",
        "member",
        "minister",
        "candidate",
        "woman",
        "man",
        "veteran",
        "activist",
        "chief",
        "deputy",
        "representative",
        "senator",
        "governor",
        "president",
        "secretary",
        "official",
        "councilman",
        "councilwoman",
        "alderman",
        "cr",
        "cllr",
        "premier",
    ]
)
_COLLECTIVE_NOUNS = frozenset(
    [
        "group",
        "councillors",
        "councilors",
        "members",
        "officials",
        "sources",
        "source",
        "residents",
        "campaigners",
        "activists",
        "supporters",
        "colleagues",
        "critics",
        "insiders",
        "people",
        "trio",
        "pair",
        "party",
        "statement",
        "letter",
        "post",
        "video",
        "release",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "spokesmen",
        "aides",
        "allies",
        "figures",
        "mps",
        "leaders",
        "voters",
        "families",
        "motion",
        "report",
        "website",
        "page",
        "account",
        "club",
        "members",
    ]
)
_ORGANISATION_NOUNS = frozenset({"council", "government", "authority", "committee"})
_CLAUSE_BREAKS = frozenset(
    {
        ",",
        ";",
        ":",
        "—",
        "–",
        "(",
        ")",
        "that",
        "while",
        "as",
        "when",
        "because",
        "although",
        "though",
        "whereas",
        "which",
        "who",
        "whom",
        "where",
        "if",
        "so",
        "and",
        "but",
        "after",
        "before",
    }
)
# A noun phrase ("the leader and her deputy") may hold an "and"; no other clause break.
_NOUN_PHRASE_BREAKS = _CLAUSE_BREAKS - {"and"}
_LEADING_ADVERBIAL = frozenset(
    [
        "in",
        "on",
        "at",
        "after",
        "before",
        "following",
        "asked",
        "speaking",
        "writing",
        "announcing",
        "explaining",
        "responding",
        "commenting",
        "since",
        "while",
        "when",
        "during",
        "despite",
        "however",
        "meanwhile",
        "earlier",
        "later",
        "last",
        "this",
        "yesterday",
        "today",
        "previously",
        "additionally",
        "instead",
        "separately",
        "elsewhere",
        "now",
        "then",
    ]
)


# Words a sentence may open with before its subject: "Speaking on Monday, …".
_SENTENCE_OPENERS = _LEADING_ADVERBIAL | _FILLERS


class _Kind(enum.Enum):
    PERSON = "person"
    PRONOUN = "pronoun"
    DESCRIPTION = "description"  # "the councillor": a person meant, not named
    ORGANISATION = "organisation"
    COUNCIL = "council"  # "the council": the council last named
    COLLECTIVE = "collective"  # said by someone the text does not name


# Entities, attributions, speakers and mentions are made per quote or per mention:
# named tuples, which cost far less to build than attrs classes.
class _Entity(NamedTuple):
    kind: _Kind
    span: Range
    name: str = ""
    gender: str = ""
    phrase_start: int = -1  # where the whole subject phrase starts, titles and "the" included


class _Attribution(NamedTuple):
    rule_id: str
    entity: _Entity | None
    verb: Range | None = None
    verb_rule: str | None = None
    end: int = -1  # where the attribution clause ends, to join a quote split by it


class _Speaker(NamedTuple):
    name: str | None
    span: Range | Span | None
    rule_ids: tuple[str, ...]
    cue: Range | None = None


# A quote the text does not attribute. (Named tuples are immutable: one serves every quote.)
_NO_SPEAKER = _Speaker(None, None, ())


class _Mention(NamedTuple):
    span: Span
    name: str
    gender: str
    sentence: int
    quoted: bool
    person: int


@attrs.frozen(eq=False)
class _Grammar:
    """What the quotes stage reads from one RuleSet, derived once: verbs, titles and roles."""

    verbs: regex.Pattern[str] | None
    rules: tuple[tuple[str, regex.Pattern[str]], ...]
    # Lower-case words, without a full stop, of the title rules and of the role rules
    # (with `_OFFICE_WORDS`): a run of capitalised words sheds them to leave the name.
    titles: frozenset[str]
    roles: frozenset[str]
    # A name as a sign-off writes it ("– Cllr. Jo Bloggs"): titles may carry a full stop.
    name_run: regex.Pattern[str]
    # Where sentences end: not after a title written with a full stop ("Mr. Bloggs").
    sentence_end: regex.Pattern[str]
    # The first word of every verb phrase, when every verb rule is a phrase rule;
    # ``None`` otherwise. See `_Reader.verbs_in`.
    verb_words: dict[str, _VerbWord] | None

    def verb_rule(self, text: str, span: Range, word: str | None = None) -> str | None:
        """The first verb rule that matches exactly *span*; *word* is the word it starts with.

        Only the rules with a phrase that starts with the word can match there.
        """
        rules = (
            self.rules if word is None or self.verb_words is None else self.verb_words[word].rules
        )
        for rule_id, compiled in rules:
            found = compiled.match(text, span.start)
            if found is not None and found.end() == span.end:
                return rule_id
        return None


class _VerbWord(NamedTuple):
    """The verb rules with a phrase that starts with one word, and where the word is written."""

    finder: regex.Pattern[str]
    # Those rules' patterns combined, as `_Grammar.verbs` combines them all: where the word
    # starts, no other rule can match, and the fewer alternatives cost less to try.
    verbs: regex.Pattern[str]
    rules: tuple[tuple[str, regex.Pattern[str]], ...]


def _phrase_words(rules: RuleSet) -> list[str]:
    """The words of the rules' phrases, as written; pattern rules have none to give."""
    return [word for rule in rules for phrase in rule.phrases for word in phrase.split()]


@functools.lru_cache(maxsize=32)
def _grammar(rules: RuleSet) -> _Grammar:
    verb_rules = rules.for_stage(Stage.VERBS)
    compiled = _combined(verb_rules) if verb_rules else None
    title_words = _phrase_words(rules.for_stage(Stage.TITLES))
    role_words = _phrase_words(rules.for_stage(Stage.ROLES))
    titles = frozenset(w.lower().rstrip(".") for w in title_words) - _JOINING_WORDS - {""}
    roles = frozenset(w.lower().rstrip(".") for w in role_words) - _JOINING_WORDS - {""}
    # Longest first, so that "Mrs." is not read as "Mr" followed by something else.
    dotted = sorted(
        {w[:-1] for w in title_words if w.endswith(".") and w[:1].isupper()} - {""},
        key=lambda w: (-len(w), w),
    )
    abbreviations = "|".join(regex.escape(w) for w in (*dotted, *_SUFFIX_ABBREVIATIONS))
    name_word = (
        rf"(?:(?:{abbreviations})\.|\p{{Lu}}[\p{{L}}\p{{M}}]*+(?:['’\-][\p{{L}}\p{{M}}]++)*+)"
    )
    name_run = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’\-]){name_word}"
        rf"(?:[ \t\u00a0]++(?:(?:de|da|di|van|von|der|den|du|la|le|bin|al|ibn|dos|del)[ \t\u00a0]++)?{name_word}){{0,6}}"
    )
    not_ends = "|".join(
        regex.escape(w) for w in (*dotted, *_SUFFIX_ABBREVIATIONS, *_OTHER_ABBREVIATIONS)
    )
    sentence_end = regex.compile(
        rf"(?<!\b(?:{not_ends}|\p{{Lu}}))[{_SENTENCE_END_CHARACTERS}]++[\"'”’»]*+\s++"
    )
    return _Grammar(
        compiled,
        tuple((r.id, r.compiled) for r in verb_rules),
        titles,
        roles | _OFFICE_WORDS,
        name_run,
        sentence_end,
        _verb_words(verb_rules),
    )


def _combined(verb_rules: Iterable[PatternRule]) -> regex.Pattern[str]:
    """One pattern for all *verb_rules*: the first of them that matches, matches."""
    sources = [f"(?{'i' if r.ignore_case else '-i'}:{r.source})" for r in verb_rules]
    return regex.compile("|".join(sources), regex.VERSION1)


def _verb_words(verb_rules: RuleSet) -> dict[str, _VerbWord] | None:
    """The first word of each verb phrase and its rules, when they make the verbs findable.

    A phrase rule only matches where one of its phrases' first words starts as a
    whole word, so those places are all the combined pattern needs to try. A
    pattern rule, or a phrase that does not start with a letter or digit, could
    match elsewhere: then there are no first words and the pattern scans the text.
    """
    by_word: dict[str, list[PatternRule]] = {}
    for rule in verb_rules:
        if not rule.phrases:
            return None
        for phrase in rule.phrases:
            first = _WORD_CHARS.match(phrase.strip().lower())
            if first is None:
                if phrase.strip():
                    return None
                continue
            word_rules = by_word.setdefault(first.group(), [])
            if rule not in word_rules:
                word_rules.append(rule)
    # Many words share their rules ("say", "said", …): each set of rules is combined once.
    combined: dict[tuple[PatternRule, ...], regex.Pattern[str]] = {}
    verb_words = {}
    for word, word_rules in by_word.items():
        key = tuple(word_rules)
        if key not in combined:
            combined[key] = _combined(key)
        verb_words[word] = _VerbWord(
            regex.compile(rf"(?<!\w){regex.escape(word)}(?!\w)", regex.IGNORECASE),
            combined[key],
            tuple((r.id, r.compiled) for r in word_rules),
        )
    return verb_words


def _words_in(content: str) -> re.Pattern[str] | regex.Pattern[str]:
    """`_WORD`, or for ASCII *content* the same pattern in the standard library's engine."""
    return _ASCII_WORD if content.isascii() else _WORD


def _has_words(word: re.Pattern[str] | regex.Pattern[str], content: str, count: int) -> bool:
    """Whether *content* holds *count* words or more; *word* is `_words_in(content)`."""
    # Stops at the count-th word: a long quote need not be counted to the end.
    found = word.finditer(content)
    return next(itertools.islice(found, count - 1, None), None) is not None


# The lower-case words a title may hold between its capitalised ones.
_TITLE_SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "a", "an", "in", "on", "to", "at", "with"}
)


def _is_title(word: re.Pattern[str] | regex.Pattern[str], content: str) -> bool:
    """A short run of capitalised words with no sentence punctuation names something.

    *word* is `_words_in(content)`.
    """
    if _TITLE_BREAK.search(content):
        return False
    words = word.findall(content)
    return len(words) <= 8 and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words
    )


class _Token(NamedTuple):
    # A NamedTuple, not attrs: thousands are made per article, and they must be cheap.
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    """The tokens of ``text[start:end]``, each with its offsets in *text*."""
    window = text[start:end]
    ascii_window = window.isascii()
    if ascii_window:
        # A lone word between spaces ("he" or "Smith" before a verb, often) is one token,
        # told in C for a fraction of a split. (Those are all the white space of ASCII
        # that `_ASCII_TOKEN` skips; `isalpha` takes only its letters.)
        word = window.strip(" \t\n\v\f\r")
        if word.isalpha():
            at = start + window.find(word)
            return [_Token(word, at, at + len(word))]
    # Splitting on the tokens, which are never empty, finds what `finditer` finds, with the
    # text between them: tokens and gaps alternate, and summing their lengths in C gives
    # each token's offsets; `tuple.__new__` makes each `_Token` in C as `_Token._make`
    # would. A match object and a Python call per token cost several times as much.
    parts = (_ASCII_TOKEN if ascii_window else _TOKEN).split(window)
    offsets = list(itertools.accumulate(map(len, parts), initial=start))
    return list(
        map(
            tuple.__new__,
            itertools.repeat(_Token),
            zip(parts[1::2], offsets[1:-1:2], offsets[2::2], strict=True),
        )
    )


def _name_like(token: _Token) -> bool:
    if not token.capitalised or _possessive(token):
        return False
    # Letters in ASCII make most names, and need no regex to be told apart.
    text = token.text
    return (text.isascii() and text.isalpha()) or _NAME_CHARS.fullmatch(text) is not None


def _subject_pronoun(token: _Token) -> bool:
    return token.lower in _SUBJECT_PRONOUNS


def _possessive(token: _Token) -> bool:
    return token.text.endswith(("’s", "'s"))


# Not slotted: attrs gives a slotted class with cached properties a `__getattr__` hook,
# which makes every attribute read several times slower, and the stage reads its
# reader's attributes thousands of times an article.
@attrs.define(slots=False)
class _Reader:
    """Everything one call needs: the text, its paragraphs, sentences, quotes and people."""

    text: str
    people: People
    parties: tuple[Party, ...]
    grammar: _Grammar
    paragraphs: tuple[Range, ...] = attrs.field(init=False)
    quotations: tuple[Quotation, ...] = attrs.field(init=False)
    sentence_starts: list[int] = attrs.field(init=False)
    quoted_starts: list[int] = attrs.field(init=False)
    verb_starts: list[int] | None = attrs.field(init=False, default=None)
    # The verb phrases' first word that starts at each of `verb_starts`.
    verb_word_at: dict[int, str] = attrs.field(init=False, factory=dict)
    # False when the text does not hold the word "according": then no quote is attributed
    # "according to" anyone, and the pattern need not be tried.
    writes_according: bool = attrs.field(init=False, default=True)

    def __attrs_post_init__(self) -> None:
        text = self.text
        self.paragraphs = paragraph_spans(text)
        self.quotations = find_quotations(text, self.paragraphs)
        if not self.quotations:
            # Nothing to attribute: the rest is never read.
            self.sentence_starts, self.quoted_starts = [], []
            return
        split = words(text)
        if split.at is not None:
            # An ASCII word matches case-insensitively exactly the words filed under it.
            self.writes_according = "according" in split.at
        verb_words = self.grammar.verb_words
        if verb_words is not None:
            # An ASCII word's places are looked up in the text's one split into words, as
            # `polevents._matching.scan` does: a regex pass per verb cost ~20 µs an article.
            # (The text's set of words is asked for each verb word: copying the dict's keys
            # into a set to intersect them cost four times as much.)
            self.verb_word_at = {
                start: word
                for word in split.lower.intersection(verb_words)
                for start in (
                    split.at.get(word, ())
                    if split.at is not None and word.isascii()
                    else [found.start() for found in verb_words[word].finder.finditer(text)]
                )
            }
            self.verb_starts = sorted(self.verb_word_at)
        starts = {p.start for p in self.paragraphs}
        starts.update(self._sentence_ends())
        self.sentence_starts = sorted(starts)
        self.quoted_starts = [q.content.start for q in self.quotations]

    def _sentence_ends(self) -> Iterator[int]:
        # A sentence end starts with one of a few characters: trying the pattern only where
        # one stands costs about half as much as scanning the whole text with it.
        reach = 0
        for position in positions(self.text, _SENTENCE_END_CHARACTERS):
            if position >= reach:
                found = self.grammar.sentence_end.match(self.text, position)
                if found is not None:
                    reach = found.end()
                    yield reach

    @functools.cached_property
    def surnames(self) -> collections.Counter[str]:
        """How many of the people named have each surname."""
        return collections.Counter(person.surname for person in self.people.persons)

    @functools.cached_property
    def councils(self) -> list[tuple[int, str]]:
        """Where each council is named, and its name; made on first use, as few quotes need it."""
        # The council pattern is slow to scan; a text without the word needs no scan.
        if "Council" not in self.text:
            return []
        return [(m.start(), " ".join(m.group().split())) for m in _COUNCIL.finditer(self.text)]

    # -- positions -------------------------------------------------------------------------

    def sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def sentence_start(self, position: int) -> int:
        # `sentence_of` written out, as it is asked for several times a quote: a Python call
        # costs more than the line.
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    # -- names and people ------------------------------------------------------------------

    def _party_at(self, span: Range) -> Party | None:
        for party in self.parties:
            if party.span.start < span.end and span.start < party.span.end:
                return party
        return None

    def classify_run(self, tokens: Sequence[_Token], after_preposition: bool) -> _Entity | None:
        """A run of capitalised tokens: a person (titles and roles stripped) or an organisation."""
        if tokens and tokens[0].lower in _NOT_NAMES_BUT_THE:
            tokens = tokens[1:]
        if not tokens:
            return None
        span = Range(tokens[0].start, tokens[-1].end)
        lowered = [t.lower for t in tokens]
        roles = self.grammar.roles
        if (
            self._party_at(span) is not None
            or not _ORGANISATION_WORDS.isdisjoint(lowered)
            or any(
                t.text.isupper() and len(t.text) > 1 and word not in roles
                for t, word in zip(tokens, lowered, strict=True)
            )
        ):
            start = 1 if lowered[0] == "the" else 0
            if start >= len(tokens):
                return None
            org = Range(tokens[start].start, tokens[-1].end)
            return _Entity(
                _Kind.ORGANISATION, org, self._organisation_name(org), phrase_start=span.start
            )
        if lowered[0] == "the":
            return None
        gender = ""
        last_title = -1
        titles = self.grammar.titles
        for index, word in enumerate(lowered):
            if word in titles or word in roles:
                last_title = index
                if word in _FEMALE_TITLES:
                    gender = "f"
                elif word in _MALE_TITLES:
                    gender = "m"
        name_tokens = list(tokens[last_title + 1 :])
        if after_preposition and last_title < 0 and len(name_tokens) >= 3:
            name_tokens = name_tokens[-2:]  # "MP for Stevenage Kevin Bonavia"
        if not name_tokens:
            return _Entity(_Kind.DESCRIPTION, span, phrase_start=span.start)
        name = " ".join([t.text for t in name_tokens])
        name_span = Range(name_tokens[0].start, name_tokens[-1].end)
        return _Entity(_Kind.PERSON, name_span, name, gender, phrase_start=span.start)

    def _organisation_name(self, span: Range) -> str:
        written = span.of(self.text)
        party = self._party_at(span)
        if party is not None and written.casefold() == party.name.casefold():
            # "a Labour spokesperson" speaks for the Labour Party; "SNP" needs no suffix.
            single_word = " " not in party.name and not party.name.isupper()
            return f"{party.name} Party" if single_word else party.name
        return " ".join(written.split())

    # The people's genders and mentions are made on first use: only a quote attributed to a
    # person who is named, or meant by a pronoun, needs them.

    @functools.cached_property
    def genders(self) -> dict[int, set[str]]:
        """The genders each person's titles give them (Mrs → f, Mr → m), by person."""
        genders: dict[int, set[str]] = {}
        for mention in self.people.mentions:
            gender = _gender_of(mention.title)
            if gender:
                genders.setdefault(mention.person, set()).add(gender)
        return genders

    @functools.cached_property
    def mentions(self) -> list[_Mention]:
        """The People stage's mentions, each knowing its person's gender when a title says it."""
        persons = self.people.persons
        # A person's gender is known when all their titles agree on it.
        known = {person: "".join(said) for person, said in self.genders.items() if len(said) == 1}
        # Each mention's sentence, and the quote that may hold it, are bisected for here
        # (as `sentence_of` would): two Python calls per mention cost more than the lines.
        sentence_starts, quoted_starts = self.sentence_starts, self.quoted_starts
        mentions = []
        for mention in self.people.mentions:
            if not 0 <= mention.person < len(persons):
                continue
            span = mention.span
            quote = bisect.bisect_right(quoted_starts, span.start) - 1
            mentions.append(
                _Mention(
                    span,
                    persons[mention.person].name,
                    known.get(mention.person, ""),
                    bisect.bisect_right(sentence_starts, span.start) - 1,
                    quote >= 0 and self.quotations[quote].content.end >= span.end,
                    mention.person,
                )
            )
        return mentions

    @functools.cached_property
    def mention_starts(self) -> list[int]:
        return [m.span.start for m in self.mentions]

    def full_name(self, entity: _Entity) -> str:
        """The most complete name the text gives the person *entity* names.

        A link that contradicts a title ("Mrs Skeels" linked to the Mr Skeels
        named in full) is not followed: the name stays as written.
        """
        index = self.people.person_at(entity.span.start)
        if index is None:
            index = self.people.resolve(entity.name)
        if index is None or not 0 <= index < len(self.people.persons):
            return entity.name
        if entity.gender and self.genders.get(index, {entity.gender}) != {entity.gender}:
            return entity.name
        if " " not in entity.name and self.surnames[entity.name] > 1:
            return entity.name  # "Cllr Desai" when two Desais are named: which one is not said
        return self.people.persons[index].name

    def antecedent(self, position: int, gender: str) -> _Mention | None:
        """The person a pronoun at *position* means.

        In the pronoun's own sentence, the person named last before it ("Mr
        Bonavia said he …"); before that, the first person named in the nearest
        sentence that names one, since that is usually its subject. A sentence
        whose subject is itself "he" or "she" only passes the reference back.
        """
        sentence = self.sentence_of(position)
        index = bisect.bisect_left(self.mention_starts, position) - 1
        while index >= 0 and self.mentions[index].sentence == sentence:
            mention = self.mentions[index]
            if self._fits(mention, gender) and mention.span.end <= position:
                return mention
            index -= 1
        while index >= 0:
            current = self.mentions[index].sentence
            if current < sentence - _PRONOUN_REACH:
                return None
            fitting = []
            while index >= 0 and self.mentions[index].sentence == current:
                if self._fits(self.mentions[index], gender):
                    fitting.append(self.mentions[index])
                index -= 1
            if fitting and not self._pronoun_subject_before(current, fitting[-1], gender):
                return min(fitting, key=lambda m: (self._possessive_at(m.span), m.span.start))
        return None

    def _fits(self, mention: _Mention, gender: str) -> bool:
        return not mention.quoted and (not gender or not mention.gender or mention.gender == gender)

    def _possessive_at(self, span: Range | Span) -> bool:
        return self.text[span.end : span.end + 2] in {"'s", "’s"}

    def _pronoun_subject_before(self, sentence: int, first: _Mention, gender: str) -> bool:
        subject = self.sentence_subject(first.span.start)
        return (
            subject is not None
            and subject.kind is _Kind.PRONOUN
            and subject.span.start < first.span.start
            and (not gender or subject.gender == gender)
        )

    def main_person(self, position: int) -> _Mention | None:
        """For "the councillor": the person the article has named most often so far."""
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        latest: dict[int, _Mention] = {}
        for mention in self.mentions[: bisect.bisect_left(self.mention_starts, position)]:
            if not mention.quoted:
                counts[mention.person] = counts.get(mention.person, 0) + 1
                first.setdefault(mention.person, mention.span.start)
                latest[mention.person] = mention
        if not counts:
            return None
        # Ties go to the person named first: the one the article is about.
        best = max(counts, key=lambda person: (counts[person], -first[person]))
        return latest[best]

    def council_before(self, position: int) -> str | None:
        named = [name for start, name in self.councils if start < position]
        return named[-1] if named else None

    # -- subjects --------------------------------------------------------------------------

    def subject_before(self, start: int, end: int, verb_is_participle: bool) -> _Entity | None:
        """The subject that ends right before *end* (a reporting verb), within ``[start, end)``."""
        tokens = _tokens(self.text, max(start, end - _WINDOW), end)
        comma_before_verb = bool(tokens) and tokens[-1].text == ","
        last_word = ""
        while tokens:
            last_word = tokens[-1].lower
            if last_word in _FILLERS:
                tokens.pop()
            elif (
                len(tokens) > 2
                and tokens[-1].text == tokens[-3].text == ","
                and tokens[-2].lower in _FILLERS
            ):
                del tokens[-3:]  # "Davis, too, said"
            else:
                break
        joined = bool(tokens) and last_word in _CONJUNCTIONS
        if joined or (comma_before_verb and verb_is_participle):
            # "…, claiming that …" and "… and later posted …": the sentence's subject speaks.
            return self.sentence_subject(end)
        return self._subject_of_tokens(tokens, verb_is_participle)

    def _subject_of_tokens(self, tokens: list[_Token], verb_is_participle: bool) -> _Entity | None:
        if not tokens:
            return None
        last = tokens[-1]
        if _subject_pronoun(last):
            return self._pronoun(last)
        if last.text == ",":
            return self._appositive(tokens, verb_is_participle)
        if last.capitalised and last.text != "I":
            return self._run_before(tokens, verb_is_participle)
        return self._noun_phrase(tokens)

    def _pronoun(self, token: _Token) -> _Entity:
        gender = _PRONOUNS[token.lower]
        kind = _Kind.PRONOUN if gender else _Kind.COLLECTIVE
        return _Entity(kind, Range(token.start, token.end), token.text, gender, token.start)

    def _appositive(self, tokens: list[_Token], verb_is_participle: bool) -> _Entity | None:
        # "Jo Bloggs, a Labour councillor, said" or "Party leader, Taoiseach Leo Varadkar, said".
        close = len(tokens) - 1
        open_ = close - 1
        while open_ >= 0 and tokens[open_].text not in {",", ".", ";", ":", "(", ")"}:
            open_ -= 1
        inner = tokens[open_ + 1 : close]
        if inner and all(t.capitalised for t in inner):
            entity = self.classify_run(inner, after_preposition=False)
            if (
                entity is not None
                and entity.kind is _Kind.PERSON
                and (len(entity.name.split()) > 1 or len(inner) > 1)
            ):
                return entity
        if open_ < 0 or tokens[open_].text != ",":
            return None
        return self._subject_of_tokens(tokens[:open_], verb_is_participle)

    def _run_before(self, tokens: list[_Token], verb_is_participle: bool) -> _Entity | None:
        first = len(tokens) - 1
        while first > 0 and (
            _name_like(tokens[first - 1]) or tokens[first - 1].lower in _PARTICLES
        ):
            first -= 1
        run = tokens[first:]
        before = tokens[first - 1].lower if first > 0 else ""
        if before == "the":
            run = tokens[first - 1 :]
            before = tokens[first - 2].lower if first > 1 else ""
        after_preposition = before in _PREPOSITIONS and not (
            before == "with" and verb_is_participle
        )
        entity = self.classify_run(run, after_preposition)
        if entity is None:
            return None
        if after_preposition and (entity.kind is _Kind.ORGANISATION or len(run) < 3):
            # "a spokesperson for the Liberal Democrats", "the group in Eastfield".
            head = self._noun_phrase(tokens[: first - (1 if run[0].lower == "the" else 0) - 1])
            if head is not None and head.name in {
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "statement",
            }:
                return entity if entity.kind is _Kind.ORGANISATION else None
            return head
        return entity

    def _noun_phrase(self, tokens: list[_Token]) -> _Entity | None:
        """A lowercase subject: a collective, an unnamed person, "the council", a spokesperson."""
        start = len(tokens)
        while start > 0 and len(tokens) - start < 14:
            if tokens[start - 1].lower in _NOUN_PHRASE_BREAKS:
                break
            start -= 1
        clause = tokens[start:]
        if not clause:
            return None
        phrase_start = clause[0].start
        for index, token in enumerate(clause):
            word = token.lower
            span = Range(token.start, token.end)
            if word in {"spokesman", "spokeswoman", "spokesperson"}:
                owner = [t for t in clause[:index] if t.capitalised and t.lower not in _NOT_NAMES]
                owner_words = list(owner)
                if index > 0 and clause[index - 1].lower in _ORGANISATION_NOUNS and owner_words:
                    owner_words.append(clause[index - 1])
                if owner_words:
                    org = Range(owner_words[0].start, owner_words[-1].end)
                    name = self._organisation_name(org)
                    return _Entity(_Kind.ORGANISATION, org, name, phrase_start=phrase_start)
                return _Entity(_Kind.COLLECTIVE, span, word, phrase_start=phrase_start)
            # Only a word ending "-year-old" can be an age: the others need no regex call.
            if word.endswith("-year-old") and _AGE.fullmatch(word):
                return _Entity(_Kind.DESCRIPTION, span, word, phrase_start=phrase_start)
            if token.capitalised:
                continue
            if word in _ORGANISATION_NOUNS and index > 0 and clause[index - 1].lower == "the":
                kind = _Kind.COUNCIL if word == "council" else _Kind.COLLECTIVE
                return _Entity(kind, span, word, phrase_start=phrase_start)
            if word in _COLLECTIVE_NOUNS:
                return _Entity(_Kind.COLLECTIVE, span, word, phrase_start=phrase_start)
            if word in _PERSON_NOUNS:
                return _Entity(_Kind.DESCRIPTION, span, word, phrase_start=phrase_start)
        return None

    def subject_after(self, start: int, end: int) -> _Entity | None:
        """The subject right after an inverted verb: ``said Jo Bloggs, a councillor``."""
        tokens = _tokens(self.text, start, min(end, start + _WINDOW))
        if not tokens:
            return None
        first = tokens[0]
        first_word = first.lower
        if first_word in {"he", "she"}:
            return self._pronoun(first)
        count = 0
        while count < len(tokens) and (
            tokens[count].capitalised or (count == 0 and first_word == "the")
        ):
            count += 1
        if count and (count > 1 or first_word != "the"):
            return self.classify_run(tokens[:count], after_preposition=False)
        return self._noun_phrase(
            tokens[: next((i for i, t in enumerate(tokens) if t.text in ",.;:"), len(tokens))]
        )

    def sentence_subject(self, position: int) -> _Entity | None:
        """The first person, pronoun or organisation of the sentence holding *position*."""
        start = self.sentence_start(position)
        if position <= start:
            # No part of the sentence comes before *position*: no tokens, so no subject.
            # Often so (the person named first often opens their sentence), and then
            # the window need not be tokenised.
            return None
        tokens = _tokens(self.text, start, min(position, start + _WINDOW))
        for _ in range(3):
            if tokens and tokens[0].lower in {"but", "and", "so", "yet"}:
                tokens = tokens[1:]
            if not tokens:
                break
            opener = tokens[0].lower
            if not (opener in _SENTENCE_OPENERS or opener.endswith("ing")):
                break
            comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
            if comma is None:
                break
            tokens = tokens[comma + 1 :]
        if not tokens:
            return None
        first = tokens[0]
        if _subject_pronoun(first):
            return self._pronoun(first)
        if first.capitalised and first.lower not in _NOT_NAMES_BUT_THE:
            count = 1
            while (
                count < len(tokens)
                and tokens[count].capitalised
                and not _possessive(tokens[count - 1])
            ):
                count += 1
            run = list(tokens[:count])
            if _possessive(run[-1]):
                owner = run[-1]
                run[-1] = _Token(owner.text[:-2], owner.start, owner.end - 2)
            entity = self.classify_run(run, after_preposition=False)
            if entity is not None and not (
                entity.kind is _Kind.DESCRIPTION and count < len(tokens)
            ):
                return entity
        stop = next((i for i, t in enumerate(tokens) if t.lower in _CLAUSE_BREAKS), len(tokens))
        return self._noun_phrase(tokens[:stop]) if stop else None

    # -- verbs -----------------------------------------------------------------------------

    def verbs_in(self, start: int, end: int) -> Iterator[regex.Match[str]]:
        """The reporting verbs in ``[start, end)``: exactly what the combined pattern finds there.

        Scanning with the combined pattern costs about a third of a microsecond
        per character, so where the verbs' first words are known, the pattern is
        only tried where one of them starts.
        """
        verbs = self.grammar.verbs
        if verbs is None or end <= start:
            return
        if self.verb_starts is None:
            yield from verbs.finditer(self.text, start, end)
            return
        starts = self.verb_starts
        index = bisect.bisect_left(starts, start)
        reach = start
        while index < len(starts) and starts[index] < end:
            position = starts[index]
            index += 1
            if position < reach:
                continue
            found = self._verb_match(position, end)
            if found is not None:
                yield found
                reach = found.end()

    def _verb_match(self, position: int, end: int) -> regex.Match[str] | None:
        """What the combined pattern matches at *position*, a verb phrase's first word."""
        word = self.verb_word_at[position]
        # Only the rules with a phrase that starts with the word can match where it is
        # written whole; cut short by *end*, it could be another word's start.
        if position + len(word) <= end and self.grammar.verb_words is not None:
            return self.grammar.verb_words[word].verbs.match(self.text, position, end)
        return self.grammar.verbs.match(self.text, position, end) if self.grammar.verbs else None

    def verb_at(self, position: int, end: int) -> regex.Match[str] | None:
        """The reporting verb that starts at *position*, within ``[position, end)``."""
        verbs = self.grammar.verbs
        if verbs is None:
            return None
        if self.verb_starts is None:
            return verbs.match(self.text, position, end)
        # As in `verbs_in`: no verb starts where none of their first words does.
        return self._verb_match(position, end) if position in self.verb_word_at else None

    def last_verb(self, start: int, end: int) -> regex.Match[str] | None:
        # Read from the end, only the verbs after the last active one need the passive test.
        found = list(self.verbs_in(max(start, end - _WINDOW), end))
        return next((verb for verb in reversed(found) if not self.passive(verb)), None)

    def passive_verb_before(self, position: int) -> bool:
        """Whether the sentence before *position* reports speech in the passive ("was told")."""
        start = max(self.sentence_start(position), position - _WINDOW)
        return any(self.passive(v) for v in self.verbs_in(start, position))

    def passive(self, found: regex.Match[str]) -> bool:
        """ "was told", "is said to have": the subject is not the one speaking."""
        if found.group().lower().endswith("ing"):
            return False
        return _ends_passive(self.text, max(0, found.start() - 40), found.start())

    def attribution(
        self, rule_id: str, entity: _Entity | None, verb: regex.Match[str] | None, end: int = -1
    ) -> _Attribution:
        if verb is None:
            return _Attribution(rule_id, entity, end=end)
        span = Range(verb.start(), verb.end())
        verb_rule = self.grammar.verb_rule(self.text, span, self.verb_word_at.get(span.start))
        return _Attribution(rule_id, entity, span, verb_rule, end)


def _ends_passive(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with "was", "is", "was also" and the like."""
    # What `_PASSIVE_BEFORE` matches ends with one of its words and white space: the words
    # are looked for first, in the case-folded text, as the search costs several times more.
    # (Folding İ, which matches i, gives two characters: then the search decides.)
    before = text[start:end]
    folded = before.casefold()
    if len(folded) == len(before) and not folded.rstrip().endswith(_PASSIVE_WORDS):
        return False
    return _PASSIVE_BEFORE.search(text, start, end) is not None


def _gender_of(title: str | None) -> str:
    word = (title or "").lower().rstrip(".")
    return "f" if word in _FEMALE_TITLES else "m" if word in _MALE_TITLES else ""


def _participle(verb: regex.Match[str]) -> bool:
    return verb.group().lower().endswith("ing")


@attrs.define
class _Attributor:
    """The sieve: direct attributions first, then what the neighbours of a quote say."""

    reader: _Reader
    # The reader's text, kept as a field rather than a property: it is read for every quote.
    text: str = attrs.field(init=False)

    @text.default
    def _reader_text(self) -> str:
        return self.reader.text

    def paragraph_end(self, quotation: Quotation) -> int:
        return self.reader.paragraphs[quotation.paragraph].end

    def after(self, quotation: Quotation) -> _Attribution | None:
        """``“…,” she said`` / ``“…,” said Jo Bloggs`` / ``“…”, according to X`` / sign-offs."""
        reader, text = self.reader, self.text
        if quotation.closing is None:
            return None
        start, limit = quotation.closing.end, self.paragraph_end(quotation)
        if start == limit or text[start : start + 1] == "." or text[start : start + 2] == " .":
            return None  # the quote ends its sentence or its paragraph
        lead = _AFTER_LEAD.match(text, start, limit)
        begin = lead.end() if lead else start
        ended = text[quotation.content.end - 1] in ".!?" if quotation.content.end else False
        window_end = min(limit, begin + _AFTER_WINDOW)
        according = (
            _ACCORDING_TO.match(text, begin, window_end) if reader.writes_according else None
        )
        if according is not None:
            entity = reader.subject_after(according.end() + 1, window_end)
            return reader.attribution(ACCORDING_TO, entity, None, according.end())
        verb = reader.verb_at(begin, window_end)
        if verb is not None:
            entity = reader.subject_after(verb.end() + 1, window_end)
            if entity is not None:
                tail_from = entity.span.end if entity.kind is not _Kind.COLLECTIVE else verb.end()
                tail = _TAIL.match(text, tail_from, window_end)
                if not ended or tail is not None:
                    return reader.attribution(
                        AFTER_INVERTED, entity, verb, tail.end() if tail else tail_from
                    )
        verb = self._first_verb(begin, window_end)
        if verb is not None:
            entity = reader.subject_before(begin, verb.start(), _participle(verb))
            if entity is not None and not text[begin : entity.phrase_start].strip():
                tail = _TAIL.match(text, verb.end(), window_end)
                if not ended or tail is not None:
                    return reader.attribution(
                        AFTER_VERB, entity, verb, tail.end() if tail else verb.end()
                    )
        return self._sign_off(quotation, start, limit)

    def _first_verb(self, start: int, end: int) -> regex.Match[str] | None:
        stop = end
        boundary = _CLAUSE_END.search(self.text, start, end)
        if boundary is not None:
            stop = boundary.start()
        found = next(self.reader.verbs_in(start, stop), None)
        return None if found is None or self.reader.passive(found) else found

    def _sign_off(self, quotation: Quotation, start: int, limit: int) -> _Attribution | None:
        lead = _SIGN_OFF_LEAD.match(self.text, start, limit)
        begin = lead.end() if lead else start
        name = self.reader.grammar.name_run.match(self.text, begin, limit)
        if name is None:
            return None
        rest = self.text[name.end() : limit]
        if not _SIGN_OFF_REST.fullmatch(rest):
            return None
        entity = self.reader.classify_run(_tokens(self.text, name.start(), name.end()), False)
        if entity is None or entity.kind is not _Kind.PERSON:
            return None
        if len(entity.name.split()) < 2 and entity.span.start == begin:
            return None
        return _Attribution(SIGN_OFF, entity)

    def before(self, quotation: Quotation, floor: int) -> _Attribution | None:
        """``X said: “…`` and partial quotes: the last reporting verb of the sentence before it."""
        reader, text = self.reader, self.text
        opening = quotation.opening.start
        start = max(floor, reader.sentence_start(opening), opening - _WINDOW)
        if start == opening:
            # The quote opens its sentence (or follows the previous quote): with nothing
            # before it, no "according to" and no verb can be found there.
            return None
        according = _ACCORDING_TO.search(text, start, opening) if reader.writes_according else None
        if according is not None and not text[according.end() : opening].strip().endswith((".",)):
            entity = reader.subject_after(according.end() + 1, opening)
            if entity is not None:
                return _Attribution(ACCORDING_TO, entity)
        verb = reader.last_verb(start, opening)
        if verb is None:
            return None
        entity = reader.subject_before(start, verb.start(), _participle(verb))
        if entity is None:
            after_verb = reader.subject_after(verb.end() + 1, opening)
            if after_verb is not None and after_verb.kind in {_Kind.PERSON, _Kind.ORGANISATION}:
                entity = after_verb
        if entity is None:
            return None
        return reader.attribution(BEFORE_VERB, entity, verb)

    def colon_lead_in(self, quotation: Quotation) -> _Attribution | None:
        """A quote paragraph after a paragraph that ends ``He said:``."""
        if not quotation.starts_paragraph or quotation.paragraph == 0:
            return None
        previous = self.reader.paragraphs[quotation.paragraph - 1]
        ending = self.text[previous.start : previous.end].rstrip()
        if not ending.endswith((":", ",")):
            return None
        colon = previous.start + len(ending) - 1
        found = self.before_span(previous.start, colon)
        return None if found is None else found._replace(rule_id=COLON_LEAD_IN)

    def before_span(self, floor: int, end: int) -> _Attribution | None:
        reader = self.reader
        start = max(floor, reader.sentence_start(end - 1), end - _WINDOW)
        verb = reader.last_verb(start, end)
        if verb is None:
            entity = reader.sentence_subject(end - 1)
            usable = entity is not None and entity.kind is not _Kind.COLLECTIVE
            return _Attribution(SENTENCE_SUBJECT, entity) if usable else None
        entity = reader.subject_before(start, verb.start(), _participle(verb))
        return None if entity is None else reader.attribution(BEFORE_VERB, entity, verb)

    def lead_in_paragraph(self, paragraph: int) -> _Attribution | None:
        """The first reporting verb with a named subject in a paragraph without quotes."""
        reader = self.reader
        span = reader.paragraphs[paragraph]
        for verb in reader.verbs_in(span.start, min(span.end, span.start + 4 * _WINDOW)):
            if reader.passive(verb):
                continue
            start = max(span.start, reader.sentence_start(verb.start()))
            entity = reader.subject_before(start, verb.start(), _participle(verb))
            if entity is not None and entity.kind in {
                _Kind.PERSON,
                _Kind.ORGANISATION,
                _Kind.PRONOUN,
            }:
                return reader.attribution(LEAD_IN_PARAGRAPH, entity, verb)
        return None


def _reportable(text: str, quotation: Quotation) -> bool:
    # The quote is copied and its word pattern chosen once, for both tests. (Neither
    # pattern looks around a match, so a search of the copy finds what one of *text*
    # between the quote's offsets would.)
    content = quotation.content.of(text)
    word = _words_in(content)
    if not _has_words(word, content, _MIN_WORDS) or _is_title(word, content):
        return False
    before = text[max(0, quotation.opening.start - 40) : quotation.opening.start]
    return not _ends_with_slogan_cue(before)


def _ends_with_slogan_cue(text: str) -> bool:
    """Whether *text* ends like ``the banner read:``, so that a quote after it is no speech."""
    folded = text.casefold()
    # Folding İ gives two characters, so a hint written with it is not found in the fold.
    # (`map` over the bound `__contains__` tests each hint in C, without a generator's frame.)
    if len(folded) == len(text) and not any(map(folded.__contains__, _SLOGAN_HINTS)):
        return False
    return _SLOGAN_CUE.search(text) is not None


def _sentence_starts_at(reader: _Reader, quotation: Quotation) -> bool:
    start = reader.sentence_start(quotation.opening.start)
    return not reader.text[start : quotation.opening.start].strip()


def find_quotes(
    text: str, people: People, parties: tuple[Party, ...], rules: RuleSet
) -> tuple[Quote, ...]:
    """Every reportable quotation in *text*, with its speaker where the text says who."""
    reader = _Reader(text, people, parties, _grammar(rules))
    quotations = reader.quotations
    if not quotations:
        return ()
    sieve = _Attributor(reader)
    reportable = [_reportable(text, q) for q in quotations]
    # Attributions matter for reported quotes, and for a scare quote just before one in its
    # paragraph, whose sentence it may share; skipping the rest keeps hostile text cheap.
    needed = [
        reportable[i]
        or (
            i + 1 < len(quotations)
            and reportable[i + 1]
            and quotations[i + 1].paragraph == q.paragraph
        )
        for i, q in enumerate(quotations)
    ]
    direct = _direct_attributions(reader, sieve, needed)
    parts = _split_parts(reader, direct)
    resolved = [_resolve(reader, a) if a is not None else None for a in direct]
    _carry_along_chains(quotations, resolved)
    context = _Context(
        reader, sieve, {q.paragraph for q, r in zip(quotations, reportable, strict=True) if r}
    )
    speakers: list[_Speaker | None] = []
    for index, quotation in enumerate(quotations):
        speaker = resolved[index]
        if speaker is None and needed[index]:
            speaker = context.fallback(index, quotation, speakers)
        speakers.append(speaker)
        if speaker is not None and reportable[index]:
            context.last_reported = speaker
    quotes = []
    for index, members in parts.items():
        kept = [quotations[m].content for m in members if reportable[m]]
        if not kept:
            continue
        speaker = speakers[index] or _NO_SPEAKER
        quotes.append(
            Quote(
                # Sliced here rather than by `Range.of`: a call per part costs more.
                parts=[text[content.start : content.end] for content in kept],
                spans=[Span(content.start, content.end) for content in kept],
                speaker=speaker.name,
                speaker_span=None if speaker.span is None else _span(speaker.span),
                cue=None if speaker.cue is None else speaker.cue.of(text),
                cue_span=None if speaker.cue is None else _span(speaker.cue),
                rule_ids=speaker.rule_ids,
            )
        )
    return tuple(quotes)


def _direct_attributions(
    reader: _Reader, sieve: _Attributor, needed: list[bool]
) -> list[_Attribution | None]:
    found: list[_Attribution | None] = []
    previous_close = -1
    previous_paragraph = -1
    for quotation, wanted in zip(reader.quotations, needed, strict=True):
        floor = previous_close if quotation.paragraph == previous_paragraph else -1
        attribution = None
        if wanted:
            attribution = sieve.after(quotation) or sieve.before(quotation, floor)
            if attribution is None and quotation.chain == len(found):
                attribution = sieve.colon_lead_in(quotation)
        found.append(attribution)
        previous_close = quotation.closing.end if quotation.closing else quotation.content.end
        previous_paragraph = quotation.paragraph
    return found


def _split_parts(reader: _Reader, direct: list[_Attribution | None]) -> dict[int, list[int]]:
    """Join ``“I chose,” he said, “not to …”`` into one quote; every other quotation stands alone."""
    parts: dict[int, list[int]] = {}
    text = reader.text
    head = -1
    for index, quotation in enumerate(reader.quotations):
        previous = direct[head] if head >= 0 else None
        if (
            head >= 0
            and previous is not None
            and previous.end >= 0
            and (direct[index] is None or direct[index].verb == previous.verb)  # type: ignore[union-attr]
            and reader.quotations[head].paragraph == quotation.paragraph
            and previous.end <= quotation.opening.start
            and _JOINER.fullmatch(text, previous.end, quotation.opening.start)
        ):
            parts[head].append(index)
            direct[index] = previous._replace(end=-1)
            continue
        parts[index] = [index]
        head = index
    return parts


def _carry_along_chains(quotations: Sequence[Quotation], resolved: list[_Speaker | None]) -> None:
    """Every paragraph of a multi-paragraph quote has the speaker its first attribution names."""
    by_chain: dict[int, _Speaker] = {}
    for index, quotation in enumerate(quotations):
        speaker = resolved[index]
        if speaker is not None:
            by_chain.setdefault(quotation.chain, speaker)
    for index, quotation in enumerate(quotations):
        carried = by_chain.get(quotation.chain)
        if resolved[index] is None and carried is not None:
            resolved[index] = _relabel(carried, CONTINUATION)


def _relabel(speaker: _Speaker, rule_id: str, keep_cue: bool = True) -> _Speaker:
    rest = tuple(r for r in speaker.rule_ids[1:] if keep_cue or not r.startswith("verbs."))
    return _Speaker(speaker.name, speaker.span, (rule_id, *rest), speaker.cue if keep_cue else None)


@attrs.define
class _Context:
    """What the fallbacks need to know of the quotes before the one at hand."""

    reader: _Reader
    sieve: _Attributor
    quoted_paragraphs: set[int]
    last_reported: _Speaker | None = None

    def fallback(
        self, index: int, quotation: Quotation, speakers: Sequence[_Speaker | None]
    ) -> _Speaker | None:
        """A quote with no attribution of its own: its sentence, then the paragraphs before it."""
        reader = self.reader
        previous = reader.quotations[index - 1] if index > 0 else None
        same_paragraph = previous is not None and previous.paragraph == quotation.paragraph
        if previous is not None and same_paragraph and speakers[index - 1] is not None:
            between = reader.text[
                (previous.closing or previous.content).end : quotation.opening.start
            ]
            if (
                reader.sentence_of(previous.opening.start)
                == reader.sentence_of(quotation.opening.start)
                or not between.strip()
            ):
                return _relabel(_as_speaker(speakers[index - 1]), SAME_SENTENCE)
        if not _sentence_starts_at(reader, quotation) and not reader.passive_verb_before(
            quotation.opening.start
        ):
            entity = reader.sentence_subject(quotation.opening.start)
            if entity is not None and entity.kind in {
                _Kind.PERSON,
                _Kind.PRONOUN,
                _Kind.DESCRIPTION,
            }:
                return _resolve(reader, _Attribution(SENTENCE_SUBJECT, entity))
        before = quotation.paragraph - 1
        if not same_paragraph and before >= 0 and before not in self.quoted_paragraphs:
            lead_in = self.sieve.lead_in_paragraph(before)
            if lead_in is not None:
                return _resolve(reader, lead_in)
        if self.last_reported is not None:
            return _relabel(self.last_reported, FLOATING, keep_cue=False)
        return None


def _span(offsets: Range | Span) -> Span:
    # A Span is immutable, so one from the People stage is shared rather than copied.
    return offsets if isinstance(offsets, Span) else Span(offsets.start, offsets.end)


def _as_speaker(speaker: _Speaker | None) -> _Speaker:
    return speaker if speaker is not None else _NO_SPEAKER


def _resolve(reader: _Reader, attribution: _Attribution) -> _Speaker:
    """The speaker an attribution names: full name, organisation, or ``None`` for a collective."""
    entity = attribution.entity
    verb_ids = () if attribution.verb_rule is None else (attribution.verb_rule,)
    ids: tuple[str, ...] = (attribution.rule_id,)
    name: str | None = None
    span: Range | Span | None = None
    if entity is None or entity.kind is _Kind.COLLECTIVE:
        pass
    elif entity.kind is _Kind.PERSON:
        span = entity.span
        name = reader.full_name(entity)
        if name != entity.name:
            ids += (SURNAME,)
    elif entity.kind is _Kind.ORGANISATION:
        name, span = entity.name, entity.span
        ids += (ORGANISATION,)
    elif entity.kind is _Kind.COUNCIL:
        name = reader.council_before(entity.span.start)
        span = entity.span if name else None
        ids += (ORGANISATION,) if name else ()
    else:
        if entity.kind is _Kind.DESCRIPTION:
            mention = reader.main_person(entity.span.start)
        else:
            mention = reader.antecedent(entity.span.start, entity.gender)
        if mention is not None:
            name, span = mention.name, mention.span
            ids += (PRONOUN,)
    return _Speaker(name, span, ids + verb_ids, attribution.verb)
