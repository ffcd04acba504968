"""Cleaning and analysing a batch's new articles, with what each says on its own (dates,
figures, names, for its story's rebuild), what the clusterer reads of it alone
(``stream.read_document``), its search text and its analysis as stored: in this process, or
on the newsroom's process pool in chunks whose results come back in order, so the clusterer
takes the first documents while the pool analyses the rest. The same functions either way,
so the documents are the same."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from functools import partial
from typing import TYPE_CHECKING

from marsad.clean import Evidence, clean_with
from marsad.cluster import ClusterParams
from marsad.facts import DocumentMentions, document_mentions
from marsad.lang import analyse
from marsad.model import Article, Document
from marsad.newsroom.search import search_text
from marsad.store.analyses import encode_document
from marsad.stream import Reading, read_document

if TYPE_CHECKING:
    from marsad.engine.pool import ProcessEngine

# New articles from which a batch is analysed on the pool (fewer: shipping costs more than
# the second core gives back), and articles per pool task (the clusterer waits for the first).
POOL_ARTICLES = 200
TASK_ARTICLES = 50

# A document, with what it says, the clusterer's reading, its search text and its stored
# analysis (``encode_document``) when made ahead.
Analysed = tuple[Document, DocumentMentions | None, Reading | None, str | None, bytes | None]


def analysed(
    articles: Sequence[Article],
    evidence: Evidence,
    language: str,
    engine: ProcessEngine | None,
    params: ClusterParams,
) -> Analyses:
    """Each article cleaned with ``evidence`` and analysed, in order; on ``engine`` (the
    caller gives one for POOL_ARTICLES or more) with what the document says on its own, the
    clusterer's reading of it with ``params``, its search text and its stored analysis, else
    here without them (None: the rebuild, the clusterer, the newsroom and the writer make
    them, as before)."""
    if engine is None:
        return Analyses(
            (
                (
                    analyse(clean_with(article, evidence), default_language=language),
                    None,
                    None,
                    None,
                    None,
                )
                for article in articles
            ),
            [],
        )
    chunks = [articles[n : n + TASK_ARTICLES] for n in range(0, len(articles), TASK_ARTICLES)]
    tasks = [(evidence.for_articles(chunk), list(chunk)) for chunk in chunks]
    futures = engine.submit(partial(_analyse_some, language, params), tasks)
    return Analyses((done for future in futures for done in future.result()), futures)


class Analyses(Iterator[Analysed]):
    """A batch's analyses in order, made here as they are taken or on the pool (its tasks
    queued when made); ``ready`` tells whether the next one is there without waiting."""

    def __init__(self, results: Iterator[Analysed], futures: list[Future[list[Analysed]]]) -> None:
        self._results = results
        self._futures = futures  # the pool's tasks, in order (none: made here)
        self._taken = 0  # analyses taken
        self._made = 0  # analyses in the tasks seen done, from the first
        self._seen = 0  # tasks seen done

    def __next__(self) -> Analysed:
        done = next(self._results)
        self._taken += 1
        return done

    def ready(self) -> bool:
        """Whether the next analysis is made (always, here: it is made when taken)."""
        while self._futures and self._taken >= self._made:
            if self._seen == len(self._futures):
                return True  # all taken
            future = self._futures[self._seen]
            if not future.done():
                return False
            self._made += len(future.result())  # a task's own exception, as taking it would
            self._seen += 1
        return True

    def close(self) -> None:
        """Cancel the pool's tasks not yet started (their analyses will not be taken)."""
        for future in self._futures:
            future.cancel()


def _analyse_some(
    language: str, params: ClusterParams, task: tuple[Evidence, list[Article]]
) -> list[Analysed]:
    evidence, articles = task
    done: list[Analysed] = []
    for article in articles:
        document = analyse(clean_with(article, evidence), default_language=language)
        if document.sentences:
            mentions = document_mentions(document)
            text = search_text([article.title, article.text], document.language)
            reading = read_document(document, params)
            done.append((document, mentions, reading, text, encode_document(document)))
        else:
            done.append((document, None, None, None, None))
    return done
