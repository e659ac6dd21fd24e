"""The reasons stage: cue categories near a departure and in the leavers' quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import polevents
from polevents import Quote, Span, defaults, rules
from polevents._reasons import find_reasons, quoted_spans


def _categories(text: str, rule_set: rules.RuleSet = defaults.RULES) -> list[set[str]]:
    return [set(event.categories) for event in polevents.extract(text, rules=rule_set).departures]


class TestCategories:
    """Each taxonomy category is found from its cues around the trigger."""

    @pytest.mark.parametrize(
        ("text", "category"),
        [
            ("Cllr Jo Bloggs quit Labour, citing bullying by officials.", "bullying"),
            ("Cllr Jo Bloggs quit Labour over its stance on Gaza.", "foreign_policy"),
            ("Cllr Jo Bloggs quit Labour over austerity.", "domestic_policy"),
            ("Cllr Jo Bloggs quit Labour, saying it had lost its way.", "leadership"),
            ("Cllr Jo Bloggs quit Labour after interference by the local party.", "local_dispute"),
            ("Cllr Jo Bloggs quit Labour, accusing it of racism.", "discrimination"),
            ("Cllr Jo Bloggs quit Labour for health reasons.", "personal"),
            ("Cllr Jo Bloggs quit Labour, saying dissent was silenced.", "free_speech"),
            ("Cllr Jo Bloggs quit Labour after she was deselected.", "deselection"),
            ("Cllr Jo Bloggs quit Labour during an investigation.", "disciplinary"),
        ],
        ids=[
            "bullying",
            "foreign",
            "domestic",
            "leadership",
            "local",
            "discrimination",
            "personal",
            "free-speech",
            "deselection",
            "disciplinary",
        ],
    )
    def test_category(self, text: str, category: str) -> None:
        """The resignation (the first departure) carries the category its cue names."""
        found = _categories(text)[0]

        assert category in found

    @pytest.mark.parametrize(
        "text",
        [
            "Labour councillor Jo Bloggs has been deselected by the party.",
            "Cllr Jo Bloggs quit Labour, days after Keir Starmer spoke.",
            "Cllr Jo Bloggs quit Labour. She said the council shares her values.",
            "Cllr Jo Bloggs quit Labour. She said the council's parking policy was sound.",
        ],
        ids=["own-trigger", "leader-named", "values", "policy"],
    )
    def test_broad_words_are_not_reasons(self, text: str) -> None:
        """The departure's own trigger, a leader's name, bare 'values' or 'policy' give none."""
        assert _categories(text) == [set()]

    def test_no_cue_no_reason(self) -> None:
        """A departure with no stated reason has none."""
        assert _categories("Cllr Jo Bloggs quit Labour on Friday.") == [set()]

    def test_far_away_cue_is_not_a_reason(self) -> None:
        """A cue several sentences away from the trigger does not count."""
        text = (
            "Cllr Jo Bloggs quit Labour on Friday. The weather was fine. "
            "The council met. Elsewhere, a debate on Gaza was held."
        )

        assert _categories(text) == [set()]

    def test_reason_has_evidence(self) -> None:
        """Each Reason keeps its words, their span and its rule id."""
        text = "Cllr Jo Bloggs quit Labour over austerity."
        (event,) = polevents.extract(text).departures
        (reason,) = event.reasons

        assert reason.span.of(text) == reason.text == "austerity"
        assert reason.rule_ids == ("reasons.domestic_policy.words",)

    def test_user_category_flows_into_the_output(self) -> None:
        """A reason rule with a label of one's own is a category like the others."""
        bins = rules.phrase(
            "bin collections",
            stage="reasons",
            label="bins",
            id="test.reasons.bins",
            examples=("bin collections",),
            counterexamples=("a bin",),
        )

        assert _categories(
            "Cllr Jo Bloggs quit Labour over bin collections.", defaults.RULES.extend(bins)
        ) == [{"bins"}]


class TestProperties:
    """Invariants over any text."""

    @settings(max_examples=100, deadline=None)
    @given(st.text(max_size=200).map(lambda tail: "Cllr Jo Bloggs quit Labour. " + tail))
    def test_evidence_in_bounds_and_deterministic(self, text: str) -> None:
        """Reason spans are inside the text, give its words, and runs agree."""
        first = polevents.extract(text).departures

        assert first == polevents.extract(text).departures
        for event in first:
            for reason in event.reasons:
                assert reason.text == reason.span.of(text)


class TestWindows:
    """A cue counts inside one window: the trigger's sentences, or a leaver's own quote."""

    TEXT = (
        'Cllr Jo Bloggs quit Labour. Weeks later came the news. "It was about Gaza," '
        'Bloggs said. "Austerity", said Ann Lee. "It was racism'
        '" and "bullying, too," Bloggs said.'
    )

    def _reasons(self, speakers: tuple[str, ...], quotes: tuple[Quote, ...]) -> set[str]:
        text = self.TEXT
        trigger = Span(text.index("quit"), text.index("quit") + 4)
        found = find_reasons(
            text,
            trigger=trigger,
            sentence=Span(0, text.index(".") + 1),
            speakers=speakers,
            quoted=quoted_spans(quotes),
            rules=defaults.RULES,
            triggers=(trigger,),
        )
        return {reason.category for reason in found}

    def _quote(self, speaker: str, *parts: str) -> Quote:
        spans = [Span(self.TEXT.index(p), self.TEXT.index(p) + len(p)) for p in parts]
        return Quote(parts=parts, spans=spans, speaker=speaker)

    def test_only_the_leavers_quotes(self) -> None:
        quotes = (
            self._quote("Jo Bloggs", "It was about Gaza,"),
            self._quote("Ann Lee", "Austerity"),
        )
        assert self._reasons(("Jo Bloggs",), quotes) == {"foreign_policy"}
        assert self._reasons(("Jo Bloggs", "Ann Lee"), quotes) == {
            "foreign_policy",
            "domestic_policy",
        }

    def test_a_cue_across_two_windows_is_in_neither(self) -> None:
        # "racism" ends one part, "bullying" starts the next: each lies inside its own.
        quotes = (self._quote("Jo Bloggs", "It was racism", "bullying, too,"),)
        assert self._reasons(("Jo Bloggs",), quotes) == {"discrimination", "bullying"}
        cut = (self._quote("Jo Bloggs", "It was rac", "ism"),)
        assert self._reasons(("Jo Bloggs",), cut) == set()
