"""Story clustering, batch: TF-IDF article vectors, candidate pairs from an inverted index of
each article's strongest terms within a time window, then average-link agglomeration.

No step compares all pairs: an article is only compared with articles that share one of its
top terms and were published within ``window_days`` of it (undated articles with everyone).
Average link (a missing pair counts as similarity 0) stops the chaining that single link
suffers on a large corpus, where one generic article can bridge two unrelated stories.

Near-copies (lightly edited wire copy, far above the story threshold) are joined first, found
by MinHash bands of their strongest terms and checked by cosine, and enter the clustering as
one row: the sum of their vectors, weighing as many articles as it holds. The sum's dot product
is the sum of its members' similarities, so averages stay what they were, while a group of
3,000 copies costs one row instead of 4.5 million candidate pairs.

With headline and lead evidence (``ClusterParams.evidence``, evidence.py) the pair weights are
the weighted mean of the text's, headline's and lead's cosines (the headline's and lead's IDF
count a background corpus beside the run); near-copies and candidate pairs still come from the
text alone.

Stories, not storylines, discount pairs far apart in time (``ClusterParams.later_weight``,
``outlet_later_weight``): the stories are merged once more on the discounted pairs, and each
keeps the storyline its members had.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix, vstack
from scipy.sparse.csgraph import connected_components

from marsad.evidence import (
    StoryEvidence,
    apart_rows,
    block_columns,
    combine,
    evidence_of,
    marked_terms,
    market_rows,
    match_sides,
    move_rows,
    named_columns,
    named_terms,
    rivals_rows,
    sides_rows,
    subject_only_rows,
    weigh,
)
from marsad.headline_kinds import headline_kinds, kinds_rows
from marsad.lang.terms import terms
from marsad.lang.vectors import tfidf
from marsad.localities import localities, localities_rows, other_days_rows
from marsad.model import Document
from marsad.settings import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterParams:
    """Knobs of batch story clustering (measured with `marsad eval cluster`)."""

    # Chosen on the February days of the blind two-level gold (`marsad eval stories --split
    # tune`, docs/evaluation.md): story F1 is flat (0.947-0.953) from 0.20 to 0.30 with
    # precision rising; 0.22 is the highest that keeps the five example outlets one story.
    # With headline and lead evidence (``evidence``, the default through Settings) 0.20 and
    # 0.12 (February story F1 0.969 at 0.18, 0.970 at 0.20, 0.963 at 0.22; storyline F1 0.932
    # at 0.10, 0.929 at 0.12 and 0.14). The defaults are Settings.story_threshold and
    # Settings.storyline_threshold; these are the text alone's.
    threshold: float = 0.22  # average-link similarity needed to merge two groups into a story
    # Stories keep merging into storylines down to this average (storyline F1 on the February
    # gold: 0.923 at 0.10, 0.932 at 0.15, 0.929 at 0.20).
    storyline_threshold: float = 0.15
    # One outlet rarely files two articles on one event unless it updates, and an update is
    # near-identical: the similarity of two articles of one outlet counts this much. On the
    # February gold, story precision 0.956 -> 0.982, F1 0.953 -> 0.959 (0.5: F1 0.959, 0.8: 0.958).
    same_outlet_weight: float = 0.7
    window_days: float = 3.0  # a story is bounded in time
    # Reports far apart in time are less often one event (next day's front-line report, a
    # daily market report, a second item on one person): a pair published more than
    # ``later_after_days`` apart counts linearly less, down to ``later_weight`` at the window's
    # end, and two articles of one outlet more than a day apart count ``outlet_later_weight``
    # more. Stories only: storylines link days. Off (1.0) unless given; the defaults are
    # Settings' (a blind check of a digest of all of February, docs/evaluation.md).
    later_after_days: float = 1.5
    later_weight: float = 1.0
    outlet_later_weight: float = 1.0
    # One outlet's two market reports (evidence.market_report: both headlines name a market's
    # price) more than ``report_after_days`` apart are two sessions: their pair counts
    # ``report_weight`` more. Stories only, and only with headline evidence; off unless given.
    report_after_days: float = 0.25
    report_weight: float = 1.0
    # Two outlets' market reports more than ``sessions_after_days`` apart are two sessions
    # too (another day's close); never unless given.
    sessions_after_days: float = float("inf")
    # ... and from ``moved_after_days`` when their headlines state different moves
    # (evidence.market_move: up, down, flat); never unless given.
    moved_after_days: float = float("inf")
    # Two articles whose headlines and leads name places, none in common, and no person or
    # organisation in common (evidence.apart_rows: one theme in two countries), or each a
    # locality of its own (localities.localities_rows: two fronts of one war), or other weekdays
    # and other cities (localities.other_days_rows: two strikes of one war), count this
    # much more. Stories only, and only with headline evidence; off unless given.
    places_weight: float = 1.0
    # Two articles more than ``subject_after_days`` apart whose headlines share at most their
    # subject (evidence.subject_only_rows: one term, a name) count ``subject_weight`` more:
    # one person's or club's separate items. Stories only, with headline evidence; off unless given.
    subject_after_days: float = float("inf")
    subject_weight: float = 1.0
    # Two match reports neither of which names a side of the other (evidence.sides_rows: two
    # matches of one night or one competition) count this much more. Stories only, with
    # headline evidence; off unless given.
    sides_weight: float = 1.0
    # And two match reports more than this many days apart naming one side, no score in
    # common, one headline stating a result (evidence.rivals_rows: one side's two matches).
    rivals_after_days: float = float("inf")
    # And two match reports neither of whose headlines names a side of the other's headline
    # (evidence.sides_rows with headlines: a roundup beside another match's report).
    headline_sides: bool = False
    # Two articles more than ``kinds_after_days`` apart whose headlines each report a kind of
    # action, none in common (headline_kinds.kinds_rows: one actor's next step) count
    # ``kinds_weight`` more. Stories only, with headline evidence; off unless given.
    kinds_after_days: float = float("inf")
    kinds_weight: float = 1.0
    top_terms: int = 25  # index each article under its strongest terms
    min_edge: float = 0.03  # candidate pairs below this similarity are dropped
    # Articles at least this similar are near-copies, joined before pairs are made. On the
    # February gold (`marsad eval stories --split tune`) 0.5 to 0.9 score as without joining;
    # 3,000 copies of one text with one word of each sentence edited are 0.53-0.73 apart.
    copy_threshold: float = 0.5
    # Weights of the headline and lead cosines beside the text's (evidence.py); none (the text
    # alone) unless given: ``evidence_of(settings)`` (shipped weights and background).
    evidence: StoryEvidence = field(default_factory=StoryEvidence)
    # A rule that reweighs the candidate pairs (measuring a signal, eval/story_signals.py);
    # none in the digest or the store.
    pair_rule: PairRule | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PairView:
    """The candidate pairs of clustered rows (near-copies summed) and what a pair rule may
    read of them: their weights, each row's publication day and outlet, and the raw headline
    and lead term counts with their marked terms (evidence.py)."""

    pairs: np.ndarray  # (m, 2) row numbers
    weights: np.ndarray  # summed similarities, after the outlet weight
    sizes: np.ndarray  # articles per row
    days: np.ndarray  # per row (NaN: undated)
    outlets: np.ndarray | None  # per row, when the input has several outlets
    title: csr_matrix  # raw headline counts per row
    title_words: np.ndarray
    lead: csr_matrix
    lead_words: np.ndarray


PairRule = Callable[[PairView], np.ndarray]


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
    return [*title, *document.body_terms()]


@dataclass(frozen=True, slots=True)
class TermCounts:
    """Raw term counts of some documents: a sorted vocabulary and a CSR matrix over it.

    Counted per partition; ``TermCounts.concat`` joins partitions onto one vocabulary."""

    vocabulary: np.ndarray  # sorted unique terms (numpy unicode array)
    counts: csr_matrix

    @staticmethod
    def of(documents: Sequence[Document], marked: bool = False) -> TermCounts:
        """Count the title and body terms of each document; with ``marked``, its headline's and
        lead's terms too, as marked terms of their own (evidence.py: only its weights read
        them, and they cost a third more counts)."""
        # A new term's column is the number of terms met before it, given by the dict's
        # __missing__: the columns of a whole document are then looked up without a Python loop.
        vocabulary: defaultdict[str, int] = defaultdict()
        vocabulary.default_factory = vocabulary.__len__
        indptr: list[int] = [0]
        indices: list[int] = []
        values: list[int] = []
        for document in documents:
            title = terms(document.article.title, document.language)
            text = [*title, *document.body_terms()]
            if marked:
                text += marked_terms(title, document)
                text += named_terms(document.article.title, document)
                text += localities(document.article.title, document)
                text += match_sides(document.article.title, document)
                text += headline_kinds(document.article.title)
            counts = Counter(text)
            indices += map(vocabulary.__getitem__, counts)
            values += counts.values()
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

    def blocks(self, rows: Sequence[int] | None = None) -> list[csr_matrix]:
        """The counts of the text's, the headline's and the lead's terms (evidence.BLOCKS), of
        the given rows (default all)."""
        counts = self.counts if rows is None else self.counts[rows]
        return [counts[:, columns] for columns in block_columns(self.vocabulary)]


def article_vectors(documents: Sequence[Document]) -> csr_matrix:
    """L2-normalized TF-IDF rows, one per document (sublinear term frequency)."""
    return tfidf(TermCounts.of(documents).blocks()[0])


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
    columns, members = _strongest(vectors, params.top_terms)
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


def _strongest(vectors: csr_matrix, top: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``top`` strongest terms as parallel (column, row) arrays, row by row."""
    rows = np.repeat(np.arange(vectors.shape[0]), np.diff(vectors.indptr))
    by_weight = np.lexsort((-vectors.data, rows))  # each row's terms, strongest first
    rank = np.arange(len(by_weight)) - vectors.indptr[rows[by_weight]]
    strongest = by_weight[rank < top]
    return vectors.indices[strongest], rows[strongest]


# MinHash of each article's strongest terms: 16 bands of 4 hashes make a pair of term-set
# Jaccard 0.6 a candidate in 89% of cases, 0.8 in 99.98%; a miss costs only pairs, not quality.
COPY_BANDS = 16
COPY_ROWS = 4
_PRIME = np.uint64(2**31 - 1)


def near_copies(
    vectors: csr_matrix,
    days: np.ndarray,
    params: ClusterParams,
    outlets: np.ndarray | None = None,
) -> np.ndarray:
    """Copy group per row (the group's smallest row; a row alone is its own): rows within the
    time window at cosine ``copy_threshold`` or above (two of one outlet in ``outlets``: after
    ``same_outlet_weight``, as in clustering), joined transitively.

    Linear in the rows: in each MinHash band, every row of a bucket is checked against the
    bucket's first row only (a star, not all pairs), so 3,000 copies make 48,000 checks."""
    n = vectors.shape[0]
    group = np.arange(n)
    columns, members = _strongest(vectors, params.top_terms)
    if n < 2 or not len(columns):
        return group
    rows, starts = np.unique(members, return_index=True)  # rows with terms, where each begins
    rng = np.random.default_rng(1)
    count = COPY_BANDS * COPY_ROWS
    a, b = (rng.integers(1, 2**31 - 1, size=count, dtype=np.uint64) for _ in range(2))
    keys = np.zeros((len(rows), COPY_BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrap-around mixing of a band's hashes is the point
        for h in range(count):
            hashed = (a[h] * columns.astype(np.uint64) + b[h]) % _PRIME
            keys[:, h // COPY_ROWS] = keys[:, h // COPY_ROWS] * _MIX + np.minimum.reduceat(
                hashed, starts
            )
    found = [_star_pairs(keys[:, band], rows) for band in range(COPY_BANDS)]
    pairs = np.unique(np.concatenate(found), axis=0)
    if not len(pairs):
        return group
    apart = np.abs(days[pairs[:, 0]] - days[pairs[:, 1]])
    close = ~(apart > params.window_days)  # NaN (undated) counts as close, as in pairing
    pairs = pairs[close]
    similarity = pair_similarities(vectors, pairs)
    if outlets is not None:
        one = outlets[pairs[:, 0]] == outlets[pairs[:, 1]]
        similarity = np.where(one, similarity * params.same_outlet_weight, similarity)
    same = pairs[similarity >= params.copy_threshold]
    graph = csr_matrix((np.ones(len(same)), (same[:, 0], same[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    first = np.full(labels.max() + 1, n)
    np.minimum.at(first, labels, np.arange(n))
    grouped: np.ndarray = first[labels]
    return grouped


_MIX = np.uint64(0x9E3779B97F4A7C15)  # 64-bit golden-ratio constant (Fibonacci hashing)


def _star_pairs(keys: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """(first row of the bucket, row) for every other row of each bucket of equal keys."""
    order = np.lexsort((rows, keys))
    sorted_keys = keys[order]
    new = np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]
    firsts = rows[order][np.maximum.accumulate(np.where(new, np.arange(len(order)), 0))]
    others = ~new
    return np.stack([firsts[others], rows[order][others]], axis=1)


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


def merges(
    n: int,
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold: float,
    sizes: Sequence[int] | None = None,
) -> list[tuple[int, int, float]]:
    """Average-link merges down to ``threshold``, in order: (kept group, merged group,
    average). Average link never merges at a higher average than an earlier merge, so the
    merges above any higher threshold are a prefix of these (clusters nest).

    ``sizes``: how many articles each item stands for (default 1), its ``weights`` then the
    summed similarities of their articles."""
    size = list(sizes) if sizes is not None else [1] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]  # summed similarity to other groups
    heap = []
    for (i, j), weight in zip(pairs.tolist(), weights.tolist(), strict=True):
        links[i][j] = links[i].get(j, 0.0) + weight
        links[j][i] = links[j].get(i, 0.0) + weight
        if weight >= threshold * size[i] * size[j]:
            heap.append((-weight / (size[i] * size[j]), i, j))
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
    return [find_root(label, item) for item in range(n)]


def find_root(label: list[int], item: int) -> int:
    """The root of ``item`` in a union-find forest (``label[i]`` is i's parent), halving the
    path on the way (dedupe uses it too)."""
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
    weighed = bool(params.evidence.title or params.evidence.lead)
    counts = counts or TermCounts.of(documents, marked=weighed)
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
    text, *marked = counts.blocks(kept)
    vectors = tfidf(text)  # near-copies and candidate pairs come from the whole text
    weighed = params.evidence.title or params.evidence.lead
    if weighed and n and not any(block.nnz for block in marked):
        raise ValueError("headline and lead evidence needs TermCounts.of(..., marked=True)")
    words = [counts.vocabulary[columns] for columns in block_columns(counts.vocabulary)[1:]]
    background = params.evidence.background
    blocks = [vectors] + (
        [weigh(block, part, background) for block, part in zip(marked, words, strict=True)]
        if weighed
        else []
    )
    several = len(set(sources)) > 1
    outlets = np.asarray(sources, dtype=object)[kept] if several else None
    copy_of = near_copies(vectors, days[kept], params, outlets)
    units, unit_of, sizes = np.unique(copy_of, return_inverse=True, return_counts=True)
    rows, evidence = vectors, combine(blocks, params.evidence)
    if len(units) < len(kept):  # each group of near-copies as the sum of its vectors
        join = csr_matrix((np.ones(len(kept)), (unit_of, np.arange(len(kept)))))
        rows, evidence = csr_matrix(join @ vectors), csr_matrix(join @ evidence)
    pairs = candidate_pairs(rows, days[kept][units], params)
    weights = pair_similarities(evidence, pairs)
    # Only between outlets: articles that name none all get their file's name, and in a corpus
    # of one outlet the weight would only raise the threshold.
    of_unit = _unit_outlets(outlets, unit_of, len(units)) if outlets is not None else None
    if of_unit is not None and len(pairs):
        same = of_unit[pairs[:, 0]] == of_unit[pairs[:, 1]]
        weights = np.where(same, weights * params.same_outlet_weight, weights)
    if params.pair_rule is not None:
        join = csr_matrix((np.ones(len(kept)), (unit_of, np.arange(len(kept)))))
        title, lead = (csr_matrix(join @ block) for block in marked)
        view = PairView(
            pairs=pairs,
            weights=weights,
            sizes=sizes,
            days=days[kept][units],
            outlets=of_unit,
            title=title,
            title_words=words[0],
            lead=lead,
            lead_words=words[1],
        )
        weights = params.pair_rule(view)
    keep = weights >= params.min_edge * sizes[pairs[:, 0]] * sizes[pairs[:, 1]]
    lowest = min(params.threshold, params.storyline_threshold)
    done = merges(len(units), pairs[keep], weights[keep], lowest, sizes.tolist())
    labels = cut(len(units), done, params.threshold)
    lines = cut(len(units), done, lowest)
    reports = moves = None
    if weighed and params.report_weight != 1.0:  # a row of near-copies: any member's headline
        reports = np.zeros(len(units), dtype=bool)
        np.logical_or.at(reports, unit_of, market_rows(marked[0], words[0]))
        moves = np.zeros(len(units), dtype=np.int64)
        np.bitwise_or.at(moves, unit_of, move_rows(marked[0], words[0]))
    unit_days = days[kept][units]
    apart = np.nan_to_num(np.abs(unit_days[pairs[:, 0]] - unit_days[pairs[:, 1]]))  # days
    # A row of near-copies: all its members' names, sides and headline terms.
    join = csr_matrix((np.ones(len(kept)), (unit_of, np.arange(len(kept)))))
    elsewhere = matches = None
    if weighed and (params.places_weight != 1.0 or params.sides_weight != 1.0):
        columns = named_columns(counts.vocabulary)
        named = csr_matrix(join @ counts.counts[kept][:, columns])
        if params.places_weight != 1.0:
            elsewhere = apart_rows(named, counts.vocabulary[columns], pairs)
            elsewhere |= localities_rows(named, counts.vocabulary[columns], pairs)
            elsewhere |= other_days_rows(named, counts.vocabulary[columns], pairs)
        if params.sides_weight != 1.0:
            matches = sides_rows(named, counts.vocabulary[columns], pairs)
            if params.headline_sides:
                matches |= sides_rows(named, counts.vocabulary[columns], pairs, headlines=True)
            if params.rivals_after_days != float("inf"):
                far = apart > params.rivals_after_days
                matches[far] |= rivals_rows(named, counts.vocabulary[columns], pairs[far])
    steps = None
    if weighed and params.kinds_weight != 1.0:
        steps = apart > params.kinds_after_days
        columns = named_columns(counts.vocabulary)
        named = csr_matrix(join @ counts.counts[kept][:, columns])
        steps[steps] = kinds_rows(named, counts.vocabulary[columns], pairs[steps])
    subject = None
    if weighed and params.subject_weight != 1.0:
        subject = apart > params.subject_after_days
        subject[subject] = subject_only_rows(csr_matrix(join @ marked[0]), pairs[subject])
    later = later_weights(
        weights, pairs, unit_days, of_unit, params, reports, moves, elsewhere, subject, matches
    )
    if steps is not None and steps.any():
        later = np.where(steps, later * params.kinds_weight, later)
    if later is not weights:  # stories from the discounted pairs, storylines as they were
        keep = later >= params.min_edge * sizes[pairs[:, 0]] * sizes[pairs[:, 1]]
        told = merges(len(units), pairs[keep], later[keep], params.threshold, sizes.tolist())
        labels = cut(len(units), told, params.threshold)
        lines = _lines_holding(labels, lines)
    label_of = {index: labels[unit_of[position]] for position, index in enumerate(kept)}
    line_of = {labels[unit]: lines[unit] for unit in range(len(units))}
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


def later_weights(
    weights: np.ndarray,
    pairs: np.ndarray,
    days: np.ndarray,
    outlets: np.ndarray | None,
    params: ClusterParams,
    reports: np.ndarray | None = None,
    moves: np.ndarray | None = None,
    elsewhere: np.ndarray | None = None,
    subject: np.ndarray | None = None,
    matches: np.ndarray | None = None,
) -> np.ndarray:
    """The pair weights with pairs far apart in time discounted (``ClusterParams.later_weight``
    and ``outlet_later_weight``; with ``reports``, the rows that are market reports, also
    ``report_weight``, and with ``moves``, their headlines' moves, from ``moved_after_days``
    when those differ; with ``elsewhere``, the pairs naming other places, ``places_weight``;
    with ``subject``, the pairs days apart sharing only a subject, ``subject_weight``; with
    ``matches``, the pairs of match reports naming other sides, ``sides_weight``);
    ``weights`` itself when none applies. Undated: no gap."""
    rules = (params.later_weight, params.outlet_later_weight)
    reported = reports is not None and params.report_weight != 1
    placed = elsewhere is not None and params.places_weight != 1
    subjects = subject is not None and params.subject_weight != 1
    sided = matches is not None and params.sides_weight != 1
    if not len(pairs) or (rules == (1.0, 1.0) and not (reported or placed or subjects or sided)):
        return weights
    apart = np.nan_to_num(np.abs(days[pairs[:, 0]] - days[pairs[:, 1]]))
    span = params.window_days - params.later_after_days
    if span > 0:
        share = np.clip((apart - params.later_after_days) / span, 0.0, 1.0)
    else:
        share = (apart > params.later_after_days).astype(np.float64)
    result = weights * (1.0 - (1.0 - params.later_weight) * share)
    if outlets is not None:
        same = outlets[pairs[:, 0]] == outlets[pairs[:, 1]]
        result = np.where(same & (apart > 1.0), result * params.outlet_later_weight, result)
        if reports is not None:
            sessions = same & reports[pairs[:, 0]] & reports[pairs[:, 1]]
            far = apart > params.report_after_days
            if moves is not None:
                first, second = moves[pairs[:, 0]], moves[pairs[:, 1]]
                turned = (first > 0) & (second > 0) & (first != second)
                far |= turned & (apart > params.moved_after_days)
            sessions &= far
            if params.sessions_after_days != float("inf"):  # two outlets' reports of two days
                sessions |= both_reports(reports, pairs) & (apart > params.sessions_after_days)
            result = np.where(sessions, result * params.report_weight, result)
    if elsewhere is not None:
        result = np.where(elsewhere, result * params.places_weight, result)
    if subject is not None:
        result = np.where(subject, result * params.subject_weight, result)
    if matches is not None:
        result = np.where(matches, result * params.sides_weight, result)
    found: np.ndarray = result
    return found


def both_reports(reports: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Of each pair of rows, whether both are market reports (``reports`` per row)."""
    found: np.ndarray = reports[pairs[:, 0]] & reports[pairs[:, 1]]
    return found


def later_factor(
    apart: float,
    same_outlet: bool,
    params: ClusterParams,
    reports: bool = False,
    moved: bool = False,
) -> float:
    """What ``later_weights`` multiplies one pair by, for a pair ``apart`` days apart (``reports``:
    both are market reports, of one outlet or two, ``moved``: their headlines' moves differ; the
    store's streaming clusterer weighs its pairs one at a time)."""
    span = params.window_days - params.later_after_days
    if span > 0:
        share = min(max((apart - params.later_after_days) / span, 0.0), 1.0)
    else:
        share = 1.0 if apart > params.later_after_days else 0.0
    factor = 1.0 - (1.0 - params.later_weight) * share
    sessions = apart > params.report_after_days or (moved and apart > params.moved_after_days)
    if reports and ((same_outlet and sessions) or apart > params.sessions_after_days):
        factor *= params.report_weight
    return factor * params.outlet_later_weight if same_outlet and apart > 1.0 else factor


def _lines_holding(labels: list[int], lines: list[int]) -> list[int]:
    """Storyline labels joined so that every story (``labels``) lies in one storyline."""
    parent = list(range(len(lines)))
    first: dict[int, int] = {}
    for item, label in enumerate(labels):
        root = find_root(parent, lines[item])
        other = find_root(parent, lines[first.setdefault(label, item)])
        if root != other:
            parent[max(root, other)] = min(root, other)
    return [find_root(parent, line) for line in lines]


def _unit_outlets(outlets: np.ndarray, unit_of: np.ndarray, units: int) -> np.ndarray:
    """The outlet of each clustered row; a group of near-copies from several outlets gets a
    mark of its own (the same-outlet weight is for two articles of one outlet)."""
    result = np.empty(units, dtype=object)
    result[unit_of] = outlets
    mixed = np.zeros(units, dtype=bool)
    mixed[unit_of[outlets != result[unit_of]]] = True
    for unit in np.flatnonzero(mixed):
        result[unit] = f"\0several outlets {unit}"
    return result


def params_from(settings: Settings, threshold: float, storyline_threshold: float) -> ClusterParams:
    """The knobs the batch and the streaming clusterers share, from the settings (Settings is
    the one home of defaults); only their thresholds differ."""
    return ClusterParams(
        threshold=threshold,
        storyline_threshold=storyline_threshold,
        same_outlet_weight=settings.same_outlet_weight,
        window_days=settings.story_window_days,
        later_after_days=settings.story_later_after_days,
        later_weight=settings.story_later_weight,
        outlet_later_weight=settings.same_outlet_later_weight,
        report_after_days=settings.recurring_report_after_days,
        report_weight=settings.recurring_report_weight,
        moved_after_days=settings.recurring_report_moved_after_days,
        sessions_after_days=settings.market_sessions_after_days,
        places_weight=settings.other_places_weight,
        subject_after_days=settings.one_subject_later_after_days,
        subject_weight=settings.one_subject_later_weight,
        sides_weight=settings.other_sides_weight,
        rivals_after_days=settings.rival_matches_after_days,
        headline_sides=settings.headline_sides,
        kinds_after_days=settings.other_kinds_after_days,
        kinds_weight=settings.other_kinds_weight,
        evidence=evidence_of(settings),
    )
