"""Timeline: dated events of a story, merged across the outlets that report them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from marsad.model import Certainty, SourceRef, TimelineEvent

# Two sentences dated the same day tell one event when this share of the smaller one's
# matching terms (stems and entity names) is in the other (overlap coefficient).
MERGE_OVERLAP = 0.25
_RANK: dict[str, int] = {"stated": 0, "resolved": 1, "inferred": 2, "low": 3, "unknown": 4}
# An event's text is chosen among its first this many sentences (story order), compared with
# each other: wire copy carried by 500 articles made one event of 15,000 sentences, and
# comparing all pairs took 257 s (the examples' events hold a few, unchanged by the cap).
EVENT_CANDIDATES = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class DatedSentence:
    """A sentence with one resolved date: the raw material of a timeline event."""

    day: date
    certainty: Certainty
    text: str
    ref: SourceRef
    terms: frozenset[str]
    explicit: bool = False  # the day was written out ("السادس من يناير"), not "الخميس"/"أمس"


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _same_event(a: DatedSentence, b: DatedSentence) -> bool:
    # Outlets that write a story's day out in full ("في السادس من يناير") refer to its key
    # event on that day; weekday and relative mentions must also share words.
    if a.explicit and b.explicit and a.ref.article != b.ref.article:
        return True
    return _overlap(a.terms, b.terms) >= MERGE_OVERLAP


def _clusters(items: Sequence[DatedSentence]) -> list[list[DatedSentence]]:
    """Single-link groups of same-day sentences that tell the same event."""
    clusters: list[list[DatedSentence]] = []
    for item in items:
        joined = [c for c in clusters if any(_same_event(item, other) for other in c)]
        merged = [item]
        for cluster in joined:
            merged += cluster
            clusters.remove(cluster)
        clusters.append(merged)
    return clusters


def _event(cluster: list[DatedSentence]) -> TimelineEvent:
    # The text shown is the statement carried by most terms in common: the most central one.
    candidates = cluster[:EVENT_CANDIDATES]
    best = max(
        candidates,
        key=lambda s: (sum(_overlap(s.terms, o.terms) for o in candidates), -len(s.text)),
    )
    certainty = min((s.certainty for s in cluster), key=lambda c: _RANK[c])
    sources = tuple(dict.fromkeys(s.ref.article for s in cluster))
    return TimelineEvent(
        date=best.day.isoformat(),
        certainty=certainty,
        text=best.text,
        sources=sources,
        refs=tuple(dict.fromkeys(s.ref for s in cluster)),
    )


def build_timeline(sentences: Sequence[DatedSentence]) -> tuple[TimelineEvent, ...]:
    """Events in date order (most widely reported first within a day), one per merged group."""
    by_day: dict[date, list[DatedSentence]] = {}
    seen: set[tuple[date, str, int]] = set()
    for item in sentences:
        key = (item.day, item.ref.article, item.ref.sentence)
        if key not in seen:  # a sentence with two mentions of the same day is one event
            seen.add(key)
            by_day.setdefault(item.day, []).append(item)
    events = []
    for day in sorted(by_day):
        clustered = [_event(c) for c in _clusters(by_day[day])]
        events += sorted(clustered, key=lambda e: -len(e.sources))
    return tuple(events)
