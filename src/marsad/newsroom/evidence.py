"""Cleaning evidence for a batch: its articles compared with the store's recent ones."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
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
    recent = recent_of(writer, articles, context)
    return Marking(writer, articles, recent, marks, engine).evidence()


def recent_of(writer: BatchWriter, articles: Sequence[Article], context: int) -> list[str]:
    """Up to ``context`` most recently ingested articles of each of these articles' outlets,
    outlet by outlet (these articles left out): what their evidence compares them with."""
    given = {article.id for article in articles}
    recent: list[str] = []
    for source in sorted({article.source for article in articles}):
        recent.extend(i for i in writer.recent_ids(source, context) if i not in given)
    return recent


class Marking:
    """The marks of ``articles`` and of the stored ``recent`` ones under way: those not in
    ``marks`` (the cache) queued on ``engine`` when given (read from the store now), else made
    here; ``evidence`` waits for them and reads the batch's evidence from them."""

    def __init__(
        self,
        writer: BatchWriter,
        articles: Sequence[Article],
        recent: list[str],
        marks: dict[str, Marks],
        engine: ProcessEngine | None,
    ) -> None:
        if len(marks) + len(recent) + len(articles) > MARKS_CACHE:
            marks.clear()
        self._articles = [article.id for article in articles]
        self._recent = recent
        self._cache = marks
        # The marks needed that are cached now: a later batch's marking may clear the cache.
        self._known = {i: marks[i] for i in [*self._articles, *recent] if i in marks}
        unmarked = [article for article in articles if article.id not in marks]
        unmarked += writer.articles([i for i in recent if i not in marks])
        self._unmarked = [article.id for article in unmarked]
        self._futures: list[Future[list[Marks]]] = []
        self._made: list[Marks] | None = None
        if engine is None or len(unmarked) < 2:
            self._made = [marks_of(article) for article in unmarked]
        else:
            tasks = [
                unmarked[n : n + TASK_ARTICLES] for n in range(0, len(unmarked), TASK_ARTICLES)
            ]
            self._futures = engine.submit(mark_articles, tasks)

    def ready(self) -> bool:
        """Whether every mark is made (``evidence`` will not wait)."""
        return all(future.done() for future in self._futures)

    def evidence(self) -> Evidence:
        """The evidence of the articles (waiting for their marks); the made marks cached."""
        if self._made is None:
            self._made = [made for future in self._futures for made in future.result()]
        made = dict(zip(self._unmarked, self._made, strict=True))
        self._cache.update(made)
        known = {**self._known, **made}
        return corpus_evidence(
            [*(known[i] for i in self._articles), *(known[i] for i in self._recent if i in known)]
        )

    def cancel(self) -> None:
        """Cancel the marking tasks not yet started (the evidence will not be read)."""
        for future in self._futures:
            future.cancel()
