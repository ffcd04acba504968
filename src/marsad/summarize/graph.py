"""Graph-based summarizers: LexRank (discrete and continuous) and TextRank.

``lexrank`` is Erkan & Radev's (2004) discrete LexRank exactly as sumy computes it, vectorized:
the same terms, idf-modified cosine, 0.1 threshold, degree-normalized graph and power method, so
that it ranks sentences as sumy does (docs/evaluation.md compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np
from scipy.sparse import csr_matrix, diags, issparse

from marsad.lang.stopwords import stopwords_for
from marsad.lang.terms import sentence_tokens, stemmer_for
from marsad.summarize.base import StoryText, positions, register

# Erkan & Radev (2004) use a jump probability d = 0.15 (damping 0.85); Mihalcea & Tarau (2004) too.
DAMPING = 0.85
# PageRank stops when the L1 change is below this (Erkan & Radev's error tolerance ε).
TOLERANCE = 1e-6
MAX_ITERATIONS = 200
# Erkan & Radev found 0.1 the best cosine threshold for discrete LexRank; sumy uses it too.
THRESHOLD = 0.1
# sumy's power-method tolerance: it stops when the L2 change of the normalized vector is below 0.1.
EPSILON = 0.1


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


# Word types seen by PyStemmer's own cache: news vocabulary is Zipfian, so across stories most
# words are stemmed once (PyStemmer's default keeps 10,000, too few for a day of news).
# Above this many cells (sentences × terms) term counts are sparse: 1,857 ANT sentences
# (13,000 stems) took 482 MiB dense, against 106 MiB for the whole default summarizer.
DENSE_TERM_CELLS = 2_000_000


def lexrank_terms(sentences: Sequence[Sequence[str]], language: str) -> np.ndarray | csr_matrix:
    """Term counts (sentences × terms; sparse when large) of normalized tokens: stop words out,
    Snowball stems.

    Stems are taken after full normalization (sumy's order with marsad's tokens); on EASC this
    ranks better than marsad's matching terms, which stem before normalizing (docs/evaluation.md).
    """
    flat = list(chain.from_iterable(sentences))
    words = list(dict.fromkeys(flat))  # distinct tokens, first seen first
    stemmer = stemmer_for(language)
    stems = stemmer.stemWords(words) if stemmer else words
    stop = stopwords_for(language)
    # One column per distinct stem of a content word; stop words go to one last column, dropped.
    content = dict.fromkeys(
        stem for stem, word in zip(stems, words, strict=True) if word not in stop
    )
    number = {stem: column for column, stem in enumerate(content)}
    dropped = len(number)
    column_of = {
        word: dropped if word in stop else number[stem]
        for word, stem in zip(words, stems, strict=True)
    }
    column = np.fromiter(map(column_of.__getitem__, flat), dtype=np.int64, count=len(flat))
    row = np.repeat(np.arange(len(sentences)), [len(s) for s in sentences])
    width = dropped + 1
    if len(sentences) * width > DENSE_TERM_CELLS:
        ones = np.ones(len(flat))
        return csr_matrix((ones, (row, column)), shape=(len(sentences), width))[:, :dropped]
    counts = np.bincount(row * width + column, minlength=len(sentences) * width)
    return counts.reshape(len(sentences), width)[:, :dropped].astype(float)


def idf_modified_cosine(counts: np.ndarray | csr_matrix) -> np.ndarray:
    """Erkan & Radev's idf-modified cosine between every two sentences (dense, n × n).

    tf is a term's count over the sentence's largest count and idf = ln(n / (1 + df)) over the
    sentences, as sumy computes them; a sentence without terms is similar to nothing.
    """
    n = counts.shape[0]
    if issparse(counts):
        sparse = csr_matrix(counts)
        largest = sparse.max(axis=1).toarray().ravel()
        idf = np.log(n / (1.0 + sparse.getnnz(axis=0)))
        tf = diags(1.0 / np.where(largest > 0, largest, 1.0)) @ sparse
        weighted = csr_matrix(tf.multiply(idf.reshape(1, -1)))
        products = np.asarray((weighted @ weighted.T).todense())
    else:
        largest = counts.max(axis=1, initial=0.0)
        tf = counts / np.where(largest > 0, largest, 1.0)[:, None]
        idf = np.log(n / (1.0 + np.count_nonzero(counts, axis=0)))
        products = _gram(tf * idf)
    norms = np.sqrt(np.diag(products))
    denominator = np.outer(norms, norms)
    cosine: np.ndarray = np.divide(
        products, denominator, out=np.zeros_like(products), where=denominator > 0
    )
    return cosine


# Below this many multiply-adds a plain loop beats BLAS: OpenBLAS wakes its threads even for a
# story's small matrix (a 70 × 368 product took 1.5 ms with threads, 0.09 ms with einsum here).
_SMALL_PRODUCT = 2_000_000


def _gram(matrix: np.ndarray) -> np.ndarray:
    """matrix · matrixᵀ."""
    rows, columns = matrix.shape
    if rows * rows * columns <= _SMALL_PRODUCT:
        return np.asarray(np.einsum("ik,jk->ij", matrix, matrix))
    return np.asarray(matrix @ matrix.T)


def power_method(matrix: np.ndarray, epsilon: float = EPSILON) -> np.ndarray:
    """Principal eigenvector of Mᵀ by power iteration, L2-normalized (sumy's and E&R's Algorithm 3).

    No damping: with every sentence linked to itself the chain is aperiodic and converges.
    """
    n = matrix.shape[0]
    vector = np.full(n, 1.0 / n)
    change = 1.0
    iterations = 0
    while change > epsilon and iterations < MAX_ITERATIONS:
        following = matrix.T @ vector
        norm = np.linalg.norm(following)
        if norm == 0:
            return np.zeros(n)
        following /= norm
        change = float(np.linalg.norm(following - vector))
        vector = following
        iterations += 1
    return np.asarray(vector)


def lexrank(
    sentences: Sequence[Sequence[str]],
    language: str,
    *,
    threshold: float = THRESHOLD,
    epsilon: float = EPSILON,
) -> np.ndarray:
    """Discrete LexRank of sentences given as normalized tokens (``marsad.lang.terms.tokens``).

    An edge joins two sentences whose idf-modified cosine exceeds ``threshold`` (each sentence
    is joined to itself); each row is divided by its degree; the power method ranks.
    """
    if not sentences:
        return np.zeros(0)
    adjacency = (idf_modified_cosine(lexrank_terms(sentences, language)) > threshold).astype(float)
    degree = adjacency.sum(axis=1)
    return power_method(adjacency / np.where(degree > 0, degree, 1.0)[:, None], epsilon)


def _story_tokens(story: StoryText) -> tuple[list[list[str]], str]:
    language = story.documents[0].language if story.documents else "ar"
    return sentence_tokens([s.text for s in story.sentences]), language


@register("lexrank")
class LexRankSummarizer:
    """Discrete LexRank (Erkan & Radev 2004) over idf-modified cosine, as sumy computes it."""

    def __init__(self, threshold: float = THRESHOLD, epsilon: float = EPSILON) -> None:
        self.threshold = threshold
        self.epsilon = epsilon

    def score(self, story: StoryText) -> np.ndarray:
        """n − rank by LexRank; equal LexRank in reading order: earlier in its article first,
        then story order (in one article, sumy's stable sort)."""
        words, language = _story_tokens(story)
        ranks = lexrank(words, language, threshold=self.threshold, epsilon=self.epsilon)
        order = np.lexsort((np.arange(len(ranks)), positions(story), -ranks))
        scores = np.zeros(len(ranks))
        scores[order] = np.arange(len(ranks), 0, -1, dtype=float)
        return scores


@register("lexrank-continuous")
class ContinuousLexRankSummarizer:
    """Continuous LexRank (Erkan & Radev 2004): PageRank over the idf-modified cosines."""

    def __init__(self, damping: float = DAMPING) -> None:
        self.damping = damping

    def score(self, story: StoryText) -> np.ndarray:
        """Stationary probability of each sentence in the cosine-weighted graph (no self-links)."""
        words, language = _story_tokens(story)
        weights = idf_modified_cosine(lexrank_terms(words, language))
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
