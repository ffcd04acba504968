"""Story clustering, batch: TF-IDF article vectors, candidate pairs from an inverted index of
each article's strongest terms within a time window, then average-link agglomeration.

No step compares all pairs: an article is only compared with articles that share one of its
top terms and were published within ``window_days`` of it (undated articles with everyone).
Average link (a missing pair counts as similarity 0) stops the chaining that single link
suffers on a large corpus, where one generic article can bridge two unrelated stories.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix, vstack

from marsad.lang.terms import terms
from marsad.model import Document


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterParams:
    """Knobs of batch story clustering (measured with `marsad eval cluster`)."""

    # Chosen on the February days of the blind two-level gold (`marsad eval stories --split
    # tune`, docs/evaluation.md): story F1 is flat (0.947-0.953) from 0.20 to 0.30 with
    # precision rising; 0.22 is the highest that keeps the five example outlets one story.
    # The defaults are Settings.story_threshold and Settings.storyline_threshold.
    threshold: float = 0.22  # average-link similarity needed to merge two groups into a story
    # Stories keep merging into storylines down to this average (storyline F1 on the February
    # gold: 0.923 at 0.10, 0.932 at 0.15, 0.929 at 0.20).
    storyline_threshold: float = 0.15
    # One outlet rarely files two articles on one event unless it updates, and an update is
    # near-identical: the similarity of two articles of one outlet counts this much. On the
    # February gold, story precision 0.956 -> 0.982, F1 0.953 -> 0.959 (0.5: F1 0.959, 0.8: 0.958).
    same_outlet_weight: float = 0.7
    window_days: float = 3.0  # a story is bounded in time
    top_terms: int = 25  # index each article under its strongest terms
    min_edge: float = 0.03  # candidate pairs below this similarity are dropped


@dataclass(frozen=True, slots=True, kw_only=True)
class Clustering:
    """Stories as lists of document indices (largest first), storylines as lists of story
    positions in ``groups`` (every story in exactly one), and the work it took."""

    groups: list[list[int]]
    candidate_pairs: int
    storylines: list[list[int]] = field(default_factory=list)


def document_terms(document: Document) -> list[str]:
    """The terms of an article's title and body, in order."""
    title = terms(document.article.title, document.language)
    return [*title, *(term for sentence in document.sentences for term in sentence.terms)]


@dataclass(frozen=True, slots=True)
class TermCounts:
    """Raw term counts of some documents: a sorted vocabulary and a CSR matrix over it.

    Counted per partition; ``TermCounts.concat`` joins partitions onto one vocabulary."""

    vocabulary: np.ndarray  # sorted unique terms (numpy unicode array)
    counts: csr_matrix

    @staticmethod
    def of(documents: Sequence[Document]) -> TermCounts:
        """Count the title and body terms of each document."""
        vocabulary: dict[str, int] = {}
        indptr, indices, values = [0], [], []
        for document in documents:
            for term, count in Counter(document_terms(document)).items():
                indices.append(vocabulary.setdefault(term, len(vocabulary)))
                values.append(count)
            indptr.append(len(indices))
        words = np.array(list(vocabulary), dtype=str)
        order = np.argsort(words, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        matrix = csr_matrix(
            (np.array(values, dtype=np.float64), rank[np.array(indices, dtype=np.int64)], indptr),
            shape=(len(documents), len(words)),
        )
        matrix.sort_indices()
        return TermCounts(vocabulary=words[order], counts=matrix)

    @staticmethod
    def concat(parts: Sequence[TermCounts]) -> TermCounts:
        """The rows of several partitions, in order, over the union of their vocabularies."""
        words = [p.vocabulary for p in parts if len(p.vocabulary)]
        vocabulary = np.unique(np.concatenate(words)) if words else np.array([], dtype=str)
        rows = []
        for part in parts:
            matrix = part.counts.copy()
            matrix.indices = np.searchsorted(vocabulary, part.vocabulary)[matrix.indices]
            rows.append(csr_matrix(matrix, shape=(matrix.shape[0], len(vocabulary))))
        joined = vstack(rows, format="csr") if rows else csr_matrix((0, 0))
        return TermCounts(vocabulary=vocabulary, counts=joined)


def tfidf(counts: csr_matrix) -> csr_matrix:
    """L2-normalized rows of sublinear TF times smoothed IDF (scikit-learn's TfidfVectorizer
    weights, sublinear_tf=True), IDF taken over these rows; empty columns dropped."""
    counts = counts[:, np.unique(counts.indices)] if counts.nnz else counts
    n = counts.shape[0]
    frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + n) / (1 + frequency)) + 1.0
    matrix = counts.copy()
    matrix.data = (1.0 + np.log(matrix.data)) * idf[matrix.indices]
    return _unit_rows(matrix)


def _unit_rows(matrix: csr_matrix) -> csr_matrix:
    """Scale each row to unit L2 norm in place (an empty row stays empty)."""
    # scikit-learn's normalize() did this, at the cost of importing scikit-learn (about 0.8 s)
    # on every command that clusters, streams or opens a store.
    lengths = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), lengths)
    norms = np.sqrt(np.bincount(rows, weights=matrix.data**2, minlength=matrix.shape[0]))
    norms[norms == 0] = 1.0
    matrix.data /= norms[rows]
    return matrix


def article_vectors(documents: Sequence[Document]) -> csr_matrix:
    """L2-normalized TF-IDF rows, one per document (sublinear term frequency)."""
    return tfidf(TermCounts.of(documents).counts)


def publication_days(documents: Sequence[Document]) -> np.ndarray:
    """Publication times in days (UTC); NaN when unknown."""
    return np.array(
        [
            d.article.published.timestamp() / 86400 if d.article.published else np.nan
            for d in documents
        ]
    )


def candidate_pairs(vectors: csr_matrix, days: np.ndarray, params: ClusterParams) -> np.ndarray:
    """Pairs (i < j) sharing one of their top terms, within the time window, as (m, 2).

    Vectorized over all postings at once: entries (term, time, article) sorted, each paired
    with the entries after it in the same posting list up to ``window_days`` later."""
    n = vectors.shape[0]
    rows = np.repeat(np.arange(n), np.diff(vectors.indptr))
    by_weight = np.lexsort((-vectors.data, rows))  # each row's terms, strongest first
    rank = np.arange(len(by_weight)) - vectors.indptr[rows[by_weight]]
    strongest = by_weight[rank < params.top_terms]
    columns, members = vectors.indices[strongest], rows[strongest]
    undated = np.isnan(days)
    found: list[np.ndarray] = []  # distinct pair keys, see _pair_keys
    # A posting list with an undated article pairs everyone in it (rare: done one by one).
    has_undated = np.zeros(vectors.shape[1], dtype=bool)
    has_undated[columns[undated[members]]] = True
    loose = has_undated[columns]
    for column in np.unique(columns[loose]):
        group = members[columns == column]
        left, right = np.triu_indices(len(group), k=1)
        found.append(_pair_keys(group[left], group[right], n))
    columns, members = columns[~loose], members[~loose]
    # Whole seconds in int64, each posting list shifted past the previous one's span, so one
    # searchsorted finds every entry's window end without crossing into the next list.
    seconds = np.round(days[members] * 86400).astype(np.int64)
    window = round(params.window_days * 86400)
    if len(seconds):
        seconds -= seconds.min()
        _, group = np.unique(columns, return_inverse=True)
        keys = group.astype(np.int64) * (int(seconds.max()) + window + 1) + seconds
        order = np.argsort(keys, kind="stable")
        keys, members = keys[order], members[order]
        ends = np.searchsorted(keys, keys + window, side="right")
        found += _window_pairs(members, ends - np.arange(len(keys)) - 1, n)
    unique = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
    return np.stack([unique // n, unique % n], axis=1)


# Raw pairs are made this many at a time and reduced to distinct keys at once, so that common
# terms (thousands of articles within a window) do not hold every raw pair in memory.
PAIRS_PER_CHUNK = 2_000_000


def _window_pairs(members: np.ndarray, counts: np.ndarray, n: int) -> list[np.ndarray]:
    """Each entry paired with the ``counts[i]`` entries after it, as distinct 1-D pair keys."""
    found: list[np.ndarray] = []
    if not counts.sum():
        return found
    bounds = np.searchsorted(np.cumsum(counts), np.arange(0, counts.sum(), PAIRS_PER_CHUNK))
    for start, stop in zip(bounds, [*bounds[1:], len(counts)], strict=True):
        chunk = counts[start:stop]
        firsts = np.repeat(np.arange(start, stop), chunk)
        offsets = np.arange(chunk.sum()) - np.repeat(np.cumsum(chunk) - chunk, chunk)
        found.append(np.unique(_pair_keys(members[firsts], members[firsts + 1 + offsets], n)))
    return found


def _pair_keys(first: np.ndarray, second: np.ndarray, n: int) -> np.ndarray:
    """One int64 key per unordered pair: far faster to make unique than rows of an array."""
    keys: np.ndarray = np.minimum(first, second).astype(np.int64) * n + np.maximum(first, second)
    return keys


def pair_similarities(vectors: csr_matrix, pairs: np.ndarray, chunk: int = 20_000) -> np.ndarray:
    """Cosine similarity of each pair of rows (vectors are L2-normalized).

    Chunks of 20,000 pairs: at 200,000 the two gathered row blocks took 640 MB at 10k ANT
    articles (and ran slower); at 20,000 they take 30 MB."""
    result = np.empty(len(pairs))
    for start in range(0, len(pairs), chunk):
        block = pairs[start : start + chunk]
        products = vectors[block[:, 0]].multiply(vectors[block[:, 1]])
        result[start : start + chunk] = np.asarray(products.sum(axis=1)).ravel()
    return result


def average_link(n: int, pairs: np.ndarray, weights: np.ndarray, threshold: float) -> list[int]:
    """Cluster label per item: merge the two groups of highest average similarity (missing
    pairs count 0) while that average is at least ``threshold``."""
    return cut(n, merges(n, pairs, weights, threshold), threshold)


def merges(
    n: int, pairs: np.ndarray, weights: np.ndarray, threshold: float
) -> list[tuple[int, int, float]]:
    """Average-link merges down to ``threshold``, in order: (kept group, merged group,
    average). Average link never merges at a higher average than an earlier merge, so the
    merges above any higher threshold are a prefix of these (clusters nest)."""
    size = [1] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]  # summed similarity to other groups
    for (i, j), weight in zip(pairs.tolist(), weights.tolist(), strict=True):
        links[i][j] = links[i].get(j, 0.0) + weight
        links[j][i] = links[j].get(i, 0.0) + weight
    heap = [
        (-w, i, j)
        for (i, j), w in zip(pairs.tolist(), weights.tolist(), strict=True)
        if w >= threshold
    ]
    heapq.heapify(heap)
    alive = [True] * n
    done: list[tuple[int, int, float]] = []
    while heap:
        negative, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        current = links[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + negative) > 1e-12:
            # Stale: the groups grew since. Averages with groups the merge did not touch only
            # fall, so re-queuing at the current value (lazily, here) keeps the heap exact.
            if current >= threshold:
                heapq.heappush(heap, (-current, a, b))
            continue
        if size[a] < size[b]:
            a, b = b, a
        alive[b] = False
        size[a] += size[b]
        done.append((a, b, current))
        for other, total in links[b].items():
            if other == a:
                continue
            links[a][other] = links[a].get(other, 0.0) + total
            links[other].pop(b, None)
            links[other][a] = links[a][other]
            average = links[a][other] / (size[a] * size[other])
            if average >= threshold:
                heapq.heappush(heap, (-average, *sorted((a, other))))
        links[a].pop(b, None)
        links[b] = {}
    return done


def cut(n: int, done: Sequence[tuple[int, int, float]], threshold: float) -> list[int]:
    """Cluster label per item after the merges at or above ``threshold``."""
    label = list(range(n))
    for kept, merged, average in done:
        if average >= threshold:
            label[merged] = kept
    return [_root(label, item) for item in range(n)]


def _root(label: list[int], item: int) -> int:
    while label[item] != item:
        label[item] = label[label[item]]
        item = label[item]
    return item


def cluster_documents(
    documents: Sequence[Document],
    params: ClusterParams,
    duplicates: Sequence[Sequence[int]] = (),
    counts: TermCounts | None = None,
) -> Clustering:
    """Group documents into stories. Each group of copies in ``duplicates`` (document indices)
    is clustered once, through its first member, and the copies follow it: wire copies filed
    many times add work, not evidence. ``counts``: the documents' term counts, when known."""
    if not documents:
        return Clustering(groups=[], candidate_pairs=0)
    counts = counts or TermCounts.of(documents)
    sources = [document.article.source for document in documents]
    return cluster_counts(counts, publication_days(documents), params, duplicates, sources)


def cluster_counts(
    counts: TermCounts,
    days: np.ndarray,
    params: ClusterParams,
    duplicates: Sequence[Sequence[int]] = (),
    sources: Sequence[str] = (),
) -> Clustering:
    """``cluster_documents`` from what it compares: term counts, publication days and (when
    given) each document's outlet."""
    n = counts.counts.shape[0]
    representative = list(range(n))
    for group in duplicates:
        for member in group[1:]:
            representative[member] = group[0]
    kept = sorted(set(representative))
    vectors = tfidf(counts.counts[kept])
    pairs = candidate_pairs(vectors, days[kept], params)
    weights = pair_similarities(vectors, pairs)
    # Only between outlets: articles that name none all get their file's name, and in a corpus
    # of one outlet the weight would only raise the threshold.
    if len(set(sources)) > 1 and len(pairs):
        outlets = np.asarray(sources, dtype=object)[kept]
        same = outlets[pairs[:, 0]] == outlets[pairs[:, 1]]
        weights = np.where(same, weights * params.same_outlet_weight, weights)
    keep = weights >= params.min_edge
    lowest = min(params.threshold, params.storyline_threshold)
    done = merges(len(kept), pairs[keep], weights[keep], lowest)
    labels = cut(len(kept), done, params.threshold)
    lines = cut(len(kept), done, lowest)
    label_of = {index: labels[position] for position, index in enumerate(kept)}
    line_of = {labels[position]: lines[position] for position in range(len(kept))}
    groups: dict[int, list[int]] = {}
    for index in range(n):
        groups.setdefault(label_of[representative[index]], []).append(index)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[1][0]))
    storylines: dict[int, list[int]] = {}
    for position, (label, _members) in enumerate(ordered):
        storylines.setdefault(line_of[label], []).append(position)
    return Clustering(
        groups=[members for _label, members in ordered],
        candidate_pairs=len(pairs),
        storylines=list(storylines.values()),
    )
