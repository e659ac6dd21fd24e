"""Helpers for testing your own rules and scoring extractions against gold articles.

`check_rule` asserts a rule matches the sentences it must and none it must
not; `find` lists what a rule set matches in a text, for one-line asserts;
`score` compares extractions with gold articles in the corpus form (dicts the
caller loaded) and gives the figures of the project's corpus scorer.

Examples:
    >>> from polevents import rules, testing
    >>> bills = rules.phrase("energy bills", stage="reasons", label="cost_of_living", id="demo.reasons.bills")
    >>> testing.check_rule(bills, matches=["Energy bills doubled."], rejects=["Bills were paid."])
    >>> testing.find(rules.RuleSet([bills]), "Energy bills again.")
    [('demo.reasons.bills', 'Energy bills')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from polevents._serialize import to_dict
from polevents._types import Extraction
from polevents.rules import PatternRule, RuleSet

__all__ = ["Scores", "check_rule", "find", "score"]


def check_rule(
    rule: PatternRule, *, matches: Iterable[str] = (), rejects: Iterable[str] = ()
) -> None:
    """Assert *rule* matches every text of *matches* and its own examples, and none of *rejects*.

    Raises:
        AssertionError: listing every text that went the wrong way.
    """
    wrong = [
        f"does not match {text!r}" for text in (*rule.examples, *matches) if not rule.matches(text)
    ]
    wrong += [
        f"matches {text!r}" for text in (*rule.counterexamples, *rejects) if rule.matches(text)
    ]
    if wrong:
        raise AssertionError(f"rule {rule.id!r} " + "; ".join(wrong))


def find(rules: RuleSet, text: str) -> list[tuple[str, str]]:
    """``(rule id, matched text)`` for every match of *rules* in *text*, in rule order."""
    return [(m.rule_id, m.span.of(text)) for m in rules.finditer(text)]


# What the corpus scorer treats as the same party, person and words: titles
# before a name are ignored, party names compared without "the"/"party".
_TITLES = frozenset(
    [
        "cllr",
        "councillor",
        "councilor",
        "clr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "baroness",
        "baron",
        "professor",
        "prof",
        "rev",
        "reverend",
        "mp",
        "msp",
        "mla",
        "td",
        "alderman",
        "alderwoman",
        "mayor",
        "deputy",
        "leader",
        "senator",
        "sen",
        "rep",
        "representative",
        "hon",
        "the",
    ]
)
_PARTY_SYNONYMS: Mapping[str, str] = {
    "tory": "conservative", "tories": "conservative", "conservatives": "conservative",
    "conservative and unionist": "conservative", "lib dem": "liberal democrats",
    "lib dems": "liberal democrats", "libdem": "liberal democrats", "libdems": "liberal democrats",
    "liberal democrat": "liberal democrats", "greens": "green", "green of england and wales": "green",
    "scottish green": "green", "reform": "reform uk", "independents": "independent",
    "independent": "independent", "scottish national": "snp", "democrats": "democratic",
    "democrat": "democratic", "republicans": "republican", "gop": "republican",
    "australian labor": "labor", "new democratic": "ndp", "plaid": "plaid cymru",
}  # fmt: skip
_FOLD = str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--")


def _words(text: str) -> list[str]:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text.translate(_FOLD)).strip().lower()
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def _party_key(name: str | None) -> str | None:
    if not name:
        return None
    key = " ".join(w for w in _words(name) if w not in {"the", "party", "group", "s"})
    if key.endswith(" independents") or key.startswith("independent "):
        key = "independent"
    return _PARTY_SYNONYMS.get(key, key) or None


def _name_tokens(name: str | None) -> list[str]:
    tokens = [w.replace("'", "") for w in _words(name or "")]
    while tokens and tokens[0] in _TITLES:
        tokens.pop(0)
    return tokens


def _same_person(a: str | None, b: str | None) -> bool:
    first, second = _name_tokens(a), _name_tokens(b)
    if not first or not second:
        return False
    if first == second:
        return True
    if first[-1] != second[-1]:
        return False
    if len(first) == 1 or len(second) == 1:
        return True
    return first[0][0] == second[0][0]


def _same_speaker(a: str | None, b: str | None) -> bool:
    if _same_person(a, b):
        return True
    first, second = " ".join(_name_tokens(a)), " ".join(_name_tokens(b))
    return bool(first and second) and (first in second or second in first)


def _token_f1(a: str, b: str) -> float:
    left, pool = _words(a), _words(b)
    if not left or not pool:
        return 0.0
    total = len(pool)
    common = 0
    for word in left:
        if word in pool:
            pool.remove(word)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(left), common / total
    return 2 * precision * recall / (precision + recall)


@attrs.frozen
class _Record:
    person: str | None
    party: str | None
    kind: str | None
    joined: str | None
    date: str | None
    reasons: frozenset[str]
    group_size: int | None


def _records(doc: Mapping[str, Any]) -> list[_Record]:
    return [
        _Record(
            person=person.get("name") if isinstance(person, Mapping) else person,
            party=_party_key(departure.get("party")),
            kind=departure.get("kind") or None,
            joined=_party_key(departure.get("joined")),
            date=departure.get("date"),
            reasons=frozenset(departure.get("reasons") or ()),
            group_size=departure.get("group_size"),
        )
        for departure in doc.get("departures") or []
        for person in departure.get("councillors") or [{"name": None}]
    ]


def _f1(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    if not tp + fp + fn:
        return None, None, None
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return (
        precision,
        recall,
        (2 * precision * recall / (precision + recall) if precision + recall else 0.0),
    )


@attrs.define
class Scores:
    """Counts behind the figures; `table` gives the figures by name.

    .. versionadded:: 0.1.0
    """

    departures: list[int] = attrs.field(factory=lambda: [0, 0, 0])
    reasons: list[int] = attrs.field(factory=lambda: [0, 0, 0])
    quotes: list[int] = attrs.field(factory=lambda: [0, 0, 0])
    ratios: dict[str, list[int]] = attrs.field(
        factory=lambda: {k: [0, 0] for k in ("kind", "joined", "date", "group_size", "speaker")}
    )
    errors: list[str] = attrs.field(factory=list)

    def table(self) -> dict[str, float | None]:
        """The figures: departure, reason and quote precision/recall/F1 and the slot accuracies."""
        dp, dr, df = _f1(*self.departures)
        rp, rr, rf = _f1(*self.reasons)
        qp, qr, qf = _f1(*self.quotes)

        def ratio(name: str) -> float | None:
            right, total = self.ratios[name]
            return right / total if total else None

        return {
            "departure_p": dp, "departure_r": dr, "departure_f1": df,
            "kind_acc": ratio("kind"), "joined_acc": ratio("joined"),
            "date_acc": ratio("date"), "group_size_acc": ratio("group_size"),
            "reason_p": rp, "reason_r": rr, "reason_f1": rf,
            "quote_p": qp, "quote_r": qr, "quote_f1": qf,
            "speaker_acc": ratio("speaker"),
        }  # fmt: skip

    def tally(self, name: str, ok: bool) -> None:
        """Count one checked slot (kind, joined, date, group_size or speaker), right or not."""
        self.ratios[name][0] += ok
        self.ratios[name][1] += 1


def _score_departures(
    doc_id: str, gold: Mapping[str, Any], pred: Mapping[str, Any], s: Scores
) -> None:
    remaining = _records(pred)
    for g in _records(gold):
        candidates = [
            p for p in remaining if p.party == g.party and _same_person(p.person, g.person)
        ]
        if not candidates:
            s.departures[2] += 1
            s.errors.append(f"{doc_id}: missed departure {g.person!r} from {g.party!r} ({g.kind})")
            continue
        p = next((c for c in candidates if c.kind == g.kind), candidates[0])
        remaining.remove(p)
        s.departures[0] += 1
        s.tally("kind", p.kind == g.kind)
        s.tally("joined", p.joined == g.joined)
        if g.date is not None:
            s.tally("date", p.date is not None and p.date[: len(g.date)] == g.date)
        if g.group_size is not None:
            s.tally("group_size", p.group_size == g.group_size)
        s.reasons[0] += len(g.reasons & p.reasons)
        s.reasons[1] += len(p.reasons - g.reasons)
        s.reasons[2] += len(g.reasons - p.reasons)
    for p in remaining:
        s.departures[1] += 1
        s.errors.append(f"{doc_id}: spurious departure {p.person!r} from {p.party!r} ({p.kind})")


def _score_quotes(doc_id: str, gold: Mapping[str, Any], pred: Mapping[str, Any], s: Scores) -> None:
    remaining = [q for q in pred.get("quotes") or [] if q.get("text")]
    for g in gold.get("quotes") or []:
        best, best_f1 = None, 0.0
        for q in remaining:
            f1 = _token_f1(g["text"], q["text"])
            if f1 > best_f1:
                best, best_f1 = q, f1
        if best is None or best_f1 < 0.8:
            s.quotes[2] += 1
            s.errors.append(f"{doc_id}: missed quote {g['text'][:60]!r}")
            continue
        remaining.remove(best)
        s.quotes[0] += 1
        if g.get("speaker"):
            s.tally("speaker", _same_speaker(g["speaker"], best.get("speaker")))
    for q in remaining:
        s.quotes[1] += 1
        s.errors.append(f"{doc_id}: spurious quote {q['text'][:60]!r}")


def score(
    gold: Iterable[Mapping[str, Any]], predicted: Iterable[Extraction | Mapping[str, Any]]
) -> Scores:
    """Score *predicted* against *gold* articles (corpus-form dicts), matched by ``id``.

    An Extraction is scored through its `polevents.to_dict` form. A gold
    article with no prediction counts as one where nothing was found.

    .. versionadded:: 0.1.0
    """
    by_id: dict[Any, Mapping[str, Any]] = {}
    for item in predicted:
        doc = to_dict(item) if isinstance(item, Extraction) else item
        by_id[doc.get("id")] = doc
    scores = Scores()
    for doc in sorted(gold, key=lambda d: str(d["id"])):
        prediction = by_id.get(doc["id"], {"id": doc["id"]})
        _score_departures(str(doc["id"]), doc, prediction, scores)
        _score_quotes(str(doc["id"]), doc, prediction, scores)
    return scores
