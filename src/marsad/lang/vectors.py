"""TF-IDF vectors of small sets of term lists (a story's sentences or articles)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix


def tfidf_rows(rows: Sequence[Sequence[str]]) -> tuple[csr_matrix, np.ndarray]:
    """L2-normalized sublinear TF-IDF rows and the IDF of each column.

    Same weights as scikit-learn's TfidfVectorizer(sublinear_tf=True, smooth_idf=True):
    (1 + ln tf) · (ln((1 + n) / (1 + df)) + 1), built directly (about ten times less
    overhead on the few dozen sentences of a story).
    """
    vocabulary: dict[str, int] = {}
    indptr, indices, counts = [0], [], []
    for terms in rows:
        for term, count in Counter(terms).items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
        indptr.append(len(indices))
    columns = np.array(indices, dtype=np.int64)
    frequency = np.bincount(columns, minlength=len(vocabulary))
    idf = np.log((1 + len(rows)) / (1 + frequency)) + 1.0
    weights = (1.0 + np.log(np.array(counts, dtype=float))) * idf[columns]
    row_of = np.repeat(np.arange(len(rows)), np.diff(indptr))
    norms = np.sqrt(np.bincount(row_of, weights=weights**2, minlength=len(rows)))
    weights /= np.where(norms > 0, norms, 1.0)[row_of]
    matrix = csr_matrix((weights, columns, np.array(indptr)), shape=(len(rows), len(vocabulary)))
    return matrix, idf
