"""The library does no I/O: extraction runs with files and sockets forbidden."""

from __future__ import annotations

import builtins
import socket

import pytest

import polevents

ARTICLES = [
    "Cllr Jo Bloggs has quit the Labour Party, saying “I could no longer stay.”",
    "Published: 1 April 2024\nTwo Green councillors were suspended last week over a post.",
    "",
]


def _forbidden(*args: object, **kwargs: object) -> object:
    msg = "polevents must not do I/O"
    raise AssertionError(msg)


@pytest.mark.parametrize("text", ARTICLES, ids=range(len(ARTICLES)))
def test_extract_opens_no_file_and_no_socket(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch open() and socket to fail; extraction (dates included) still works."""
    polevents.extract("Warm-up on 2 May 2023 and last month.", published="2024-04-01")
    monkeypatch.setattr(builtins, "open", _forbidden)
    monkeypatch.setattr(socket, "socket", _forbidden)

    result = polevents.extract(text, published="2024-04-01")

    assert polevents.to_dict(result)["text"] == text
