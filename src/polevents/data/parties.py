"""Default rules of the parties stage: a gazetteer of parties, labelled with canonical names.

Canonical names are those of the corpus guidelines (Labour, Conservative,
Liberal Democrats, Green, Reform UK, …; elsewhere the usual short name:
Democratic, Republican, Liberal, NDP, Labor, National, BJP, Congress …).
Names that are also ordinary words ("labour", "green", "reform", "liberal",
"national", "alliance", "independent") match only capitalised, and the
riskiest only in the contexts that make them parties. Local branches and
council groups ("Peterborough Green Party", "the Labour group") contain the
national name, so they map to it; independent groups map to Independent.
"""

from __future__ import annotations

from polevents.rules import PatternRule, Stage, pattern, phrase

__all__ = ["RULES"]


def _names(
    label: str,
    *phrases: str,
    slug: str,
    example: str,
    counterexample: str = "the council met on Monday",
    ignore_case: bool = False,
) -> PatternRule:
    return phrase(
        *phrases,
        stage=Stage.PARTIES,
        label=label,
        id=f"parties.{slug}.names",
        examples=(example,),
        counterexamples=(counterexample,),
        ignore_case=ignore_case,
    )


def _context(
    label: str,
    source: str,
    *,
    slug: str,
    example: str,
    counterexample: str,
    requires: tuple[str, ...] = (),
) -> PatternRule:
    return pattern(
        source,
        stage=Stage.PARTIES,
        label=label,
        id=f"parties.{slug}.in_context",
        examples=(example,),
        counterexamples=(counterexample,),
        ignore_case=False,
        requires=requires,
    )


_UK = (
    _names(
        "Labour",
        "Labour",
        "LABOUR",
        "Labour Party",
        "Labour party",
        "LABOUR PARTY",
        "Welsh Labour",
        "Scottish Labour",
        "Labour and Co-operative Party",
        "Labour Co-op",
        slug="labour",
        example="she quit Labour's group",
        counterexample="cheap labour costs",
    ),
    _names(
        "Conservative",
        "Conservative",
        "Conservatives",
        "CONSERVATIVE",
        "CONSERVATIVES",
        "Conservative Party",
        "Conservative party",
        "Conservative and Unionist Party",
        "Scottish Conservatives",
        "Welsh Conservatives",
        "Tory",
        "Tories",
        "TORY",
        "TORIES",
        "Tory party",
        "Tory Party",
        slug="conservative",
        example="a former Tory councillor",
        counterexample="a conservative estimate",
    ),
    _names(
        "Liberal Democrats",
        "Liberal Democrats",
        "Liberal Democrat",
        "Liberal Democrat Party",
        "LIBERAL DEMOCRATS",
        "Lib Dems",
        "Lib Dem",
        "LibDems",
        "LibDem",
        "Lib-Dems",
        "Lib-Dem",
        "LIB DEM",
        "LIB DEMS",
        "Scottish Liberal Democrats",
        "Welsh Liberal Democrats",
        slug="liberal_democrats",
        example="the Lib Dems gained a seat",
    ),
    _names(
        "Green",
        "Green Party",
        "Green party",
        "Greens",
        "GREENS",
        "GREEN PARTY",
        "Scottish Greens",
        "Scottish Green Party",
        "Green Party of England and Wales",
        "Wales Green Party",
        slug="green",
        example="she joined the Green Party",
        counterexample="a green field",
    ),
    _context(
        "Green",
        # "Green" alone is a party before an office or group word, not in
        # place names ("Edmonton Green") or surnames ("Damian Green").
        r"(?<![\p{Lu}][\p{Ll}]++[^\S\n]++)Green(?=[^\S\n]++(?:councill?ors?|Cllrs?|MPs?|MSPs?|MSs?|TDs?|"
        r"AMs?|MEPs?|candidates?|group|Group|member|members|leader|co-leader|politician|mayor|"
        r"surge|vote|voters|peer)\b)",
        slug="green",
        example="a Green councillor said",
        counterexample="Edmonton Green councillor Jo Bloggs",
    ),
    _names(
        "Reform UK",
        "Reform UK",
        "REFORM UK",
        "Reform",
        "Reform Party",
        "Reform UK Party",
        "Reform U.K.",
        slug="reform_uk",
        example="he defected to Reform",
        counterexample="welfare reform bill",
    ),
    _names(
        "UKIP",
        "UKIP",
        "Ukip",
        "UK Independence Party",
        slug="ukip",
        example="five Ukip councillors",
    ),
    _names(
        "SNP",
        "SNP",
        "Scottish National Party",
        "Scottish Nationalists",
        slug="snp",
        example="the former SNP minister",
    ),
    _names("Plaid Cymru", "Plaid Cymru", "Plaid", slug="plaid_cymru", example="a Plaid MS"),
    _names(
        "Alba",
        "Alba",
        "Alba Party",
        "ALBA",
        slug="alba",
        example="Alba's only MSP",
        counterexample="an alba truffle",
    ),
    _names(
        "Workers Party",
        "Workers Party",
        "Workers' Party",
        "Workers Party of Britain",
        "Workers' Party of Britain",
        "WPB",
        slug="workers_party",
        example="joined the Workers Party of Britain",
    ),
    _names("Your Party", "Your Party", slug="your_party", example="he joined Your Party"),
    _names(
        "Social Democratic Party",
        "Social Democratic Party",
        "SDP",
        slug="sdp",
        example="the SDP candidate",
    ),
    _names(
        "Co-operative Party",
        "Co-operative Party",
        slug="cooperative",
        example="the Co-operative Party",
    ),
    _names(
        "Women's Equality Party",
        "Women's Equality Party",
        slug="womens_equality",
        example="the Women's Equality Party",
    ),
    _names(
        "Restore Britain",
        "Restore Britain",
        slug="restore_britain",
        example="joined Restore Britain",
    ),
)

_IRELAND = (
    _names(
        "Sinn Féin",
        "Sinn Féin",
        "Sinn Fein",
        "SINN FÉIN",
        "SINN FEIN",
        slug="sinn_fein",
        example="a Sinn Féin TD",
    ),
    _names(
        "Fianna Fáil",
        "Fianna Fáil",
        "Fianna Fail",
        slug="fianna_fail",
        example="left Fianna Fail",
    ),
    _names("Fine Gael", "Fine Gael", slug="fine_gael", example="quit Fine Gael"),
    _names(
        "Social Democrats",
        "Social Democrats",
        "Soc Dems",
        slug="social_democrats",
        example="the Social Democrats TD",
    ),
    _names(
        "People Before Profit",
        "People Before Profit",
        "PBP",
        "People Before Profit-Solidarity",
        slug="people_before_profit",
        example="a People Before Profit councillor",
    ),
    _names("Aontú", "Aontú", "Aontu", slug="aontu", example="joined Aontú"),
    _names(
        "DUP",
        "DUP",
        "Democratic Unionist Party",
        "Democratic Unionists",
        slug="dup",
        example="a DUP MLA",
    ),
    _names(
        "UUP",
        "UUP",
        "Ulster Unionist Party",
        "Ulster Unionists",
        "Ulster Unionist",
        slug="uup",
        example="the Ulster Unionist Party",
    ),
    _names(
        "SDLP",
        "SDLP",
        "Social Democratic and Labour Party",
        slug="sdlp",
        example="an SDLP councillor",
    ),
    _names(
        "Alliance",
        "Alliance Party",
        "Alliance party",
        "Alliance Party of Northern Ireland",
        slug="alliance",
        example="the Alliance Party MLA",
        counterexample="a new alliance",
    ),
    _names(
        "TUV",
        "TUV",
        "Traditional Unionist Voice",
        slug="tuv",
        example="joined the TUV",
    ),
)

_AUSTRALIA_NZ = (
    _names(
        "Labor",
        "Labor",
        "Labor Party",
        "Australian Labor Party",
        "ALP",
        "LABOR",
        slug="labor",
        example="kicked out of the Australian Labor Party",
    ),
    _names(
        "Liberal",
        "Liberal Party",
        "Liberal party",
        "Liberals",
        "Liberal",
        "LIBERAL",
        "Liberal Party of Australia",
        "Liberal Party of Canada",
        slug="liberal",
        example="resigned from the Liberal Party",
        counterexample="a liberal, tolerant society",
    ),
    _names(
        "LNP",
        "LNP",
        "Liberal National Party",
        "Liberal National",
        "Liberal Nationals",
        slug="lnp",
        example="threatened to quit the LNP",
    ),
    _names(
        "National",
        "National Party",
        "Nationals",
        "The Nationals",
        slug="national",
        example="the Nationals MP",
        counterexample="the national executive",
    ),
    _context(
        "National",
        r"(?<![\p{Lu}][\p{Ll}]++[^\S\n]++)National(?=[^\S\n]++(?:MPs?|leader|candidate|caucus|list|government|Party)\b)",
        slug="national",
        example="a National MP said",
        counterexample="the National Exhibition Centre",
    ),
    _names(
        "One Nation",
        "One Nation",
        "Pauline Hanson's One Nation",
        slug="one_nation",
        example="joined One Nation",
    ),
    _names("ACT", "ACT Party", "ACT New Zealand", slug="act", example="the ACT Party MP"),
    _names("NZ First", "NZ First", "New Zealand First", slug="nz_first", example="NZ First MP"),
    _names(
        "Te Pāti Māori",
        "Te Pāti Māori",
        "Te Pati Maori",
        "Māori Party",
        "Maori Party",
        slug="te_pati_maori",
        example="the Māori Party",
    ),
    _names("Teal", "Teals", slug="teal", example="the Teals won"),
)

_NORTH_AMERICA = (
    _names(
        "Progressive Conservative",
        "Progressive Conservative",
        "Progressive Conservatives",
        "Progressive Conservative Party",
        "PC Party",
        "PC party",
        "PC caucus",
        slug="progressive_conservative",
        example="leaving the Progressive Conservative party",
    ),
    _names(
        "NDP",
        "NDP",
        "New Democratic Party",
        "New Democrats",
        slug="ndp",
        example="the NDP caucus",
    ),
    _names(
        "Bloc Québécois",
        "Bloc Québécois",
        "Bloc Quebecois",
        slug="bloc",
        example="a Bloc Québécois MP",
    ),
    _names(
        "Democratic",
        "Democratic Party",
        "Democrats",
        "Democrat",
        "Dems",
        "DNC",
        slug="democratic",
        example="switched to the Democrats",
        counterexample="a democratic process",
    ),
    _names(
        "Republican",
        "Republican Party",
        "Republicans",
        "Republican",
        "GOP",
        "G.O.P.",
        slug="republican",
        example="left the GOP",
        counterexample="a republican form of government",
    ),
    _names(
        "Libertarian",
        "Libertarian Party",
        "Libertarians",
        slug="libertarian",
        example="joined the Libertarian Party",
    ),
)

_INDIA = (
    _names(
        "BJP",
        "BJP",
        "Bharatiya Janata Party",
        slug="bjp",
        example="joined the ruling Bharatiya Janata Party (BJP)",
    ),
    _names(
        "Congress",
        "Indian National Congress",
        "Congress party",
        "Congress Party",
        slug="congress",
        example="quit the Congress party",
    ),
    _context(
        "Congress",
        # The Indian party, not the US legislature: never "of/in/to Congress".
        r"(?<!(?:of|in|to|US|U\.S\.|American|the)[^\S\n]++)(?<![Tt]rinamool[^\S\n]++)Congress(?!\w|[^\S\n]+(?:of|in)\b)",
        slug="congress",
        example="after quitting Congress and resigning",
        counterexample="a member of Congress",
    ),
    _names(
        "AAP",
        "AAP",
        "Aam Aadmi Party",
        slug="aap",
        example="joined the Aam Aadmi Party",
    ),
    _names(
        "Trinamool Congress",
        "Trinamool Congress",
        "TMC",
        "All India Trinamool Congress",
        slug="trinamool",
        example="quit the Trinamool Congress",
    ),
    _names("Shiv Sena", "Shiv Sena", slug="shiv_sena", example="the Shiv Sena MLA"),
    _names(
        "Samajwadi Party",
        "Samajwadi Party",
        slug="samajwadi",
        example="joined the Samajwadi Party",
    ),
    _names(
        "BSP",
        "BSP",
        "Bahujan Samaj Party",
        slug="bsp",
        example="left the Bahujan Samaj Party",
    ),
    _names("CPI(M)", "CPI(M)", "CPM", slug="cpim", example="the CPI(M) leader"),
    _names("DMK", "DMK", slug="dmk", example="the DMK leader"),
    _names("AIADMK", "AIADMK", slug="aiadmk", example="the AIADMK leader"),
    _names(
        "NCP",
        "NCP",
        "Nationalist Congress Party",
        slug="ncp",
        example="the Nationalist Congress Party",
    ),
    _names("JD(U)", "JD(U)", "Janata Dal (United)", slug="jdu", example="the JD(U) chief"),
    _names("RJD", "RJD", "Rashtriya Janata Dal", slug="rjd", example="the RJD chief"),
    _names(
        "AIUDF",
        "AIUDF",
        "All India United Democratic Front",
        slug="aiudf",
        example="the AIUDF chief",
    ),
)

_INDEPENDENT = (
    _context(
        "Independent",
        # A named independent group: "Pendle Independents", "Burnley Independent Group".
        r"(?:\p{Lu}[\p{L}\d'’&-]*+[^\S\n]++){1,4}(?:Independents|Independent[^\S\n]++(?:Group|Alliance|Party|Network))\b",
        slug="independent_group",
        example="they formed the Burnley Independent Group",
        counterexample="an independent inquiry",
        # Its start is any capitalised word, so the whole text would be searched.
        requires=("Independent", "Independents"),
    ),
    pattern(
        # "as an independent", "independent councillors", "the independent group":
        # the noun, or the adjective before an office; not "an independent inquiry".
        r"(?<!\w)(?:an[^\S\n]++)?independents?(?=[^\S\n]*+(?:[.,;:)\"”’]|$)|[^\S\n]++(?:councill?ors?|Cllrs?|"
        r"candidates?|members?|MPs?|MSPs?|MLAs?|MHAs?|TDs?|mayor|group|politicians?|representatives?|"
        r"senators?|in|on|for|until|at|and|with|from|after|ahead|since|to|rather|but|or)\b)",
        stage=Stage.PARTIES,
        label="Independent",
        id="parties.independent.names",
        examples=("she will sit as an independent.", "two independent councillors"),
        counterexamples=("an independent inquiry", "the Independent newspaper"),
        ignore_case=True,
        # "an" starts too many words to find the rule by; the word it names is rarer.
        requires=("independent", "independents"),
    ),
)

RULES: tuple[PatternRule, ...] = (
    *_UK,
    *_IRELAND,
    *_AUSTRALIA_NZ,
    *_NORTH_AMERICA,
    *_INDIA,
    *_INDEPENDENT,
)
