"""extract() and Extractor: inputs, rules, publication dates."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import polevents
from polevents import Article, Extractor, InvalidArticleError, defaults


class TestExtract:
    def test_text_and_article_inputs_agree(self) -> None:
        """A str with published= and an Article with the same values give the same result."""
        text = "Cllr Jo Bloggs quit Labour."

        assert polevents.extract(text, published="2024-04-01") == polevents.extract(
            Article(text=text, published=dt.date(2024, 4, 1))
        )

    def test_article_and_published_together_are_refused(self) -> None:
        """The publication date goes in one place only."""
        with pytest.raises(InvalidArticleError, match="inside the Article"):
            polevents.extract(Article(text="x"), published="2024-04-01")

    @pytest.mark.parametrize(
        "rules", [["not", "rules"], defaults.RULES.rules], ids=["list", "tuple-of-rules"]
    )
    def test_rules_must_be_a_rule_set(self, rules: object) -> None:
        """Anything but a RuleSet is refused with a clear message."""
        with pytest.raises(InvalidArticleError, match="RuleSet"):
            polevents.extract("x", rules=rules)  # type: ignore[arg-type]

    def test_nothing_found_is_empty_not_none(self) -> None:
        """An article without events gives empty tuples."""
        result = polevents.extract("The weather in Eastfield was mild.", published="2024-04-01")

        assert (result.departures, result.quotes) == ((), ())
        assert result.published == dt.date(2024, 4, 1)
        assert result.published_mention is None


class TestExtractor:
    def test_calls_extract_with_its_rules(self) -> None:
        """Extractor(rules)(text) equals extract(text, rules=rules)."""
        extractor = Extractor(defaults.RULES)
        text = "Cllr Jo Bloggs was suspended by the Conservatives on Monday."

        assert extractor(text, published="2024-04-03") == polevents.extract(
            text, published="2024-04-03"
        )

    def test_default_rules_and_pickling(self) -> None:
        """Extractor() uses the defaults and survives a trip through pickle."""
        extractor = Extractor()

        assert extractor.rules is defaults.RULES
        assert pickle.loads(pickle.dumps(extractor)) == extractor

    def test_refuses_what_is_not_a_rule_set(self) -> None:
        """The rules are checked when the extractor is made."""
        with pytest.raises(InvalidArticleError, match="RuleSet"):
            Extractor(rules=[])  # type: ignore[arg-type]
