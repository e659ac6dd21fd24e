"""The parties stage: canonical names from aliases, nicknames and local branches."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from polevents import defaults, rules
from polevents._matching import scan
from polevents._parties import find_parties


def _names(text: str) -> list[str]:
    return [p.name for p in find_parties(text, defaults.RULES)]


class TestCanonicalNames:
    """Every alias maps to the canonical name of the guidelines."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("She left the Tories.", ["Conservative"]),
            ("A LABOUR councillor spoke.", ["Labour"]),
            ("Labour's group met.", ["Labour"]),
            ("the Lib Dems and the Greens", ["Liberal Democrats", "Green"]),
            ("He joined Peterborough Green Party.", ["Green"]),
            ("a Green councillor said", ["Green"]),
            ("he defected to Reform UK", ["Reform UK"]),
            ("five Ukip councillors", ["UKIP"]),
            ("a Sinn Fein TD and a Fine Gael TD", ["Sinn Féin", "Fine Gael"]),
            ("she left the GOP for the Democrats", ["Republican", "Democratic"]),
            ("the Australian Labor Party", ["Labor"]),
            ("the NDP caucus", ["NDP"]),
            ("joined the Bharatiya Janata Party", ["BJP"]),
            ("they formed the Pendle Independents", ["Independent"]),
            ("she will sit as an independent.", ["Independent"]),
        ],
        ids=[
            "tories",
            "all-caps",
            "possessive",
            "two",
            "local-branch",
            "green-adjective",
            "reform",
            "ukip",
            "ireland",
            "us",
            "australia",
            "canada",
            "india",
            "independent-group",
            "an-independent",
        ],
    )
    def test_aliases(self, text: str, expected: list[str]) -> None:
        """The sentence mentions exactly these parties, in order."""
        assert expected == _names(text)

    @pytest.mark.parametrize(
        "text",
        [
            "cheap labour and a green field",
            "welfare reform and a liberal, tolerant society",
            "an independent inquiry into the national executive",
            "a new alliance of residents",
            "a member of Congress from Texas",
            "Edmonton Green councillor Jo Bloggs",
        ],
        ids=[
            "labour-green",
            "reform-liberal",
            "independent-national",
            "alliance",
            "us-congress",
            "place-name",
        ],
    )
    def test_ordinary_words_are_not_parties(self, text: str) -> None:
        """Ambiguous words in their ordinary sense are not parties."""
        assert _names(text) == []

    def test_mention_carries_text_span_and_rule(self) -> None:
        """A Party keeps the words as written, where, and which rule found it."""
        text = "Cllr Jo Bloggs quit the Tories."
        (party,) = find_parties(text, defaults.RULES)

        assert "Tories" == party.span.of(text) == party.text
        assert party.rule_ids == ("parties.conservative.names",)


class TestProperties:
    """Invariants over any text."""

    @settings(max_examples=150, deadline=None)
    @given(st.text(max_size=300))
    def test_spans_in_bounds_sorted_and_deterministic(self, text: str) -> None:
        """Mentions are inside the text, in order, without overlaps, the same twice."""
        found = find_parties(text, defaults.RULES)

        assert found == find_parties(text, defaults.RULES)
        end = 0
        for party in found:
            assert end <= party.span.start < party.span.end <= len(text)
            assert party.text == party.span.of(text)
            end = party.span.end


class TestLookup:
    """Aliases found by the article's one split into words, as by each alias's own regex."""

    @pytest.mark.parametrize(
        "text",
        [
            "The LABOUR group, the Lib  Dems, Plaid Cymru and Sinn Féin; SNP and the Tories.",
            "Aontú and the Conſervatives, TORY and tory; the Green Party of England and Wales.",
            "Reform UK's leader, the Lib\nDems and Labour-run Leeds.",
        ],
    )
    def test_same_as_a_text_whose_words_cannot_be_looked_up(self, text: str) -> None:
        # "ß" folds to two characters, so that text's aliases are found by regex alone.
        found = [(p.name, p.span) for p in find_parties(text, defaults.RULES)]
        by_regex = [(p.name, p.span) for p in find_parties(text + " ß", defaults.RULES)]
        assert found == by_regex
        assert found

    def test_each_phrase_matches_as_in_its_rules_whole_regex(self) -> None:
        # Rules cut to the phrases of one first word pick what the whole rule would.
        cases = rules.RuleSet(
            (
                rules.phrase(
                    "(SNP)", "SNP", "St. Helens Labour", stage="parties", label="A", id="t.a"
                ),
                rules.phrase("Strasse Party", "Straße", "ST", stage="parties", label="B", id="t.b"),
                rules.phrase(
                    "Lab", "Labour Party", stage="parties", label="C", id="t.c", ignore_case=False
                ),
            )
        )
        text = "The SNP, (SNP) and St. Helens  Labour; Straße, STRASSE PARTY, Labour Party, LAB."
        for variant in (text, text + " ß"):
            candidates = sorted(
                (found.start(), found.start() - found.end(), index)
                for index, rule in enumerate(cases.rules)
                for first in {regex.search(r"\w++", p.lower()).group() for p in rule.phrases}
                for at in regex.finditer(rf"(?<!\w){first}(?!\w)", variant, regex.I | regex.V1)
                if (found := rule.compiled.match(variant, at.start())) and found.end() > at.start()
            )
            expected, end = [], -1
            for start, negative_length, index in candidates:
                if start >= end:
                    expected.append((cases.rules[index].id, start, start - negative_length))
                    end = start - negative_length
            found = [(m.rule_id, m.span.start, m.span.end) for m in scan(variant, cases, "parties")]
            assert found == expected
            assert len(expected) > 4
