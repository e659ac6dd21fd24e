"""Running one stage's rules over a text quickly: phrase rules by word lookup, the rest by their heads.

Python's regex engines try every branch of an alternation at every position,
so a stage of a few hundred party names, titles or reason cues costs
milliseconds per article as one big regex. Phrase rules are therefore matched
by looking words up: the text is split into words once per article
(`polevents._text.words`), and an index built once per `RuleSet` and stage
maps each phrase's first word to the phrases that start with it; a rule is
tried where such a word is written, unless a word of each of its phrases is
missing from the text; where the only phrase left is that word itself, it
matches there with no regex run. A rule's matches never overlap each other,
as its own regex's ``finditer`` finds them.

Pattern rules are tried only where one of their *heads* occurs: the literal
words every match must start with (``resign`` for ``resign(?:ed|s)?+…``,
``could``, ``would`` … for ``(?:could|would|…)[^\\S\\n]++not …``), read off
the pattern's source once per rule set. A head that is a whole word wherever
it leads a match (``(?<!\\w)(?i:last)[^\\S\\n]…``) is looked up among the
text's words; the others are searched for. A rule whose heads cannot be read
runs as its own regex over the whole text, unless it *requires* words (see
`polevents.rules.pattern`) and none of them is in the text's words: it cannot
match there, and is not run. Either way a rule finds exactly the matches its
own ``finditer`` finds.
"""

from __future__ import annotations

import functools
import operator

import attrs
import regex

from polevents._text import Words, occurrences, words
from polevents._types import Span
from polevents.rules import Match, PatternRule, RuleSet, Stage, _phrase_source

__all__ = ["find_at_heads", "literal_heads", "scan"]

_WORD = regex.compile(r"\w++", regex.VERSION1)


@attrs.frozen
class _Index:
    """A stage's rules: phrase rules by the first words of their phrases, and pattern rules."""

    rules: tuple[PatternRule, ...]
    by_first: dict[str, tuple[int, ...]] = attrs.field(eq=False)
    # The keys of *by_first*: a set meets the text's words in C over the smaller side,
    # where a dict's keys meet them only by trying each of the text's words.
    first_words: frozenset[str] = attrs.field(init=False, eq=False)
    finders: dict[str, regex.Pattern[str]] = attrs.field(eq=False)
    # Each pattern rule's index with its heads (None where none could be read) and those
    # of them that are whole words.
    patterns: tuple[tuple[int, tuple[str, ...] | None, frozenset[str]], ...]
    # Each rule's named groups that become `Match.groups` (those not starting with "_"),
    # with their numbers.
    groups: tuple[tuple[tuple[str, int], ...], ...] = attrs.field(eq=False)
    # A first word's rules with their regexes cut to it (`_phrases_from`) and the words those
    # phrases need (`_needed_words`), with all those words, filled as words are met.
    tried: dict[str, tuple[tuple[_Tried, ...], frozenset[str]]] = attrs.field(
        eq=False, factory=dict
    )
    # `worth_trying`'s answers, by the first word and the needed words a text holds.
    worth: dict[tuple[str, frozenset[str] | None], tuple[_Worth, ...]] = attrs.field(
        eq=False, factory=dict
    )

    @first_words.default
    def _first_words(self) -> frozenset[str]:
        return frozenset(self.by_first)

    def tried_at(self, word: str) -> tuple[tuple[_Tried, ...], frozenset[str]]:
        """The phrase rules that may match where *word* starts, each with its cut regex."""
        found = self.tried.get(word)
        if found is None:
            rules = tuple(
                (
                    index,
                    _phrases_from(self.rules[index], word),
                    _needed_words(self.rules[index], word),
                )
                for index in self.by_first[word]
            )
            needed = frozenset().union(*(n for _, _, phrases in rules for _, n in phrases or ()))
            found = self.tried[word] = (rules, needed)
        return found

    def worth_trying(self, word: str, written: frozenset[str] | None) -> tuple[_Worth, ...]:
        """The phrase rules worth trying where *word* starts in a text of the *written* words.

        A rule is not, where a word of each of its phrases is missing. Where
        the only phrases of a rule that are left are *word* itself, the rule
        matches wherever the word is written, with no regex to run: its regex
        is given as None. Which rules those are depends only on which of the
        words their phrases need the text holds, and texts share those: the
        answer is kept by them, where checking each phrase of each rule would
        cost a few microseconds per word per text ("the" starts dozens of
        phrases).
        """
        # Looked up here first, as a method call costs more than the lookup.
        tried = self.tried.get(word)
        rules, needed = self.tried_at(word) if tried is None else tried
        held = None if written is None else needed & written
        key = (word, held)
        found = self.worth.get(key)
        if found is None:
            if len(self.worth) >= _MOST_KEPT:
                self.worth.clear()
            found = self.worth[key] = tuple(
                (index, None if _only_the_word(self.rules[index], word, left) else phrases)
                for index, phrases, needs in rules
                if (left := _phrases_left(needs, held)) != ()
            )
        return found


# A phrase's text and the case-folded words it is made of.
_Needs = tuple[str, frozenset[str]]
# A phrase rule's index, its regex cut to one first word, and the words its phrases need.
_Tried = tuple[int, regex.Pattern[str], tuple[_Needs, ...] | None]
# A phrase rule's index and its regex cut to one first word, or None where the rule
# matches exactly where the word is written.
_Worth = tuple[int, regex.Pattern[str] | None]
# How many of `_Index.worth_trying`'s answers are kept before they are all dropped.
_MOST_KEPT = 4096


@functools.lru_cache(maxsize=64)
def _index(rules: RuleSet, stage: Stage) -> _Index:
    staged = rules.for_stage(stage).rules
    by_first: dict[str, list[int]] = {}
    patterns: list[tuple[int, tuple[str, ...] | None, frozenset[str]]] = []
    for index, rule in enumerate(staged):
        if not rule.phrases:
            patterns.append((index, _checked_heads(rule), _whole_word_heads(rule)))
            continue
        for text in rule.phrases:
            first = _WORD.search(text.lower())
            if first is not None and index not in by_first.setdefault(first.group(), []):
                by_first[first.group()].append(index)
    finders = {
        word: regex.compile(
            rf"(?<!\w){regex.escape(word)}(?!\w)", regex.VERSION1 | regex.IGNORECASE
        )
        for word in by_first
    }
    groups = tuple(
        tuple(
            (name, number)
            for name, number in rule.compiled.groupindex.items()
            if not name.startswith("_")
        )
        for rule in staged
    )
    return _Index(
        staged, {w: tuple(r) for w, r in by_first.items()}, finders, tuple(patterns), groups
    )


# Made on first use: a rule set's few hundred first words would cost a tenth of a second.
@functools.lru_cache(maxsize=4096)
def _phrases_from(rule: PatternRule, word: str) -> regex.Pattern[str]:
    """The rule's regex cut to the phrases that may match where *word* is written.

    A phrase can match where a word starts only if its own first word matches
    that word: the others are dropped, and the rest keep their order, so the
    first that matches is the one the rule's whole regex picks. A regex of a
    few phrases is tried many times faster than one of a hundred.
    """
    if not word.isascii() or rule.source != _phrase_source(rule.phrases):
        return rule.compiled
    phrases = sorted({p.strip() for p in rule.phrases if p.strip()}, key=lambda p: (-len(p), p))
    kept = [p for p in phrases if _may_start(p, word)]
    flags = regex.VERSION1 | (regex.IGNORECASE if rule.ignore_case else 0)
    return regex.compile(_phrase_source(tuple(kept)), flags)


@functools.lru_cache(maxsize=4096)
def _needed_words(rule: PatternRule, word: str) -> tuple[_Needs, ...] | None:
    """Each phrase `_phrases_from` keeps, with the case-folded words it is made of.

    A phrase matches only where each of its words is written as a whole word
    (its words are bounded by spaces, signs or its own ends, and it matches
    whole words), so where a text lacks one word of every phrase the rule is
    not tried at all: "the" starts hundreds of phrases and nearly every
    sentence. None where that cannot be read off: the rule's regex is not its
    phrases', or a phrase is not ASCII (case-insensitive matching of other
    scripts does not always map word to folded word).
    """
    if not word.isascii() or rule.source != _phrase_source(rule.phrases):
        return None
    kept = sorted({p.strip() for p in rule.phrases if p.strip() and _may_start(p.strip(), word)})
    if not all(phrase.isascii() for phrase in kept):
        return None
    return tuple((phrase, frozenset(_WORD.findall(phrase.casefold()))) for phrase in kept)


def _phrases_left(
    needs: tuple[_Needs, ...] | None, held: frozenset[str] | None
) -> tuple[str, ...] | None:
    """The phrases all of whose words a text holds (*held*); None where that is not known."""
    if needs is None or held is None:
        return None
    return tuple(phrase for phrase, words in needs if words <= held)


def _only_the_word(rule: PatternRule, word: str, phrases: tuple[str, ...] | None) -> bool:
    """Whether *phrases*, all a rule can match where *word* starts, are that word alone.

    The rule then matches exactly where the word is written as a whole word
    (a text's words are filed under their case-folded forms, and an ASCII word
    matches case-insensitively exactly those: see `polevents._text.Words`).
    """
    return (
        rule.ignore_case
        and phrases is not None
        and all(phrase.casefold() == word for phrase in phrases)
    )


def _may_start(phrase: str, word: str) -> bool:
    first = _WORD.match(phrase)
    if first is None:
        return False  # it starts with a sign, never at a word's start
    # An ASCII word matches another case-insensitively when they fold alike.
    return not first.group().isascii() or first.group().casefold() == word


def _match(
    rule: PatternRule, groups: tuple[tuple[str, int], ...], found: regex.Match[str]
) -> Match:
    if not groups:
        return Match(rule.id, rule.label, Span(*found.span()), {})
    # All the groups' offsets in one tuple: asking for each group by name costs more.
    offsets = found.regs
    return Match(
        rule.id,
        rule.label,
        Span(*offsets[0]),
        {name: Span(*offsets[number]) for name, number in groups if offsets[number][0] >= 0},
    )


# (start, start - end, rule index, the regex match if one was run): sorted, leftmost then
# longest then first rule.
_Candidate = tuple[int, int, int, regex.Match[str] | None]
_ORDER = operator.itemgetter(0, 1, 2)


def scan(text: str, rules: RuleSet, stage: Stage) -> tuple[Match, ...]:
    """Every match of *stage*'s rules in *text*: leftmost first, not overlapping.

    Where matches start at the same place the longer wins, then the earlier rule.
    A phrase rule is only tried where the first word of one of its phrases
    occurs, and there with its own regex, so it matches exactly as on its own.
    """
    index = _index(rules, stage)
    split = words(text)
    candidates: list[_Candidate] = []
    written = split.folded_words
    for word in index.first_words & split.lower:
        tried = index.worth_trying(word, written)
        if not tried:
            continue
        starts = (
            split.at.get(word, ())
            if split.at is not None and word.isascii()
            else [occurrence.start() for occurrence in index.finders[word].finditer(text)]
        )
        for start in starts:
            for rule_index, phrases in tried:
                if phrases is None:
                    candidates.append((start, -len(word), rule_index, None))
                    continue
                found = phrases.match(text, start)
                if found is not None:
                    begins, ends = found.span()
                    if ends > begins:
                        candidates.append((begins, begins - ends, rule_index, found))
    offsets: dict[str, list[int]] = {}
    for rule_index, heads, whole in index.patterns:
        rule = index.rules[rule_index]
        if rule.requires and written is not None and written.isdisjoint(rule.requires):
            continue  # none of the words the rule needs is written
        # As `find_at_heads`, with the text's words at hand.
        found_all = (
            None
            if heads is None
            else _at_heads(text, split, rule.compiled, heads, whole=whole, offsets=offsets)
        )
        # A loop, not `extend` with a generator: most rules match once or not at all, and
        # making the generator costs more than the loop saves.
        for found in rule.compiled.finditer(text) if found_all is None else found_all:
            begins, ends = found.span()
            if ends > begins:
                candidates.append((begins, begins - ends, rule_index, found))
    candidates.sort(key=_ORDER)
    kept: list[Match] = []
    end = -1
    # Where each rule's last match ends: a phrase rule is tried at every place a first word
    # of its phrases is written, so it may match again inside its own last match ("whip
    # suspended", then "suspended"), which its regex's finditer would not.
    rule_ends = [0] * len(index.rules)
    for start, negative_length, rule_index, found in candidates:
        if start < rule_ends[rule_index]:
            continue
        rule_ends[rule_index] = start - negative_length
        if start < end:
            continue
        rule = index.rules[rule_index]
        match = (
            Match(rule.id, rule.label, Span(start, start - negative_length), {})
            if found is None
            else _match(rule, index.groups[rule_index], found)
        )
        if rule.check is not None and not rule.check(match, text):
            continue
        kept.append(match)
        end = match.span.end
    return tuple(kept)


def find_at_heads(
    text: str,
    pattern: regex.Pattern[str],
    heads: tuple[str, ...] | None,
    whole: frozenset[str] = frozenset(),
    offsets: dict[str, list[int]] | None = None,
) -> list[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds, tried only where one of *heads* is written if it pays.

    *heads* must be literals that every match starts with, case-folded (as
    `literal_heads` reads them); those in *whole* must also be whole words
    wherever they lead a match, and are looked up among the text's words.
    *offsets* may be shared by patterns tried on one text (see `_at_heads`).
    """
    if offsets is None:
        offsets = {}
    if heads is not None:
        found = _at_heads(text, words(text), pattern, heads, whole=whole, offsets=offsets)
        if found is not None:
            return found
    return list(pattern.finditer(text))


def _at_heads(
    text: str,
    split: Words,
    pattern: regex.Pattern[str],
    heads: tuple[str, ...],
    *,
    whole: frozenset[str],
    offsets: dict[str, list[int]],
) -> list[regex.Match[str]] | None:
    """What ``pattern.finditer(text)`` finds, trying the pattern only where a head occurs.

    A head in *whole* is looked up among the text's words; the others are
    searched for in its folded form. *offsets* holds where each of those
    occurs, filled as heads are first asked for (rules share heads). None when
    the heads are too common to pay, or when the pattern matches the empty
    string somewhere (``finditer`` then goes on from that same place):
    ``finditer`` itself is used then.
    """
    folded, at = split.folded, split.at
    if folded is None or at is None:
        return None
    starts: set[int] = set()
    if whole:
        # The whole words the text holds, by one intersection in C (over the smaller side).
        for head in at.keys() & whole:
            starts.update(at[head])
    for head in heads:
        if head in whole:
            continue
        places = offsets.get(head)
        if places is None:
            # Most heads are not written at all: `in` tells so without a Python call.
            places = offsets[head] = occurrences(folded, head) if head in folded else []
        starts.update(places)
    if not starts:
        return []
    if len(starts) * _HEAD_SPACING > len(text):
        return None  # a head as common as "an": one pass of the regex costs less
    found_all = []
    resume = 0
    for offset in sorted(starts):
        if offset < resume:
            continue
        found = pattern.match(text, offset)
        if found is None:
            continue
        begins, resume = found.span()
        if resume == begins:
            return None
        found_all.append(found)
    return found_all


# Fewer characters per place a head occurs than this, and the rule runs as one regex.
_HEAD_SPACING = 100


# --- Heads: the literal words a pattern's every match starts with ------------------------

# Characters a head may hold: each matches, case-insensitively, only what folds to it.
_HEAD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'&,")
_LOOKAROUNDS = ("(?<=", "(?<!", "(?=", "(?!")
_ZERO_WIDTH = ("\\b", "\\B", "\\m", "\\M")
# Inline flags (verbose, reverse …) and \G change what a source's text means: no heads. A
# group that only switches case sensitivity does not, as heads are compared case-folded.
_UNREADABLE = regex.compile(r"\(\?(?!-?i:)[\^a-zA-Z-]++[:)]|\\G", regex.VERSION1)


def literal_heads(source: str) -> tuple[str, ...] | None:
    """The case-folded literals every match of the regex *source* starts with, if they can be read.

    >>> literal_heads(r"\\b(?:councill?ors|members)\\b")
    ('councillors', 'councilors', 'members')
    """
    heads = _read_heads(source)
    return tuple(head for head, _ in heads) if heads else None


@functools.lru_cache(maxsize=1024)
def _read_heads(source: str) -> tuple[tuple[str, bool], ...] | None:
    """The heads of *source*, in order, each with whether it is always a whole word."""
    if _UNREADABLE.search(source):
        return None
    heads = _heads(source, 0, len(source), word_start=False, word_end=False)
    return tuple(sorted(heads.items())) if heads is not None else None


def _checked_heads(rule: PatternRule) -> tuple[str, ...] | None:
    """The rule's heads, if they can be read and every match of its examples starts with one."""
    heads = literal_heads(rule.source)
    if heads is None:
        return None
    for example in rule.examples:
        folded = example.casefold()
        if len(folded) != len(example):
            continue
        for found in rule.compiled.finditer(example):
            if not folded.startswith(heads, found.start()):
                return None  # a misreading of the source: let the regex run everywhere
    # A search for "expulsion" finds every place "expulsions" would; looking the
    # whole word "jan" up does not find "january", which is looked up too.
    searched = {head for head, whole in _read_heads(rule.source) or () if not whole}
    return tuple(sorted(h for h in heads if not any(h.startswith(o) and h != o for o in searched)))


@functools.lru_cache(maxsize=1024)
def _whole_word_heads(rule: PatternRule) -> frozenset[str]:
    """Those of the rule's `_checked_heads` that are whole words wherever they lead a match.

    They are looked up among the text's words rather than searched for: "an"
    or "may" as a whole word is rare, as the letters inside words are not.
    None are where a match of an example starts with some of them but with
    none as a whole word.
    """
    checked = _checked_heads(rule)
    read = _read_heads(rule.source)
    if checked is None or read is None:
        return frozenset()
    whole = frozenset(head for head, is_whole in read if is_whole and head in checked)
    for example in rule.examples:
        folded = example.casefold()
        if len(folded) != len(example):
            continue
        for found in rule.compiled.finditer(example):
            start = found.start()
            leading = [head for head in whole if folded.startswith(head, start)]
            if leading and not any(_is_word(folded, start, start + len(h)) for h in leading):
                return frozenset()  # a misreading of the source: search for every head
    return whole


def _is_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word of *text*."""
    before = start > 0 and _WORD.match(text, start - 1, start) is not None
    after = _WORD.match(text, end, end + 1) is not None
    return not before and not after and _WORD.fullmatch(text, start, end) is not None


# A head and whether every match it leads starts a word there and ends one after it.
_Heads = dict[str, bool]


def _heads(source: str, start: int, end: int, *, word_start: bool, word_end: bool) -> _Heads | None:
    """The heads of the alternation ``source[start:end]``, or None if one branch has none.

    *word_start*: a match begins at a word's start (a ``(?<!\\w)`` before it);
    *word_end*: what follows the alternation begins with a word's end.
    """
    branches = _branches(source, start, end)
    if branches is None:
        return None
    heads: _Heads = {}
    for branch_start, branch_end in branches:
        found = _sequence_heads(
            source, branch_start, branch_end, word_start=word_start, word_end=word_end
        )
        if found is None:
            return None
        _merge(heads, found)
    return heads


def _merge(heads: _Heads, more: _Heads) -> None:
    for head, whole in more.items():
        heads[head] = heads.get(head, True) and whole


def _sequence_heads(
    source: str, at: int, end: int, *, word_start: bool, word_end: bool
) -> _Heads | None:
    """The heads of one branch: after its zero-width opening, a group's heads or a literal."""
    while at < end:
        if source.startswith(_LOOKAROUNDS, at):
            after = _group_end(source, at)
            if after is None or after > end or _may_repeat(source, after):
                return None
            word_start = word_start or source.startswith(_WORD_START, at)
            at = after
        elif source.startswith(_ZERO_WIDTH, at):
            word_start = word_start or source.startswith(_WORD_START, at)
            at += 2
        else:
            break
    if at >= end:
        return None
    opening = _GROUP_OPENING.match(source, at, end)
    if opening is not None:
        after = _group_end(source, at)
        if after is None or after > end:
            return None
        repeats = _may_repeat(source, after)
        heads = _heads(
            source,
            opening.end(),
            after - 1,
            word_start=word_start,
            word_end=not repeats and _ends_word(source, after, end, word_end=word_end),
        )
        if heads is None:
            return None
        if repeats:
            if not source.startswith(("?", "*"), after):
                return None
            # An optional group: a match starts with it or with what follows it.
            rest = after + 1
            if rest < end and source[rest] in "?+":
                rest += 1
            following = _sequence_heads(source, rest, end, word_start=word_start, word_end=word_end)
            if following is None:
                return None
            _merge(heads, following)
        return heads
    return _literal_head(source, at, end, word_start=word_start, word_end=word_end)


def _literal_head(
    source: str, at: int, end: int, *, word_start: bool, word_end: bool
) -> _Heads | None:
    """The literal text at *at*, both ways round an optional character ("de-?selected")."""
    heads = [""]
    complete = True  # the literal ends where another item begins, not inside a repeat
    while at < end:
        if source[at] == "\\" and at + 1 < end and source[at + 1] in _ESCAPED_LITERALS:
            character, after = source[at + 1], at + 2
        elif source[at] in _HEAD_CHARACTERS:
            character, after = source[at], at + 1
        else:
            break
        if source.startswith("?", after) and len(heads) < _MAX_HEADS:
            heads += [head + character for head in heads]
            at = after + 1 + (source.startswith(("?", "+"), after + 1))
            continue
        if _may_repeat(source, after):
            complete = False
            break
        heads = [head + character for head in heads]
        at = after
        if source.startswith("+", at):
            complete = False
            break
    if not all(heads):
        return None
    whole = word_start and complete and _ends_word(source, at, end, word_end=word_end)
    return {head.casefold(): whole and head.isalnum() for head in heads}


def _ends_word(source: str, at: int, end: int, *, word_end: bool) -> bool:
    """Whether the item at *at* (up to *end*) matches only where a word has just ended."""
    if at >= end:
        return word_end
    if source.startswith(_WORD_END_ASSERTIONS, at):
        return True
    if source.startswith("(?=", at):
        # A look-ahead of one branch that begins with a space: "(?=[^\S\n]++)".
        after = _group_end(source, at)
        branches = None if after is None else _branches(source, at + 3, after - 1)
        if branches is None or len(branches) != 1:
            return False
        at += 3
    spaces = next((s for s in _SPACES if source.startswith(s, at)), None)
    return spaces is not None and _at_least_once(source, at + len(spaces))


def _at_least_once(source: str, at: int) -> bool:
    """Whether the item just before *at* must match at least once."""
    if at >= len(source) or source[at] not in "?*{":
        return True
    least = _LEAST_REPEATS.match(source, at)
    return least is not None and int(least.group(1)) >= 1


_WORD_START = ("(?<!\\w)", "\\b", "\\m")
_WORD_END_ASSERTIONS = ("(?!\\w)", "\\b", "\\M")
_SPACES = ("[^\\S\\n]", "\\s", " ")
_LEAST_REPEATS = regex.compile(r"\{(\d++)(?:,\d*+)?\}", regex.VERSION1)
# Groups whose heads can be read: plain, atomic, named, and those that only switch case.
_GROUP_OPENING = regex.compile(r"\(\?(?::|>|P<\w++>|-?i:)", regex.VERSION1)


# Optional characters double a literal's heads: past this many, the rest is left to the regex.
_MAX_HEADS = 8
_ESCAPED_LITERALS = frozenset(" -'&,.()[]{}|?*+^$\\/\"")


def _may_repeat(source: str, at: int) -> bool:
    """Whether a quantifier at *at* lets the item before it match zero or several times."""
    return at < len(source) and source[at] in "?*{"


def _branches(source: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The top-level branches of ``source[start:end]``, split at its ``|``."""
    branches = []
    at = branch_start = start
    while at < end:
        character = source[at]
        if character == "\\":
            at += 2
            continue
        if character in "[(":
            after = _class_end(source, at) if character == "[" else _group_end(source, at)
            if after is None:
                return None
            at = after
            continue
        if character == "|":
            branches.append((branch_start, at))
            branch_start = at + 1
        at += 1
    branches.append((branch_start, end))
    return branches


def _group_end(source: str, at: int) -> int | None:
    """Just past the group that opens at ``source[at] == "("``, or None if it never closes."""
    depth = 0
    while at < len(source):
        character = source[at]
        if character == "\\":
            at += 2
            continue
        if character == "[":
            after = _class_end(source, at)
            if after is None:
                return None
            at = after
            continue
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    return None


def _class_end(source: str, at: int) -> int | None:
    """Just past the character class that opens at *at* (sets nest in VERSION1)."""
    depth = 0
    while at < len(source):
        character = source[at]
        if character == "\\":
            at += 2
            continue
        if character == "[":
            depth += 1
            at += 1
            if source.startswith("^", at):
                at += 1
            if source.startswith("]", at):
                at += 1  # a "]" first in a set is a literal
            continue
        if character == "]":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    return None
