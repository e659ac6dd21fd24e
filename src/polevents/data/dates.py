"""Default rules of the dates stage: where time expressions are, not what they mean.

Each rule finds *candidates*; `polevents._dates` turns a candidate's words
into a date. The label says what kind of expression a rule finds:

- ``absolute``: the words alone fix the date ("1 April 2024", "May 2023",
  "in 2021");
- ``relative``: the date depends on the publication date ("yesterday",
  "on Friday", "last month", "30 years ago", "23 August" without a year);
- ``duration``: a length of time ("for 18 months", "14 years of"). Durations
  are never reported as dates; a duration match removes the date candidates
  it overlaps.

How the patterns are written, and why:

- Case-sensitive, with every accepted spelling listed: month and weekday
  names must be Capitalised or in CAPITALS ("May", "MAY"), which keeps the
  modal verb "may" and the verb "march" out; small words may be lower case,
  Capitalised or in CAPITALS.
- Spans are minimal: the preposition that makes a number a year ("in 2021")
  is a look-behind, not part of the mention.
- The rules that start with a word ("last", "today", a month or weekday
  name, a unit) write it whole: ``(?<!\\w)``, the word (case-insensitive
  parts in a ``(?i:…)`` group) and a word's end after it (``(?!\\w)`` or
  white space). `polevents._matching` reads such words as the rule's heads
  and tries the rule only where one is written (a whole word is looked up
  among the article's words), not at every character. Verbose (``(?x)``)
  and backward (``(?r)``) rules hide their heads.
- The rules that end with a year, or with "ago", after optional words
  search backwards (``(?r)``, a feature of the ``regex`` module). Their
  *last* token is rare and has a fixed first character set, so the engine
  can skip through the text to it and then match the optional words before
  it leftwards (greedily, so "Monday 1 April 2024" is taken whole).
  Searching forwards, the optional leading words (a weekday, an amount)
  defeat that skipping and the same rules run 5 to 20 times slower. They
  stay backward: `PatternRule.finditer` gives their matches last first.
- The rules that search forwards from a year start with the range
  ``[1-2]`` and check the rest of the year in a look-behind: the engine
  skips to a literal or a character range in first place, but tries a
  look-behind, an alternation or a set written out (``[12]``) at every
  character, which made those rules 3 to 5 times slower.
- Every repetition is bounded or possessive and white space never crosses
  a line break, so a text full of date-like words costs linear time.
"""

from __future__ import annotations

from polevents.rules import PatternRule, Stage, pattern

__all__ = ["RULES"]


def _cased(*words: str) -> str:
    """An alternation of *words* as Capitalised or CAPITALS (names), longest first."""
    forms = {form for word in words for form in (word, word.upper())}
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"


def _any_case(*words: str) -> str:
    """An alternation of *words* in lower case, Capitalised or CAPITALS, longest first."""
    forms = {form for word in words for form in (word, word.capitalize(), word.upper())}
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"


# Horizontal white space only: a date never runs across a line break.
_S = r"[^\S\n]{1,3}"
_S_OR_HYPHEN = r"(?:[^\S\n]{1,3}|-)"

_MONTHS_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_FULL = _cased(*_MONTHS_FULL)
# Abbreviations ("Jan", "Dec") are also names and words, so they only count
# next to a day number or a year, never alone.
_MONTHS_ABBR = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_MONTH_ABBR = _cased(*_MONTHS_ABBR)
_MONTH = rf"(?:{_MONTH_FULL}(?!\w)|{_MONTH_ABBR}(?!\w)\.?)"
_WEEKDAYS_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_ABBR = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
_WEEKDAY_FULL = _cased(*_WEEKDAYS_FULL)
_WEEKDAY_ABBR = _cased(*_WEEKDAYS_ABBR)
_WEEKDAY = rf"(?:{_WEEKDAY_FULL}(?!\w)|{_WEEKDAY_ABBR}(?!\w)\.?)"
# What rules written around a month or a weekday require (see `polevents.rules.pattern`):
# every month and weekday is a whole word, with a word boundary or white space on each side.
_A_MONTH = (*_MONTHS_FULL, *_MONTHS_ABBR)
_A_WEEKDAY = (*_WEEKDAYS_FULL, *_WEEKDAYS_ABBR)

_DAY = r"(?<!\w)[0-9]{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?(?!\w)"
# Written as prefix-then-digits, not as an alternation of whole years, so the
# backward search can skip to the two final digits.
_YEAR = r"(?<!\w)(?:1[89]|20)[0-9][0-9](?![0-9])"
# The same years for a forward search: four digits led by a range it skips to,
# with `_CENTURY` checked in a look-behind that ends after them.
_FOUR_DIGITS = r"[1-2][0-9]{3}(?![0-9])"
_CENTURY = r"(?:1[89]|20)[0-9]{2}"
# A year followed by "-23" or "/24" is a season or a range, not a date.
_NOT_RANGE = r"(?![-–/][0-9])"
_THE = _any_case("the")
_OF = _any_case("of")

_DAY_MONTH = rf"{_DAY}{_S}(?:{_OF}{_S})?{_MONTH}"
_MONTH_DAY = rf"(?<!\w){_MONTH}{_S}{_DAY}"

_NUMBER = (
    r"(?:[0-9]{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    rf"fifty|sixty|seventy|eighty|ninety|a{_S}hundred|hundreds{_S}of))"
)
_SOME = rf"(?i:a{_S}few|a{_S}couple{_S}of|several|many|some|a|an)"
_HALF = rf"(?:{_S_OR_HYPHEN}(?i:and){_S_OR_HYPHEN}(?i:a){_S_OR_HYPHEN}(?i:half))?"
_AMOUNT = rf"(?<!\w)(?:{_NUMBER}{_HALF}|{_SOME})"
_NAMED = (
    r"(?:(?i:week|weekend|fortnight|month|year|night|morning|afternoon|evening)"
    rf"|{_WEEKDAY_FULL}|{_MONTH_FULL})"
)
# The day and month after a weekday, defined once and called twice, which
# keeps the weekday rule small enough to compile quickly. The definition goes
# at the end of the rule: in front, it would hide the weekday names, the
# rule's heads, and the rule would be tried at every character.
_WEEKDAY_DATE = (
    rf"(?(DEFINE)(?P<_date>(?:[^\S\n]{{0,3}}\([^\S\n]{{0,3}}|,?{_S})(?:{_DAY_MONTH}|{_MONTH_DAY})"
    r"(?:[^\S\n]{0,3}\))?))"
)
_UNIT = _any_case(
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
)


def _rule(
    label: str,
    slug: str,
    source: str,
    *,
    examples: tuple[str, ...],
    counterexamples: tuple[str, ...],
    description: str,
    ignore_case: bool = False,
    requires: tuple[str, ...] = (),
) -> PatternRule:
    return pattern(
        source,
        stage=Stage.DATES,
        label=label,
        id=f"dates.{label}.{slug}",
        examples=examples,
        counterexamples=counterexamples,
        description=description,
        ignore_case=ignore_case,
        requires=requires,
    )


RULES: tuple[PatternRule, ...] = (
    _rule(
        "absolute",
        "iso",
        rf"[1-2][0-9]{{3}}-(?<=(?<![\w/.-]){_CENTURY}-)(?:1[0-2]|0?[1-9])-(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])(?!-[0-9])",
        examples=("The report is dated 2024-04-01.", "Updated 2023-11-05T10:00Z."),
        counterexamples=("Call 2024-0401 now.", "Reference 12024-04-01-7."),
        description="An ISO date, YYYY-MM-DD.",
    ),
    _rule(
        "absolute",
        "numeric",
        # Day first; the resolver reads month first only when day first is impossible.
        r"(?<![\w/.-])[0-9]{1,2}(?P<_sep>[/.])[0-9]{1,2}(?P=_sep)(?:(?:1[89]|20)[0-9]{2}|[0-9]{2})(?![/.]?[0-9])",
        examples=("She quit on 01/04/2024.", "Minutes of 3.5.2023 were approved.", "Filed 1/4/24."),
        counterexamples=("Version 1.2.3 shipped.", "Score 3/4.", "Page 12/400/2024."),
        description="A numeric date, day first by default: 01/04/2024, 1.4.2024, 1/4/24.",
    ),
    _rule(
        "absolute",
        "day_month_year",
        rf"(?r)(?:(?<!\w){_WEEKDAY},?{_S})?{_DAY_MONTH},?{_S}{_YEAR}",
        examples=(
            "He resigned on 1 April 2024.",
            "Published Monday 1 April 2024.",
            "It happened on the 3rd of May, 2023.",
            "Dated 12 Sept. 2021.",
        ),
        counterexamples=("He had 1 April to decide.", "Some 12 may 2023 guesses."),
        description="Day, month and year: 1 April 2024, Monday 1 April 2024, 3rd of May, 2023.",
        requires=_A_MONTH,
    ),
    _rule(
        "absolute",
        "month_day_year",
        rf"(?r)(?:(?<!\w){_WEEKDAY},?{_S})?{_MONTH_DAY},?{_S}{_YEAR}",
        examples=("He resigned on April 1st 2024.", "On Monday, April 1, 2024, she quit."),
        counterexamples=("Since April 1 there were 2024 votes.",),
        description="Month, day and year: April 1st 2024, Monday, April 1, 2024.",
        requires=_A_MONTH,
    ),
    _rule(
        "absolute",
        "month_year",
        rf"(?r)(?<!\w){_MONTH},?{_S}(?:{_OF}{_S})?{_YEAR}{_NOT_RANGE}",
        examples=(
            "She was elected in May 2023.",
            "Back in OCTOBER 2016 he defected.",
            "By Jan. 2020.",
        ),
        counterexamples=("Some may 2023 voters stayed home.", "The 2023 May fair."),
        description="A month and a year: May 2023, October of 2016.",
        requires=_A_MONTH,
    ),
    _rule(
        "absolute",
        "year",
        # The year needs a word before it that makes it a time: "in 2021",
        # "since 2019", "as far back as 2021", "in early 2020", "the end of 2022".
        rf"""(?rx)(?<=(?<!\w)(?:
              (?i:in|since|from|until|till|by|during|before|after|around|circa){_S}
                  (?:(?i:early|late|mid){_S_OR_HYPHEN})?
            | (?i:as{_S}far{_S}back{_S}as|as{_S}early{_S}as|as{_S}recently{_S}as){_S}
            | (?i:summer|spring|autumn|fall|winter|end|start|beginning|middle|half){_S}(?i:of){_S}
        )){_YEAR}{_NOT_RANGE}(?![.,][0-9])""",
        examples=(
            "He was expelled in 2010.",
            "A member since 2019.",
            "Complaints as far back as 2021.",
            "She joined in early 2020.",
            "By the end of 2022 she had gone.",
        ),
        counterexamples=(
            "He won 2010 votes.",
            "The 2019-20 season.",
            "In 2021-22 it grew.",
            "Room 2021 is free.",
        ),
        description="A bare year after a word that makes it a time: in 2021, since 2019.",
    ),
    _rule(
        "absolute",
        "election_year",
        # The year comes first and the look-behind checks "the" before it, so
        # the search skips to digits.
        rf"{_FOUR_DIGITS}(?<=(?<!\w){_THE}{_S}{_CENTURY})(?={_S}(?:(?i:general|local|council|mayoral|european|leadership|state|federal|presidential|assembly|parliamentary|snap){_S})?(?i:elections?|by-?elections?|polls?|referendum|campaign)(?!\w))",
        examples=("He came second in the 2021 byelection.", "Before the 2019 general election."),
        counterexamples=("The 2021 report.", "A 2019 election poster."),
        description="A year naming an election: the 2021 byelection.",
        requires=(
            "election",
            "elections",
            "byelection",
            "byelections",
            "poll",
            "polls",
            "referendum",
            "campaign",
        ),
    ),
    _rule(
        "relative",
        "today",
        # Whole words ("NewsToday" is not "today"); the look-behinds after them
        # keep "day" and "night" in one case, as "to" may be in any.
        rf"(?<!\w)(?:(?<!USA{_S})(?i:today)(?!\w)(?<=day|DAY)|(?i:tonight)(?!\w)(?<=night|NIGHT))"
        rf"(?!{_S}(?i:programme|show))",
        examples=("She quit today.", "Today he resigned.", "He goes tonight."),
        counterexamples=(
            "He told the Today programme.",
            "A poll in USA Today.",
            "Todays news.",
            "Subscribe to NewsToday.",
        ),
        description="The publication day: today, tonight.",
        requires=("today", "tonight"),
    ),
    _rule(
        "relative",
        "yesterday",
        rf"(?:(?i:the{_S}day{_S}before){_S})?(?i:yesterday)(?<=(?<!\w)\w{{9}})(?!\w)",
        examples=("Yesterday he resigned.", "It was the day before yesterday."),
        counterexamples=("Yesterdays are gone.",),
        description="The day before the publication day: yesterday.",
        requires=("yesterday",),
    ),
    _rule(
        "relative",
        "last",
        # "the last year" and "the last week" are stretches of time, not dates.
        rf"(?<!\w)(?<!{_THE}{_S})(?i:last){_S}{_NAMED}(?!\w)",
        examples=(
            "She quit last month.",
            "They were suspended last week.",
            "He quit last Monday.",
            "The vote last May was close.",
            "The party last night confirmed it.",
        ),
        counterexamples=("Over the last year he has changed.", "Last weeks.", "The last word."),
        description="The day, week, month or year before the publication's: last month, last Friday.",
        requires=("last",),
    ),
    _rule(
        "relative",
        "this",
        rf"(?<!\w)(?i:this){_S}(?:(?i:past){_S})?{_NAMED}(?!\w)",
        examples=("He resigned this morning.", "Earlier, this week, he left.", "This past Friday."),
        counterexamples=("This man spoke.", "This is it."),
        description="The publication's own day, week, month or year: this morning, this week.",
        requires=("this",),
    ),
    _rule(
        "relative",
        "next",
        rf"(?<!\w)(?i:next){_S}{_NAMED}(?!\w)",
        examples=("Next year's election.", "He will go next Friday."),
        counterexamples=("The next day.", "Next steps."),
        description="The day, week, month or year after the publication's: next year.",
        requires=("next",),
    ),
    *(
        _rule(
            "relative",
            word,
            rf"(?<!\w)(?i:{word}){_S}(?:(?i:this){_S}{_NAMED}|(?i:today))(?!\w)",
            examples=(f"{word.capitalize()} this year he left.", f"She left {word} today."),
            counterexamples=(f"{word.capitalize()} this is.", f"{word.capitalize()}, today."),
            description=f"Part of the publication's day, week, month or year: {word} this month.",
            requires=(word,),
        )
        for word in ("earlier", "later")
    ),
    _rule(
        "relative",
        "weekday",
        # Holidays and names that contain a weekday are not dates. A day and
        # month after the weekday ("Friday (March 7)") belong to the mention.
        rf"(?<!\w)(?:{_WEEKDAY_FULL}(?!\w)(?&_date)?|{_WEEKDAY_ABBR}(?!\w)\.?(?&_date))"
        rf"(?<!(?i:good|black|holy|maundy|ash|easter|super|cyber|blue|sheffield|girl|man){_S}\w+)"
        rf"(?!{_S}(?i:agreement|club)){_WEEKDAY_DATE}",
        examples=(
            "She resigned on Friday.",
            "At Wednesday's meeting he left.",
            "As of 9 a.m. Monday she sits as an independent.",
            "She quit on Friday (March 7).",
            "The result on Friday, May 6, was close.",
            "On Tue 23 August he left.",
        ),
        counterexamples=(
            "Talks on the Good Friday Agreement.",
            "Sheffield Wednesday won.",
            "She works Fridays.",
            "a friday feeling",
            "Tue 45 things.",
        ),
        description="A weekday, maybe with a day and month: on Friday, Friday (March 7).",
        requires=_A_WEEKDAY,
    ),
    _rule(
        "relative",
        "day_month",
        _DAY_MONTH,
        examples=("The incident happened on 23 August.", "By the 1st of May it was over."),
        counterexamples=("We may 23 times.", "On 23 may.", "23 Mayday."),
        description="A day and month without a year: 23 August, 1st of May.",
        requires=_A_MONTH,
    ),
    _rule(
        "relative",
        "month",
        # "May" and "March" are also a name and a verb, so a month alone needs
        # a preposition before it and is not possessive ("in May's cabinet" is
        # Theresa May's). The month comes first, so the rule is tried only
        # where a month's name is written.
        rf"(?<!\w)(?:{_MONTH_FULL}(?!\w)(?:{_S}{_DAY}"
        rf"|(?<=(?<!\w)(?:(?i:in|since|from|until|till|during|early|mid|late){_S_OR_HYPHEN}"
        rf"|(?i:end|start|beginning|middle){_S}(?i:of){_S})\w+)"
        rf"(?![\w-])(?!['’]s)(?:{_S}(?i:this|last|next){_S}(?i:year)(?!\w))?)"
        rf"|{_MONTH_ABBR}(?!\w)\.?{_S}{_DAY})",
        examples=(
            "He was expelled on August 23.",
            "Since May 2nd.",
            "She was selected in April.",
            "He joined Fine Gael in April this year.",
            "Elections in mid-May.",
        ),
        counterexamples=(
            "Theresa May resigned.",
            "Confidence in May's cabinet fell.",
            "Protesters march in March-like weather.",
            "They may in time.",
            "Mayday 23.",
        ),
        description="A month without a year, with a day after it or a preposition before: August 23, in April.",
        requires=_A_MONTH,
    ),
    _rule(
        "relative",
        "ago",
        # "ago" is checked whole and in one case before it is read, so that it
        # is the rule's last token, a literal the backward search skips to.
        rf"(?r)(?:{_AMOUNT}{_S_OR_HYPHEN})?(?<!\w){_UNIT}{_S}(?={_any_case('ago')}(?!\w))(?i:ago)",
        examples=(
            "He joined 30 years ago.",
            "She left two weeks ago.",
            "It happened a year ago.",
            "Booted from the ticket days ago.",
        ),
        counterexamples=("He served for 30 years.", "Years of service."),
        description="A time counted back from the publication date: 30 years ago, days ago.",
        requires=("ago",),
    ),
    _rule(
        "duration",
        "amount",
        # The unit comes first, a whole word, and the amount is a look-behind,
        # so the rule is tried only where a unit word is written (the units
        # are its heads, see `polevents._matching`); one rule, because each
        # look-behind costs milliseconds to compile at import. Not followed by
        # "ago" (a date) nor "-old" (an age). Every part is case-insensitive,
        # so the whole rule is.
        r"(?<!\w)(?:days?|weeks?|fortnights?|months?|years?|decades?|hours?)(?!\w)"
        rf"(?<={_AMOUNT.replace('(?i:', '(?:')}{_S_OR_HYPHEN}(?:(?:more|full|long|whole){_S})?\w++)"
        rf"(?!{_S}ago(?!\w))(?!-old)",
        examples=(
            "He was suspended for 18 months.",
            "After 14 years of cuts.",
            "Over 30 years in office.",
            "An 18-month suspension.",
            "After five-and-a-half years.",
            "Less than 24 hours later.",
            "A week after being elected.",
        ),
        counterexamples=(
            "He joined 30 years ago.",
            "A 22-year-old member.",
            "Last month.",
            "Every year.",
        ),
        description="A length of time, which is not a date: for 18 months, 14 years of.",
        ignore_case=True,
    ),
)
