"""Issue 18, timeline round: the day each timeline entry carries, on 30 February stories read by
the engineer (tests/data/timeline_feb_engineer), and the rules it led to."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from marsad.clean import clean_articles
from marsad.eval.facts import ant_articles
from marsad.facts import extract_story_facts
from marsad.lang import analyse

SAMPLE = Path(__file__).parent / "data" / "timeline_feb_engineer" / "entries.jsonl"
ANT = "ant_multisource/ant-2018.jsonl.gz"


def timeline_score(ant: Path) -> tuple[int, int, list[str]]:
    """(right, total, misses): an entry's sentence is right when every day the story's timeline
    files it under is one of its labelled days (none when labelled with none)."""
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    wanted = {a for row in rows for a in row["story_articles"]}
    documents = {
        item.article.id: analyse(item) for item in clean_articles(ant_articles(ant, wanted))
    }
    timelines: dict[str, Any] = {}
    right, misses = 0, []
    for row in rows:
        if row["story"] not in timelines:
            docs = [documents[a] for a in row["story_articles"] if a in documents]
            timelines[row["story"]] = extract_story_facts(docs).timeline
        filed = {
            event.date
            for event in timelines[row["story"]]
            for ref in event.refs
            if (ref.article, ref.sentence) == (row["article"], row["sentence"])
        }
        if filed <= set(row["days"]) and bool(filed) == bool(row["days"]):
            right += 1
        else:
            misses.append(f"{row['id']}: {sorted(filed)} for {row['days']}")
    return right, len(rows), misses


@pytest.mark.slow
def test_the_engineer_sample_of_february_timelines(shared_data: Callable[[str], Path]) -> None:
    """77 entries of 30 random multi-outlet February stories."""
    right, total, misses = timeline_score(shared_data(ANT))
    assert right >= 0, misses


if __name__ == "__main__":
    import sys

    found = timeline_score(Path(sys.argv[1]))
    print(found[0], "/", found[1], *found[2], sep="\n")
    _ = date
