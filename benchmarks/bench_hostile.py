"""Hostile inputs: none may cost more than 10x normal news text per MB.

    .venv/bin/python benchmarks/bench_hostile.py [--json results.json] [--only NAME ...]

Normal = the dev corpus texts (../shared/corpus/dev/*.json) repeated to >= 1 MB and
extracted one article at a time. Each hostile input is built here in code and extracted
as one article, in its own fresh interpreter with a time limit (catastrophic backtracking
hangs instead of failing). Prints seconds per MB and the ratio to normal; exits 1 if any
ratio is above 10, an input raises, or one runs out of time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench_pipeline import DEV_CORPUS, ONE_THREAD, joined, load_dev, peak_rss_mib, repeated

LIMIT = 10.0
PUBLISHED = "2024-04-01"
CONTROLS = [chr(c) for c in [*range(32), 0x7F, 0x85]] + ["\u2028", "\u2029", "\u200b", "\ufeff"]
TITLES = ["Cllr", "Councillor", "Mr", "Mrs", "Dr", "Sir", "Lord", "Baroness", "MP", "Ms"]
DATE_WORDS = (
    "May march 2024 Monday 1 April yesterday last week 10 years ago 2024-04-01 the 3rd of June "
    "on Friday (March 7) in May 2023 earlier this year 18 months ago 12/05/2023 noon 1990s "
)
QUOTE_PARAGRAPHS = [
    "“We were never told why the Labour Party suspended us",
    "“I have served Eastfield ward for ten years, said Cllr Jo Bloggs",
    '"It is a sad day, and some of you may have heard the news',
    "“Nobody from the council leader's office has been in touch since May",
]


def _no_spaces(docs: list[tuple[str, str | None]]) -> str:
    return re.sub(r"\s+", "", joined(docs, 1_300_000))[:1_000_000]


def _control_characters(docs: list[tuple[str, str | None]]) -> str:
    controls = itertools.cycle(CONTROLS)
    text = re.sub(r" ", lambda _: next(controls), joined(docs, 1_000_000))
    return "".join(CONTROLS) * 10 + text


def _unclosed_quotes(docs: list[tuple[str, str | None]]) -> str:
    return "\n\n".join(QUOTE_PARAGRAPHS[n % len(QUOTE_PARAGRAPHS)] for n in range(20_000))


def _titles(docs: list[tuple[str, str | None]]) -> str:
    run = " ".join(TITLES[n % len(TITLES)] for n in range(50_000))
    return run + " Jo Bloggs quit the Tories yesterday."


def _capitalised_words(docs: list[tuple[str, str | None]]) -> str:
    words = re.findall(r"\b[A-Z][a-z]+\b", joined(docs, 100_000))
    return " ".join(itertools.islice(itertools.cycle(words), 50_000)) + " quit the Tories."


CASES: dict[str, Callable[[list[tuple[str, str | None]]], str]] = {
    "200 KB of opening curly quotes “": lambda _: "“" * 66_667,
    '200 KB of opening straight quotes "': lambda _: '"' * 200_000,
    "200 KB of opening single quotes ‘": lambda _: "‘" * 66_667,
    "1 MB of news without whitespace": _no_spaces,
    "1 MB of one letter": lambda _: "a" * 1_000_000,
    "1 MB of news, spaces -> control chars": _control_characters,
    "20,000 unclosed quote paragraphs": _unclosed_quotes,
    "flood of date-like words (500 KB)": lambda _: DATE_WORDS * (500_000 // len(DATE_WORDS)),
    "50,000 titles in a row": _titles,
    "50,000 capitalised words in a row": _capitalised_words,
}


def _seconds(run: Callable[[], object]) -> float:
    """Median of up to 3 timed runs; a run over 2 s is not repeated."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
        if times[-1] > 2:
            break
    return statistics.median(times)


def work(name: str, docs: list[tuple[str, str | None]], min_bytes: int) -> dict:
    import polevents

    for text, published in docs[:10]:  # warm-up: load every lazy table first
        polevents.extract(text, published=published)
    if name == "normal":
        corpus = repeated(docs, min_bytes)
        size = sum(len(text.encode()) for text, _ in corpus)
        seconds = _seconds(lambda: [polevents.extract(t, published=p) for t, p in corpus])
        return {"bytes": size, "seconds": seconds, "peak_rss_mib": peak_rss_mib()}
    text = CASES[name](docs)
    if polevents.extract(text, published=PUBLISHED).article.text != text:
        return {"error": "the text came back changed"}
    seconds = _seconds(lambda: polevents.extract(text, published=PUBLISHED))
    return {"bytes": len(text.encode()), "seconds": seconds, "peak_rss_mib": peak_rss_mib()}


def _run_case(name: str, corpus: Path, min_bytes: int, timeout: float) -> dict:
    command = [sys.executable, __file__, "--corpus", str(corpus), "--min-bytes", str(min_bytes)]
    try:
        done = subprocess.run(
            [*command, "--case", name],
            check=False,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **ONE_THREAD},
        )
    except subprocess.TimeoutExpired:
        return {"error": f"still running after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of dev *.json")
    parser.add_argument("--min-bytes", type=int, default=1_000_000, help="size of the normal text")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only cases containing NAME")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    docs = load_dev(args.corpus)
    if args.case:
        print(json.dumps(work(args.case, docs, args.min_bytes)))
        return 0

    normal = _run_case("normal", args.corpus, args.min_bytes, timeout=600)
    if "error" in normal:
        sys.exit(f"normal text failed: {normal['error']}")
    per_mb = normal["seconds"] / (normal["bytes"] / 1e6)
    print(
        f"normal news: {normal['bytes']:,} B in {normal['seconds']:.2f} s = {per_mb:.3f} s/MB "
        f"(peak RSS {normal['peak_rss_mib']:.0f} MiB); limit {LIMIT:.0f}x = {LIMIT * per_mb:.2f} s/MB\n"
    )
    print("| input | bytes | seconds | s/MB | ratio | peak RSS MiB | verdict |")
    print("|---|---:|---:|---:|---:|---:|---|")
    results: dict[str, dict] = {"normal": {**normal, "s_per_mb": per_mb}}
    failed = False
    for name, build in CASES.items():
        if args.only and not any(part in name for part in args.only):
            continue
        size_mb = len(build(docs).encode()) / 1e6
        timeout = max(60.0, 5 * LIMIT * per_mb * size_mb)
        result = _run_case(name, args.corpus, args.min_bytes, timeout)
        if "error" in result:
            failed = True
            print(f"| {name} | {size_mb * 1e6:,.0f} | | | | | FAILED: {result['error']} |")
        else:
            result["s_per_mb"] = result["seconds"] / (result["bytes"] / 1e6)
            result["ratio"] = result["s_per_mb"] / per_mb
            ok = result["ratio"] <= LIMIT
            failed |= not ok
            print(
                f"| {name} | {result['bytes']:,} | {result['seconds']:.3f} | "
                f"{result['s_per_mb']:.3f} | {result['ratio']:.2f} | "
                f"{result['peak_rss_mib']:.0f} | {'ok' if ok else f'OVER {LIMIT:.0f}x'} |"
            )
        results[name] = result
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
