"""Graph-based summarizers: LexRank (continuous) and TextRank, both by PageRank on sentences."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from marsad.summarize.base import StoryText, register

# Erkan & Radev (2004) use a jump probability d = 0.15 (damping 0.85); Mihalcea & Tarau (2004) too.
DAMPING = 0.85
# Power iteration stops when the L1 change is below this (Erkan & Radev's error tolerance ε).
TOLERANCE = 1e-6
MAX_ITERATIONS = 200


def pagerank(weights: np.ndarray, *, damping: float = DAMPING) -> np.ndarray:
    """Stationary distribution of a weighted graph: p = (1-d)/n + d · Mᵀp, M row-stochastic.

    A row without edges (an isolated sentence) jumps uniformly, as in Page et al. (1998).
    """
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    rows = weights.sum(axis=1)
    transition = np.where(rows[:, None] > 0, weights / np.where(rows > 0, rows, 1)[:, None], 1 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(MAX_ITERATIONS):
        updated = (1.0 - damping) / n + damping * (transition.T @ rank)
        if np.abs(updated - rank).sum() < TOLERANCE:
            return np.asarray(updated)
        rank = updated
    return rank


@register("lexrank")
class LexRankSummarizer:
    """Continuous LexRank (Erkan & Radev 2004): PageRank over IDF-modified cosine similarities.

    With ``threshold`` set it is their discrete variant: an edge where cosine > threshold.
    """

    def __init__(self, damping: float = DAMPING, threshold: float | None = None) -> None:
        self.damping = damping
        self.threshold = threshold

    def score(self, story: StoryText) -> np.ndarray:
        """Stationary probability of each sentence in the cosine-weighted sentence graph."""
        weights = story.similarity.copy()
        if self.threshold is not None:
            weights = (weights > self.threshold).astype(float)
        np.fill_diagonal(weights, 0.0)
        return pagerank(weights, damping=self.damping)


@register("textrank")
class TextRankSummarizer:
    """TextRank (Mihalcea & Tarau 2004): PageRank over normalized word-overlap similarity."""

    def __init__(self, damping: float = DAMPING) -> None:
        self.damping = damping

    def score(self, story: StoryText) -> np.ndarray:
        """Stationary probability under sim(i, j) = |Si ∩ Sj| / (log|Si| + log|Sj|)."""
        presence = csr_matrix(story.vectors, copy=True)
        presence.data[:] = 1.0
        overlap = np.asarray((presence @ presence.T).todense())
        sizes = np.asarray(presence.sum(axis=1)).ravel()
        logs = np.log(np.maximum(sizes, 1.0))
        denominator = logs[:, None] + logs[None, :]
        weights = np.divide(overlap, denominator, out=np.zeros_like(overlap), where=denominator > 0)
        np.fill_diagonal(weights, 0.0)
        return pagerank(weights, damping=self.damping)
