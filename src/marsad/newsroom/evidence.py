"""Cleaning evidence for a batch: its articles compared with the store's recent ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.clean import Evidence, Marks, corpus_evidence, marks_of
from marsad.model import Article
from marsad.pipeline import mark_articles
from marsad.store.writer import BatchWriter

if TYPE_CHECKING:
    from marsad.engine.pool import ProcessEngine

# Cleaning marks of stored and incoming articles kept between batches (about 2 KB each); cleared
# when over this.
MARKS_CACHE = 20_000
# Articles per pool task when marks are made on the pool.
TASK_ARTICLES = 100


def batch_evidence(
    writer: BatchWriter,
    articles: Sequence[Article],
    marks: dict[str, Marks],
    context: int,
    engine: ProcessEngine | None = None,
) -> Evidence:
    """Evidence for these articles, compared also with up to ``context`` most recently ingested
    articles of each of their outlets: a teaser of an article stored in an earlier batch is found
    as it would be in one digest of both. ``marks`` caches marks between batches; those not
    cached are made on ``engine`` when given (the same ``marks_of``, as the digest's pool)."""
    given = {article.id for article in articles}
    recent: list[str] = []
    for source in sorted({article.source for article in articles}):
        recent.extend(i for i in writer.recent_ids(source, context) if i not in given)
    if len(marks) + len(recent) + len(articles) > MARKS_CACHE:
        marks.clear()
    unmarked = [article for article in articles if article.id not in marks]
    unmarked += writer.articles([i for i in recent if i not in marks])
    made = _marks(unmarked, engine)
    marks.update(zip([article.id for article in unmarked], made, strict=True))
    return corpus_evidence(
        [*(marks[article.id] for article in articles), *(marks[i] for i in recent if i in marks)]
    )


def _marks(articles: list[Article], engine: ProcessEngine | None) -> list[Marks]:
    """Each article's marks, in order: on ``engine`` in tasks of TASK_ARTICLES, else here."""
    if engine is None or len(articles) < 2:
        return [marks_of(article) for article in articles]
    tasks = [articles[n : n + TASK_ARTICLES] for n in range(0, len(articles), TASK_ARTICLES)]
    return [made for part in engine.ordered(mark_articles, tasks) for made in part]
