"""Precision and recall of the fact extractors on hand-annotated gold stories.

Gold files (``tests/data/facts_gold/*.json``) hold article ids and annotations, never text:
the articles are read from the bundled examples or from the ANT corpus. Per article, the
quantities (values), dates (ISO days) and entities (canonical names) are compared as sets;
quotes match when the predicted quote contains the gold snippet; discrepancies match per story
by kind, subject and two shared values.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from marsad.clean import clean_articles
from marsad.errors import MarsadError
from marsad.eval import dataset_path
from marsad.facts import extract_story_facts
from marsad.lang import analyse
from marsad.lang.arabic import normalize
from marsad.lang.names import fold, skeleton
from marsad.model import Article, Discrepancy, Document, Fact

KINDS = ("quantity", "date", "entity", "quote", "discrepancy")
REPO = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = REPO / "tests" / "data" / "facts_gold"


class GoldError(MarsadError):
    """A gold file is malformed or names articles that cannot be found."""


@dataclass(slots=True)
class Score:
    """Matched, predicted and gold counts of one fact kind, with precision/recall/F1."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that are in the gold."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items that were predicted."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        """Add one article's (or story's) counts."""
        self.matched += matched
        self.predicted += predicted
        self.gold += gold


@dataclass(slots=True)
class FactsEvaluation:
    """Scores per fact kind over all gold stories, and speaker accuracy of matched quotes."""

    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    speakers_right: int = 0
    speakers_total: int = 0
    stories: list[str] = field(default_factory=list)
    articles: int = 0

    @property
    def speaker_accuracy(self) -> float:
        """Matched quotes whose speaker is the gold speaker (or both unknown)."""
        return self.speakers_right / self.speakers_total if self.speakers_total else 1.0


def _value_key(value: Any) -> str:
    if isinstance(value, dict):
        return f"{_value_key(value.get('min'))}-{_value_key(value.get('max'))}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _same_name(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    if " ".join(fold(w) for w in a.split()) == " ".join(fold(w) for w in b.split()):
        return True
    # People are grouped by last name: "جومارت توكاييف" is "قاسم جومارت توكاييف".
    last_a, last_b = a.split()[-1], b.split()[-1]
    return len(last_a) >= 4 and skeleton(last_a) == skeleton(last_b) and len(a.split()) > 1


def _greedy(predicted: list[Any], gold: list[Any], same: Any) -> list[tuple[Any, Any]]:
    """One-to-one pairs of predicted and gold items that ``same`` accepts, in gold order."""
    pairs, free = [], list(predicted)
    for item in gold:
        match = next((p for p in free if same(p, item)), None)
        if match is not None:
            free.remove(match)
            pairs.append((match, item))
    return pairs


def _facts_of(facts: Iterable[Fact], article: str, kind: str) -> list[Fact]:
    return [f for f in facts if f.kind == kind and any(r.article == article for r in f.refs)]


def _snippet(text: str) -> str:
    return " ".join(normalize(text).replace('"', " ").split())


def _score_article(result: FactsEvaluation, facts: tuple[Fact, ...], aid: str, gold: Any) -> None:
    quantities = {_value_key(f.value) for f in _facts_of(facts, aid, "quantity")}
    expected = {_value_key(v) for v in gold.get("quantities", [])}
    result.scores["quantity"].add(len(quantities & expected), len(quantities), len(expected))
    dates = {str(f.value or "unresolved:" + f.text) for f in _facts_of(facts, aid, "date")}
    expected = set(gold.get("dates", []))
    result.scores["date"].add(len(dates & expected), len(dates), len(expected))
    names = [f.text for f in _facts_of(facts, aid, "entity")]
    gold_names = list(dict.fromkeys(gold.get("entities", [])))
    matched = _greedy(names, gold_names, _same_name)
    result.scores["entity"].add(len(matched), len(names), len(gold_names))
    quotes = _facts_of(facts, aid, "quote")
    gold_quotes = gold.get("quotes", [])
    pairs = _greedy(quotes, gold_quotes, lambda f, g: _snippet(g[1]) in _snippet(f.text))
    result.scores["quote"].add(len(pairs), len(quotes), len(gold_quotes))
    for fact, (speaker, _) in pairs:
        result.speakers_total += 1
        result.speakers_right += _same_name(fact.extra.get("speaker"), speaker)


def _score_discrepancies(
    result: FactsEvaluation, found: tuple[Discrepancy, ...], gold: list[Any]
) -> None:
    def same(item: Discrepancy, expected: dict[str, Any]) -> bool:
        if item.kind != expected["kind"]:
            return False
        if item.kind == "internal":
            return {c.value for c in item.claims} >= set(expected["values"])
        values = {_value_key(c.value) for c in item.claims}
        shared = values & {_value_key(v) for v in expected["values"]}
        return item.subject == expected["subject"] and len(shared) >= 2

    pairs = _greedy(list(found), gold, same)
    result.scores["discrepancy"].add(len(pairs), len(found), len(gold))


def ant_articles(path: Path, ids: set[str]) -> list[Article]:
    """The ANT records with these ids, as articles (their own publication time, stated)."""
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not any(i in line[:200] for i in ids):
                continue  # cheap pre-filter: the id is at the start of each record
            record = json.loads(line)
            if record.get("id") in ids:
                articles.append(
                    Article(
                        id=record["id"],
                        title=record.get("title") or "",
                        text=record.get("text") or "",
                        source=record.get("source") or "",
                        url=record.get("url"),
                        published=datetime.fromisoformat(record["published"]),
                        published_certainty="stated",
                        lang="ar",
                    )
                )
    return articles


def _example_articles(path: str, ids: set[str]) -> list[Article]:
    from marsad.ingest import load_articles
    from marsad.settings import Settings

    folder = next((p for p in (Path.cwd() / path, REPO / path) if p.exists()), None)
    if folder is None:
        raise GoldError(f"examples folder {path!r} not found")
    loaded = load_articles([folder], settings=Settings())
    return [article for article in loaded.articles if article.id in ids]


def gold_documents(gold: dict[str, Any], data_dir: Path | None) -> list[Document]:
    """The analysed documents of one gold story, read from the examples or from ANT."""
    ids = set(gold["articles"])
    if gold.get("source") == "ant":
        articles = ant_articles(dataset_path(gold["path"], data_dir), ids)
    else:
        articles = _example_articles(gold["path"], ids)
    missing = ids - {a.id for a in articles}
    if missing:
        raise GoldError(f"{gold.get('story')}: articles not found: {', '.join(sorted(missing))}")
    return [analyse(item) for item in clean_articles(articles)]


def evaluate_facts(gold_dir: Path = DEFAULT_GOLD, data_dir: Path | None = None) -> FactsEvaluation:
    """Score ``extract_story_facts`` on every gold story in ``gold_dir``."""
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    result = FactsEvaluation()
    for path in files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise GoldError(f"{path}: {error}") from error
        found = extract_story_facts(gold_documents(gold, data_dir))
        for article_id, expected in gold["articles"].items():
            _score_article(result, found.facts, article_id, expected)
        _score_discrepancies(result, found.discrepancies, gold.get("discrepancies", []))
        result.stories.append(gold.get("story", path.stem))
        result.articles += len(gold["articles"])
    return result
