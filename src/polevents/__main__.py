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
from polevents.testing import score

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


def _read_gold(folder: Path) -> list[dict[str, Any]]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    if not docs:
        msg = f"no gold articles (*.json) in {folder}"
        raise _InputError(msg)
    return docs


def _read_predictions(path: Path) -> list[dict[str, Any]]:
    if path.is_dir():
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _run_evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        gold = _read_gold(args.gold)
        if args.predictions is None:
            predicted: list[Any] = [
                extract(Article(text=d["text"], id=d.get("id"), published=d.get("published")))
                for d in gold
            ]
        else:
            predicted = _read_predictions(args.predictions)
    except (OSError, ValueError, KeyError, _InputError, PoleventsError) as error:
        print(f"polevents: evaluate: {error}", file=err)
        return 2
    scores = score(gold, predicted)
    figures = scores.table()
    if args.show_errors:
        out.write("".join(f"{line}\n" for line in scores.errors))
    out.writelines(f"{name:16} {_show(value)}\n" for name, value in figures.items())
    short = []
    for name, floor in args.min:
        if name not in figures:
            print(
                f"polevents: evaluate: unknown metric {name!r}; known: {', '.join(figures)}",
                file=err,
            )
            return 2
        value = figures[name]
        if value is None or value < floor:
            short.append(f"{name}={_show(value)}<{floor}")
    if short:
        out.write("below minimum: " + ", ".join(short) + "\n")
        return 1
    return 0


def _show(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _floor(spec: str) -> tuple[str, float]:
    name, _, value = spec.partition("=")
    try:
        return name, float(value)
    except ValueError:
        msg = f"expected METRIC=VALUE, got {spec!r}"
        raise argparse.ArgumentTypeError(msg) from None


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
    evaluate = commands.add_parser(
        "evaluate",
        help="score extractions against gold articles",
        description=(
            "Score against GOLD_DIR, a folder of annotated articles (*.json, the corpus form). "
            "Without PRED, extract from the gold articles' id, published and text first; "
            "PRED is a JSON Lines file or a folder of JSON files in the same form."
        ),
    )
    evaluate.add_argument("gold", type=Path, metavar="GOLD_DIR")
    evaluate.add_argument("predictions", type=Path, nargs="?", metavar="PRED")
    evaluate.add_argument("--show-errors", action="store_true", help="list every miss and mismatch")
    evaluate.add_argument(
        "--min",
        type=_floor,
        action="append",
        default=[],
        metavar="METRIC=VALUE",
        help="exit with status 1 when METRIC is below VALUE (repeatable)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "evaluate":
        return _run_evaluate(args, sys.stdout, sys.stderr)
    return _run_extract(args, sys.stdout, sys.stderr, sys.stdin)


if __name__ == "__main__":
    sys.exit(main())
