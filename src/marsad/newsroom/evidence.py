"""Cleaning evidence for a batch: its articles compared with the store's recent ones."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.clean import Evidence, Marks, corpus_evidence, marks_of
from marsad.model import Article
from marsad.store.writer import BatchWriter

# Cleaning marks of stored and incoming articles kept between batches (about 2 KB each); cleared
# when over this.
MARKS_CACHE = 20_000


def batch_evidence(
    writer: BatchWriter, articles: Sequence[Article], marks: dict[str, Marks], context: int
) -> Evidence:
    """Evidence for these articles, compared also with up to ``context`` most recently ingested
    articles of each of their outlets: a teaser of an article stored in an earlier batch is found
    as it would be in one digest of both. ``marks`` caches marks between batches."""
    given = {article.id for article in articles}
    recent: list[str] = []
    for source in sorted({article.source for article in articles}):
        recent.extend(i for i in writer.recent_ids(source, context) if i not in given)
    if len(marks) + len(recent) + len(articles) > MARKS_CACHE:
        marks.clear()
    for article in articles:
        if article.id not in marks:
            marks[article.id] = marks_of(article)
    for article in writer.articles([i for i in recent if i not in marks]):
        marks[article.id] = marks_of(article)
    return corpus_evidence(
        [*(marks[article.id] for article in articles), *(marks[i] for i in recent if i in marks)]
    )
