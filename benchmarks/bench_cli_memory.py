"""The CLI streams: peak memory of `polevents extract -` does not grow with the number of documents.

    .venv/bin/python benchmarks/bench_cli_memory.py [--counts 1000 10000] [--json results.json]

Writes N generated JSON Lines documents (the dev corpus texts of ../shared/corpus/dev,
cycled, each with its own id) into the stdin of `python -m polevents extract -` while
reading its stdout, and takes the child's peak RSS from `os.wait4`. Exits 1 if the
largest run's peak exceeds the smallest's by more than max(5 MiB, 10 %), if an output
line is missing or out of order, or if the command fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from bench_pipeline import DEV_CORPUS, ONE_THREAD, load_dev

COMMAND = [sys.executable, "-m", "polevents", "extract", "-"]


def documents(docs: list[tuple[str, str | None]], count: int) -> Iterator[str]:
    """*count* JSON Lines documents cycling through the dev texts, ids doc-0 ... doc-(count-1)."""
    for number in range(count):
        text, published = docs[number % len(docs)]
        yield json.dumps({"id": f"doc-{number}", "published": published, "text": text}) + "\n"


def stream(docs: list[tuple[str, str | None]], count: int) -> dict:
    """Run the CLI over *count* documents; its peak RSS, time and whether every line came back."""
    # stderr goes to a file: a pipe nobody reads could fill up and block the child.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            COMMAND,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            encoding="utf-8",
            env={**os.environ, **ONE_THREAD},
        )

        def feed() -> None:
            assert child.stdin is not None
            for line in documents(docs, count):
                child.stdin.write(line)
            child.stdin.close()

        writer = threading.Thread(target=feed)
        writer.start()
        assert child.stdout is not None
        in_order = 0
        for number, line in enumerate(child.stdout):
            in_order += json.loads(line)["id"] == f"doc-{number}"
        child.stdout.close()
        writer.join()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read()
    return {
        "documents": count,
        "lines_in_order": in_order,
        "exit_status": child.returncode,
        "stderr": stderr.strip(),
        "seconds": seconds,
        "docs_per_s": count / seconds,
        "peak_rss_mib": usage.ru_maxrss / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of dev *.json")
    parser.add_argument("--counts", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    args = parser.parse_args()
    docs = load_dev(args.corpus)

    print(f"$ {' '.join(COMMAND)}  < N JSON Lines documents\n")
    print("| documents | seconds | docs/s | peak RSS MiB | lines back in order | exit |")
    print("|---:|---:|---:|---:|---:|---:|")
    results = []
    for count in sorted(args.counts):
        result = stream(docs, count)
        results.append(result)
        print(
            f"| {count:,} | {result['seconds']:.1f} | {result['docs_per_s']:,.0f} "
            f"| {result['peak_rss_mib']:.1f} | {result['lines_in_order']:,} "
            f"| {result['exit_status']} |"
        )
    small, large = results[0], results[-1]
    growth = large["peak_rss_mib"] - small["peak_rss_mib"]
    allowed = max(5.0, 0.1 * small["peak_rss_mib"])
    broken = [r for r in results if r["exit_status"] or r["lines_in_order"] != r["documents"]]
    print(
        f"\npeak RSS {small['documents']:,} -> {large['documents']:,} documents: "
        f"{growth:+.1f} MiB (allowed {allowed:.1f}): {'constant' if growth <= allowed else 'GROWS'}"
    )
    for result in broken:
        print(f"FAILED at {result['documents']:,} documents: {result['stderr'][-500:]}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if broken or growth > allowed else 0


if __name__ == "__main__":
    sys.exit(main())
