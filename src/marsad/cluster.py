"""Story grouping, first version: TF-IDF cosine between articles, single link above a threshold.

Every pair is scored with one sparse matrix product, fine for thousands of articles; candidate
pairs from an index replace it for larger corpora.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer

from marsad.lang.terms import terms
from marsad.model import Document


def _document_terms(document: Document) -> list[str]:
    title = terms(document.article.title, document.language)
    return [*title, *(term for sentence in document.sentences for term in sentence.terms)]


def article_vectors(documents: Sequence[Document]) -> csr_matrix:
    """L2-normalized TF-IDF rows, one per document (sublinear term frequency)."""
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=1)
    matrix: csr_matrix = vectorizer.fit_transform([_document_terms(d) for d in documents])
    return matrix


def _identity(terms: list[str]) -> list[str]:
    return terms


def group_stories(documents: Sequence[Document], *, threshold: float) -> list[list[int]]:
    """Indices of documents grouped into stories, largest story first, each in input order."""
    if not documents:
        return []
    vectors = article_vectors(documents)
    similarity = (vectors @ vectors.T).tocsr()
    similarity.data[similarity.data < threshold] = 0.0
    similarity.eliminate_zeros()
    count, labels = connected_components(similarity, directed=False)
    groups: list[list[int]] = [[] for _ in range(count)]
    for index, label in enumerate(np.asarray(labels).tolist()):
        groups[label].append(index)
    return sorted(groups, key=lambda group: (-len(group), group[0]))
