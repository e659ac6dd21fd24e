"""The departures stage: who left which party, how, for which party, in what group."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import polevents
from polevents import DepartureKind, Span
from polevents._departures import (
    _AS_INDEPENDENT,
    _CONDITION,
    _FINITE_AFTER,
    _GROUP_NOUN,
    _LIST_AFTER,
    _PLURAL_SUBJECT,
    _PRONOUN_SUBJECT,
    _ROLE_SUBJECT,
    _SUBORDINATOR,
    _UNREAL,
    _WHITE_SPACE,
    _WHOLE_WORDS,
    _WORD_HEADS,
    _count,
    _count_starts,
    _independent_statements,
    _last,
    _last_at,
    _list_after,
    _says,
    _search_at_heads,
    _sentences,
    _unreal,
    _words_from,
    _words_of,
)
from polevents._matching import _checked_heads, scan
from polevents._text import words


def _events(text: str) -> list[tuple[tuple[str, ...], str, str, str | None]]:
    return [
        (
            tuple(c.name for c in event.councillors),
            event.party.name,
            event.kind.value,
            event.joined.name if event.joined else None,
        )
        for event in polevents.extract(text, published="2024-04-01").departures
    ]


class TestPositives:
    """Stated departures, each with its kind, party left and party joined."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Cllr Jo Bloggs has resigned from the Labour Party.",
                [(("Jo Bloggs",), "Labour", "resignation", None)],
            ),
            (
                "Tory councillor Ann Smith has defected to Reform UK.",
                [(("Ann Smith",), "Conservative", "resignation", "Reform UK")],
            ),
            (
                "Cllr Jo Bloggs quit the Liberal Democrats and will sit as an independent.",
                [(("Jo Bloggs",), "Liberal Democrats", "resignation", "Independent")],
            ),
            (
                "Labour councillor Jo Bloggs has been suspended from the party.",
                [(("Jo Bloggs",), "Labour", "suspension", None)],
            ),
            (
                "Green councillor Ann Smith was expelled from the Green Party last year.",
                [(("Ann Smith",), "Green", "expulsion", None)],
            ),
            (
                "Conservative councillor Jo Bloggs has been deselected by the local party.",
                [(("Jo Bloggs",), "Conservative", "deselection", None)],
            ),
            (
                "The MP Jo Bloggs had the Labour whip removed on Tuesday.",
                [(("Jo Bloggs",), "Labour", "suspension", None)],
            ),
        ],
        ids=[
            "resigned-from",
            "defected",
            "sit-as-independent",
            "suspended",
            "expelled",
            "deselected",
            "whip-removed",
        ],
    )
    def test_single_departures(self, text: str, expected: list[object]) -> None:
        """One sentence, one departure."""
        assert expected == _events(text)

    def test_suspended_then_resigned_is_two(self) -> None:
        """A suspension and a later resignation are two departures."""
        text = (
            "Labour councillor Jo Bloggs was suspended from the party in May. "
            "Cllr Bloggs has now resigned from Labour."
        )

        assert [kind for *_, kind, _ in _events(text)] == ["suspension", "resignation"]

    def test_group_with_count_and_names(self) -> None:
        """A group departure lists the named members and the stated count."""
        text = (
            "Twelve councillors and their leader have resigned from the Labour Party. "
            "They include Jo Bloggs, Ann Smith and Sam Jones."
        )
        (event,) = polevents.extract(text).departures

        assert event.group_size == 13
        assert [c.name for c in event.councillors] == ["Jo Bloggs", "Ann Smith", "Sam Jones"]

    def test_active_suspension_names_the_objects(self) -> None:
        """In 'X has suspended three MPs' the MPs, not X, are suspended."""
        text = (
            "The leader Sam Jones has suspended three Labour MPs. "
            "Jo Bloggs, Ann Smith and Kim Lee had the whip removed."
        )
        (event,) = polevents.extract(text).departures

        assert DepartureKind.SUSPENSION is event.kind
        assert event.group_size == 3
        assert "Sam Jones" not in [c.name for c in event.councillors]

    def test_event_carries_evidence(self) -> None:
        """The span is the trigger's sentence and the rule ids name the trigger rule."""
        text = "Cllr Jo Bloggs has resigned from the Labour Party."
        (event,) = polevents.extract(text).departures

        assert text == event.span.of(text)
        assert event.rule_ids[0] == "departures.resignation.resigned_from"


class TestNegatives:
    """What the guidelines say is not a departure."""

    @pytest.mark.parametrize(
        "text",
        [
            "Labour councillor Jo Bloggs called on the leader to resign from the party.",
            "Cllr Jo Bloggs said she would quit the Conservatives if the plan went ahead.",
            "Tory councillor Jo Bloggs threatened to leave the party.",
            "Cllr Jo Bloggs has resigned as leader of the Labour group.",
            "Labour councillor Jo Bloggs resigned his seat on the council.",
            "Labour councillor Jo Bloggs has no intention of leaving the party.",
            "Jo Bloggs, a former Labour councillor, opened the fete.",
            "Jo Bloggs has joined the Green Party.",
            "Cllr Jo Bloggs denied that she had quit the Labour Party.",
        ],
        ids=[
            "call-to-resign",
            "hypothetical",
            "threat",
            "post",
            "seat",
            "denial",
            "former",
            "join-without-party-left",
            "denied",
        ],
    )
    def test_not_a_departure(self, text: str) -> None:
        """No departure is extracted."""
        assert _events(text) == []


class TestProperties:
    """Invariants over any text."""

    @settings(max_examples=100, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "Cllr Jo Bloggs",
                    " quit ",
                    "the Tories",
                    " and joined ",
                    "Reform UK",
                    ". ",
                    "Twenty councillors",
                    " were suspended",
                    " by Labour",
                    "“I resigned from Labour,” she said.",
                    "\n",
                ]
            ),
            max_size=12,
        ).map("".join)
    )
    def test_never_raises_spans_in_bounds_deterministic(self, text: str) -> None:
        """Departure-like text never raises; spans are inside it; runs agree."""
        first = polevents.extract(text).departures

        assert first == polevents.extract(text).departures
        for event in first:
            assert event.councillors
            assert 0 <= event.span.start <= event.span.end <= len(text)
            assert event.party.text == event.party.span.of(text)
            assert event.group_size is None or event.group_size >= 1


def _dated(text: str) -> list[tuple[tuple[str, ...], str, str | None, str | None]]:
    return [
        (
            tuple(c.name for c in event.councillors),
            event.party.name,
            event.joined.name if event.joined else None,
            event.date.isoformat() if event.date else None,
        )
        for event in polevents.extract(text, published="2024-04-05").departures
    ]


class TestAcrossSentences:
    """A departure told over several sentences: its date, party joined and people."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Cllr Jo Bloggs has quit the Labour Party. She quit on live radio on Monday.",
                [(("Jo Bloggs",), "Labour", None, "2024-04-01")],
            ),
            (
                (
                    "This week Cllr Jo Bloggs quit the Labour Party. "
                    '"I resigned from the Labour Party on Tuesday," she said.'
                ),
                [(("Jo Bloggs",), "Labour", None, "2024-04-02")],
            ),
            (
                (
                    "Republican council members Jo Bloggs and Ann Smith announced their departure on "
                    'Monday and will re-register under "no party preference".'
                ),
                [(("Jo Bloggs", "Ann Smith"), "Republican", "Independent", "2024-04-01")],
            ),
            (
                (
                    "Cllr Jo Bloggs said she was no longer a member of the Labour Party as of 9 a.m. "
                    "Monday."
                ),
                [(("Jo Bloggs",), "Labour", None, "2024-04-01")],
            ),
            (
                (
                    "Labour MP Jo Bloggs was expelled from the party. On Tuesday Bloggs announced "
                    "his resignation from Parliament."
                ),
                [(("Jo Bloggs",), "Labour", None, None)],
            ),
            (
                (
                    "Ann Smith and Jo Bloggs, who both sit as independents after Bloggs quit the "
                    "Labour Party last month, spoke."
                ),
                [(("Jo Bloggs",), "Labour", "Independent", "2024-03")],
            ),
            (
                "Cllr Jo Bloggs has quit the Labour Party. She left the party on Monday.",
                [(("Jo Bloggs",), "Labour", None, "2024-04-01")],
            ),
            (
                "Cllr Jo Bloggs has resigned from the Labour Party.",
                [(("Jo Bloggs",), "Labour", None, None)],
            ),
            (
                "Cllr Jo Bloggs has quit the Labour Party. She now sits as an independent.",
                [(("Jo Bloggs",), "Labour", "Independent", None)],
            ),
            (
                "Cllr Jo Bloggs has quit the Labour Party. Bloggs joined Reform UK last week.",
                [(("Jo Bloggs",), "Labour", "Reform UK", None)],
            ),
            (
                (
                    "Labour councillors Ann Smith and Jo Bloggs have quit the party to form the "
                    "Eastfield Independent Group."
                ),
                [(("Ann Smith", "Jo Bloggs"), "Labour", "Independent", None)],
            ),
            (
                (
                    "Cllr Jo Bloggs, a former Tory, has quit the Greens to sit in the Independent "
                    "Mayor's cabinet."
                ),
                [(("Jo Bloggs",), "Green", None, None)],
            ),
            (
                "Labour councillor Jo Bloggs has decided to leave the party for Reform UK.",
                [(("Jo Bloggs",), "Labour", "Reform UK", None)],
            ),
        ],
        ids=[
            "quit-restates-date",
            "day-refines-week",
            "announced-departure",
            "as-of",
            "resigned-from-parliament",
            "own-clause-subject",
            "date-in-restatement",
            "bare-perfect-has-no-date",
            "independent-next-sentence",
            "joined-next-sentence",
            "formed-independent-group",
            "not-as-independent",
            "leave-the-party-for",
        ],
    )
    def test_slots(
        self, text: str, expected: list[tuple[tuple[str, ...], str, str | None, str | None]]
    ) -> None:
        """The slots come from every sentence that tells of the same departure."""
        assert _dated(text) == expected


class TestSubjects:
    """Who left: the clause's subject, not a person named in passing."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "The council's leader, Jo Bloggs, a close ally of Labour leader Ann Smith who "
                    "chairs the group, has been deselected by the party."
                ),
                [(("Jo Bloggs",), "Labour", "deselection", None)],
            ),
            (
                (
                    'Cllr Ann Smith said: "The three Labour councillors were suspended by the party." '
                    "They are Jo Bloggs, Sam Jones and Kim Lee."
                ),
                [(("Jo Bloggs", "Sam Jones", "Kim Lee"), "Labour", "suspension", None)],
            ),
            (
                (
                    "A Labour councillor who was told she could not stand again has defected to the "
                    "Green Party. Cllr Jo Bloggs announced the move on Monday."
                ),
                [(("Jo Bloggs",), "Labour", "resignation", "Green")],
            ),
            (
                (
                    'Cllr Ann Smith said: "I am disappointed in Labour councillor Jo Bloggs for '
                    'defecting to Reform UK."'
                ),
                [(("Jo Bloggs",), "Labour", "resignation", "Reform UK")],
            ),
            (
                (
                    "Cllr Jo Bloggs was expelled from the Labour Party. The expulsion follows a "
                    "complaint by Cllr Ann Smith."
                ),
                [(("Jo Bloggs",), "Labour", "expulsion", None)],
            ),
        ],
        ids=[
            "prepositional-object-skipped",
            "quote-speaker-not-subject",
            "unreal-word-of-a-relative-clause",
            "first-person-speaker-not-subject",
            "determiner-noun-refers-back",
        ],
    )
    def test_who(
        self, text: str, expected: list[tuple[tuple[str, ...], str, str, str | None]]
    ) -> None:
        """The people of each departure."""
        assert _events(text) == expected

    def test_joined_alone_in_a_quote_is_no_departure(self) -> None:
        """'They have joined Reform in …' names no party left: nothing is extracted."""
        text = 'Cllr Jo Bloggs said: "The Tories are finished. They have joined Reform in this."'
        assert _events(text) == []


class TestGroups:
    """Group departures: members named after the verb, in a later sentence, or in part."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "Three Labour councillors have quit the party. The councillors who resigned "
                    "were Jo Bloggs, Ann Smith and Sam Jones."
                ),
                [(("Jo Bloggs", "Ann Smith", "Sam Jones"), 3)],
            ),
            (
                (
                    "Four councillors, including group leader Kim Lee, have quit the Labour Party. "
                    "The other councillors who quit were Jo Bloggs, Ann Smith and Sam Jones."
                ),
                [(("Kim Lee", "Jo Bloggs", "Ann Smith", "Sam Jones"), 4)],
            ),
            (
                (
                    "The four Eastfield councillors to defect from Labour to the Greens include a "
                    "former whip, Jo Bloggs, and a former mayor, Ann Smith. They are joined by Sam "
                    "Jones and Kim Lee."
                ),
                [(("Jo Bloggs", "Ann Smith", "Sam Jones", "Kim Lee"), 4)],
            ),
            (
                (
                    "Cllrs Jo Bloggs and Ann Smith, as well as chair of the Eastfield Parks Trust, "
                    "Cllr Sam Jones, have quit the Conservative Party."
                ),
                [(("Jo Bloggs", "Ann Smith", "Sam Jones"), 3)],
            ),
            (
                (
                    "The mayor's housing plan has prompted some Eastfield leaders to cut ties with the "
                    "Republican Party. Council members Jo Bloggs and Ann Smith spoke on Monday."
                ),
                [(("Jo Bloggs", "Ann Smith"), 2)],
            ),
            (
                (
                    "Councillors Jo Bloggs, who represents Eastfield, and Ann Smith, who represents "
                    "Westfield, have quit the Labour Party."
                ),
                [(("Jo Bloggs", "Ann Smith"), 2)],
            ),
        ],
        ids=[
            "named-after-verb",
            "rest-named-later",
            "joined-by",
            "as-well-as",
            "causative",
            "relative-clause-in-list",
        ],
    )
    def test_members(self, text: str, expected: list[tuple[tuple[str, ...], int]]) -> None:
        """Every named member, and the size the text states."""
        got = [
            (tuple(c.name for c in e.councillors), e.group_size)
            for e in polevents.extract(text).departures
        ]
        assert got == expected


class TestCouncillorRuleIds:
    """A councillor names the title and role rules that described them, title first."""

    @pytest.mark.parametrize(
        ("text", "rule_ids"),
        [
            ("Council leader Jo Bloggs quit Labour.", ("roles.leader",)),
            (
                "Dr Ann Smith, the deputy leader, quit the Conservatives.",
                ("titles.dr", "roles.deputy_leader"),
            ),
            ("Mr Tom Jones resigned from the Green Party.", ("titles.mr",)),
            ("Jo Bloggs quit Labour.", ()),
        ],
        ids=["role", "title-and-role", "title", "neither"],
    )
    def test_default_rules(self, text: str, rule_ids: tuple[str, ...]) -> None:
        """The ids are those of the default rules that found the title and the role."""
        (event,) = polevents.extract(text).departures

        assert [c.rule_ids for c in event.councillors] == [rule_ids]

    def test_user_rules(self) -> None:
        """A user's own title and role rules show their ids."""
        rules = polevents.defaults.RULES.extend(
            polevents.rules.phrase("Bro", stage="titles", label="Bro", id="acme.titles.bro"),
            polevents.rules.phrase("party whip", stage="roles", label="whip", id="acme.roles.whip"),
        )
        text = "Bro Jo Bloggs, the party whip, quit Labour."
        (event,) = polevents.extract(text, rules=rules).departures
        (councillor,) = event.councillors

        assert (councillor.title, councillor.role) == ("Bro", "whip")
        assert councillor.rule_ids == ("acme.titles.bro", "acme.roles.whip")


_TRIGGERS = polevents.defaults.RULES.for_stage("departures").rules


@st.composite
def _varied_trigger(draw: st.DrawFn) -> str:
    """A departure rule's example with one word glued to letters, cut, or set off by a sign."""
    tokens = draw(st.sampled_from(_TRIGGERS).flatmap(lambda r: st.sampled_from(r.examples))).split()
    varied = draw(st.integers(0, len(tokens) - 1))
    word = tokens[varied]
    tokens[varied] = draw(
        st.sampled_from([f"re{word}", f"{word}s", f"x{word}x", word[1:], f"-{word}", f"_{word}"])
    )
    text = " ".join(tokens)
    return text.upper() if draw(st.booleans()) else text


class TestTriggerScan:
    """Triggers found by their heads are exactly those each rule's own regex finds."""

    @staticmethod
    def _by_regex(text: str, rules: polevents.rules.RuleSet) -> list[tuple[str, int, int]]:
        # The plain reading: every rule over the whole text, leftmost then longest wins.
        staged = rules.for_stage("departures").rules
        candidates = sorted(
            (found.start(), found.start() - found.end(), index)
            for index, rule in enumerate(staged)
            for found in rule.compiled.finditer(text)
            if found.end() > found.start()
        )
        kept, end = [], -1
        for start, negative_length, index in candidates:
            if start >= end:
                kept.append((staged[index].id, start, start - negative_length))
                end = start - negative_length
        return kept

    @pytest.mark.parametrize(
        "variant",
        [
            lambda text: text,
            str.upper,
            # Characters that fold to two ("ß", "İ") make every rule run as a regex.
            lambda text: "Straße İstanbul. " + text,
            # Heads occurring inside words: "equity", "Basquit".
            lambda text: text.replace(" ", " Basquit equity "),
        ],
    )
    def test_same_as_each_rule_alone(self, variant: Callable[[str], str]) -> None:
        rules = polevents.defaults.RULES
        examples = " ".join(e for r in rules.for_stage("departures").rules for e in r.examples)
        text = variant(examples)
        found = [(m.rule_id, m.span.start, m.span.end) for m in scan(text, rules, "departures")]
        assert found == self._by_regex(text, rules)
        assert found

    @given(text=st.lists(_varied_trigger(), min_size=1, max_size=4).map(" ".join))
    @settings(max_examples=200)
    def test_same_as_each_rule_alone_where_heads_are_glued(self, text: str) -> None:
        """Rules whose heads are looked up as whole words miss none glued to other letters."""
        rules = polevents.defaults.RULES
        found = [(m.rule_id, m.span.start, m.span.end) for m in scan(text, rules, "departures")]
        assert found == self._by_regex(text, rules)

    @pytest.mark.parametrize(
        ("source", "heads"),
        [
            (r"resign(?:ed|s|ing)?+[^\S\n]++from", ("resign",)),
            (r"(?<=\bwho\s+)(?:resigned|quit|left)(?=\s)", ("left", "quit", "resigned")),
            (r"de-?selections?+", ("de-selection", "deselection")),
            (r"(?:an\s+)?independents?", ("an", "independent")),
            (r"(?i:quit)", ("quit",)),  # a group that only switches case
            (r"(?x)quit", None),  # other inline flags: unread
            (r"\w+quit", None),
            (r"(?:a|\w)b", None),
        ],
    )
    def test_heads(self, source: str, heads: tuple[str, ...] | None) -> None:
        rule = polevents.rules.pattern(source, stage="departures", label="resignation", id="t.r")
        assert _checked_heads(rule) == heads


_REQUIRING = [
    rule
    for stage in ("departures", "reasons")
    for rule in polevents.defaults.RULES.for_stage(stage).rules
    if rule.requires
]
# Those rules' examples with each required word swapped for any the rule requires, and
# one word glued to more letters or set off by another separator (or none), so that a
# required word is often another one or no longer whole.
_SEPARATORS = ["", " ", "  ", "\u00a0", "\n", "-", ", ", "'", "’s "]
_AFFIXES = ["", "re", "pre", "s", "ed", "x"]


@st.composite
def _varied_example(draw: st.DrawFn) -> str:
    rule = draw(st.sampled_from(_REQUIRING))
    tokens = [
        draw(st.sampled_from(rule.requires)) if word.casefold() in rule.requires else word
        for word in draw(st.sampled_from(rule.examples)).split()
    ]
    separators = [" "] * len(tokens)
    varied = draw(st.integers(0, len(tokens) - 1))
    tokens[varied] = (
        draw(st.sampled_from(_AFFIXES)) + tokens[varied] + draw(st.sampled_from(_AFFIXES))
    )
    separators[varied] = draw(st.sampled_from(_SEPARATORS))
    text = "".join(word + separator for word, separator in zip(tokens, separators, strict=True))
    return text.upper() if draw(st.booleans()) else text


_RULE_TEXTS = st.lists(_varied_example(), min_size=1, max_size=3).map("".join)


class TestRequiredWords:
    @given(text=_RULE_TEXTS)
    @settings(max_examples=200)
    def test_a_rule_matches_only_where_a_word_it_requires_is_written(self, text: str) -> None:
        """Each departure or reason rule's `requires` is a true necessary condition."""
        at = words(text).at
        for rule in _REQUIRING:
            if rule.compiled.search(text) is not None:
                assert at is None or not at.keys().isdisjoint(rule.requires), rule.id


class TestCount:
    """A group's count is read only where a number word starts, as if read everywhere."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Five Labour councillors and their leader quit. The trio left; both MPs, all "
                "three rebels and 12 members, 1,200 people, 2024 voters, the pair."
            ),
            "FOURTEEN councillors, the DUO, Both, ALL SEVEN senior members; x7 councillors.",
        ],
    )
    def test_same_as_everywhere(self, text: str) -> None:
        for start in range(len(text)):
            for end in range(start, len(text) + 1, 7):
                starts = _count_starts(text, start, end)
                assert starts is not None
                assert _count(text, starts, start, end) == _count(text, None, start, end)


# What `_sentences` reads, as one regex searched everywhere.
_SENTENCE_GAP = regex.compile(
    r"[.!?][\"”’']?(?P<gap>\s++)(?=[\"“‘'(]?[\p{Lu}\d])|(?P<gap>\n++)", regex.VERSION1
)


def _sentences_by_regex(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    starts, ends, start = [], [], 0
    for gap in _SENTENCE_GAP.finditer(text):
        if gap.start("gap") > start:
            starts.append(start)
            ends.append(gap.start("gap"))
        start = gap.end("gap")
    if start < len(text):
        starts.append(start)
        ends.append(len(text))
    return (tuple(starts), tuple(ends)) if starts else ((0,), (len(text),))


class TestSentences:
    """Sentences are cut at the gaps the regex in `_sentences`' comment finds."""

    @settings(max_examples=500, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [*".!?\n \t\x0b\x1c\x85\u2028\u3000\"”’'“‘(aAÉé1٣ǅ", "Jo", "quit", ".\n\n"]
            ),
            max_size=16,
        ).map("".join)
    )
    def test_same_as_regex(self, text: str) -> None:
        assert _sentences(text) == _sentences_by_regex(text)

    def test_white_space_is_regex_white_space(self) -> None:
        every = "".join(map(chr, range(0x110000)))
        assert frozenset(regex.findall(r"\s", every, flags=regex.VERSION1)) == _WHITE_SPACE


class TestWordPatterns:
    """Patterns of whole words tried only where their words start find what they find anywhere."""

    TEXT = (
        "After they quit, I'm told she and his MPs, both Members, were PROMPTED to leave; "
        "me, my councillors and the group led by Councilor Ann since once misled us to quit"
    )

    @pytest.mark.parametrize("pattern", list(_WORD_HEADS))
    @pytest.mark.parametrize(
        "text",
        [
            TEXT,
            TEXT.replace("the group", "the Größe group"),
            # Upper case, and a character that folds to an ASCII letter (a long s).
            TEXT.upper().replace("SHE", "ſHE").replace("SINCE", "ſINCE"),
        ],
    )
    def test_same_as_everywhere(self, pattern: regex.Pattern[str], text: str) -> None:
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 5):
                span = text[start:end]
                words = _words_of(text, start, end)
                assert _says(pattern, span, words) == (pattern.search(span) is not None)
                last = _last_at(pattern, span, words)
                assert last == _last(pattern, span)
                if last >= 0:
                    # The window cut where a match starts, as a subject's is.
                    cut = _words_from(words, last)
                    for other in _WORD_HEADS:
                        assert _last_at(other, span[last:], cut) == _last(other, span[last:])

    def test_whole_word_patterns(self) -> None:
        # Those whose every place is a match: no lookahead, and case-insensitive.
        assert {
            _SUBORDINATOR,
            _PLURAL_SUBJECT,
            _GROUP_NOUN,
            _PRONOUN_SUBJECT,
            _ROLE_SUBJECT,
        } == _WHOLE_WORDS

    @pytest.mark.parametrize(
        "text",
        [
            (
                "He would, if asked, not quit; she could not have quit. “Never” they said: no, "
                'Jo quit.\nWithout a vote, refusing to stay, she might quit "or not" and left.'
            ),
            "Piano Knowledge: ifs RULED  OUT quit, nOT quitting, maybe quit sniff qUit.",
            "Piano Knowledge: Straße ifs RULED  OUT quit, nOT quitting, maybe quit sniff qUit.",
            # Heads right after other word characters, ASCII or not: "_not", "2no", "éno".
            "Jo éno quit, _not quit, 2no quit, Ķif quit, ǅno quit; (no) quit, “if” quit.",
        ],
    )
    def test_unreal_searched_at_heads_as_everywhere(self, text: str) -> None:

        def searched_everywhere(sentence: Span, offset: int) -> bool:
            unreal = _UNREAL.search(text, max(sentence.start, offset - 70), offset)
            return unreal is not None and (
                _CONDITION.match(unreal.group()) is not None
                or not _FINITE_AFTER.search(text, unreal.start(), offset)
            )

        for start in range(0, len(text), 4):
            for offset in range(start, len(text) + 1):
                sentence = Span(start, len(text))
                assert _unreal(text, sentence, offset) == searched_everywhere(sentence, offset)

    def test_list_after_same_as_pattern(self) -> None:
        text = (
            "The councillors who resigned were Jo Bloggs and Ann Smith; those who quit ARE: Sam "
            "Lee. The five to defect from the party over the long and bitter row include Al Bo, "
            "including Cy Do, “aware” they were\nare. Included were they?"
        )
        for start in range(0, len(text), 2):
            for end in range(start, len(text) + 1, 3):
                expected = _LIST_AFTER.match(text, start, end)
                assert _list_after(text, start, end) == (expected and expected.end())

    def test_independent_statement_same_as_everywhere(self) -> None:
        text = (
            "She resigned and will sit as an independent. They now sit as Independents "
            "after forming the Burnley Independent Group; he is no longer non-aligned."
        )
        for start in range(0, len(text), 2):
            for end in range(start, len(text) + 1, 3):
                expected = _AS_INDEPENDENT.search(text, start, end)
                found = _search_at_heads(text, start, end)
                assert (found and found.span()) == (expected and expected.span())

    def test_independent_statements_of_each_form(self) -> None:
        text = (
            "She will sit as No  Party Preference. He sits as an independent, then non-aligned; "
            "they stand as no party\npreference."
        )
        assert [s.group() for s in _independent_statements(text)] == [
            "sit as No  Party Preference",
            "sits as an independent",
        ]
