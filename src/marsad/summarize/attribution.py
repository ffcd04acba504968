"""Which articles state a sentence: sentence-level near-duplicate matching across the story.

Sentence T states sentence S when T contains most of S's content (the IDF-weighted share of
S's terms found in T, one-way: a long wire sentence states the short quote another outlet took
from it) and the two are close overall (TF-IDF cosine). Coverage alone is fooled by the
story's stock phrases ("قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي"), cosine alone
misses a short quote inside a long sentence, so the score is their geometric mean.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components

from marsad.summarize.base import StoryText

# Above this many cells (sentences × terms) the sparse product is the faster: on February
# 12-18 the dense one cost 0.03 s for the 356 stories below 5,000 cells (sparse: 0.31 s) and
# 1.03 s for the 66 above (sparse: 0.05 s; the matrix library's threads on a shared machine).
SPARSE_COVERAGE_CELLS = 5_000


def coverage_matrix(story: StoryText) -> np.ndarray:
    """coverage[i, j] = IDF-weighted share of sentence i's terms that sentence j contains."""
    rows, columns = story.vectors.shape
    if story.dense is not None and rows * columns < SPARSE_COVERAGE_CELLS:
        # every stored weight is positive
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
    outlets = np.unique(np.asarray(story.sources), return_inverse=True)[1]
    # Copies of one wire sentence are stated by the same sentences: count their voices once
    # (500 copies took 88 s one sentence at a time).
    found: dict[bytes, int] = {}
    support = np.zeros(len(story.sentences))
    for index in range(len(story.sentences)):
        stating = np.asarray(stating_sentences(story, index))
        key = stating.tobytes()
        if key not in found:
            found[key] = _voices(story, stating, outlets[stating])
        support[index] = found[key]
    return support


def _voices(story: StoryText, stating: np.ndarray, outlets: np.ndarray) -> int:
    """Outlets among ``stating``, merged when their sentences are copies of each other."""
    names, local = np.unique(outlets, return_inverse=True)
    if len(names) == 1:
        return 1
    copies = np.triu(story.similarity[np.ix_(stating, stating)] >= COPY_SIMILARITY, 1)
    first, second = np.nonzero(copies)
    if not first.size:
        return len(names)  # no copies: each outlet its own voice (the graph's components)
    links = coo_matrix(
        (np.ones(len(first)), (local[first], local[second])), shape=(len(names), len(names))
    )
    return int(connected_components(links, directed=False)[0])
