"""Hypothesis strategies for the model values."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from polevents import (
    Article,
    Councillor,
    DateMention,
    DepartureEvent,
    DepartureKind,
    Extraction,
    Party,
    Precision,
    Quote,
    Reason,
    Span,
)

words = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != "")
maybe_words = st.none() | words
rule_ids = st.lists(st.from_regex(r"[a-z]{1,6}\.[a-z_]{1,8}", fullmatch=True), max_size=3).map(
    tuple
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


parties = st.builds(Party, name=words, text=st.text(max_size=20), span=spans(), rule_ids=rule_ids)
councillors = st.builds(
    Councillor,
    name=words,
    title=maybe_words,
    role=maybe_words,
    ward=maybe_words,
    council=maybe_words,
    spans=st.lists(spans(), max_size=3).map(tuple),
    rule_ids=rule_ids,
)
date_mentions = st.builds(
    DateMention,
    text=st.text(max_size=20),
    span=spans(),
    value=st.none() | dates,
    precision=st.none() | st.sampled_from(Precision),
    relative=st.booleans(),
    rule_ids=rule_ids,
)
reasons = st.builds(
    Reason, category=words, text=st.text(max_size=30), span=spans(), rule_ids=rule_ids
)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    count = draw(st.integers(min_value=1, max_value=3))
    return Quote(
        parts=draw(st.lists(st.text(max_size=40), min_size=count, max_size=count)),
        spans=draw(st.lists(spans(), min_size=count, max_size=count)),
        speaker=draw(maybe_words),
        speaker_span=draw(st.none() | spans()),
        cue=draw(maybe_words),
        cue_span=draw(st.none() | spans()),
        rule_ids=draw(rule_ids),
    )


departures = st.builds(
    DepartureEvent,
    councillors=st.lists(councillors, max_size=3).map(tuple),
    party=parties,
    kind=st.sampled_from(DepartureKind),
    joined=st.none() | parties,
    date=st.none() | date_mentions,
    reasons=st.lists(reasons, max_size=3).map(tuple),
    group_size=st.none() | st.integers(min_value=1, max_value=500),
    span=spans(),
    rule_ids=rule_ids,
)
articles = st.builds(
    Article, text=st.text(max_size=200), id=st.none() | words, published=st.none() | dates
)


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    article = draw(articles)
    mention = None
    if article.published is None and draw(st.booleans()):
        mention = draw(date_mentions)
    published = article.published if mention is None else mention.value
    return Extraction(
        article=article,
        departures=draw(st.lists(departures, max_size=3)),
        quotes=draw(st.lists(quotes(), max_size=3)),
        dates=draw(st.lists(date_mentions, max_size=3)),
        published=published,
        published_mention=mention,
    )
