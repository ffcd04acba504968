"""The streaming clusterer's memory, saved as compressed JSON in the same transaction as ingest."""

from __future__ import annotations

import json
import zlib
from collections import Counter, defaultdict
from typing import Any

from marsad.cluster import ClusterParams
from marsad.stream import STREAM_PARAMS, StoryState, StreamingClusterer


def dump_stream(stream: StreamingClusterer) -> bytes:
    """Everything the clusterer needs to go on where it stopped, as zlib-compressed JSON."""
    data: dict[str, Any] = {
        "stories": {
            story_id: [
                None if story.by_outlet else story.total,  # the sum of the outlets' sums
                story.articles,
                story.first,
                story.last,
                story.storyline,
                story.by_outlet,
            ]
            for story_id, story in stream.stories.items()
        },
        "outlets": sorted(stream.outlets),
        "redirects": stream.redirects,
        "df": dict(stream.document_frequency),
        "seen": stream.documents_seen,
        "index": dict(stream.index),
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 1)


def load_stream(blob: bytes | None, params: ClusterParams = STREAM_PARAMS) -> StreamingClusterer:
    """A clusterer restored from ``dump_stream`` output (a new one for ``None``), with the
    thresholds of ``params``."""
    if blob is None:
        return StreamingClusterer(params=params)
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    stories = {
        story_id: StoryState(
            id=story_id,
            total=fields[0] if fields[0] is not None else _summed(fields[5]),
            articles=fields[1],
            first=fields[2],
            last=fields[3],
            storyline=fields[4] if len(fields) > 4 else "",  # states saved before storylines
            by_outlet=fields[5] if len(fields) > 5 else {},  # and before outlet sums
        )
        for story_id, fields in data["stories"].items()
    }
    return StreamingClusterer(
        params=params,
        stories=stories,
        redirects=dict(data["redirects"]),
        document_frequency=Counter(data["df"]),
        documents_seen=int(data["seen"]),
        index=defaultdict(list, data["index"]),
        outlets=set(data.get("outlets", ())),
    )


def _summed(by_outlet: dict[str, dict[str, float]]) -> dict[str, float]:
    """A story's summed vector, from its per-outlet sums (not stored twice)."""
    total: dict[str, float] = {}
    for vector in by_outlet.values():
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    return total
