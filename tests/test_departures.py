"""The departures stage: who left which party, how, for which party, in what group."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import polevents
from polevents import DepartureKind


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
