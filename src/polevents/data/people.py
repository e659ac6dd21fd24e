"""Default rules of the people stage: titles stripped from names, and roles people hold.

Title rules (stage ``titles``) are labelled with the title as normalised
("Cllr" for Cllr, Councillor, Coun and Cr). Role rules (stage ``roles``) are
labelled with the role as the output names it ("councillor", "leader", "MP").
Abbreviations that are also ordinary words ("Cr", "MS", "TD") match only in
their exact case.

`NOT_NAME_WORDS` lists capitalised words that never start or continue a
person's name: sentence-initial function words, party and place words, months.
"""

from __future__ import annotations

from polevents.rules import PatternRule, Stage, phrase

__all__ = ["NOT_NAME_WORDS", "ROLES", "RULES", "TITLES"]


def _title(
    label: str, *phrases: str, slug: str, example: str, ignore_case: bool = False
) -> PatternRule:
    return phrase(
        *phrases,
        stage=Stage.TITLES,
        label=label,
        id=f"titles.{slug}",
        examples=(example,),
        counterexamples=("the council met on Monday",),
        ignore_case=ignore_case,
    )


def _role(
    label: str,
    *phrases: str,
    slug: str,
    example: str,
    counterexample: str = "the council met on Monday",
    ignore_case: bool = True,
) -> PatternRule:
    return phrase(
        *phrases,
        stage=Stage.ROLES,
        label=label,
        id=f"roles.{slug}",
        examples=(example,),
        counterexamples=(counterexample,),
        ignore_case=ignore_case,
    )


TITLES: tuple[PatternRule, ...] = (
    _title(
        "Cllr",
        "Cllr",
        "Cllr.",
        "Cllrs",
        "Clr",
        "Councillor",
        "Councillors",
        "Councilor",
        "Councilman",
        "Councilwoman",
        "Coun",
        "Coun.",
        "Cr",
        "Cr.",
        slug="cllr",
        example="Cllr Jo Bloggs spoke",
    ),
    _title("Mr", "Mr", "Mr.", slug="mr", example="Mr Bloggs spoke"),
    _title("Mrs", "Mrs", "Mrs.", slug="mrs", example="Mrs Bloggs spoke"),
    _title("Ms", "Ms", "Ms.", slug="ms", example="Ms Bloggs spoke"),
    _title("Miss", "Miss", slug="miss", example="Miss Bloggs spoke"),
    _title("Mx", "Mx", "Mx.", slug="mx", example="Mx Bloggs spoke"),
    _title("Dr", "Dr", "Dr.", "Doctor", slug="dr", example="Dr Jo Bloggs spoke"),
    _title("Prof", "Prof", "Prof.", "Professor", slug="prof", example="Professor Jo Bloggs spoke"),
    _title("Sir", "Sir", slug="sir", example="Sir Jo Bloggs spoke"),
    _title("Dame", "Dame", slug="dame", example="Dame Jo Bloggs spoke"),
    _title("Lord", "Lord", slug="lord", example="Lord Bloggs spoke"),
    _title("Lady", "Lady", slug="lady", example="Lady Bloggs spoke"),
    _title("Baroness", "Baroness", "Baron", slug="baroness", example="Baroness Bloggs spoke"),
    _title("Rev", "Rev", "Rev.", "Revd", "Reverend", slug="rev", example="Rev Jo Bloggs spoke"),
    _title(
        "Rt Hon",
        "Rt Hon",
        "Rt. Hon.",
        "Right Honourable",
        "Hon",
        "Hon.",
        "Honourable",
        slug="hon",
        example="the Rt Hon Jo Bloggs spoke",
    ),
    _title("Alderman", "Alderman", "Alderwoman", slug="alderman", example="Alderman Jo Bloggs"),
    _title(
        "Senator", "Senator", "Sen.", "Senators", slug="senator", example="Senator Jo Bloggs said"
    ),
    _title(
        "Rep",
        "Rep.",
        "Representative",
        "Congressman",
        "Congresswoman",
        slug="rep",
        example="Rep. Jo Bloggs said",
    ),
)
"""Honorifics in front of names, case-sensitive so "miss" or "lord" in prose are not titles."""


ROLES: tuple[PatternRule, ...] = (
    _role(
        "deputy leader",
        "deputy leader",
        "deputy council leader",
        "deputy group leader",
        "deputy leader of the council",
        slug="deputy_leader",
        example="deputy leader Jo Bloggs",
    ),
    _role(
        "leader",
        "leader",
        "council leader",
        "group leader",
        "leader of the council",
        "opposition leader",
        slug="leader",
        example="council leader Jo Bloggs",
        counterexample="the leadership said",
    ),
    _role(
        "deputy mayor",
        "deputy mayor",
        "deputy lord mayor",
        slug="deputy_mayor",
        example="deputy mayor Jo Bloggs",
    ),
    _role(
        "mayor",
        "mayor",
        "lord mayor",
        "lady mayor",
        "mayoress",
        "metro mayor",
        slug="mayor",
        example="the mayor of Hounslow",
    ),
    _role(
        "alderman",
        "alderman",
        "alderwoman",
        "aldermen",
        slug="alderman",
        example="Alderman Jo Bloggs",
    ),
    _role(
        "councillor",
        "councillor",
        "councillors",
        "councilor",
        "councilors",
        "council member",
        "council members",
        "councilmember",
        "councilman",
        "councilwoman",
        "member of the council",
        "borough councillor",
        "county councillor",
        "city councillor",
        "district councillor",
        "parish councillor",
        "town councillor",
        "ward councillor",
        slug="councillor",
        example="Labour councillor Jo Bloggs",
    ),
    _role(
        "councillor",
        "Cllr",
        "Cllrs",
        "Clr",
        "Coun",
        "Cr",
        slug="councillor_abbreviation",
        example="Cllr Jo Bloggs",
        counterexample="the cr\u00e8me of the party",
        ignore_case=False,
    ),
    _role("MP", "MP", "MPs", slug="mp", example="Labour MP Jo Bloggs", ignore_case=False),
    _role(
        "MP",
        "member of parliament",
        "members of parliament",
        slug="mp_words",
        example="the Member of Parliament for Poole",
    ),
    _role("MSP", "MSP", "MSPs", slug="msp", example="SNP MSP Jo Bloggs", ignore_case=False),
    _role(
        "MS",
        "MS",
        "MSs",
        "Member of the Senedd",
        slug="ms",
        example="Plaid MS Jo Bloggs",
        counterexample="Ms Bloggs said",
        ignore_case=False,
    ),
    _role(
        "MLA",
        "MLA",
        "MLAs",
        "MHA",
        "MPP",
        slug="mla",
        example="DUP MLA Jo Bloggs",
        ignore_case=False,
    ),
    _role("TD", "TD", "TDs", slug="td", example="Fine Gael TD Jo Bloggs", ignore_case=False),
    _role("AM", "AM", "AMs", slug="am", example="Labour AM Jo Bloggs", ignore_case=False),
    _role("MEP", "MEP", "MEPs", slug="mep", example="Labour MEP Jo Bloggs", ignore_case=False),
    _role(
        "assembly member",
        "assembly member",
        "assemblyman",
        "assemblywoman",
        "assembly members",
        slug="assembly_member",
        example="assembly member Jo Bloggs",
    ),
    _role(
        "senator",
        "senator",
        "senators",
        "state senator",
        slug="senator",
        example="state senator Jo Bloggs",
    ),
    _role(
        "representative",
        "state representative",
        "congressman",
        "congresswoman",
        "member of congress",
        slug="representative",
        example="congressman Jo Bloggs",
    ),
    _role("peer", "peer", "life peer", slug="peer", example="Labour peer Lord Bloggs"),
)
"""Offices, labelled with the role as the output names it."""


RULES: tuple[PatternRule, ...] = (*TITLES, *ROLES)


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


NOT_NAME_WORDS: frozenset[str] = _words(
    "A An The This That These Those It Its He She His Her Him They Their Them We Our Us You",
    "Your I My Me Mine Who Whom Whose What Which Why How When Where Whether If Unless In On At",
    "By For From To Of With Without Within After Before During Since Until Till Into Onto Over",
    "Under Between Among Against About Above Across Along Around Behind Beyond Near Through",
    "Throughout Toward Towards Upon Via Per Amid Amidst Despite But And Or Nor So Yet As Also",
    "However Meanwhile Although Though Because While Whilst Thus Hence Therefore Moreover",
    "Furthermore Instead Otherwise Indeed Still Already Even Just Only Then Than There Here Now",
    "Today Yesterday Tomorrow Tonight Recently Currently Previously Last Next Earlier Later",
    "Soon Ago Once Twice Again Always Never Often Sometimes Following According Speaking Asked",
    "Responding Commenting Writing Posting Announcing Explaining Adding Describing Referring",
    "Addressing Reacting Confirming Asked Added Said All Both Each Every Some Many Most Several",
    "Other Others Another Any No Not None Few One Two Three Four Five Six Seven Eight Nine Ten",
    "Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty",
    "Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds Dozen Dozens First Second Third",
    "Fourth Fifth Sixth Seventh Eighth Ninth Tenth Half Such Very More Less Much Former Ex",
    "Veteran Senior Junior Local Longtime Long-serving Rebel Fellow Newly Outgoing Incoming",
    "Acting Interim January February March April June July August September October November",
    "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday",
    "Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Labour",
    "Conservative Conservatives Tory Tories Liberal Liberals Democrat Democrats Lib Dem Dems",
    "LibDem LibDems Greens Reform UKIP SNP Plaid Cymru Sinn Féin Fein Fianna Fáil Fail Fine",
    "Gael DUP UUP SDLP Alliance Workers Unionist Unionists Republican Republicans Labor",
    "Nationals Coalition Socialist Socialists Communist Communists Nationalist Nationalists",
    "Independent Independents Party Parties Group Groups Movement Progressive Progressives",
    "Council Councils Borough Boroughs City Cities County Counties District Districts Ward",
    "Wards Town Parish Village Metropolitan Authority Constituency Division Region Regional",
    "Unitary Government Parliament Parliamentary Commons House Lords Senate Senedd Assembly",
    "Congress Cabinet Executive Committee Board Office Department Ministry Minister Ministers",
    "Prime Secretary Chancellor Chair Chairman Chairwoman Chairperson President Vice Deputy",
    "Shadow Leader Leaders Mayor Mayors Speaker Whip Whips Spokesman Spokeswoman Spokesperson",
    "Member Members MP MPs Candidate Candidates Chief General Attorney Governor Premier Street",
    "Road Avenue Square Centre Center Station Church Mosque School Schools University College",
    "Hospital Police Court Courts Crown Bank Airport Bridge Kingdom United States Britain",
    "British England English Scotland Scottish Wales Welsh Ireland Irish Northern Southern",
    "Eastern Western North South East West Central Greater Great Upper Lower Mid Saint St St.",
    "Royal National International Federal State Republic European Europe America American",
    "Australian Canadian Indian Zealand News BBC ITV Sky Channel Radio Read Picture Pictures",
    "Photo Photograph Image Images Credit Getty Alamy PA Reuters AP AFP Advertisement Advert",
    "Share Comments Comment Facebook Twitter Instagram TikTok YouTube WhatsApp Telegraph Times",
    "Guardian Mail Press Echo Post Chronicle Herald Gazette Advertiser Mirror Express Standard",
    "Evening Daily Weekly Live Online Sign Subscribe Related Topics Top Stories Story Update",
    "Updated Published Breaking Exclusive Watch Listen Video Opinion Analysis Please Click Find",
    "Follow Contact Email Tel Phone Mr Mrs Ms Miss Dr Sir Dame Lord Lady Baroness Cllr",
    "Councillor Councillors Rev Election Elections By-election Poll Polls Campaign Manifesto",
    "Budget Brexit Covid Coronavirus NHS Gaza Israel Palestine Palestinian Palestinians Israeli",
    "Ukraine Russia Russian Hamas Muslim Muslims Jewish Christian Islam God Allah Christmas",
    "Easter Ramadan Eid Summer Winter Spring Autumn Sources Source Officials Residents People",
    "Voters Statement Letter Yes Okay OK Thank Thanks Dear Hello Well Oh Ukip Year Partnership",
    "Community Trust Foundation Association Union Society Main Pic Pics Inset Army Navy",
    "Pakistani Bangladeshi Somali Kashmiri",
)
"""Capitalised words that are never part of a person's name in this genre."""
