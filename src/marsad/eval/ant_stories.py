"""Automatic multi-document checks on many ANT stories of held-out days (April–October 2018).

No annotation: stories are found by marsad's own clustering on each day's articles; those told
by at least three outlets are kept. Units are the groups of sentences that marsad's attribution
links across outlets (``pyramid.automatic_units``), so the figures measure how much of what
several outlets state a summary covers, with marsad's own notion of "states".
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.eval.pyramid import (
    ANT_FILE,
    ant_article,
    automatic_units,
    documents_of,
    pyramid,
    redundancy,
    summarize_by,
)
from marsad.model import Article, Document
from marsad.settings import Settings
from marsad.summarize import StoryText

# The 10th of each held-out month: never used to tune anything (DESIGN.md).
HELD_OUT_DAYS = tuple(f"2018-{month:02d}-10" for month in range(4, 11))
MIN_OUTLETS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class AutoScore:
    """Mean automatic scores of one summarizer over the stories."""

    system: str
    stories: int
    auto_pyramid: float
    auto_redundancy: float
    multi_source: float  # share of summary sentences listed with two or more outlets


def read_days(data: Path, days: Sequence[str]) -> dict[str, list[Article]]:
    """Articles with a body published on each day (by the outlet's own date), first of each id."""
    found: dict[str, list[Article]] = {day: [] for day in days}
    seen: set[str] = set()
    with gzip.open(data / ANT_FILE, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            day = (record.get("published") or "")[:10]
            if day in found and record["id"] not in seen and record["text"].strip():
                seen.add(record["id"])
                found[day].append(ant_article(record))
    return found


def multi_outlet_stories(
    data: Path, days: Sequence[str] = HELD_OUT_DAYS
) -> list[tuple[Document, ...]]:
    """Stories of the given days that at least three outlets tell, as analysed documents."""
    from marsad.pipeline import digest

    stories = []
    for articles in read_days(data, days).values():
        if not articles:
            continue
        by_id = {article.id: article for article in articles}
        for story in digest(articles, summarizer="lead").stories:
            if len({article.source for article in story.articles}) >= MIN_OUTLETS:
                stories.append(documents_of([by_id[a.id] for a in story.articles]))
    return stories


def evaluate_auto(
    data: Path, systems: Sequence[str], settings: Settings | None = None
) -> list[AutoScore]:
    """Automatic pyramid, redundancy and multi-outlet share of each summarizer's summaries."""
    settings = settings or Settings()
    stories = multi_outlet_stories(data)
    units = [
        automatic_units(StoryText.build(docs, attribution_threshold=settings.attribution_threshold))
        for docs in stories
    ]
    results = []
    for name in systems:
        pyramids, repeats, shares = [], [], []
        for documents, story_units in zip(stories, units, strict=True):
            summary = summarize_by(name, documents, settings)
            pyramids.append(pyramid(summary, story_units))
            repeats.append(redundancy(summary, story_units))
            outlet = {d.id: d.article.source for d in documents}
            multi = sum(len({outlet[a] for a in s.sources}) > 1 for s in summary)
            shares.append(multi / max(len(summary), 1))
        n = max(len(stories), 1)
        results.append(
            AutoScore(
                system=name,
                stories=len(stories),
                auto_pyramid=sum(pyramids) / n,
                auto_redundancy=sum(repeats) / n,
                multi_source=sum(shares) / n,
            )
        )
    return results
