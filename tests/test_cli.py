"""The command line: inputs, JSON Lines output, errors that name the input, exit status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from polevents.__main__ import main

TEXT = "Cllr Jo Bloggs, who represents Eastfield ward, has quit the Conservatives.\n"


def _run(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str = "",
) -> tuple[int, list[dict[str, object]], str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(["extract", *args])
    captured = capsys.readouterr()
    return status, [json.loads(line) for line in captured.out.splitlines()], captured.err


class TestExtract:
    def test_json_and_txt_inputs_in_order(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Each input gives one line, in input order; a .txt file's id is its stem."""
        (tmp_path / "b.json").write_text(
            json.dumps({"id": "B1", "text": TEXT, "published": "2024-04-01", "url": "x"})
        )
        (tmp_path / "a.txt").write_text(TEXT)

        status, lines, err = _run(
            [str(tmp_path / "b.json"), str(tmp_path / "a.txt"), "--published", "2023-01-02"],
            capsys,
            monkeypatch,
        )

        assert (status, err) == (0, "")
        assert [(d["id"], d["published"]) for d in lines] == [
            ("B1", "2024-04-01"),
            ("a", "2023-01-02"),
        ]

    def test_json_without_id_takes_the_file_stem(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A .json object without "id" is named after its file."""
        (tmp_path / "story.json").write_text(json.dumps({"text": TEXT}))

        _, lines, _ = _run([str(tmp_path / "story.json")], capsys, monkeypatch)

        assert lines[0]["id"] == "story"

    def test_stdin_json_lines(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """'-' reads JSON Lines from stdin, skipping blank lines."""
        stdin = (
            json.dumps({"id": "s1", "text": TEXT})
            + "\n\n"
            + json.dumps({"id": "s2", "text": "Nothing."})
            + "\n"
        )

        status, lines, _ = _run(["-"], capsys, monkeypatch, stdin)

        assert status == 0
        assert [d["id"] for d in lines] == ["s1", "s2"]

    def test_bad_inputs_are_named_and_the_rest_still_written(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Missing and malformed inputs give one line each on stderr, exit 2, after the good ones."""
        (tmp_path / "good.json").write_text(json.dumps({"text": TEXT}))
        (tmp_path / "broken.json").write_text("{not json")
        (tmp_path / "notext.json").write_text(json.dumps({"id": "x"}))
        (tmp_path / "baddate.json").write_text(json.dumps({"text": "x", "published": "someday"}))
        stdin = "[1, 2]\n{oops\n"
        names = [
            str(tmp_path / n)
            for n in ("broken.json", "missing.json", "good.json", "notext.json", "baddate.json")
        ]

        status, lines, err = _run([*names, "-"], capsys, monkeypatch, stdin)

        assert status == 2
        assert [d["id"] for d in lines] == ["good"]
        messages = err.splitlines()
        assert len(messages) == 6
        for fragment in (
            "broken.json: not JSON",
            "missing.json: cannot read",
            'notext.json: no "text"',
            "baddate.json: published",
            "<stdin>:1: expected a JSON object",
            "<stdin>:2: not JSON",
        ):
            assert any(fragment in m for m in messages), fragment

    def test_bad_published_option_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--published must be an ISO date."""
        with pytest.raises(SystemExit) as caught:
            main(["extract", "x.txt", "--published", "last week"])

        assert caught.value.code == 2
        assert "not an ISO date" in capsys.readouterr().err

    def test_help_explains_the_inputs(self, capsys: pytest.CaptureFixture[str]) -> None:
        """extract --help describes the three input forms and the exit status."""
        with pytest.raises(SystemExit):
            main(["extract", "--help"])

        out = capsys.readouterr().out
        assert all(
            word in out
            for word in (".json", ".txt", "JSON Lines", "--published", "exit status is 2")
        )

    def test_runs_as_a_module(self, tmp_path: Path) -> None:
        """python -m polevents extract works end to end."""
        (tmp_path / "a.txt").write_text(TEXT)

        done = subprocess.run(
            [sys.executable, "-m", "polevents", "extract", str(tmp_path / "a.txt")],
            capture_output=True,
            text=True,
            check=True,
        )

        assert json.loads(done.stdout)["id"] == "a"


class TestEvaluate:
    def test_scores_a_gold_folder(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """evaluate extracts from the gold inputs and prints the figures; --min gates."""
        gold = {
            "id": "g1",
            "published": None,
            "text": "Nothing happened.",
            "departures": [],
            "quotes": [{"speaker": None, "text": "we will fight on regardless"}],
        }
        (tmp_path / "g1.json").write_text(json.dumps(gold))

        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        status = main(["evaluate", str(tmp_path), "--min", "quote_r=0.5"])
        out = capsys.readouterr().out

        assert status == 1
        assert "quote_r          0.000" in out
        assert "below minimum: quote_r=0.000<0.5" in out

    def test_empty_gold_folder_is_an_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A folder without gold articles exits 2 with a message."""
        assert main(["evaluate", str(tmp_path)]) == 2
        assert "no gold articles" in capsys.readouterr().err
