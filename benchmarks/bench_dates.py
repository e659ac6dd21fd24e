"""The date stage against dateparser's ``search_dates`` on the dev corpus texts.

Usage (from the repository root):

    .venv/bin/python benchmarks/bench_dates.py [--rounds N] [--show ID ...]

Reads the texts at run time from ``../shared/corpus/dev/*.json`` (they are
never copied here). For each article, the anchor is its ``published`` date,
else the dateline `detect_published` finds, else none for polevents and a
fixed 2024-01-01 for ``search_dates`` (which always needs one, or it reads
the clock). Prints articles/s and MB/s for both and their ratio;
``--show`` prints what each found in the given articles, for checking by
hand. Not a timed test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from dateparser.search import search_dates

from polevents import defaults
from polevents._dates import detect_published, find_dates

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
FALLBACK_BASE = dt.date(2024, 1, 1)


def load() -> list[tuple[str, str, dt.date | None]]:
    articles = []
    for path in sorted(CORPUS.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        articles.append((doc["id"], doc["text"], published))
    return articles


def ours(text: str, published: dt.date | None) -> list[tuple[str, str | None]]:
    if published is None:
        header = detect_published(text)
        published = header.value if header is not None else None
    return [(m.text, m.isoformat()) for m in find_dates(text, published, defaults.RULES)]


def theirs(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    if published is None:
        header = detect_published(text)
        published = header.value if header is not None else FALLBACK_BASE
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "past",
    }
    found = search_dates(text, languages=["en"], settings=settings) or []
    return [(words, value.date().isoformat()) for words, value in found]


def timed(run, articles, rounds: int) -> float:
    """Seconds per pass over *articles*, best of *rounds* (after one warm-up pass)."""
    for _, text, published in articles:
        run(text, published)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _, text, published in articles:
            run(text, published)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--show", nargs="*", default=[], metavar="ID")
    args = parser.parse_args()
    articles = load()
    size = sum(len(text.encode()) for _, text, _ in articles)

    cold_start = time.perf_counter()
    for _, text, published in articles:
        ours(text, published)
    cold = time.perf_counter() - cold_start
    ours_s = timed(ours, articles, args.rounds)
    theirs_s = timed(theirs, articles, max(1, args.rounds // 5))

    n = len(articles)
    print(f"{n} articles, {size / 1e3:.1f} KB, {size / n / 1e3:.2f} KB each")
    print(f"polevents first pass (cold caches):  {n / cold:8.0f} articles/s")
    for name, seconds in (("polevents date stage", ours_s), ("dateparser search_dates", theirs_s)):
        print(
            f"{name:24s} {n / seconds:8.0f} articles/s {size / seconds / 1e6:6.2f} MB/s"
            f" {seconds / n * 1e3:7.3f} ms/article"
        )
    print(f"speed ratio (polevents / search_dates): {theirs_s / ours_s:.0f}x")

    for article_id, text, published in articles:
        if article_id in args.show:
            print(f"\n== {article_id} (published {published})")
            print("  polevents:   ", ours(text, published))
            print("  search_dates:", theirs(text, published))


if __name__ == "__main__":
    main()
