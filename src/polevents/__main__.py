"""The command line, and the only module of polevents that reads files or stdin.

polevents extract FILE... [--published DATE]
polevents evaluate GOLD_DIR [PRED]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from polevents._extractor import extract
from polevents._serialize import to_dict
from polevents._types import Article
from polevents.exceptions import PoleventsError

__all__ = ["main"]

_EXTRACT_HELP = """\
Read articles and write one JSON object per article (JSON Lines) on stdout,
in input order, in the JSON form documented in docs/json-form.md.

FILE may be:
  NAME.json  an object with "text" and optional "id" and "published"
             (an ISO date); other fields are ignored
  NAME.txt   the article's text (UTF-8); its id is the file's stem
  -          JSON Lines on stdin, one such object per line

A missing or malformed input gives a one-line error naming it on stderr; the
other inputs are still processed and written, and the exit status is 2.
"""


class _InputError(Exception):
    """One input could not be read; the message names it."""


def _article_from_object(obj: Any, where: str, default_id: str | None) -> Article:
    if not isinstance(obj, dict):
        msg = f"{where}: expected a JSON object, got {type(obj).__name__}"
        raise _InputError(msg)
    if "text" not in obj:
        msg = f'{where}: no "text" field'
        raise _InputError(msg)
    article_id = obj.get("id", default_id)
    try:
        return Article(
            text=obj["text"],
            id=None if article_id is None else str(article_id),
            published=obj.get("published"),
        )
    except PoleventsError as err:
        msg = f"{where}: {err}"
        raise _InputError(msg) from err


def _articles(
    names: Sequence[str], published: dt.date | None, stdin: TextIO
) -> Iterator[Article | _InputError]:
    for name in names:
        if name == "-":
            for number, line in enumerate(stdin, start=1):
                if not line.strip():
                    continue
                where = f"<stdin>:{number}"
                try:
                    yield _article_from_object(json.loads(line), where, None)
                except json.JSONDecodeError as err:
                    yield _InputError(f"{where}: not JSON ({err.msg})")
                except _InputError as err:
                    yield err
            continue
        path = Path(name)
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            yield _InputError(f"{name}: cannot read ({reason})")
            continue
        if path.suffix.lower() == ".json":
            try:
                yield _article_from_object(json.loads(raw), name, path.stem)
            except json.JSONDecodeError as err:
                yield _InputError(f"{name}: not JSON ({err.msg}, line {err.lineno})")
            except _InputError as err:
                yield err
        else:
            yield Article(text=raw, id=path.stem, published=published)


def _run_extract(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    status = 0
    for item in _articles(args.files, args.published, stdin):
        if isinstance(item, _InputError):
            print(f"polevents: {item}", file=err)
            status = 2
            continue
        out.write(json.dumps(to_dict(extract(item)), ensure_ascii=False) + "\n")
    out.flush()
    return status


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not an ISO date (YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="polevents",
        description="Extract party departures, quotes and dates from English political news.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "extract",
        help="extract from articles, writing JSON Lines",
        description=_EXTRACT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a .json or .txt article, or - for JSON Lines on stdin",
    )
    run.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) of .txt inputs, for resolving relative dates",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    return _run_extract(args, sys.stdout, sys.stderr, sys.stdin)


if __name__ == "__main__":
    sys.exit(main())
