"""Helpers of the weekday tests: the day marsad gives each date expression, and the score of an
engineer-labelled February sample of weekdays (ANT 2018)."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from marsad.clean import clean_articles
from marsad.eval.facts import ant_articles
from marsad.facts.dates import date_mentions, resolve
from marsad.lang import analyse

ANT = "ant_multisource/ant-2018.jsonl.gz"


def weekday_score(ant: Path, sample: Path) -> tuple[int, int, list[str]]:
    """(right, total, misses) of the ``sample`` file's rows: a weekday is right when marsad
    gives one of its labelled days (none when labelled with none). Each row's sentence is
    checked by the SHA-256 prefix it carries."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    articles = ant_articles(ant, {row["article"] for row in rows})
    documents = {item.article.id: analyse(item) for item in clean_articles(articles)}
    right, misses = 0, []
    for row in rows:
        document = documents[row["article"]]
        sentence = document.sentences[row["sentence"]]
        digest = hashlib.sha256(sentence.text.encode()).hexdigest()
        assert digest.startswith(row["sha256"]), row["id"]
        published = document.article.published
        assert published is not None
        found = [m for m in date_mentions(sentence.text) if m.start == row["start"]]
        day = resolve(found[0], published.date(), "stated")[0] if found else None
        given = [day.isoformat()] if day is not None else []
        if given == row["days"] or (given and given[0] in row["days"]):
            right += 1
        else:
            misses.append(f"{row['id']}: {given} for {row['days']}")
    return right, len(rows), misses


def day_of(text: str, published: date) -> list[date | None]:
    """The day of each date expression of ``text`` published on ``published``."""
    return [resolve(m, published, "stated")[0] for m in date_mentions(text)]
