"""The people stage's shortcuts find exactly what one pass of their regex over the text finds."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from polevents import defaults
from polevents._matching import find_at_heads, scan
from polevents._people import (
    _COUNCIL,
    _NEVER_IN_NAMES,
    _NICKNAME_QUOTES,
    _PARTICLE,
    _PLACE_AT_END,
    _RUN_PARTICLE,
    _SENTENCE_END,
    _SEQUENCE,
    _SEQUENCE_SOURCE,
    _WARD_AFTER,
    _WARD_KEYWORDS,
    _councils,
    _may_end_council,
    _place_before,
    _same_sentence,
    _sequences,
    _title_at,
    _token,
)
from polevents.rules import Match, Stage

# Words and signs these searches turn on, glued together at random: names, places,
# keywords inside longer words, non-ASCII letters and the separators the engines differ on.
_FRAGMENTS = (
    *("Jo", "Bloggs's", "Jones'", "O'Neill", "O’Neill", "Smith-Jones", "J.", "MP", "Cllr"),
    *("de", "della", "van", "der", "al", "'Tiger'", "“Ed”", "‘Al’", "Siobhán", "ÉIRE", "Ó"),
    *("Council", "council", "COUNCIL", "Councillor", "councillors", "councilor", "Ward"),
    *("ward", "toward", "represents", "Represented", "for", "of", "the", "and", "upon", "le"),
    *("Eastfield", "Borough", "City", "Metropolitan", "Town", "St", "Mary’s", "İ", "ß", "K"),
    *("2024", "\x1c", " ", " ", "  ", "\t", "\xa0", "\n", ",", ".", "!", "?", "’", "'", "-"),
    *("—", ")", '"', "”", "Mr", "Mr.", "Dr", "Cllr.", "Rt Hon", "Sir", ". ", " .", "\t"),
)
_TEXTS = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)


def _spans(matches: Iterable[re.Match[str] | regex.Match[str]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
@example("Jo\x1cBloggs met Ann 2Smith and Bo9 Li")
@example("Jo Bloggs met Éamon Ó Cuív")
def test_runs_of_capitalised_words(text: str) -> None:
    assert _spans(_sequences(text)) == _spans(_SEQUENCE.finditer(text))


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
@example("Eastfield Council and West Council2, Town Council Council.St Council")
@example("the council of Eastfield city council, a council, Mid Hill\tcouncil, a Old council")
@example("Eastfield metropolitan borough council and the x-council and the Town council")
def test_councils(text: str) -> None:
    assert _spans(_councils(text)) == _spans(_COUNCIL.finditer(text))
    for match in _COUNCIL.finditer(text):
        assert _may_end_council(text, match.end() - len("council"))


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
@example("Jo Bloggs, councillor for Hillside and the ward of Eastfield, toward Old Town ward.")
@example("He represents the Old Town. Ann Lee, Eastfield Councillor, COUNCILLORS of Mid Hill")
@example("Hillside ward's toward Ward2, Ann Lee\tcouncilor_x and Mid Hill councillor\ncouncillor")
def test_ward_patterns(text: str) -> None:
    for pattern, heads in _WARD_AFTER:
        assert _spans(find_at_heads(text, pattern, heads)) == _spans(pattern.finditer(text))
    for pattern, words in _WARD_KEYWORDS:
        found = find_at_heads(text, pattern, words, frozenset(words))
        assert _spans(found) == _spans(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("Jo Bloggs, Mid Hill upon Old Town and St Mary’s ward, a ward, McDonald ward")
@example("Ann Lee\x1c ward, Ann Lee\n ward, ÉIRE ward, Ǆemal ward, A B C D E F ward")
def test_places_before(text: str) -> None:
    for end in range(len(text) + 1):
        place = _PLACE_AT_END.search(text, max(0, end - 60), end)
        assert _spans(filter(None, [_place_before(text, end)])) == _spans(filter(None, [place]))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=300))
@example("He left.Then", 0, 8)
@example("He left. Then", 0, 9)
def test_same_sentence(text: str, a: int, b: int) -> None:
    a, b = min(a, len(text)), min(b, len(text))
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    index = bisect.bisect_right(ends, min(a, b))
    assert _same_sentence(text, a, b) == (index >= len(ends) or ends[index] > max(a, b))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("Jo della Bloggs, Ann de la Cruz, Bo van der Berg and Al bin Ali")
def test_runs_read_the_particle_tree_as_the_particle_list(text: str) -> None:
    assert _RUN_PARTICLE in _SEQUENCE_SOURCE
    listed = regex.compile(_SEQUENCE_SOURCE.replace(_RUN_PARTICLE, _PARTICLE), regex.VERSION1)
    assert _spans(_SEQUENCE.finditer(text)) == _spans(listed.finditer(text))


def test_particle_tree_matches_the_listed_particles_only() -> None:
    particles = _PARTICLE.removeprefix("(?:").removesuffix(")").split("|")
    # Each particle, its prefixes and its extensions by a letter of another.
    letters = sorted(set("".join(particles)))
    candidates = {p[:cut] for p in particles for cut in range(len(p) + 1)}
    candidates |= {p + letter for p in particles for letter in letters}
    for candidate in candidates:
        in_tree = regex.fullmatch(_RUN_PARTICLE, candidate) is not None
        assert in_tree == (candidate in particles), candidate


def test_non_ascii_letters_are_searched_by_unicode_classes() -> None:
    # "Émile" starts with a capital only the Unicode pattern knows.
    text = "Cllr Émile Zola and Jo Bloggs"
    assert _spans(_sequences(text)) == _spans(_SEQUENCE.finditer(text))
    assert [m.group() for m in _sequences(text)] == ["Cllr Émile Zola", "Jo Bloggs"]
    assert isinstance(next(iter(_sequences(text))), regex.Match)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_titles_before_names(text: str) -> None:
    titles = scan(text, defaults.RULES, Stage.TITLES)
    by_end = {title.span.end: title for title in titles}

    def written_before(start: int) -> Match | None:
        # The nearest title ending one to three characters before, with only spaces,
        # tabs and dots between.
        for gap in range(1, 4):
            title = by_end.get(start - gap)
            if title is not None and not text[title.span.end : start].strip(" .\t"):
                return title
        return None

    found = _title_at(text, titles)
    assert all(found.get(start) == written_before(start) for start in range(len(text) + 1))


def test_runs_of_never_name_words_are_read_as_breaking_every_name() -> None:
    # `_runs` skips a run of these words unread: each must break a name as a word of it.
    for word in _NEVER_IN_NAMES:
        assert _token(word) == (word, True)
        assert not word[0].islower()
        assert word[0] not in _NICKNAME_QUOTES
