"""The quotes stage: pairing quotation marks, judging what is a quote, and who said it."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import polevents
from polevents import defaults, rules
from polevents._quotemarks import find_quotations, paragraph_spans
from polevents._quotes import _SLOGAN_CUE, _SLOGAN_HINTS, _grammar, find_quotes
from polevents._types import Quote


def _quotes(text: str, rule_set: rules.RuleSet | None = None) -> tuple[Quote, ...]:
    return polevents.extract(text, rules=rule_set).quotes


def _texts(text: str) -> list[str]:
    return [part for quote in _quotes(text) for part in quote.parts]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(part, quote.speaker) for quote in _quotes(text) for part in quote.parts]


def _contents(text: str) -> list[str]:
    return [q.content.of(text) for q in find_quotations(text, paragraph_spans(text))]


class TestMarks:
    """Quotation marks of every kind pair up; apostrophes never do."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("She said “we will not back down” today.", ["we will not back down"]),
            ('She said "we will not back down" today.', ["we will not back down"]),
            ("She said ‘we will not back down’ today.", ["we will not back down"]),
            ("She said 'we will not back down' today.", ["we will not back down"]),
            ("She said «we will not back down» today.", ["we will not back down"]),
            ("She said ‘’we will not back down” today.", ["we will not back down"]),
            ("She said ''we will not back down'' today.", ["we will not back down"]),
            ("She said:“we will not back down” today.", ["we will not back down"]),
        ],
        ids=[
            "curly",
            "straight",
            "curly-single",
            "straight-single",
            "guillemets",
            "two-singles",
            "two-straight-singles",
            "no-space-after-colon",
        ],
    )
    def test_kinds_of_mark(self, text: str, expected: list[str]) -> None:
        """Each kind of mark gives the words inside it, exactly, without the marks."""
        assert _contents(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "The councillors’ group don’t agree, it’s said.",
            "The councillors' group don't agree, it's said.",
            "Rock ’n’ roll was big in the ’90s, and shouldn‘t be.",
            "They met in the '90s to talk it over.",
        ],
        ids=["curly-apostrophes", "straight-apostrophes", "elisions", "stray-single-elision"],
    )
    def test_apostrophes_are_not_marks(self, text: str) -> None:
        """Apostrophes inside words, plural possessives and elisions open no quote."""
        assert _contents(text) == []

    def test_apostrophes_inside_a_single_quoted_quote(self) -> None:
        """Apostrophes inside a single-quoted quote do not end it."""
        text = "'I've quit the party, I'm sick of it,' Mr Jones said."
        assert _contents(text) == ["I've quit the party, I'm sick of it,"]

    def test_nested_quote_stays_inside(self) -> None:
        """A quote inside a quote is part of the outer one, not a quote of its own."""
        text = "“The party promised ‘real change for all’, yet did nothing,” she said."
        assert _contents(text) == ["The party promised ‘real change for all’, yet did nothing,"]

    @pytest.mark.parametrize(
        "text",
        [
            "“" * 50,
            '"' * 51,
            "” he said “ she said ” ‘ ’ ' « »",
            "He said “this opens and never closes",
            "A stray ” closing mark and a ‘ lone single.",
        ],
        ids=["openers", "straight", "mixed-strays", "unclosed", "strays"],
    )
    def test_unbalanced_marks_never_raise(self, text: str) -> None:
        """Unbalanced and stray marks give what can be paired, and never an error."""
        _quotes(text)


class TestParagraphs:
    """News layout: long quotes over paragraphs, run-in quotes, cut-off articles."""

    def test_each_paragraph_opens_and_only_the_last_closes(self) -> None:
        """A quote over three paragraphs is one entry per paragraph, all by the same speaker."""
        text = (
            "Cllr Jo Bloggs said: “I have served this ward for ten years.\n\n"
            "“It has been the honour of my life to do so.\n\n"
            "“But I can no longer sit with this group.”\n\n"
            "The council meets next week."
        )
        assert _speakers(text) == [
            ("I have served this ward for ten years.", "Jo Bloggs"),
            ("It has been the honour of my life to do so.", "Jo Bloggs"),
            ("But I can no longer sit with this group.", "Jo Bloggs"),
        ]

    def test_continuation_without_opening_mark(self) -> None:
        """A paragraph with no opening mark but a closing one continues the open quote."""
        text = (
            "In a statement, Ann Smith said:\n"
            "“I have always voted with my conscience on this.\n"
            "I will keep doing so for the people of this town.”\n"
        )
        assert _texts(text) == [
            "I have always voted with my conscience on this.",
            "I will keep doing so for the people of this town.",
        ]

    def test_unclosed_paragraph_then_narrative(self) -> None:
        """A quote left open at the end of its paragraph ends there when the next one is narrative."""
        text = (
            "He said: “We cannot carry on like this any more\n"
            "He added: “The leadership has lost its way.”"
        )
        assert _texts(text) == [
            "We cannot carry on like this any more",
            "The leadership has lost its way.",
        ]

    def test_run_in_quotes(self) -> None:
        """A new opening mark while a quote is open starts a new quote."""
        text = (
            "Cllr Ann Smith said: “We were not consulted at all. “The decision was made elsewhere.”"
        )
        assert _texts(text) == [
            "We were not consulted at all.",
            "The decision was made elsewhere.",
        ]

    @pytest.mark.parametrize("line_break", ["\n", "\r\n", "\u2028"], ids=["lf", "crlf", "ls"])
    def test_marks_at_paragraph_edges(self, line_break: str) -> None:
        """A mark that opens or ends a paragraph is judged as if a space stood beyond it."""
        text = line_break.join(
            ["“We will not back down.”", "'I am staying put,' he added.", "She said: 'Never.'"]
        )
        assert _contents(text) == ["We will not back down.", "I am staying put,", "Never."]

    def test_cut_off_article(self) -> None:
        """A text that ends inside a quote gives the quote up to the end, trailing space dropped."""
        text = "Mr Patel said: “We tried our best to keep the group toge "
        assert _speakers(text) == [("We tried our best to keep the group toge", "Patel")]


class TestWhatIsReported:
    """Quotes of three words or more that report speech; nothing else."""

    def test_partial_quote_in_narrative(self) -> None:
        """A partial quote inside a sentence counts, with the sentence's speaker."""
        text = "Cllr Imran Khan says he was “deemed unfit to be a candidate” by the panel."
        assert _speakers(text) == [("deemed unfit to be a candidate", "Imran Khan")]

    @pytest.mark.parametrize(
        "text",
        [
            "Mr Jones said he was “relieved” by the news.",
            "The group called the move “deeply cynical” on Friday.",
            "They formed the 'Borough Independent Group' last week.",
            "Protesters carried a banner reading “solidarity is a verb” through town.",
            "The campaign, known as 'Vote For Change', began in May.",
        ],
        ids=["one-word", "two-words", "title", "slogan", "campaign-name"],
    )
    def test_not_reported(self, text: str) -> None:
        """Scare quotes, titles, slogans and one- or two-word quotes are not quotes."""
        assert _texts(text) == []

    def test_headline_quote(self) -> None:
        """A quote in a headline is a quote."""
        text = "Councillor quits: ‘I was pushed out by my own party’\n\nCllr Ann Lee has resigned."
        assert _texts(text) == ["I was pushed out by my own party"]


class TestSplitQuotes:
    """A quote interrupted by its attribution is one Quote with several parts."""

    def test_split_by_attribution(self) -> None:
        """Both halves are parts of one Quote, with one span each and one speaker."""
        text = "“I chose not to appeal,” said Jo Bloggs, “because I knew the outcome already.”"
        (quote,) = _quotes(text)
        assert quote.parts == ("I chose not to appeal,", "because I knew the outcome already.")
        assert [s.of(text) for s in quote.spans] == list(quote.parts)
        assert quote.speaker == "Jo Bloggs"

    def test_second_sentence_after_attribution(self) -> None:
        """``“A,” X wrote. “B”`` joins B to A's quote."""
        text = "“I have come to a decision,” Mary Evans wrote. “I will sit as an independent.”"
        (quote,) = _quotes(text)
        assert quote.parts == ("I have come to a decision,", "I will sit as an independent.")
        assert quote.speaker == "Mary Evans"


class TestAttribution:
    """Each attribution form names the right speaker, titles stripped and names completed."""

    @pytest.mark.parametrize(
        ("text", "speaker", "rule_id"),
        [
            ("Jo Bloggs said: “We will fight this decision.”", "Jo Bloggs", "before_verb"),
            ("Jo Bloggs said “we will fight this decision”.", "Jo Bloggs", "before_verb"),
            ("“We will fight this decision,” Jo Bloggs said.", "Jo Bloggs", "after_verb"),
            ("“We will fight this decision,” said Jo Bloggs.", "Jo Bloggs", "after_inverted"),
            (
                "“We will fight this decision,” said Jo Bloggs, a Labour councillor for Eastfield ward.",
                "Jo Bloggs",
                "after_inverted",
            ),
            (
                "Jo Bloggs, a Labour councillor, said: “We will fight this decision.”",
                "Jo Bloggs",
                "before_verb",
            ),
            (
                "Group leader, Cllr Jo Bloggs, said: “We will fight this decision.”",
                "Jo Bloggs",
                "before_verb",
            ),
            (
                "Cllr Jo Bloggs told the BBC: “We will fight this decision.”",
                "Jo Bloggs",
                "before_verb",
            ),
            ("“We will fight this decision,” Coun Jo Bloggs posted.", "Jo Bloggs", "after_verb"),
            ("“We will fight this decision” – Cllr Jo Bloggs", "Jo Bloggs", "sign_off"),
            (
                "“We will fight this decision,” according to Jo Bloggs.",
                "Jo Bloggs",
                "according_to",
            ),
            (
                "Labour leader Jo Bloggs tweeted: “We will fight this decision.”",
                "Jo Bloggs",
                "before_verb",
            ),
            (
                "Jo Bloggs has quit, claiming the party had “lost touch with its members”.",
                "Jo Bloggs",
                "before_verb",
            ),
        ],
        ids=[
            "colon",
            "no-colon",
            "after",
            "inverted",
            "inverted-appositive",
            "appositive",
            "appositive-name",
            "told",
            "coun-posted",
            "dash-sign-off",
            "according-to",
            "role-before-name",
            "participle",
        ],
    )
    def test_forms(self, text: str, speaker: str, rule_id: str) -> None:
        """The speaker is named, and the rule that found it is recorded first."""
        (quote,) = _quotes(text)
        assert quote.speaker == speaker
        assert quote.rule_ids[0] == f"quotes.attribution.{rule_id}"

    def test_pronoun_resolved_to_full_name(self) -> None:
        """ "he said" names the person the sentences before were about."""
        text = (
            "Cllr Imran Khan has left the Labour Party.\n"
            "“I did not want to appease the bullies,” he said."
        )
        (quote,) = _quotes(text)
        assert quote.speaker == "Imran Khan"
        assert "quotes.attribution.pronoun" in quote.rule_ids
        assert quote.speaker_span is not None
        assert quote.speaker_span.of(text) == "Cllr Imran Khan"

    def test_pronoun_skips_the_person_inside_the_quote(self) -> None:
        """A name inside a quote is not who "she" is."""
        text = (
            "Ann Smith criticised the leader.\n"
            "She said: “Jo Bloggs has never listened to any of us.”\n"
            "She added: “Nothing will change under him now.”"
        )
        assert [s for _, s in _speakers(text)] == ["Ann Smith", "Ann Smith"]

    def test_surname_resolved(self) -> None:
        """A bare or titled surname takes the full name given earlier."""
        text = "Ann Smith has resigned.\nCllr Smith said: “It was time for me to go.”"
        (quote,) = _quotes(text)
        assert quote.speaker == "Ann Smith"

    def test_colon_lead_in_paragraph(self) -> None:
        """A paragraph ending "He said:" attributes the quote paragraph after it."""
        text = (
            "Cllr Liz Moss has been suspended.\nCllr Moss said:\n\n“The truth hurts them, clearly.”"
        )
        (quote,) = _quotes(text)
        assert (quote.speaker, quote.rule_ids[0]) == (
            "Liz Moss",
            "quotes.attribution.colon_lead_in",
        )

    def test_floating_quote(self) -> None:
        """A quote paragraph with no attribution takes the previous quote's speaker."""
        text = (
            "“We did everything we could,” Mary Evans said.\n"
            "Ms Evans was first elected in 2019.\n"
            "“I will keep working for my district, whatever happens.”"
        )
        quotes = _quotes(text)
        assert [q.speaker for q in quotes] == ["Mary Evans", "Mary Evans"]
        assert quotes[1].rule_ids[0] == "quotes.attribution.floating"

    def test_same_sentence(self) -> None:
        """A second partial quote in a sentence has the first one's speaker."""
        text = "Ann Lee said the group was “lost without any vision” and “mired in scandal again”."
        assert [s for _, s in _speakers(text)] == ["Ann Lee", "Ann Lee"]

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("The Green Party tweeted: “We welcome him warmly to our party.”", "Green Party"),
            ("A Labour spokesperson said: “This is a disappointing decision.”", "Labour Party"),
            (
                "A spokesperson for the Liberal Democrats said: “A complaint has been received.”",
                "Liberal Democrats",
            ),
            (
                "“The matter is now closed,” a Welsh government spokeswoman said.",
                "Welsh government",
            ),
        ],
        ids=["party-subject", "party-spokesperson", "spokesperson-for", "lowercase-government"],
    )
    def test_organisations(self, text: str, speaker: str) -> None:
        """Organisations speak under their name; a party's spokesperson for the party."""
        (quote,) = _quotes(text)
        assert quote.speaker == speaker

    @pytest.mark.parametrize(
        "text",
        [
            "In a joint statement, the five councillors said: “We will sit as independents now.”",
            "They said in a statement: “We will sit as independents now.”",
            "A Labour source said: “It is damaging and embarrassing for everyone.”",
            "A statement released by the group said: “We will sit as independents now.”",
        ],
        ids=["councillors", "they", "source", "statement"],
    )
    def test_unnamed_collectives(self, text: str) -> None:
        """Unnamed groups and anonymous sources leave the speaker empty."""
        (quote,) = _quotes(text)
        assert quote.speaker is None

    def test_passive_is_not_the_speaker(self) -> None:
        """ "was told" does not make its subject the speaker."""
        text = "Cllr Ann Lee was told by officials that she was “not a fit candidate for us”."
        assert _speakers(text) != [("not a fit candidate for us", "Ann Lee")]


class TestRulesAndCues:
    """Rule ids, cues and the verbs list that users may extend."""

    def test_cue_and_rule_ids(self) -> None:
        """The verb is the cue, with its span; its rule id comes after the attribution's."""
        text = "“We will fight on,” Jo Bloggs insisted."
        (quote,) = _quotes(text)
        assert (quote.cue, quote.cue_span and quote.cue_span.of(text)) == ("insisted", "insisted")
        assert quote.rule_ids == ("quotes.attribution.after_verb", "verbs.speech.claim")

    def test_user_verb(self) -> None:
        """A verb rule a user adds attributes quotes like the default ones."""
        text = "“We will fight on and on,” Jo Bloggs grumbled."
        assert _quotes(text)[0].speaker is None or _quotes(text)[0].cue != "grumbled"
        grumbled = rules.phrase(
            "grumbled",
            stage="verbs",
            label="speech",
            id="test.verbs.speech.grumble",
            examples=("he grumbled",),
        )
        (quote,) = _quotes(text, defaults.RULES.extend(grumbled))
        assert (quote.speaker, quote.cue) == ("Jo Bloggs", "grumbled")
        assert "test.verbs.speech.grumble" in quote.rule_ids

    @pytest.mark.parametrize(
        "text",
        [
            "“We will not stand for this,” said Shri Rupjyoti Kurmi.",
            "“We will not stand for this,” Shri Rupjyoti Kurmi said.",
            "Shri Rupjyoti Kurmi said: “We will not stand for this.”",
            "“We will not stand for this.” – Shri Rupjyoti Kurmi",
        ],
        ids=["after-inverted", "after-verb", "before-verb", "sign-off"],
    )
    def test_user_title(self, text: str) -> None:
        """A title rule a user adds is shed from speakers' names, as the default titles are."""
        shri = rules.phrase(
            "Shri",
            stage="titles",
            label="Shri",
            id="test.titles.shri",
            ignore_case=False,
            examples=("Shri Jo Bloggs spoke",),
        )
        (quote,) = _quotes(text, defaults.RULES.extend(shri))
        assert quote.speaker == "Rupjyoti Kurmi"

    def test_titles_and_roles_come_from_the_rules(self) -> None:
        """The words a speaker's name sheds are the rule set's titles and roles, read once."""
        grammar = _grammar(defaults.RULES)
        assert {"cllr", "mr", "dr", "baroness"} <= grammar.titles
        assert {"mp", "leader", "mayor", "councillor"} <= grammar.roles
        assert "shri" not in grammar.titles

    def test_grammar_built_once_per_rule_set(self) -> None:
        """The attribution patterns are compiled once per RuleSet, not per call."""
        _grammar.cache_clear()
        for _ in range(3):
            _quotes("“We will fight on,” Jo Bloggs said.")
        assert _grammar.cache_info().misses == 1

    def test_no_verbs_no_verb_attributions(self) -> None:
        """Without verb rules, quotes are still found, and no verb is ever a cue."""
        quotes = _quotes(
            "“We will fight on,” Jo Bloggs said.", defaults.RULES.without(*defaults.VERBS.ids)
        )
        assert [q.parts for q in quotes] == [("We will fight on,",)]
        assert quotes[0].cue is None


_MARKY = st.lists(
    st.sampled_from([*"ab .,:;\n'\"“”‘’«»-–", "said", "Jo Bloggs", " he ", "Mr ", "Cllr Ann Lee"]),
    max_size=80,
).map("".join)


class TestProperties:
    """Whatever the text: no error, spans inside it, parts equal to their spans, same answer twice."""

    @given(st.one_of(st.text(max_size=300), _MARKY))
    def test_never_raises_and_spans_hold(self, text: str) -> None:
        """Every part is the text at its span, and every span lies inside the text."""
        for quote in polevents.extract(text).quotes:
            assert len(quote.parts) == len(quote.spans)
            for part, span in zip(quote.parts, quote.spans, strict=True):
                assert 0 <= span.start <= span.end <= len(text)
                assert span.of(text) == part
            for extra in (quote.speaker_span, quote.cue_span):
                assert extra is None or 0 <= extra.start <= extra.end <= len(text)

    @given(_MARKY, st.sampled_from(["\r", "\u2028", "\u2029"]))
    def test_any_line_break_pairs_alike(self, text: str, line_break: str) -> None:
        """Marks pair alike whichever line break ends their paragraphs: each is white space."""
        other = text.replace("\n", line_break)
        assert find_quotations(other, paragraph_spans(other)) == find_quotations(
            text, paragraph_spans(text)
        )

    @given(_MARKY)
    def test_deterministic(self, text: str) -> None:
        """The same text gives the same quotes."""
        assert polevents.extract(text).quotes == polevents.extract(text).quotes

    def test_direct_call_matches_pipeline(self) -> None:
        """find_quotes gives the pipeline's answer when given the same people and parties."""
        from polevents._parties import find_parties
        from polevents._people import find_people

        text = "Cllr Jo Bloggs said: “We will fight this decision all the way.”"
        direct = find_quotes(
            text,
            find_people(text, defaults.RULES),
            find_parties(text, defaults.RULES),
            defaults.RULES,
        )
        assert direct == polevents.extract(text).quotes


def test_every_slogan_cue_holds_a_hint() -> None:
    """The hints looked for before the slogan cue's search cover each of its alternatives."""
    alternatives = regex.search(r"\(\?:(.*)\)", _SLOGAN_CUE.pattern).group(1).split("|")
    for alternative in alternatives:
        written = regex.sub(r"\\s\+|\?", " ", alternative)
        assert any(hint in written for hint in _SLOGAN_HINTS), alternative
