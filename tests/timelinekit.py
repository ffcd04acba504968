"""Helper of the engineer-labelled timeline samples: each row's story's timeline, made once per
story from its articles as a digest cleans and reads them (ANT 2018)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.clean import clean_articles
from marsad.eval.facts import ant_articles
from marsad.facts import extract_story_facts
from marsad.lang import analyse
from marsad.model import Document, TimelineEvent


def sample_timelines(
    ant: Path, sample: Path
) -> tuple[list[dict[str, Any]], dict[str, Document], dict[str, tuple[TimelineEvent, ...]]]:
    """The ``sample`` file's rows, their stories' documents by article id, and each story's
    timeline by story id."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    wanted = {a for row in rows for a in row["story_articles"]}
    documents = {
        item.article.id: analyse(item) for item in clean_articles(ant_articles(ant, wanted))
    }
    timelines: dict[str, tuple[TimelineEvent, ...]] = {}
    for row in rows:
        if row["story"] not in timelines:
            docs = [documents[a] for a in row["story_articles"] if a in documents]
            timelines[row["story"]] = extract_story_facts(docs).timeline
    return rows, documents, timelines
