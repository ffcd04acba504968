"""Maximal Marginal Relevance re-ranking (Carbonell & Goldstein 1998) over any base scorer."""

from __future__ import annotations

import numpy as np

from marsad.summarize.base import StoryText, get_summarizer, register

# Carbonell & Goldstein found λ around 0.7 best for summaries: mostly relevance, some novelty.
DEFAULT_LAMBDA = 0.7


def rescale(scores: np.ndarray) -> np.ndarray:
    """Scores mapped linearly onto [0, 1] (all equal → all 1)."""
    if scores.size == 0:
        return scores
    low, high = float(scores.min()), float(scores.max())
    if high - low <= 0:
        return np.ones_like(scores, dtype=float)
    return np.asarray((scores - low) / (high - low), dtype=float)


@register("mmr")
class MMRSummarizer:
    """Re-ranks a base scorer: argmax λ·relevance(s) − (1−λ)·max cos(s, already ranked)."""

    def __init__(self, base: str = "supervised", lambda_: float = DEFAULT_LAMBDA) -> None:
        self.base = base
        self.lambda_ = lambda_

    def score(self, story: StoryText) -> np.ndarray:
        """n − rank in the MMR order (the first pick scores highest)."""
        relevance = rescale(get_summarizer(self.base).score(story))
        n = len(relevance)
        remaining = list(range(n))
        ranked: list[int] = []
        redundancy = np.zeros(n)
        while remaining:
            marginal = [
                self.lambda_ * relevance[i] - (1 - self.lambda_) * redundancy[i] for i in remaining
            ]
            best = remaining[int(np.argmax(marginal))]  # argmax keeps the first of equal values
            ranked.append(best)
            remaining.remove(best)
            redundancy = np.maximum(redundancy, story.similarity[:, best])
        scores = np.zeros(n)
        scores[ranked] = np.arange(n, 0, -1, dtype=float)
        return scores
