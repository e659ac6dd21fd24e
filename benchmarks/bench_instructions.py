"""Machine instructions per article of `polevents.extract`, counted by valgrind's callgrind.

    .venv/bin/python benchmarks/bench_instructions.py [--passes N] [--corpus DIR] [--stages]

Time per article drifts with the machine (by up to half on a shared virtual machine,
from one second to the next); the number of instructions run does not. To compare two
commits, run this on each: one commit's counts differ by well under 1% between runs, so
a change of 1% is real, where the end-to-end benchmark (`bench_pipeline.py`) cannot show
one of 5%. The count is a proxy for time, not a measure of it: it weighs a cache miss
like any other instruction.

The dev corpus texts (read at run time from ../shared/corpus/dev/*.json) are extracted
once to warm up, then *N* times round-robin inside one `functools.reduce` call; callgrind
counts only inside that call (`--toggle-collect=functools_reduce`), with string hashing
fixed (`PYTHONHASHSEED=0`). With --stages, each of the pipeline's five stages is counted
in a run of its own, inside its calls only (the pipeline's other work is not counted, so
the stages add up to a little less than the whole). Needs valgrind on the PATH (not a polevents dependency) and a
Python whose shared library keeps its function names (pyenv and python.org builds do).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


STAGES = ("find_dates", "find_people", "find_parties", "find_quotes", "find_departures")


def _extract_passes(corpus: Path, passes: int, stage: str | None) -> None:
    """The counted work: a warm-up pass, then *passes* passes inside `functools.reduce`.

    With a *stage*, only that stage's calls run inside `functools.reduce`.
    """
    import polevents  # here, so that only the counted run imports it

    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.json"))]
    articles = [polevents.Article(text=d["text"], published=d.get("published")) for d in docs]
    for article in articles:
        polevents.extract(article)
    if stage is not None:
        _count_only(stage)
        for _ in range(passes):
            for article in articles:
                polevents.extract(article)
        return

    def extract(count: int, article: polevents.Article) -> int:
        polevents.extract(article)
        return count + 1

    functools.reduce(extract, articles * passes, 0)


def _count_only(stage: str) -> None:
    """Make the pipeline run *stage* inside `functools.reduce`, where callgrind counts."""
    from polevents import _pipeline  # the stages' private home: this script only

    original = getattr(_pipeline, stage)

    def counted(*args: object, **kwargs: object) -> object:
        results: list[object] = []
        functools.reduce(lambda _, __: results.append(original(*args, **kwargs)), [None], None)
        return results[0]

    setattr(_pipeline, stage, counted)


def _count(corpus: Path, passes: int, stage: str | None) -> int:
    """Instructions callgrind counts in one run of `_extract_passes`."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=functools_reduce",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--inner",
        "--passes",
        str(passes),
        "--corpus",
        str(corpus),
        *(["--stage", stage] if stage else []),
    ]
    run = subprocess.run(
        command,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        check=False,
    )
    collected = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or collected is None or int(collected.group(1)) == 0:
        sys.exit(f"callgrind counted nothing; its output ends:\n{run.stderr[-2000:]}")
    return int(collected.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=1, help="counted passes over the texts")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of dev *.json")
    parser.add_argument("--stages", action="store_true", help="also count each stage on its own")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    articles = len(list(args.corpus.glob("*.json")))
    if not articles:
        sys.exit(
            f"No dev corpus texts in {args.corpus}: this benchmark reads ../shared/corpus/dev."
        )
    if args.inner:
        _extract_passes(args.corpus, args.passes, args.stage)
        return 0
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not on the PATH (e.g. `apt-get install valgrind`).")
    counted = articles * args.passes
    print(
        f"{_count(args.corpus, args.passes, None) / counted / 1000:,.0f} thousand instructions "
        f"per article ({articles} texts x {args.passes} passes, after a warm-up pass)"
    )
    for stage in STAGES if args.stages else ():
        per_article = _count(args.corpus, args.passes, stage) / counted / 1000
        print(f"  {stage}: {per_article:,.0f} thousand")
    return 0


if __name__ == "__main__":
    sys.exit(main())
