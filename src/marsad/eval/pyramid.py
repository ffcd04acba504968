"""Multi-document checks on real ANT stories: pyramid coverage, attribution and redundancy.

There are no reference summaries for ANT. Content units come from a small gold set annotated by
hand (tests/data/pyramid/gold.json: which sentences of which articles state each unit); a
unit's weight is the number of outlets stating it (Nenkova & Passonneau 2004's pyramid, with
outlets as the "summarizers"). An automatic variant takes as units the groups of sentences that
marsad's attribution links across outlets. The story's articles are cleaned and analysed as in a
digest; gold sentences are checked against a hash of their text, so drifting indices fail loudly.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from marsad.clean import clean_articles
from marsad.lang import analyse
from marsad.lang.arabic import normalize
from marsad.model import Article, Document, SummarySentence
from marsad.settings import Settings
from marsad.summarize import StoryText, summarize
from marsad.summarize.attribution import stating_sentences

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "pyramid" / "gold.json"
ANT_FILE = "ant-2018.jsonl.gz"
Key = tuple[str, int]  # (article id, sentence index)


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """A content unit: a label in the annotator's words and the sentences that state it."""

    label: str
    members: frozenset[Key]
    outlets: frozenset[str]

    @property
    def weight(self) -> int:
        """How many outlets state it (two articles of one outlet count once)."""
        return len(self.outlets)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldStory:
    """A hand-annotated story: its analysed documents and its content units."""

    id: str
    documents: tuple[Document, ...]
    units: tuple[Unit, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PyramidScore:
    """Mean over the gold stories of one summarizer's multi-document scores."""

    system: str
    pyramid: float  # covered unit weight / best weight with as many units
    auto_pyramid: float  # the same with automatic units (marsad's cross-outlet attribution)
    attribution_precision: float  # of the listed sources, how many really state the sentence
    attribution_recall: float  # of the articles that state it, how many are listed
    redundancy: float  # share of summary sentences that add no new unit


def sentence_hash(text: str) -> str:
    """Short SHA-256 of a sentence's normalized text (checks an annotation still fits)."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()[:10]


def read_ant(path: Path, ids: Iterable[str]) -> dict[str, Article]:
    """The ANT articles with the given ids (first record of each id) from the gzipped JSONL."""
    wanted = set(ids)
    found: dict[str, Article] = {}
    with gzip.open(path / ANT_FILE, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not any(key in line[:200] for key in wanted - found.keys()):
                continue
            record = json.loads(line)
            if record["id"] in wanted and record["id"] not in found:
                found[record["id"]] = ant_article(record)
    missing = wanted - found.keys()
    if missing:
        raise ValueError(f"ANT articles not found: {', '.join(sorted(missing))}")
    return found


def documents_of(articles: Sequence[Article]) -> tuple[Document, ...]:
    """Clean and analyse a story's articles as a digest does, oldest first."""
    cleaned = clean_articles(articles)
    documents = [analyse(item) for item in cleaned]
    return tuple(
        sorted(documents, key=lambda d: (d.article.published is None, d.article.published))
    )


def load_gold(data: Path, gold: Path = GOLD) -> list[GoldStory]:
    """The gold stories, their articles read from ANT; a sentence that drifted is an error."""
    spec = json.loads(gold.read_text(encoding="utf-8"))
    ids = [a for story in spec["stories"] for a in story["articles"]]
    articles = read_ant(data, ids)
    stories = []
    for story in spec["stories"]:
        documents = documents_of([articles[a] for a in story["articles"]])
        text = {(d.id, s.index): s.text for d in documents for s in d.sentences}
        outlet = {d.id: d.article.source for d in documents}
        units = []
        for unit in story["units"]:
            members = set()
            for article, index, digest in unit["members"]:
                if sentence_hash(text.get((article, index), "")) != digest:
                    raise ValueError(f"gold sentence {article}:{index} no longer matches its hash")
                members.add((article, index))
            units.append(
                Unit(
                    label=unit["label"],
                    members=frozenset(members),
                    outlets=frozenset(outlet[article] for article, _ in members),
                )
            )
        stories.append(GoldStory(id=story["id"], documents=documents, units=tuple(units)))
    return stories


def automatic_units(story: StoryText) -> list[Unit]:
    """Groups of sentences that marsad's attribution links across at least two outlets."""
    units = []
    seen: set[frozenset[Key]] = set()
    for index, sentence in enumerate(story.sentences):
        stating = stating_sentences(story, index)
        members = frozenset((story.sentences[j].article, story.sentences[j].index) for j in stating)
        if len({story.sources[j] for j in stating}) >= 2 and members not in seen:
            seen.add(members)
            outlets = frozenset(story.sources[j] for j in stating)
            units.append(Unit(label=sentence.text, members=members, outlets=outlets))
    return units


def pyramid(summary: Sequence[SummarySentence], units: Sequence[Unit]) -> float:
    """Weight of the units the summary states / the best weight as many units could have."""
    keys = {(s.article, s.sentence) for s in summary}
    covered = [u for u in units if u.members & keys]
    best = sorted((u.weight for u in units), reverse=True)[: max(len(covered), len(summary))]
    return min(1.0, sum(u.weight for u in covered) / sum(best)) if best and sum(best) else 0.0


def redundancy(summary: Sequence[SummarySentence], units: Sequence[Unit]) -> float:
    """Share of the summary's unit-bearing sentences whose units all came earlier."""
    seen: set[int] = set()
    repeats = bearing = 0
    for sentence in summary:
        own = {n for n, u in enumerate(units) if (sentence.article, sentence.sentence) in u.members}
        if own:
            bearing += 1
            repeats += own <= seen
            seen |= own
    return repeats / bearing if bearing else 0.0


def true_sources(key: Key, units: Sequence[Unit]) -> set[str] | None:
    """Articles stating every gold unit the sentence states (None: the sentence is in no unit)."""
    own = [u for u in units if key in u.members]
    if not own:
        return None
    sources = {article for article, _ in own[0].members}
    for unit in own[1:]:
        sources &= {article for article, _ in unit.members}
    return sources | {key[0]}


def attribution(summary: Sequence[SummarySentence], units: Sequence[Unit]) -> tuple[int, int, int]:
    """(correct listed sources, listed sources, true sources) over the annotated sentences."""
    correct = listed = true = 0
    for sentence in summary:
        gold = true_sources((sentence.article, sentence.sentence), units)
        if gold is None:
            continue
        predicted = set(sentence.sources)
        correct += len(predicted & gold)
        listed += len(predicted)
        true += len(gold)
    return correct, listed, true


def _all_sentences(story: GoldStory, settings: Settings) -> list[SummarySentence]:
    """Every annotated sentence as if it were in a summary (attribution of all of them)."""
    whole = summarize(
        story.documents,
        summarizer="lead",
        words=10**6,
        redundancy=1.0,
        attribution_threshold=settings.attribution_threshold,
    )
    return list(whole)


def evaluate_gold(
    data: Path, systems: Sequence[str], settings: Settings | None = None
) -> list[PyramidScore]:
    """Scores of each summarizer on the gold stories (budget: the settings' summary words)."""
    settings = settings or Settings()
    stories = load_gold(data)
    results = []
    for name in systems:
        rows: list[tuple[float, float, float]] = []
        counts = [0, 0, 0]
        for story in stories:
            summary = summarize(
                story.documents,
                summarizer=name,
                words=settings.summary_words,
                redundancy=settings.redundancy_threshold,
                attribution_threshold=settings.attribution_threshold,
                max_sentences=settings.max_story_sentences,
            )
            text = StoryText.build(
                story.documents, attribution_threshold=settings.attribution_threshold
            )
            rows.append(
                (
                    pyramid(summary, story.units),
                    pyramid(summary, automatic_units(text)),
                    redundancy(summary, story.units),
                )
            )
            for k, value in enumerate(attribution(summary, story.units)):
                counts[k] += value
        n = max(len(rows), 1)
        results.append(
            PyramidScore(
                system=name,
                pyramid=sum(r[0] for r in rows) / n,
                auto_pyramid=sum(r[1] for r in rows) / n,
                attribution_precision=counts[0] / counts[1] if counts[1] else 1.0,
                attribution_recall=counts[0] / counts[2] if counts[2] else 1.0,
                redundancy=sum(r[2] for r in rows) / n,
            )
        )
    return results


def gold_attribution(data: Path, settings: Settings | None = None) -> tuple[float, float, int]:
    """Attribution precision and recall over every annotated sentence, and how many there are."""
    settings = settings or Settings()
    correct = listed = true = sentences = 0
    for story in load_gold(data):
        everything = _all_sentences(story, settings)
        annotated = [s for s in everything if true_sources((s.article, s.sentence), story.units)]
        sentences += len(annotated)
        c, li, t = attribution(annotated, story.units)
        correct, listed, true = correct + c, listed + li, true + t
    return correct / max(listed, 1), correct / max(true, 1), sentences


def write_gold(spec: list[tuple[str, list[str], list[tuple[str, list[Key]]]]], data: Path) -> Any:
    """The gold JSON for annotations given as (story, articles, [(label, [(article, index)])])."""
    articles = read_ant(data, [a for _, ids, _ in spec for a in ids])
    stories = []
    for story_id, ids, units in spec:
        documents = documents_of([articles[a] for a in ids])
        text = {(d.id, s.index): s.text for d in documents for s in d.sentences}
        stories.append(
            {
                "id": story_id,
                "articles": ids,
                "units": [
                    {
                        "label": label,
                        "members": [[a, i, sentence_hash(text[(a, i)])] for a, i in members],
                    }
                    for label, members in units
                ],
            }
        )
    return {"stories": stories}


def ant_article(record: dict[str, Any]) -> Article:
    """An Article from one ANT JSONL record (dated, Arabic)."""
    return Article(
        id=record["id"],
        title=record["title"],
        text=record["text"],
        source=record["source"],
        published=datetime.fromisoformat(record["published"]),
        published_certainty="stated",
        lang="ar",
    )
