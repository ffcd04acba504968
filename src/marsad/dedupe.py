"""Duplicates: exact copies, near copies (MinHash LSH over word shingles, verified by exact
Jaccard), and passages shared across outlets (wire copy), with who published first.

MinHash signatures come from rensa (Rust); banding is done here with numpy so that candidate
pairs are explicit and countable, and every candidate is verified exactly, so precision is 1
by construction and recall is the banding's.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from marsad.cluster import find_root
from marsad.lang.terms import tokens
from marsad.model import Article, Document, DuplicateGroup, content_id

# rensa allocates with mimalloc, which reserves its address space 1 GiB at a time: under a
# `ulimit -v` of 2 GB a worker building a story of 2,000 near copies ran out of address space
# (1.96 GB peak, 0.58 GB resident); 64 MiB at a time: 1.06 GB. Read when rensa is first
# imported (below, lazily), so set here; a value the user exported is kept.
os.environ.setdefault("MIMALLOC_ARENA_RESERVE", "64MiB")

_MIX = np.uint64(0x9E3779B97F4A7C15)  # 64-bit golden-ratio constant (Fibonacci hashing)
# Shared sentences shorter than this are stock phrases, not copied passages.
MIN_SHARED_WORDS = 8
# Two sentences are one passage when this share of the shorter one's word 6-grams is in both.
PASSAGE_GRAM = 6
PASSAGE_SHARE = 0.5
# A sentence is compared with at most this many later distinct sentences sharing one of its
# 6-grams: every posting list of a story of a few hundred articles is shorter, so the cap only
# bounds wire copy filed thousands of times (3,000 edited copies of 8 sentences: 21 s -> 1.6 s).
PASSAGE_POSTINGS = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupeParams:
    """Shingling, MinHash and banding parameters (chosen by `marsad eval dedupe`)."""

    shingle_size: int = 5
    num_perm: int = 128
    bands: int = 32  # 32 bands of 4 rows: a pair at Jaccard 0.8 becomes a candidate w.p. >0.9999
    threshold: float = 0.8
    seed: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupeResult:
    """Duplicate groups of a corpus, and how much work finding them took."""

    groups: tuple[DuplicateGroup, ...]
    candidate_pairs: int
    verified_pairs: int


def shingle_sets(documents: Sequence[Sequence[str]], size: int) -> list[np.ndarray]:
    """Sorted unique 64-bit hashes of each document's word ``size``-grams."""
    from rensa import RMinHash

    # rensa hashes words in Rust, stably across processes (unlike hash()), about 100x faster
    # than hashing word by word in Python.
    hashed = RMinHash.hash_token_sets([list(words) for words in documents])
    return [_shingles(np.asarray(row, dtype=np.uint64), size) for row in hashed]


def _shingles(hashes: np.ndarray, size: int) -> np.ndarray:
    if len(hashes) == 0:
        return hashes
    width = min(size, len(hashes))
    count = len(hashes) - width + 1
    combined = hashes[:count].copy()
    with np.errstate(over="ignore"):  # wrap-around multiplication is the point
        for offset in range(1, width):
            combined = combined * _MIX + hashes[offset : offset + count]
    return np.unique(combined)


def signatures(shingles: Sequence[np.ndarray], params: DedupeParams) -> np.ndarray:
    """MinHash signatures, one row of ``num_perm`` uint32 values per document (rensa)."""
    from rensa import RMinHash

    if not shingles:
        return np.zeros((0, params.num_perm), dtype=np.uint32)
    lengths = np.array([max(len(s), 1) for s in shingles], dtype=np.uint64)
    flat = np.concatenate([s if len(s) else np.zeros(1, np.uint64) for s in shingles])
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.uint64)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(
        flat, offsets, num_perm=params.num_perm, seed=params.seed
    )
    return np.asarray(matrix.to_rows(), dtype=np.uint32)


def band_keys(sigs: np.ndarray, bands: int) -> np.ndarray:
    """Each signature's bands folded into one 64-bit key per band, as an (n, bands) array.

    Computed per partition; the keys of one band, from all partitions, make one task of the
    banding shuffle (``band_pairs``)."""
    n, num_perm = sigs.shape
    rows = num_perm // bands
    keys = np.zeros((n, bands), dtype=np.uint64)
    wide = sigs.astype(np.uint64)
    with np.errstate(over="ignore"):  # a band's rows folded into one 64-bit key
        for band in range(bands):
            for column in range(band * rows, (band + 1) * rows):
                keys[:, band] = keys[:, band] * _MIX + wide[:, column]
    return keys


def band_pairs(keys: np.ndarray) -> np.ndarray:
    """Pairs (i < j) of rows with the same key in one band, as an (m, 2) array."""
    n = len(keys)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, n])
    found = [np.zeros((0, 2), dtype=np.int64)]
    for start, size in zip(starts[sizes > 1], sizes[sizes > 1], strict=True):
        members = np.sort(order[start : start + size])
        left, right = np.triu_indices(len(members), k=1)
        found.append(np.stack([members[left], members[right]], axis=1))
    return np.concatenate(found)


def unique_pairs(found: Sequence[np.ndarray], n: int) -> np.ndarray:
    """The distinct pairs of several (m, 2) arrays of pairs i < j < n, sorted."""
    if not found or not sum(len(pairs) for pairs in found):
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    keys = np.unique(pairs[:, 0] * n + pairs[:, 1])  # 1-D keys: far faster than unique(axis=0)
    return np.stack([keys // n, keys % n], axis=1)


def candidate_pairs(sigs: np.ndarray, bands: int) -> np.ndarray:
    """Pairs (i < j) that share at least one whole band of their signatures, as an (m, 2) array."""
    if len(sigs) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    keys = band_keys(sigs, bands)
    return unique_pairs([band_pairs(keys[:, band]) for band in range(bands)], len(sigs))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if len(a) == 0 and len(b) == 0:
        return 1.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fingerprints:
    """What deduplication needs of each article, computed per partition: its shingle hashes,
    MinHash band keys and a hash of its exact word sequence."""

    articles: tuple[Article, ...]
    shingles: tuple[np.ndarray, ...]
    keys: np.ndarray  # (n, bands) uint64, see band_keys
    exact: tuple[str, ...]

    @staticmethod
    def concat(parts: Sequence[Fingerprints]) -> Fingerprints:
        """The fingerprints of several partitions, in order."""
        bands = parts[0].keys.shape[1] if parts else 0
        return Fingerprints(
            articles=tuple(a for part in parts for a in part.articles),
            shingles=tuple(s for part in parts for s in part.shingles),
            keys=np.concatenate([p.keys for p in parts]) if parts else np.zeros((0, bands)),
            exact=tuple(e for part in parts for e in part.exact),
        )


def document_words(document: Document) -> list[str]:
    """The words deduplication compares: the body's matching terms, in order."""
    return document.body_terms()


def fingerprint(
    articles: Sequence[Article], words: Sequence[Sequence[str]], params: DedupeParams
) -> Fingerprints:
    """Shingles, band keys and exact hashes of articles given each one's word sequence."""
    shingles = shingle_sets(words, params.shingle_size)
    return Fingerprints(
        articles=tuple(articles),
        shingles=tuple(shingles),
        keys=band_keys(signatures(shingles, params), params.bands),
        exact=tuple(content_id(" ".join(w)) for w in words),
    )


def find_duplicates(
    documents: Sequence[Document], params: DedupeParams | None = None
) -> DedupeResult:
    """Exact and near-duplicate groups among analysed articles (shingles of body terms)."""
    params = params or DedupeParams()
    words = [document_words(document) for document in documents]
    return duplicates_of_words([d.article for d in documents], words, params)


def duplicates_of_words(
    articles: Sequence[Article], words: Sequence[Sequence[str]], params: DedupeParams
) -> DedupeResult:
    """Duplicate groups of articles given each one's word sequence (terms or tokens)."""
    return duplicates_of_prints(fingerprint(articles, words, params), params)


def duplicates_of_prints(prints: Fingerprints, params: DedupeParams) -> DedupeResult:
    """Duplicate groups of fingerprinted articles: the pairs sharing a band, verified."""
    found = [band_pairs(prints.keys[:, band]) for band in range(params.bands)]
    return group_duplicates(prints, unique_pairs(found, len(prints.articles)), params)


def group_duplicates(prints: Fingerprints, pairs: np.ndarray, params: DedupeParams) -> DedupeResult:
    """Verify candidate pairs by exact Jaccard and join the verified ones into groups."""
    articles, shingles = prints.articles, prints.shingles
    parent = list(range(len(articles)))
    edges: list[tuple[int, float]] = []
    for i, j in pairs.tolist():
        score = jaccard(shingles[i], shingles[j])
        if score >= params.threshold:
            edges.append((i, score))
            root_i, root_j = find_root(parent, i), find_root(parent, j)
            parent[max(root_i, root_j)] = min(root_i, root_j)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(articles)):
        members[find_root(parent, index)].append(index)
    weakest: dict[int, float] = {}
    for i, score in edges:
        root = find_root(parent, i)
        weakest[root] = min(weakest.get(root, 1.0), score)
    groups = []
    for root, group in members.items():
        if len(group) < 2:
            continue
        exact = len({prints.exact[i] for i in group}) == 1
        chosen = [articles[i] for i in group]
        first = _earliest(chosen)
        groups.append(
            DuplicateGroup(
                kind="exact" if exact else "near",
                articles=tuple(a.id for a in chosen),
                text=first.title,
                first=first.id if first.published else None,
                similarity=1.0 if exact else round(weakest.get(root, 1.0), 3),
            )
        )
    return DedupeResult(groups=tuple(groups), candidate_pairs=len(pairs), verified_pairs=len(edges))


def _earliest(articles: Sequence[Article]) -> Article:
    """The first published article (aware datetimes compare in UTC); the first given if undated."""
    dated = [(a.published, n, a) for n, a in enumerate(articles) if a.published is not None]
    return min(dated)[2] if dated else articles[0]


def shared_passages(documents: Sequence[Document]) -> tuple[DuplicateGroup, ...]:
    """Sentences that several outlets carry with the same wording: wire copy.

    Two sentences of different outlets are the same passage when most of the shorter one's
    word 6-grams appear in the other (a lead-in or credit may differ). Each group lists the
    articles carrying the passage, its text as the first publisher wrote it, and that article.
    Copies within one outlet (the same article filed twice) are left to ``find_duplicates``.

    Bounded for wire copy filed thousands of times: identical sentences are compared once, and
    a sentence only with the next ``PASSAGE_POSTINGS`` distinct sentences sharing each 6-gram.
    """
    if len({document.article.source for document in documents}) < 2:
        return ()  # a passage is shared between outlets
    places: list[tuple[Document, int]] = []
    kinds: dict[tuple[str, ...], int] = {}  # distinct wording -> its number
    kind_of: list[int] = []
    for document in documents:
        for sentence in document.sentences:
            words = tuple(tokens(sentence.text))
            if len(words) >= MIN_SHARED_WORDS:
                kind_of.append(kinds.setdefault(words, len(kinds)))
                places.append((document, sentence.index))
    outlets: list[set[str]] = [set() for _ in kinds]
    members: list[list[int]] = [[] for _ in kinds]
    for number, kind in enumerate(kind_of):
        outlets[kind].add(places[number][0].article.source)
        members[kind].append(number)
    parent = list(range(len(places)))
    for kind in range(len(kinds)):
        if len(outlets[kind]) > 1:  # the same wording in two outlets: one passage
            _join(parent, members[kind], members[kind])
    size = PASSAGE_GRAM
    grams = [{" ".join(w[k : k + size]) for k in range(len(w) - size + 1)} for w in kinds]
    index: dict[str, list[int]] = defaultdict(list)
    for kind, kind_grams in enumerate(grams):
        for gram in kind_grams:
            index[gram].append(kind)
    for kind, kind_grams in enumerate(grams):
        shared: Counter[int] = Counter()
        for gram in kind_grams:
            postings = index[gram]
            start = bisect_right(postings, kind)
            shared.update(postings[start : start + PASSAGE_POSTINGS])
        for other, common in shared.items():
            smaller = min(len(kind_grams), len(grams[other]))
            # Sentences of one outlet only are not joined with each other.
            if common >= PASSAGE_SHARE * smaller and len(outlets[kind] | outlets[other]) > 1:
                _join(parent, members[kind], members[other])
    components: dict[int, list[int]] = defaultdict(list)
    for number in range(len(places)):
        components[find_root(parent, number)].append(number)
    return tuple(
        _passage([places[n] for n in group])
        for group in components.values()
        if len({places[n][0].article.source for n in group}) > 1
    )


def _join(parent: list[int], first: Sequence[int], second: Sequence[int]) -> None:
    """Put every item of ``first`` and ``second`` into one set (union-find, smallest root)."""
    root = find_root(parent, first[0])
    for item in (*first, *second):
        other = find_root(parent, item)
        if other != root:
            parent[max(root, other)] = min(root, other)
            root = min(root, other)


def _passage(places: Sequence[tuple[Document, int]]) -> DuplicateGroup:
    articles = [document.article for document, _ in places]
    first = _earliest(articles)
    text = next(d.sentences[i].text for d, i in places if d.article.id == first.id)
    return DuplicateGroup(
        kind="shared-text",
        articles=tuple(dict.fromkeys(a.id for a in articles)),
        text=text,
        first=first.id if first.published else None,
    )
