"""First summarizers: lead, centroid, and consensus (centroid weighted by outlet agreement)."""

from __future__ import annotations

import numpy as np

from marsad.summarize.attribution import outlet_support
from marsad.summarize.base import StoryText, register


def _positions(story: StoryText) -> np.ndarray:
    return np.array([s.index for s in story.sentences], dtype=float)


@register("lead")
class LeadSummarizer:
    """Earliest sentences of each article first (the newsroom's inverted pyramid)."""

    def score(self, story: StoryText) -> np.ndarray:
        """1 / (1 + position in the article)."""
        return 1.0 / (1.0 + _positions(story))


@register("centroid")
class CentroidSummarizer:
    """Cosine similarity to the story's TF-IDF centroid (Radev et al. 2004, simplified)."""

    def score(self, story: StoryText) -> np.ndarray:
        """Similarity of each sentence vector to the mean of all sentence vectors."""
        if not story.sentences:
            return np.zeros(0)
        centroid = np.asarray(story.vectors.mean(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        if norm == 0:
            return np.zeros(len(story.sentences))
        return np.asarray(story.vectors @ (centroid / norm)).ravel()


@register("consensus")
class ConsensusSummarizer:
    """Centroid similarity, raised for sentences that more outlets state, with a lead bonus.

    A fact carried by several independent outlets is both central and trustworthy, which is
    what a multi-source digest should lead with.
    """

    def __init__(self, support_weight: float = 0.5, position_weight: float = 0.3) -> None:
        self.support_weight = support_weight
        self.position_weight = position_weight

    def score(self, story: StoryText) -> np.ndarray:
        """centroid × (1 + w·log2(outlets)) × (1 + p / (1 + position))."""
        centroid = CentroidSummarizer().score(story)
        support = outlet_support(story)
        position = 1.0 / (1.0 + _positions(story))
        scores: np.ndarray = (
            centroid
            * (1.0 + self.support_weight * np.log2(np.maximum(support, 1)))
            * (1.0 + self.position_weight * position)
        )
        return scores
