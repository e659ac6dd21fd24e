"""The people stage: names, titles, roles, wards, councils and linked mentions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polevents import defaults
from polevents._people import People, Person, find_people, name_key


def _names(text: str) -> list[str]:
    return [p.name for p in find_people(text, defaults.RULES).persons]


class TestNames:
    """Full names are found with titles stripped, and nothing else is a person."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Cllr Jo Bloggs said hello.", ["Jo Bloggs"]),
            ("Councillor Siobhan O'Neill spoke first.", ["Siobhan O'Neill"]),
            ("Sir Keir Starmer met Dr Ann Duncan-Smith.", ["Keir Starmer", "Ann Duncan-Smith"]),
            ("The Labour group met in Tower Hamlets on Monday.", []),
            ("Jo Bloggs, councillor for Edmonton Green, resigned.", ["Jo Bloggs"]),
            ("Noel Park councillor Ann Smith spoke.", ["Ann Smith"]),
            ("Kingston Borough Council said nothing.", []),
            ("Cllr Jo 'Tiger' Bloggs quit.", ["Jo Bloggs"]),
            ("She chairs the Eastfield Parks Trust with Ann Smith.", ["Ann Smith"]),
            ("He chairs the Kings Vale Community Safety Partnership.", []),
            ("Frank Bloggs Jnr. spoke. Bloggs Jnr said no.", ["Frank Bloggs Jnr"]),
        ],
        ids=[
            "cllr",
            "apostrophe",
            "titles-hyphen",
            "no-person",
            "ward-before",
            "ward-as-adjective",
            "council",
            "nickname",
            "organisation",
            "community-organisation",
            "generational-suffix",
        ],
    )
    def test_full_names(self, text: str, expected: list[str]) -> None:
        """Each sentence gives exactly these persons, in order."""
        assert expected == _names(text)


class TestMentions:
    """Surnames and titled surnames are linked to the full name."""

    def test_surname_and_titled_surname_link_to_full_name(self) -> None:
        """'Bloggs' and 'Cllr Bloggs' both mean Jo Bloggs."""
        text = "Cllr Jo Bloggs quit. Bloggs said so. Later Cllr Bloggs left."
        people = find_people(text, defaults.RULES)

        assert [p.name for p in people.persons] == ["Jo Bloggs"]
        assert [m.person for m in people.mentions] == [0, 0, 0]
        assert people.mentions[2].span.of(text) == "Cllr Bloggs"
        assert people.mentions[2].name_span.of(text) == "Bloggs"

    def test_titled_single_name_is_a_person_of_its_own(self) -> None:
        """'Mr Iqbal' with no full name in the text is the person 'Iqbal'."""
        people = find_people("Mr Iqbal said he had left.", defaults.RULES)

        assert [p.name for p in people.persons] == ["Iqbal"]

    def test_helpers(self) -> None:
        """person_at, mention_before and resolve find the person meant."""
        text = "Cllr Jo Bloggs quit. She said Bloggs was right."
        people = find_people(text, defaults.RULES)

        assert people.person_at(text.index("Jo")) == 0
        assert people.person_at(text.index("quit")) is None
        assert people.mention_before(text.index("She")).person == 0
        assert people.resolve("Cllr Bloggs") == 0
        assert people.resolve("Smith") is None

    def test_name_key_folds_accents_and_case(self) -> None:
        """Accents, case and curly apostrophes do not matter for comparison."""
        assert name_key("Siobhán O’Neill") == name_key("siobhan o'neill")


class TestRolesAndPlaces:
    """Roles, wards and councils are read next to the mentions."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("Labour councillor Jo Bloggs quit.", "councillor"),
            ("Council leader Jo Bloggs quit.", "leader"),
            ("Jo Bloggs, MP for Poole, quit.", "MP"),
            ("Deputy leader Jo Bloggs quit.", "deputy leader"),
            ("Mayor Jo Bloggs quit.", "mayor"),
            ("Jo Bloggs quit.", None),
        ],
        ids=["councillor", "leader", "mp-after", "deputy", "mayor", "none"],
    )
    def test_role(self, text: str, role: str | None) -> None:
        """The role is the office written next to the name."""
        assert role == find_people(text, defaults.RULES).councillor(0).role

    def test_ward_and_council(self) -> None:
        """A ward after 'councillor for' and a council in the same sentence are kept."""
        text = "Jo Bloggs, councillor for Fletton and Woodston on Peterborough City Council, quit."
        person = find_people(text, defaults.RULES).councillor(0)

        assert person.ward == "Fletton and Woodston"
        assert person.council == "Peterborough City Council"

    def test_councillor_is_described_once(self) -> None:
        """A person's title, role and ward come together, with their rules, and are kept."""
        text = "Labour councillor Jo Bloggs, councillor for Northgate, quit. Cllr Bloggs said so."
        people = find_people(text, defaults.RULES)
        councillor = people.councillor(0)

        assert (councillor.title, councillor.role, councillor.ward) == (
            "Cllr",
            "councillor",
            "Northgate",
        )
        assert councillor.rule_ids == ("titles.cllr", "roles.councillor")
        assert councillor.spans == people.persons[0].spans
        assert people.councillor(0) is councillor

    @pytest.mark.parametrize(
        ("text", "places"),
        [
            (
                (
                    "Cllr Jane Doe, who represents Hillside ward on Eastfield Borough Council, "
                    "and Cllr Tom Smith left the Labour group on Wednesday."
                ),
                [("Hillside", "Eastfield Borough Council"), (None, None)],
            ),
            (
                "Ann Lee, councillor for Northgate, and Sam Jones, councillor for Riverside, quit.",
                [("Northgate", None), ("Riverside", None)],
            ),
            (
                "Two councillors on Eastfield Borough Council, Jane Doe and Tom Smith, quit.",
                [(None, "Eastfield Borough Council"), (None, None)],
            ),
        ],
        ids=["relative-clause", "appositions", "stated-before-the-names"],
    )
    def test_aside_describes_only_its_person(
        self, text: str, places: list[tuple[str | None, str | None]]
    ) -> None:
        """A ward or council in one person's aside is not given to the next person named."""
        people = find_people(text, defaults.RULES)
        persons = [people.councillor(index) for index in range(len(people.persons))]

        assert [(p.ward, p.council) for p in persons] == places


class TestProperties:
    """Invariants over any text."""

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
    def test_never_raises_spans_in_bounds_deterministic(self, text: str) -> None:
        """Any text gives mentions inside it, twice the same."""
        first = find_people(text, defaults.RULES)

        assert first == find_people(text, defaults.RULES)
        for mention in first.mentions:
            assert 0 <= mention.span.start <= mention.name_span.start
            assert mention.name_span.end == mention.span.end <= len(text)
            assert 0 <= mention.person < len(first.persons)

    def test_long_title_runs_stay_linear(self) -> None:
        """Tens of thousands of titles in a row finish quickly and find no one."""
        assert People() == find_people("Cllr " * 50_000, defaults.RULES)

    def test_person_surname(self) -> None:
        """A person's surname is the last word of the name."""
        assert Person(name="Jo Bloggs").surname == "Bloggs"
