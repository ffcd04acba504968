"""The missed conflicts and updates of the blind gold by the stage that lost them, counts only
(``marsad eval facts --split … --why``): a stage's count tells the next round where recall is
lost without reading the items, so the split nobody tunes on (March) can be diagnosed too."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# The pipeline's order: a figure read, its counted thing, kept for pairing, placed in one event
# with the other side, then judged together.
STAGES = (
    "1 a figure not read",
    "2 read as another counted thing",
    "3 left out before pairing",
    "4 placed in two events",
    "5 compared, judged otherwise",
)
# ``pair_fates`` reasons: a side left out before pairing, or the two sides judged apart.
_APART = frozenset({"past event: judged apart", "no event match"})


@dataclass(frozen=True, slots=True, kw_only=True)
class LostPair:
    """One missed gold conflict or update: its label, the stage that lost it and why, and the
    articles of its two sides (to tell whether a digest puts them in one story)."""

    label: str
    stage: str
    detail: str
    articles: tuple[str, str]


def stage_of(lost: str, where: str | None = None, sides: Sequence[str] = ()) -> tuple[str, str]:
    """The stage and detail of a missed pair from the scorer's ``lost`` (``facts_blind._lost``),
    the pairing's ``where`` (``pair_fates.story_fates``) and the unread ``sides``."""
    if lost == "a figure not read":
        if len(sides) == 2 and sides[0] == sides[1]:
            return STAGES[0], f"{sides[0]} (both sides)"
        return STAGES[0], ", ".join(sorted(sides)) or "no claim"
    if lost == "read as another counted thing":
        return STAGES[1], "another counted thing"
    if lost != "judged none":
        return STAGES[4], lost  # "judged scope", "judged conflict" ...: another kind
    if where is None or where == "judged none":
        return STAGES[4], "judged none"
    if where in _APART:
        return STAGES[3], where
    if where == "not read":
        return STAGES[0], "no claim"
    return STAGES[2], where


def digest_stories(path: Path) -> dict[str, str]:
    """The story id of each article of a ``marsad digest --format json`` output."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        article["id"]: story["id"] for story in data["stories"] for article in story["articles"]
    }


def story_split(pairs: Iterable[LostPair], stories: Mapping[str, str]) -> dict[str, int]:
    """How many missed pairs a digest keeps in one story, splits into two or leaves out."""
    counts = {"in one story": 0, "in two stories": 0, "an article not in the digest": 0}
    for pair in pairs:
        ids = [stories.get(article) for article in pair.articles]
        key = (
            "an article not in the digest"
            if None in ids
            else ("in one story" if ids[0] == ids[1] else "in two stories")
        )
        counts[key] += 1
    return counts


def why_table(pairs: Iterable[LostPair]) -> list[tuple[str, str, int, int]]:
    """(stage, detail, conflicts, updates) of the missed pairs, in stage order then by count."""
    counts: dict[tuple[str, str], list[int]] = {}
    for pair in pairs:
        row = counts.setdefault((pair.stage, pair.detail), [0, 0])
        row[pair.label == "update"] += 1
    return sorted(
        ((stage, detail, c, u) for (stage, detail), (c, u) in counts.items()),
        key=lambda row: (row[0], -(row[2] + row[3]), row[1]),
    )
