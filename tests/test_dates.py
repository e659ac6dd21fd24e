"""Dates: candidate rules, resolution against the publication date, datelines, event dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polevents import Precision, Span, defaults, rules
from polevents._dates import detect_published, find_dates, governing_date
from polevents._matching import _checked_heads, _read_heads, _whole_word_heads, find_at_heads
from polevents._text import words
from polevents.data import dates as date_rules

# A Wednesday: "Friday" before it is 2024-03-29, "last month" is March.
PUBLISHED = dt.date(2024, 4, 3)
RULES = defaults.DATES


def _only(text: str, published: dt.date | None = PUBLISHED) -> tuple[str, str | None, bool]:
    """The one mention found in *text*: its words, ISO value and whether it is relative."""
    found = find_dates(text, published, RULES)
    assert len(found) == 1, found
    return found[0].text, found[0].isoformat(), found[0].relative


# (sentence, words of the mention, ISO value against PUBLISHED)
ABSOLUTE = [
    ("He resigned on 1 April 2024.", "1 April 2024", "2024-04-01"),
    ("He resigned on April 1st 2024.", "April 1st 2024", "2024-04-01"),
    ("On Monday, April 1, 2024, she quit.", "Monday, April 1, 2024", "2024-04-01"),
    ("It happened on the 3rd of May, 2023.", "3rd of May, 2023", "2023-05-03"),
    ("The minutes are dated 2024-04-01.", "2024-04-01", "2024-04-01"),
    ("She quit on 01/04/2024.", "01/04/2024", "2024-04-01"),
    ("US style 04/23/2024 is read month first.", "04/23/2024", "2024-04-23"),
    ("She was elected in May 2023.", "May 2023", "2023-05"),
    ("Dated 12 Sept. 2021.", "12 Sept. 2021", "2021-09-12"),
    ("He was expelled in 2010.", "2010", "2010"),
    ("Complaints as far back as 2021.", "2021", "2021"),
    ("A member since 2019.", "2019", "2019"),
    ("By the end of 2022 she had gone.", "2022", "2022"),
    ("He came second in the 2021 byelection.", "2021", "2021"),
]

RELATIVE = [
    ("She quit today.", "today", "2024-04-03"),
    ("Yesterday he resigned.", "Yesterday", "2024-04-02"),
    ("The party last night confirmed it.", "last night", "2024-04-02"),
    ("He resigned this morning.", "this morning", "2024-04-03"),
    ("She resigned on Friday.", "Friday", "2024-03-29"),
    ("He resigned on Wednesday.", "Wednesday", "2024-04-03"),
    ("He quit last Wednesday.", "last Wednesday", "2024-03-27"),
    ("He goes next Friday.", "next Friday", "2024-04-05"),
    ("She quit on Friday (March 29).", "Friday (March 29)", "2024-03-29"),
    ("He was expelled on August 23.", "August 23", "2023-08-23"),
    ("The incident happened on 23 April.", "23 April", "2024-04-23"),
    ("She quit last month.", "last month", "2024-03"),
    ("Earlier this month he left.", "Earlier this month", "2024-04"),
    ("Last year she defected.", "Last year", "2023"),
    ("They were suspended last week.", "last week", "2024-03"),
    ("He was selected in April.", "April", "2024-04"),
    ("He joined in October.", "October", "2023-10"),
    ("The vote is in June.", "June", "2024-06"),
    ("The elections on May 2 loom.", "May 2", "2024-05-02"),
    ("The vote last May was close.", "last May", "2023-05"),
    ("He joined in April last year.", "April last year", "2023-04"),
    ("He joined 30 years ago.", "30 years ago", "1994"),
    ("She left three days ago.", "three days ago", "2024-03-31"),
    ("She left six months ago.", "six months ago", "2023-10"),
    ("Booted from the ticket days ago.", "days ago", "2024-03"),
]

NOT_DATES = [
    "Some of you may have heard the news.",
    "Theresa May resigned.",
    "Confidence in May's cabinet fell.",
    "Protesters march on the town hall.",
    "She came second in the vote.",
    "He has now resigned.",
    "He was suspended for 18 months.",
    "After 14 years of Tory cuts.",
    "Over 30 years in office.",
    "An 18-month suspension.",
    "Talks on the Good Friday Agreement.",
    "Sheffield Wednesday won.",
    "He told the Today programme.",
    "Over the last year he has changed.",
    "He won 2010 votes.",
    "The 2019-20 season.",
    "A 22-year-old member.",
    "He quit a week after being elected.",
]


class TestFindDates:
    @pytest.mark.parametrize(("text", "words", "iso"), ABSOLUTE, ids=[r[1] for r in ABSOLUTE])
    def test_absolute_forms(self, text, words, iso):
        """Absolute dates are found with minimal spans and need no publication date."""
        found = _only(text, None)

        assert found == (words, iso, False)

    @pytest.mark.parametrize(("text", "words", "iso"), RELATIVE, ids=[r[1] for r in RELATIVE])
    def test_relative_forms(self, text, words, iso):
        """Relative dates resolve against the publication date at the precision they allow."""
        found = _only(text)

        assert found == (words, iso, True)

    @pytest.mark.parametrize(("text", "words", "iso"), RELATIVE, ids=[r[1] for r in RELATIVE])
    def test_relative_forms_without_publication_date(self, text, words, iso):
        """Without a publication date a relative mention is found but has no value."""
        found = find_dates(text, None, RULES)

        assert [(m.text, m.value, m.precision, m.relative) for m in found] == [
            (words, None, None, True)
        ]

    @pytest.mark.parametrize("text", NOT_DATES)
    def test_not_dates(self, text):
        """Names, verbs, ordinals, adverbs, durations and ages are not dates."""
        assert find_dates(text, PUBLISHED, RULES) == ()

    def test_month_alone_never_leaks_a_day(self):
        """ "May 2023" is a month: the value is the 1st, the precision MONTH, whatever the clock."""
        (mention,) = find_dates("Elected in May 2023.", None, RULES)

        assert (mention.value, mention.precision) == (dt.date(2023, 5, 1), Precision.MONTH)

    def test_publication_day_is_its_own_weekday(self):
        """An article dated Friday that says "on Friday" means that very day."""
        (mention,) = find_dates("She quit on Friday.", dt.date(2025, 8, 1), RULES)

        assert mention.value == dt.date(2025, 8, 1)

    def test_weekday_checks_the_year_of_a_day_and_month(self):
        """ "Friday (March 7)" takes the year in which March 7 is a Friday."""
        (mention,) = find_dates("He left on Friday (March 7).", dt.date(2026, 1, 10), RULES)

        assert mention.value == dt.date(2025, 3, 7)

    def test_rule_ids_and_order(self):
        """Mentions come in text order, each with the id of the rule that found it."""
        found = find_dates("On 1 April 2024 he quit; yesterday she did.", PUBLISHED, RULES)

        assert [(m.text, m.rule_ids) for m in found] == [
            ("1 April 2024", ("dates.absolute.day_month_year",)),
            ("yesterday", ("dates.relative.yesterday",)),
        ]

    def test_longest_candidate_wins(self):
        """A weekday inside a full date is not a second mention."""
        found = find_dates("Published Monday 1 April 2024.", None, RULES)

        assert [m.text for m in found] == ["Monday 1 April 2024"]

    def test_user_rule_and_duration_suppression(self):
        """A user's date rule runs; a duration rule hides the candidates it overlaps."""
        greedy = rules.pattern(
            r"\b\d+ months\b", stage="dates", label="relative", id="acme.dates.relative.months"
        )
        with_user_rule = RULES.extend(greedy)

        assert find_dates("Suspended for 18 months.", PUBLISHED, with_user_rule) == ()
        assert (
            find_dates(
                "Suspended for 18 months.",
                PUBLISHED,
                with_user_rule.without("dates.duration.amount"),
            )[0].text
            == "18 months"
        )

    def test_leftover_words_go_to_dateparser(self):
        """Words our resolver does not know are normalised by dateparser, still without the clock."""
        noon = rules.pattern(
            r"\b\d{1,2} [A-Z][a-z]+ \d{4} at noon\b",
            stage="dates",
            label="absolute",
            id="acme.dates.absolute.noon",
        )

        (mention,) = find_dates("It ended on 3 June 2020 at noon.", None, RULES.extend(noon))

        assert (mention.isoformat(), mention.relative, mention.rule_ids) == (
            "2020-06-03",
            False,
            ("acme.dates.absolute.noon",),
        )

    def test_no_date_rules(self):
        """A rule set without date rules finds nothing."""
        assert find_dates("She quit on 1 April 2024.", PUBLISHED, defaults.PARTIES) == ()

    def test_many_date_words_stay_linear(self):
        """A flood of date-like words is handled quickly (no catastrophic backtracking)."""
        text = "May 1 Friday last 2024 in " * 4000

        found = find_dates(text, PUBLISHED, RULES)

        assert len(found) > 1000


class TestRuleExamples:
    @pytest.mark.parametrize("rule", date_rules.RULES, ids=[r.id for r in date_rules.RULES])
    def test_every_rule_has_examples_both_ways(self, rule):
        """Every default date rule carries sentences it must and must not match."""
        assert rule.examples
        assert rule.counterexamples
        assert rule.id.startswith(f"dates.{rule.label}.")


HEADERS = [
    (" date 2024-04-01 Twenty councillors resigned.", "2024-04-01", "2024-04-01"),
    ("Published: 1 April 2024\nText.", "1 April 2024", "2024-04-01"),
    ("Monday 1 April 2024\nText.", "Monday 1 April 2024", "2024-04-01"),
    ("Headline here\nUpdated on April 1, 2024 10:30am\nText.", "April 1, 2024", "2024-04-01"),
    ("Headline here\n1 April 2024\nText.", "1 April 2024", "2024-04-01"),
]


class TestDetectPublished:
    @pytest.mark.parametrize(("text", "words", "iso"), HEADERS, ids=[h[1] for h in HEADERS])
    def test_datelines(self, text, words, iso):
        """A dateline or header date is found, with the span of the date itself."""
        found = detect_published(text)

        assert found is not None
        assert (found.text, found.isoformat(), found.span.of(text)) == (words, iso, words)

    @pytest.mark.parametrize(
        "text",
        [
            "He said on 1 April 2024 that he would quit.",
            "Updated on 31/02/2024\nText.",
            "Published: May 2023\nText.",
            "One\nTwo\nThree\nFour\nPublished: 1 April 2024",
            "",
        ],
    )
    def test_no_dateline(self, text):
        """A date in a sentence, an impossible or partial date, or one far down is not a dateline."""
        assert detect_published(text) is None


def _governing(text: str, trigger: str, published: dt.date | None = PUBLISHED) -> str | None:
    start = text.index(trigger)
    mention = governing_date(
        text, find_dates(text, published, RULES), Span(start, start + len(trigger)), published
    )
    return None if mention is None else mention.isoformat() or "unresolved"


GOVERNED = [
    ("Cllr Jo Bloggs resigned from the party on Friday.", "resigned", "2024-03-29"),
    ("Bloggs quit the Labour party last month.", "quit", "2024-03"),
    ("In October 2016, Coun Bloggs defected to the Tories.", "defected", "2016-10"),
    ("Mayor Smith, who was expelled from Labour in 2010, sits alone.", "expelled", "2010"),
    ("She was suspended from the group last week after the vote.", "suspended", "2024-03"),
    ("Labour on Friday suspended Cllr Jo Bloggs.", "suspended", "2024-03-29"),
    ('He said: "Today, after five years, I resigned my membership."', "resigned", "2024-04-03"),
    ("She quit today.", "quit", "2024-04-03"),
    ("He resigned from Labour, issuing his resignation last night.", "resigned", "2024-04-02"),
    ("She left the party as of 9 a.m. Monday.", "left", "2024-04-01"),
]

NOT_GOVERNED = [
    ("Cllr Jo Bloggs has resigned from the party.", "resigned"),
    ("He quit the party he joined in 2010.", "quit"),
    ("He resigned, and in 2010 he joined the Greens.", "resigned"),
    ("A member since 2019, she has quit.", "quit"),
    ("He was deselected ahead of next May's elections.", "deselected"),
    ("She was deselected before the 2021 election.", "deselected"),
    ("Their suspension follows a rebellion earlier this month.", "suspension"),
    ("He quit a week after being elected.", "quit"),
    ("I remember last year we had people defecting to Labour.", "defecting"),
    ("He was suspended for 18 months.", "suspended"),
    ("He quit. On Friday the council met.", "quit"),
    ("He resigned from Labour, the party he joined in 2010.", "resigned"),
    ("He quit as Monday's meeting began.", "quit"),
]


class TestGoverningDate:
    @pytest.mark.parametrize(
        ("text", "trigger", "iso"), GOVERNED, ids=[g[0][:40] for g in GOVERNED]
    )
    def test_governing_mentions(self, text, trigger, iso):
        """The date in the trigger's clause, after it, just before it or opening the sentence."""
        assert _governing(text, trigger) == iso

    @pytest.mark.parametrize(
        ("text", "trigger"), NOT_GOVERNED, ids=[g[0][:40] for g in NOT_GOVERNED]
    )
    def test_conservative(self, text, trigger):
        """No time expression, another clause's date, a bound, a duration: no date."""
        assert _governing(text, trigger) is None

    def test_dateline_is_not_an_event_date(self):
        """The dateline at the top does not date a trigger in the headline after it."""
        text = " date 2024-04-01 Twenty councillors have resigned from the party."

        assert _governing(text, "resigned", dt.date(2024, 4, 1)) is None

    def test_without_publication_date(self):
        """A relative governing mention without a publication date is returned unresolved."""
        assert _governing("She quit on Friday.", "quit", None) == "unresolved"

    def test_resolves_late_anchor(self):
        """A mention found without an anchor is resolved when governing_date gets one."""
        text = "She quit yesterday."
        mentions = find_dates(text, None, RULES)

        found = governing_date(text, mentions, Span(4, 8), PUBLISHED)

        assert found is not None
        assert found.isoformat() == "2024-04-02"


published_dates = st.none() | st.dates(
    min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)
)
date_words = st.lists(
    st.sampled_from(
        [
            "May",
            "March",
            "Friday",
            "last",
            "this",
            "next",
            "week",
            "month",
            "year",
            "ago",
            "2024",
            "1",
            "23rd",
            "of",
            "in",
            "since",
            "today",
            "yesterday",
            "(",
            ")",
            ",",
            "April",
            "the",
            "days",
            "30",
            "years",
            "-",
            "/",
            "01/04/2024",
            "2024-04-01",
            "\n",
        ]
    ),
    max_size=30,
).map(" ".join)
texts = st.text(max_size=200) | date_words


class TestProperties:
    @given(texts, published_dates)
    def test_never_raises_and_spans_match(self, text, published):
        """For any text: no exception, spans in bounds and equal to the stored words."""
        found = find_dates(text, published, RULES)

        for mention in found:
            assert 0 <= mention.span.start <= mention.span.end <= len(text)
            assert mention.span.of(text) == mention.text

    @given(texts, published_dates)
    def test_deterministic(self, text, published):
        """Two runs give equal results."""
        assert find_dates(text, published, RULES) == find_dates(text, published, RULES)

    @given(texts)
    def test_no_value_without_publication_date_for_relative(self, text):
        """With no publication date, no relative mention has a value."""
        found = find_dates(text, None, RULES)

        assert all(m.value is None and m.precision is None for m in found if m.relative)

    @given(texts, published_dates, st.integers(0, 200), st.integers(0, 20))
    def test_governing_date_never_raises(self, text, published, start, length):
        """governing_date accepts any trigger span and returns one of the given mentions or None."""
        start = min(start, len(text))
        trigger = Span(start, min(len(text), start + length))
        found = find_dates(text, published, RULES)

        governed = governing_date(text, found, trigger, published)

        assert governed is None or governed.span in {m.span for m in found}

    @given(texts)
    def test_dateline_span_matches(self, text):
        """A detected dateline's span covers exactly its words."""
        found = detect_published(text)

        assert found is None or found.span.of(text) == found.text


def test_rules_are_word_bounded():
    """No default date rule matches inside a longer word or number."""
    text = "xMay 2023x Fridays yesterdays todays 12024-04-012 Mayday"

    assert [(m.rule_id, m.span.of(text)) for m in RULES.finditer(text)] == []


# Words the date rules are written around, in odd cases and joined oddly, with letters that
# fold to ASCII ("ſ", the Kelvin sign) and ones that do not.
_DATE_WORDS = [
    "May",
    "June",
    "Jan",
    "January",
    "Sept",
    "Friday",
    "Wed",
    "Mon",
    "Tues",
    "ago",
    "years",
    "months",
    "hours",
    "the",
    "day",
    "before",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "next",
    "past",
    "earlier",
    "later",
    "week",
    "in",
    "mid",
    "end",
    "of",
    "2021",
    "23",
    "3rd",
    "election",
    "by-election",
    "polls",
    "campaign",
    "general",
]
_DATE_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(_DATE_WORDS).map(str.upper) | st.sampled_from(_DATE_WORDS),
        st.sampled_from(["", " ", "  ", "\u00a0", "\n", "-", ", ", "ſ", "\u212a", "é", "’s "]),
    ),
    max_size=8,
).map(lambda parts: "".join(w + s for w, s in parts))
_REQUIRING = [r for r in defaults.DATES if r.requires]


class TestRequiredWords:
    @given(text=_DATE_TEXTS)
    def test_a_rule_matches_only_where_a_word_it_requires_is_written(self, text: str) -> None:
        """Each date rule's `requires` is a true necessary condition, so skipping it loses nothing."""
        at = words(text).at
        for rule in _REQUIRING:
            if rule.compiled.search(text) is not None:
                assert at is None or not at.keys().isdisjoint(rule.requires), rule.id


# The rules that start with a word; `polevents._matching` tries them only where it is written.
_WORD_LED = [
    rule
    for rule in defaults.DATES
    if rule.id.removeprefix("dates.")
    in {
        "relative.today",
        "relative.last",
        "relative.this",
        "relative.next",
        "relative.earlier",
        "relative.later",
        "relative.weekday",
        "relative.month",
        "duration.amount",
    }
]


class TestHeads:
    @pytest.mark.parametrize("rule", _WORD_LED, ids=[r.id for r in _WORD_LED])
    def test_a_word_leading_a_rule_is_read_whole(self, rule: rules.PatternRule) -> None:
        """Its heads are read, each a whole word wherever it leads a match (no verbose flag)."""
        read = _read_heads(rule.source)

        assert read is not None
        assert _checked_heads(rule) is not None
        assert all(whole for _, whole in read)

    @given(text=_DATE_TEXTS)
    def test_rules_tried_at_their_heads_find_what_their_regexes_find(self, text: str) -> None:
        for rule in defaults.DATES:
            expected = [found.span() for found in rule.compiled.finditer(text)]
            heads, whole = _checked_heads(rule), _whole_word_heads(rule)
            found = find_at_heads(text, rule.compiled, heads, whole)
            assert [f.span() for f in found] == expected, rule.id
