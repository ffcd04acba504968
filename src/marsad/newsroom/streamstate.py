"""The streaming clusterer's memory in the store, row by row (migration 8): a row per story, per
term (document frequency and postings) and per merge, written in the same transaction as the
batch that changed them, so that a batch's save is proportional to the batch, not the store.

The clusterer's frequencies and index are replaced by subclasses that note which terms change;
the stories a batch changed are the ones its articles joined (their survivors after merges).
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import repeat
from operator import add
from typing import Any

import orjson

from marsad.cluster import ClusterParams
from marsad.store.writer import StreamRows
from marsad.stream import MAX_STORIES_PER_TERM, STREAM_PARAMS, StoryState, StreamingClusterer


class _Frequencies(Counter[str]):
    """Document frequencies that note the terms changed since the last save."""

    def __init__(self, counts: dict[str, int] | None = None) -> None:
        self.changed: set[str] = set()
        dict.__init__(self, counts or {})  # as they are (``update`` counts each term once)

    def __setitem__(self, term: str, count: int) -> None:
        self.changed.add(term)
        super().__setitem__(term, count)

    def update(self, terms: AbstractSet[str], /) -> None:  # type: ignore[override]
        """Count each of ``terms`` once more (the clusterer's documents), noting them: written
        with dict's own update, not a Python ``__setitem__`` call per term."""
        self.changed.update(terms)
        counts = map(add, map(self.get, terms, repeat(0)), repeat(1))
        dict.update(self, zip(terms, counts, strict=True))


class _Postings(defaultdict[str, list[str]]):
    """Term -> story ids, noting the terms whose list was handed out to be appended to."""

    def __init__(self, postings: dict[str, list[str]] | None = None) -> None:
        super().__init__(list, postings or {})
        self.changed: set[str] = set()

    def __getitem__(self, term: str) -> list[str]:
        self.changed.add(term)
        return super().__getitem__(term)


def new_stream(params: ClusterParams = STREAM_PARAMS) -> StreamingClusterer:
    """An empty clusterer whose changes ``changed_rows`` can find."""
    return StreamingClusterer(params=params, document_frequency=_Frequencies(), index=_Postings())


def changed_rows(
    stream: StreamingClusterer, version: int, touched: Iterable[str], merged: Iterable[str]
) -> StreamRows:
    """What a batch changed, as rows of ``version``: the stories its articles joined
    (``touched``, resolved here), the terms whose frequency or postings changed, and the
    stories ``merged`` away; the clusterer's notes are cleared."""
    frequencies, postings = _tracked(stream)
    stories = dict.fromkeys(stream.resolve(story_id) for story_id in touched)
    counted = frequencies.changed - postings.changed  # their postings are as saved
    rows = StreamRows(
        version=version,
        meta=_meta(stream),
        stories=[(s, _pack(_fields(stream.stories[s]))) for s in stories if s in stream.stories],
        terms=[_term_row(stream, term) for term in sorted(postings.changed)],
        counts=[(term, frequencies[term]) for term in sorted(counted)],
        redirects=[(old, stream.redirects[old]) for old in merged],
    )
    frequencies.changed.clear()
    postings.changed.clear()
    return rows


def dump_stream(stream: StreamingClusterer, version: int = 1) -> StreamRows:
    """The whole state as rows (what a store holds after all its batches)."""
    return StreamRows(
        version=version,
        meta=_meta(stream),
        stories=[(s, _pack(_fields(story))) for s, story in stream.stories.items()],
        terms=[_term_row(stream, term) for term in stream.document_frequency],
        redirects=list(stream.redirects.items()),
    )


def load_stream(
    rows: StreamRows | None, params: ClusterParams = STREAM_PARAMS
) -> StreamingClusterer:
    """A clusterer restored from all its rows (a new one for ``None`` or an empty store), with
    the thresholds of ``params``."""
    stream = new_stream(params)
    if rows is not None:
        catch_up(stream, rows)
    return stream


def catch_up(stream: StreamingClusterer, rows: StreamRows) -> None:
    """Apply rows that other batches wrote (all rows, on an empty clusterer, load it)."""
    frequencies, postings = _tracked(stream)
    for old, new in rows.redirects:
        stream.redirects[old] = new
        stream.stories.pop(old, None)
    for story_id, blob in rows.stories:
        stream.stories[story_id] = _story(story_id, _unpack(blob))
    for term, count, listed in rows.terms:
        frequencies[term] = count
        if listed != "[]":
            postings[term] = orjson.loads(listed)
    for term, count in rows.counts:
        frequencies[term] = count
    if rows.meta:
        meta = _unpack(rows.meta)
        stream.documents_seen = int(meta["seen"])
        stream.outlets = set(meta["outlets"])
    frequencies.changed.clear()
    postings.changed.clear()
    stream.forget_days()


def _tracked(stream: StreamingClusterer) -> tuple[_Frequencies, _Postings]:
    """The clusterer's frequencies and index as the noting kinds (wrapped once if not)."""
    if not isinstance(stream.document_frequency, _Frequencies):
        stream.document_frequency = _Frequencies(dict(stream.document_frequency))
    if not isinstance(stream.index, _Postings):
        stream.index = _Postings(dict(stream.index))
    return stream.document_frequency, stream.index


def _term_row(stream: StreamingClusterer, term: str) -> tuple[str, int, str]:
    # Candidates are looked up among the latest stories of a term only: older ones are not kept.
    listed = stream.index.get(term, [])[-MAX_STORIES_PER_TERM:]
    return term, stream.document_frequency[term], orjson.dumps(listed).decode()


def _meta(stream: StreamingClusterer) -> bytes:
    return _pack({"seen": stream.documents_seen, "outlets": sorted(stream.outlets)})


def _fields(story: StoryState) -> list[Any]:
    return [
        None if story.by_outlet else story.total,  # the sum of the outlets' sums
        story.articles,
        story.first,
        story.last,
        story.storyline,
        story.by_outlet,
        story.parts,  # the members' own vectors (the later-report discount)
    ]


def _story(story_id: str, fields: list[Any]) -> StoryState:
    return StoryState(
        id=story_id,
        total=fields[0] if fields[0] is not None else _summed(fields[5]),
        articles=fields[1],
        first=fields[2],
        last=fields[3],
        storyline=fields[4] if len(fields) > 4 else "",  # states saved before storylines
        by_outlet=fields[5] if len(fields) > 5 else {},  # and before outlet sums
        parts=[(day, outlet, vector) for day, outlet, vector in _parts(fields)],
    )


def _parts(fields: list[Any]) -> list[Any]:
    """A story's saved member vectors; none in states saved before the later-report discount
    (those members count undiscounted)."""
    return fields[6] if len(fields) > 6 else []


def _pack(value: object) -> bytes:
    # orjson: a tenth of the standard encoder's time on these blobs, the largest single cost of
    # a bulk ingest (docs/benchmarks.md); states written by json.dumps read back the same.
    return zlib.compress(orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS), 1)


def _unpack(blob: bytes) -> Any:
    return orjson.loads(zlib.decompress(blob))


def _summed(by_outlet: dict[str, dict[str, float]]) -> dict[str, float]:
    """A story's summed vector, from its per-outlet sums (not stored twice)."""
    total: dict[str, float] = {}
    for vector in by_outlet.values():
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    return total
