"""The logic behind `marsad eval cluster` and `marsad eval dedupe` on the ANT corpus."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
from scipy.sparse.csgraph import connected_components

from marsad.clean import clean_articles
from marsad.cluster import ClusterParams, article_vectors, cluster_documents
from marsad.dedupe import DedupeParams, find_duplicates
from marsad.eval.clusters import BCubed, bcubed, load_gold
from marsad.eval.dedupe_eval import DedupeScore, build_set, evaluate
from marsad.ingest import load_articles
from marsad.lang import analyse
from marsad.model import Article, Document
from marsad.settings import Settings
from marsad.stream import StreamingClusterer

# Tuning data: February and March 2018 only (April-October is held out).
TUNING_MONTHS = ("2018-02", "2018-03")


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterRow:
    """One method and threshold, scored."""

    method: str
    threshold: float
    score: BCubed
    pairs: int
    seconds: float


def _published_day(article: Article) -> date | None:
    return article.published.date() if article.published else None


def documents_around(ant: Path, first: date, last: date, margin_days: int) -> list[Document]:
    """Analysed ANT articles published from ``first - margin`` to ``last + margin``."""
    loaded = load_articles([ant], settings=Settings())
    start, end = first - timedelta(days=margin_days), last + timedelta(days=margin_days)
    chosen = [a for a in loaded.articles if (day := _published_day(a)) and start <= day <= end]
    return [analyse(item) for item in clean_articles(chosen)]


def cluster_scores(
    gold_path: Path, ant: Path, margin_days: int, thresholds: Sequence[float]
) -> list[ClusterRow]:
    """Our clustering at each threshold, beside the plain all-pairs single-link baseline."""
    gold = load_gold(gold_path)
    documents = documents_around(ant, *_gold_days(gold, ant), margin_days)
    position = {document.id: n for n, document in enumerate(documents)}
    copies = [[position[a] for a in g.articles] for g in find_duplicates(documents).groups]
    rows = []
    for threshold in thresholds:
        started = time.perf_counter()
        clustering = cluster_documents(documents, ClusterParams(threshold=threshold), copies)
        seconds = time.perf_counter() - started
        labels = {documents[i].id: str(n) for n, g in enumerate(clustering.groups) for i in g}
        rows.append(
            ClusterRow(
                method="average link, time window",
                threshold=threshold,
                score=bcubed(gold, labels),
                pairs=clustering.candidate_pairs,
                seconds=seconds,
            )
        )
    rows.append(_streaming_row(gold, documents))
    for threshold in (0.2, 0.3, 0.4):
        started = time.perf_counter()
        labels = single_link_all_pairs(documents, threshold)
        n = len(documents)
        rows.append(
            ClusterRow(
                method="single link, all pairs",
                threshold=threshold,
                score=bcubed(gold, labels),
                pairs=n * (n - 1) // 2,
                seconds=time.perf_counter() - started,
            )
        )
    return rows


def _streaming_row(gold: dict[str, str], documents: Sequence[Document]) -> ClusterRow:
    """The streaming clusterer fed the same documents one by one in publication order."""
    stream = StreamingClusterer()
    ordered = sorted(
        documents, key=lambda d: d.article.published or datetime.min.replace(tzinfo=UTC)
    )
    started = time.perf_counter()
    assigned = {d.id: stream.add(d) for d in ordered}
    seconds = time.perf_counter() - started
    # This gold set's stories are as broad as storylines: the stream's storylines are compared.
    labels = {aid: stream.storyline_of(story) for aid, story in assigned.items()}
    return ClusterRow(
        method="streaming storylines, one article at a time",
        threshold=stream.params.storyline_threshold,
        score=bcubed(gold, labels),
        pairs=0,
        seconds=seconds,
    )


def _gold_days(gold: dict[str, str], ant: Path) -> tuple[date, date]:
    """First and last publication day of the gold articles (ANT ids end in YYYYMMDD)."""
    days = sorted(date(int(i[-8:-4]), int(i[-4:-2]), int(i[-2:])) for i in gold)
    return days[0], days[-1]


def single_link_all_pairs(documents: Sequence[Document], threshold: float) -> dict[str, str]:
    """The baseline: every pair compared, linked above ``threshold``, connected components."""
    vectors = article_vectors(documents)
    similarity = (vectors @ vectors.T).tocsr()
    similarity.data[similarity.data < threshold] = 0.0
    similarity.eliminate_zeros()
    _count, labels = connected_components(similarity, directed=False)
    return {
        d.id: str(label) for d, label in zip(documents, np.asarray(labels).tolist(), strict=True)
    }


def dedupe_scores(ant: Path, articles: int, variants: int) -> tuple[int, list[DedupeScore]]:
    """Precision/recall of LSH settings on ``articles`` real tuning-period articles plus
    ``variants`` edited copies."""
    loaded = load_articles([ant], settings=Settings())
    tuning = [
        a for a in loaded.articles if a.published and a.published.isoformat()[:7] in TUNING_MONTHS
    ]
    corpus = build_set(tuning[:articles], variants)
    grid = [DedupeParams(bands=bands, num_perm=128) for bands in (8, 16, 32, 64)]
    return evaluate(corpus, grid)
