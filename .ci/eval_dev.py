"""Run the CLI over the dev corpus (inputs only) and score it with the shared scorer.

Usage: python .ci/eval_dev.py [--show-errors] [--min METRIC=VALUE ...]
Arguments go to ../shared/eval/score.py. Exits non-zero when the scorer does,
or when any departure is found in a dev article whose gold has none.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main(argv: list[str]) -> int:
    gold = SHARED / "corpus" / "dev"
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for path in sorted(gold.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            # The extractor sees what a user would give it: never the gold answers.
            article = {key: doc.get(key) for key in ("id", "published", "text")}
            (inputs / path.name).write_text(json.dumps(article), encoding="utf-8")
        predictions = Path(tmp) / "pred.jsonl"
        with predictions.open("w", encoding="utf-8") as out:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "polevents",
                    "extract",
                    *sorted(str(p) for p in inputs.glob("*.json")),
                ],
                stdout=out,
                check=True,
            )
        scorer = [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            str(gold),
            str(predictions),
            *argv,
        ]
        status = subprocess.run(scorer, check=False).returncode
        return status or _spurious_in_empty(gold, predictions)


def _spurious_in_empty(gold: Path, predictions: Path) -> int:
    empty = {
        doc["id"]
        for doc in (json.loads(p.read_text(encoding="utf-8")) for p in gold.glob("*.json"))
        if not doc.get("departures")
    }
    found = [
        doc["id"]
        for doc in map(json.loads, predictions.read_text(encoding="utf-8").splitlines())
        if doc["id"] in empty and doc["departures"]
    ]
    if found:
        print(f"departures found in articles whose gold has none: {', '.join(sorted(found))}")
        return 1
    print(f"no departures in the {len(empty)} articles whose gold has none")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
