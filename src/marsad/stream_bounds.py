"""Upper bounds of a batch's articles' similarities with the stories as they stood when the
batch began, from one sparse matrix product (``StreamingClusterer.add_many``): a candidate
story whose bound is below every threshold cannot change the clusterer's decision, so its
exact score (``stream._dot``, summed in a fixed order) need not be computed.

A story the batch starts with one of its articles is bounded by that article's products with
the batch (``started``). A story an article of the batch joined or merged is no longer bounded
(it is not the same object with the same members): it is scored exactly.

The stories' summed vectors are read into arrays once and kept (``Tables``) until the story
changes, so the next batch's product reads again only the stories changed since.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain, count, filterfalse, islice, repeat
from typing import Protocol

import numpy as np
from scipy.sparse import csr_matrix

Vector = dict[str, float]


class StoryState(Protocol):
    """What the bounds read of a story (stream.StoryState): its id, summed vectors, members."""

    id: str
    total: Vector
    articles: list[str]


# Relative slack for the product's other order of summation: with terms of one sign, the two
# sums differ by at most about n * 2**-53 of either (n the terms summed, a few thousand).
SLACK = 1e-9
# Stories whose arrays ``Tables`` keeps (a few live batches' candidates); past it, only the
# last product's are kept.
KEPT_STORIES = 5_000
# Terms numbered before ``Tables`` starts again (the numbers of stories it no longer keeps).
KEPT_TERMS = 500_000
_NONE = np.zeros(0, dtype=np.int64)
# A kept story: itself, its size then, its terms' numbers and its summed weights.
_Entry = tuple["StoryState", int, np.ndarray, np.ndarray]


class Bounds:
    """``below(row, story, bar)``: whether the ``row``-th vector's average dot product with
    ``story``'s members is surely below ``bar`` (an upper bound of ``StoryState.mean_dot``
    for an outlet weight of at most 1, and of ``link`` for a story of that one article)."""

    def __init__(
        self,
        vectors: Sequence[Vector],
        stories: Iterable[StoryState],
        tables: Tables | None = None,
    ) -> None:
        # Numbered in order of first appearance (dict.fromkeys keeps it), without a Python loop.
        terms = dict.fromkeys(chain.from_iterable(vectors))
        columns = dict(zip(terms, range(len(terms)), strict=True))
        # A story's id -> the table of its products at the start (None: started by the
        # batch), its column there, itself, its size then and the rows that joined it since.
        self._stories: dict[str, tuple[np.ndarray | None, int, StoryState, int, list[int]]]
        self._stories = {}
        known = list(stories)
        rows = _matrix(vectors, columns)
        totals = (tables or Tables()).totals(known, columns)
        # A negative weight would break the bound (never: TF-IDF weights are positive).
        self._on = not _negative(rows.data) and not _negative(totals.data)
        if not self._on:
            return
        self._pairs: np.ndarray = (rows @ rows.T).toarray() * (1.0 + SLACK)
        if not known:
            return
        table = (rows @ totals.T).toarray() * (1.0 + SLACK)
        for column, story in enumerate(known):
            self._stories[story.id] = (table, column, story, len(story.articles), [])

    def started(self, story: StoryState, row: int) -> None:
        """Note that the ``row``-th vector starts ``story`` (before it joins it)."""
        if self._on:
            self._stories[story.id] = (None, 0, story, 0, [row])

    def joined(self, story: StoryState, row: int) -> None:
        """Note that the ``row``-th vector joined ``story`` (a story started by it, too)."""
        entry = self._stories.get(story.id)
        if entry is None or entry[2] is not story:
            return
        if entry[3] + len(entry[4]) == len(story.articles) - 1:
            entry[4].append(row)

    def below(self, row: int, story: StoryState, bar: float) -> bool:
        """Whether the row's score with ``story`` is surely below ``bar`` (False when the
        story is not bounded: merged since the bounds were made, or unknown to them)."""
        entry = self._stories.get(story.id)
        if entry is None:
            return False
        table, column, known, size, rows = entry
        if known is not story or size + len(rows) != len(story.articles):
            return False
        dot = table[row, column] if table is not None else 0.0
        if rows:  # (0 + the table's product is that product: no sum when none joined)
            pairs = self._pairs[row]
            dot = sum(pairs[joined] for joined in rows) + dot
        return bool(dot / len(story.articles) < bar)


class Tables:
    """Stories' summed vectors as arrays of term numbers and weights over one vocabulary, kept
    from one product to the next (up to KEPT_STORIES stories): a story is read again only
    when it changed (another object, or more members: its total changes with nothing else),
    which a live batch does to a few hundred of the thousands it reads."""

    def __init__(self) -> None:
        self._vocabulary: dict[str, int] = {}
        self._kept: dict[str, _Entry] = {}
        self._dense = np.zeros(0)  # one story's weights by term number (link_bounds), else 0

    def totals(self, stories: Sequence[StoryState], columns: dict[str, int]) -> csr_matrix:
        """The stories' summed vectors as rows over ``columns`` (other terms dropped, as
        ``_matrix`` does)."""
        if len(self._vocabulary) > KEPT_TERMS:
            self._vocabulary, self._kept = {}, {}
        vocabulary = self._vocabulary
        previous = self._kept
        kept = previous if len(previous) <= KEPT_STORIES else {}
        terms: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for story in stories:
            entry = self._read(story, previous.get(story.id))
            kept[story.id] = entry
            terms.append(entry[2])
            weights.append(entry[3])
        self._kept = kept
        lookup = np.full(len(vocabulary) + 1, -1, dtype=np.int64)  # never empty
        for term, column in columns.items():
            number = vocabulary.get(term)
            if number is not None:
                lookup[number] = column
        where = lookup[np.concatenate(terms)] if terms else np.zeros(0, dtype=np.int64)
        values = np.concatenate(weights) if weights else np.zeros(0)
        found = where >= 0
        ends = np.cumsum([len(part) for part in terms], dtype=np.int64)
        counted = np.concatenate([[0], np.cumsum(found, dtype=np.int64)])
        indptr = np.concatenate([[0], counted[ends]]).astype(np.int64)
        return csr_matrix((values[found], where[found], indptr), shape=(len(stories), len(columns)))

    def _read(self, story: StoryState, entry: _Entry | None) -> _Entry:
        """The story's kept entry, or its arrays read again when it changed (another object,
        or more members: its total changes with nothing else)."""
        if entry is not None and entry[0] is story and entry[1] == len(story.articles):
            return entry
        total = story.total
        # A story's total only gains terms, at the end of its dict (it never loses one): a
        # kept story's terms are numbered already, only the new ones are not.
        kept_one = entry is not None and entry[0] is story and len(entry[2]) <= len(total)
        known = entry[2] if entry is not None and kept_one else _NONE
        vocabulary = self._vocabulary
        new = list(islice(total, len(known), None))
        # Each term not numbered yet gets the next number, in order (the loops in C).
        vocabulary.update(zip(filterfalse(vocabulary.__contains__, new), count(len(vocabulary))))
        numbers = np.fromiter(map(vocabulary.__getitem__, new), dtype=np.int64, count=len(new))
        return (
            story,
            len(story.articles),
            np.concatenate([known, numbers]),
            np.fromiter(total.values(), dtype=float, count=len(total)),
        )

    def link_bounds(self, story: StoryState, others: Sequence[StoryState]) -> np.ndarray | None:
        """Upper bounds of the dot products of ``story``'s summed vector with each of
        ``others``' (``StoryState.link`` times both sizes, for an outlet weight of at most 1),
        from their arrays, read again where they changed; None if a weight is negative."""
        kept = self._kept
        own = kept[story.id] = self._read(story, kept.get(story.id))
        entries = []
        for other in others:
            entry = kept[other.id] = self._read(other, kept.get(other.id))
            entries.append(entry)
        terms = np.concatenate([entry[2] for entry in entries])
        weights = np.concatenate([entry[3] for entry in entries])
        if _negative(weights) or _negative(own[3]):
            return None
        if len(self._dense) < len(self._vocabulary):
            self._dense = np.zeros(2 * len(self._vocabulary))
        dense = self._dense
        dense[own[2]] = own[3]
        # A story's products summed in one bin each, in order (no cancelling differences).
        where = np.repeat(np.arange(len(entries)), [len(entry[2]) for entry in entries])
        sums = np.bincount(where, weights=dense[terms] * weights, minlength=len(entries))
        dense[own[2]] = 0.0
        return sums * (1.0 + SLACK)


def _negative(weights: np.ndarray) -> bool:
    """Whether some weight is negative (a bound of a sum of products needs none)."""
    return bool(weights.size and weights.min() < 0)


def _matrix(vectors: Sequence[Vector], columns: dict[str, int]) -> csr_matrix:
    """The vectors as rows over ``columns`` (terms outside them dropped: they add nothing to
    a product with vectors that have only these terms)."""
    indptr = [0]
    indices: list[np.ndarray] = []
    data: list[np.ndarray] = []
    for vector in vectors:
        where = np.fromiter(map(columns.get, vector, repeat(-1)), dtype=np.int64, count=len(vector))
        values = np.fromiter(vector.values(), dtype=float, count=len(vector))
        kept = where >= 0
        indices.append(where[kept])
        data.append(values[kept])
        indptr.append(indptr[-1] + int(kept.sum()))
    return csr_matrix(
        (
            np.concatenate(data) if data else np.zeros(0),
            np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
            np.array(indptr, dtype=np.int64),
        ),
        shape=(len(vectors), len(columns)),
    )
