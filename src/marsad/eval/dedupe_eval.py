"""Near-duplicate detection quality: precision and recall of MinHash LSH against exact Jaccard,
on real articles plus edited copies of them (the edits a newsroom sees between outlets).
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.sparse import csr_matrix

from marsad.dedupe import DedupeParams, duplicates_of_words, shingle_sets
from marsad.lang.terms import terms
from marsad.model import Article

BOILERPLATE = (
    "تابعونا على مواقع التواصل الاجتماعي للمزيد من الأخبار العاجلة",
    "جميع الحقوق محفوظة للموقع ولا يجوز النقل دون إذن مسبق",
)
CREDITS = ("المصدر: وكالات", "(رويترز)", "المصدر : الجزيرة + الأناضول", "(أ ف ب)")


def edit(article: Article, kind: str, rng: random.Random) -> Article:
    """A copy of the article with one realistic edit: truncated, boilerplate added, paragraphs
    reordered, lightly reworded (a few words dropped or swapped) or another outlet's credit."""
    paragraphs = [p for p in article.text.split("\n") if p.strip()]
    if kind == "truncate":
        keep = max(1, round(len(paragraphs) * rng.uniform(0.75, 0.95)))
        paragraphs = paragraphs[:keep]
    elif kind == "boilerplate":
        paragraphs = [*paragraphs, rng.choice(BOILERPLATE)]
    elif kind == "reorder" and len(paragraphs) > 2:
        head, tail = paragraphs[:1], paragraphs[1:]
        rng.shuffle(tail)
        paragraphs = head + tail
    elif kind == "reword":
        words = " \n ".join(paragraphs).split(" ")
        for _ in range(max(1, len(words) // 40)):
            position = rng.randrange(len(words))
            words[position] = rng.choice(["", "أيضا", "كذلك", words[position]])
        paragraphs = " ".join(w for w in words if w).split("\n")
    elif kind == "credit":
        paragraphs = [*paragraphs, rng.choice(CREDITS)]
    return replace(article, id=f"{article.id}~{kind}", text="\n".join(paragraphs))


def edited_copies(articles: Sequence[Article], count: int, seed: int = 7) -> list[Article]:
    """``count`` edited copies of randomly chosen articles (seeded; more copies than articles
    reuse articles, each copy with its own id)."""
    rng = random.Random(seed)
    pool = list(articles)
    chosen = rng.sample(pool, count) if count <= len(pool) else rng.choices(pool, k=count)
    copies = []
    for number, article in enumerate(chosen):
        copy = edit(article, EDITS[number % len(EDITS)], rng)
        copies.append(replace(copy, id=f"{copy.id}~{number}") if count > len(pool) else copy)
    return copies


EDITS = ("truncate", "boilerplate", "reorder", "reword", "credit")


def build_set(articles: Sequence[Article], variants: int, seed: int = 7) -> list[Article]:
    """The articles plus ``variants`` edited copies of randomly chosen ones (seeded)."""
    return [*articles, *edited_copies(articles, variants, seed)]


def true_pairs(shingles: Sequence[np.ndarray], threshold: float) -> set[tuple[int, int]]:
    """Every pair with exact shingle Jaccard >= threshold, found with one sparse product."""
    vocabulary: dict[int, int] = {}
    rows, cols = [], []
    for row, hashes in enumerate(shingles):
        for value in hashes.tolist():
            rows.append(row)
            cols.append(vocabulary.setdefault(value, len(vocabulary)))
    incidence = csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(shingles), max(len(vocabulary), 1))
    )
    common = (incidence @ incidence.T).tocoo()
    sizes = np.array([len(s) for s in shingles], dtype=float)
    upper = common.row < common.col
    i, j, shared = common.row[upper], common.col[upper], common.data[upper]
    score = shared / np.maximum(sizes[i] + sizes[j] - shared, 1)
    keep = score >= threshold
    return set(zip(i[keep].tolist(), j[keep].tolist(), strict=True))


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupeScore:
    """Pairwise precision and recall of one parameter setting."""

    bands: int
    num_perm: int
    precision: float
    recall: float
    candidates: int
    seconds: float


def evaluate(
    articles: Sequence[Article], params_list: Sequence[DedupeParams]
) -> tuple[int, list[DedupeScore]]:
    """Score each parameter setting; returns the number of true pairs and the scores."""
    words = [terms(f"{a.title}\n{a.text}", "ar") for a in articles]
    truth_by_size: dict[int, set[tuple[int, int]]] = {}
    scores = []
    for params in params_list:
        if params.shingle_size not in truth_by_size:
            shingles = shingle_sets(words, params.shingle_size)
            truth_by_size[params.shingle_size] = true_pairs(shingles, params.threshold)
        truth = truth_by_size[params.shingle_size]
        started = time.perf_counter()
        result = duplicates_of_words(articles, words, params)
        seconds = time.perf_counter() - started
        found = _pairs_of_groups(articles, result.groups)
        hit = len(found & truth)
        scores.append(
            DedupeScore(
                bands=params.bands,
                num_perm=params.num_perm,
                precision=hit / len(found) if found else 1.0,
                recall=hit / len(truth) if truth else 1.0,
                candidates=result.candidate_pairs,
                seconds=seconds,
            )
        )
    return len(next(iter(truth_by_size.values()))), scores


def _pairs_of_groups(articles: Sequence[Article], groups: Sequence[object]) -> set[tuple[int, int]]:
    """Verified pairs as index pairs: within a group every pair was linked through Jaccard."""
    position = {a.id: n for n, a in enumerate(articles)}
    pairs: set[tuple[int, int]] = set()
    for group in groups:
        members = sorted(position[aid] for aid in group.articles)  # type: ignore[attr-defined]
        pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1 :])
    return pairs
