"""Which articles state a sentence: sentence-level near-duplicate matching across the story.

Sentence T states sentence S when T contains most of S's content (the IDF-weighted share of
S's terms found in T, one-way: a long wire sentence states the short quote another outlet took
from it) and the two are close overall (TF-IDF cosine). Coverage alone is fooled by the
story's stock phrases ("قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي"), cosine alone
misses a short quote inside a long sentence, so the score is their geometric mean.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from marsad.summarize.base import StoryText


def coverage_matrix(story: StoryText) -> np.ndarray:
    """coverage[i, j] = IDF-weighted share of sentence i's terms that sentence j contains."""
    if story.dense is not None:  # every stored weight is positive
        present = (story.dense > 0).astype(float)
        weighted_dense = present * story.idf.reshape(1, -1)
        overlap = weighted_dense @ present.T
        mass = weighted_dense.sum(axis=1)
    else:
        presence = csr_matrix(story.vectors, copy=True)
        presence.data[:] = 1.0
        weighted = presence.multiply(story.idf.reshape(1, -1)).tocsr()
        overlap = np.asarray((weighted @ presence.T).todense())
        mass = np.asarray(weighted.sum(axis=1)).ravel()
    mass[mass == 0] = 1.0
    coverage: np.ndarray = overlap / mass[:, None]
    return coverage


def statement_matrix(story: StoryText) -> np.ndarray:
    """states[i, j] = sqrt(coverage[i, j] × cosine[i, j]): how surely sentence j states i."""
    states: np.ndarray = np.sqrt(np.clip(story.coverage * story.similarity, 0.0, None))
    return states


def stating_sentences(story: StoryText, index: int) -> list[int]:
    """Indices of the story's sentences that state sentence ``index`` (itself included)."""
    row = story.states[index]
    return list(np.flatnonzero(row >= story.attribution_threshold).tolist()) or [index]


# Two sentences this similar are one text copied (wire copy, light edits), not two reports.
COPY_SIMILARITY = 0.9


def outlet_support(story: StoryText) -> np.ndarray:
    """For each sentence, how many independent outlets state it.

    Wire copy is one voice: outlets whose stating sentences are copies of each other
    (cosine ≥ COPY_SIMILARITY) count once; outlets that word the statement themselves count
    each.
    """
    if len(set(story.sources)) == 1:
        return np.ones(len(story.sentences))  # one outlet is one voice, whatever states what
    support = np.zeros(len(story.sentences))
    for index in range(len(story.sentences)):
        support[index] = _voices(story, stating_sentences(story, index))
    return support


def _voices(story: StoryText, stating: list[int]) -> int:
    """Outlets among ``stating``, merged when their sentences are copies of each other."""
    group = {story.sources[j]: story.sources[j] for j in stating}

    def root(outlet: str) -> str:
        while group[outlet] != outlet:
            outlet = group[outlet]
        return outlet

    for a in stating:
        for b in stating:
            if a < b and story.similarity[a, b] >= COPY_SIMILARITY:
                group[root(story.sources[a])] = root(story.sources[b])
    return len({root(outlet) for outlet in group})
