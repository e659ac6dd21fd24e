"""polevents.testing: rule checks, find(), and scores equal to the corpus scorer's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import polevents
from polevents import Article, rules, testing
from polevents.rules import RuleSet

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


class TestCheckRule:
    rule = rules.phrase(
        "energy bills", stage="reasons", label="cost_of_living", id="t.reasons.bills"
    )

    def test_passes_when_the_rule_behaves(self) -> None:
        """No error when every sentence goes the right way."""
        testing.check_rule(self.rule, matches=["High energy bills."], rejects=["Bills paid."])

    def test_lists_every_wrong_sentence(self) -> None:
        """The assertion names each sentence that went the wrong way."""
        with pytest.raises(
            AssertionError, match=r"does not match 'Bills paid\.'; matches 'energy bills'"
        ):
            testing.check_rule(self.rule, matches=["Bills paid."], rejects=["energy bills"])

    def test_find_lists_rule_ids_and_text(self) -> None:
        """find() pairs each match with the rule that made it."""
        assert testing.find(RuleSet([self.rule]), "Energy Bills and energy bills") == [
            ("t.reasons.bills", "Energy Bills"),
            ("t.reasons.bills", "energy bills"),
        ]


class TestScore:
    gold = {
        "id": "a",
        "departures": [
            {
                "councillors": [{"name": "Jo Bloggs"}],
                "party": "Conservative",
                "kind": "resignation",
                "joined": "Independent",
                "date": "2024-03",
                "reasons": ["bullying"],
                "group_size": None,
            }
        ],
        "quotes": [{"speaker": "Jo Bloggs", "text": "I had no choice but to go."}],
    }

    def test_perfect_prediction_scores_one(self) -> None:
        """A prediction equal to the gold scores 1.0 on every figure it has."""
        figures = testing.score([self.gold], [self.gold]).table()

        assert figures["departure_f1"] == figures["quote_f1"] == figures["speaker_acc"] == 1.0
        assert figures["date_acc"] == figures["reason_f1"] == 1.0
        assert figures["group_size_acc"] is None

    def test_synonyms_titles_and_partial_dates_match(self) -> None:
        """Tories = Conservative, titles are ignored, a day date matches a month gold."""
        pred = json.loads(json.dumps(self.gold))
        pred["departures"][0].update(party="the Tories", date="2024-03-09")
        pred["departures"][0]["councillors"] = [{"name": "Cllr J Bloggs"}]

        figures = testing.score([self.gold], [pred]).table()

        assert (figures["departure_f1"], figures["date_acc"]) == (1.0, 1.0)

    def test_missing_prediction_counts_as_nothing_found(self) -> None:
        """A gold article without a prediction is all misses."""
        scores = testing.score([self.gold], [])

        assert scores.table()["departure_r"] == 0.0
        assert scores.errors == [
            "a: missed departure 'Jo Bloggs' from 'conservative' (resignation)",
            "a: missed quote 'I had no choice but to go.'",
        ]

    @pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared beside the checkout")
    def test_same_figures_as_the_corpus_scorer(self, tmp_path: Path) -> None:
        """On the dev corpus, testing.score gives exactly the figures of shared/eval/score.py."""
        gold = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
        results = [
            polevents.extract(Article(text=d["text"], id=d["id"], published=d["published"]))
            for d in gold
        ]
        predictions = tmp_path / "pred.jsonl"
        predictions.write_text(
            "".join(json.dumps(polevents.to_dict(r)) + "\n" for r in results), encoding="utf-8"
        )
        reference = subprocess.run(
            [sys.executable, str(SCORER), str(DEV), str(predictions), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )

        ours = {
            k: None if v is None else round(v, 4)
            for k, v in testing.score(gold, results).table().items()
        }

        assert ours == json.loads(reference.stdout.strip().splitlines()[-2])
