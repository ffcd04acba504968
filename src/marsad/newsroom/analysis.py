"""Cleaning and analysing a batch's new articles, with what each says on its own (dates,
figures, names, for its story's rebuild) and what the clusterer reads of it alone
(``stream.read_document``): in this process, or on the newsroom's process pool in chunks
whose results come back in order, so the clusterer takes the first documents while the pool
analyses the rest. The same functions either way, so the documents are the same."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from marsad.clean import Evidence, clean_with
from marsad.cluster import ClusterParams
from marsad.facts import DocumentMentions, document_mentions
from marsad.lang import analyse
from marsad.model import Article, Document
from marsad.stream import Reading, read_document

if TYPE_CHECKING:
    from marsad.engine.pool import ProcessEngine

# New articles from which a batch is analysed on the pool (fewer: shipping costs more than
# the second core gives back), and articles per pool task (the clusterer waits for the first).
POOL_ARTICLES = 200
TASK_ARTICLES = 50

Analysed = tuple[Document, DocumentMentions | None, Reading | None]


def analysed(
    articles: Sequence[Article],
    evidence: Evidence,
    language: str,
    engine: ProcessEngine | None,
    params: ClusterParams,
) -> Iterator[Analysed]:
    """Each article cleaned with ``evidence`` and analysed, in order; on ``engine`` (the
    caller gives one for POOL_ARTICLES or more) with what the document says on its own and
    the clusterer's reading of it with ``params``, else here without them (None: the rebuild
    and the clusterer read them, as before)."""
    if engine is None:
        for article in articles:
            yield analyse(clean_with(article, evidence), default_language=language), None, None
        return
    chunks = [articles[n : n + TASK_ARTICLES] for n in range(0, len(articles), TASK_ARTICLES)]
    tasks = [(evidence.for_articles(chunk), list(chunk)) for chunk in chunks]
    results = engine.ordered(partial(_analyse_some, language, params), tasks)
    try:
        for part in results:
            yield from part
    finally:
        results.close()


def _analyse_some(
    language: str, params: ClusterParams, task: tuple[Evidence, list[Article]]
) -> list[Analysed]:
    evidence, articles = task
    done: list[Analysed] = []
    for article in articles:
        document = analyse(clean_with(article, evidence), default_language=language)
        if document.sentences:
            done.append((document, document_mentions(document), read_document(document, params)))
        else:
            done.append((document, None, None))
    return done
