"""The quotes stage's tokens: what its token pattern finds in a window, with offsets in the text."""

from __future__ import annotations

import pytest

from polevents._quotes import _TOKEN, _tokens


def _expected(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, max(start, end))]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "he",
        " he ",
        "\tSmith\n",
        "Mr. Smith, a councillor,",
        "O'Brien",
        "co-leader",
        "Jo Bloggs",
        " 42 ",
        "said.",
        "\x1che\x1c",  # a control character that is no white space to the pattern: a token
        "\u00a0Smith\u00a0",  # white space outside ASCII
        "\u2000Smith",
        "Zoë",
        "her",
        ",",
    ],
)
def test_tokens_are_the_pattern_matches(text: str) -> None:
    padded = f"x {text} y"
    start, end = 2, 2 + len(text)
    assert [tuple(t) for t in _tokens(padded, start, end)] == _expected(padded, start, end)
    assert [tuple(t) for t in _tokens(text, 0, len(text))] == _expected(text, 0, len(text))


def test_a_lone_word_keeps_its_offsets() -> None:
    text = "Asked, she   said"
    (token,) = _tokens(text, 6, 12)
    assert (token.text, token.start, token.end) == ("she", 7, 10)
    assert text[token.start : token.end] == "she"
