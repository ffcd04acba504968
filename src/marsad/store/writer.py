"""One ingest batch in one transaction: new articles, stream assignment, stories rebuilt."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, select, update

from marsad.budget import over_budget
from marsad.clean import Evidence, clean_with, corpus_evidence, marks_of
from marsad.lang import analyse
from marsad.lang.arabic import normalize
from marsad.model import Article, Document, Problem, content_id
from marsad.store import schema
from marsad.store.base import IngestReport
from marsad.store.codec import article_from_row
from marsad.store.search import search_text
from marsad.store.streamstate import dump_stream, load_stream
from marsad.stream import StreamingClusterer, stream_params

if TYPE_CHECKING:
    from marsad.store.sql import SqlStore


# Cleaning marks of stored and incoming articles kept between batches (about 2 KB each); cleared
# when over this.
MARKS_CACHE = 20_000


def content_hash(article: Article) -> str:
    """The id ingest gives an article without one: a hash of its normalized title and body."""
    return content_id(normalize(article.title), normalize(article.text))


def ingest_batch(store: SqlStore, connection: Connection, batch: Sequence[Article]) -> IngestReport:
    """Store the batch's new articles, put them in stories and rebuild the stories they changed."""
    report = IngestReport()
    now = time.time()
    hashes: dict[str, str] = {}  # id -> content hash of the first article with that id
    unique: list[Article] = []
    for article in batch:
        refused = over_budget(article, store.settings)
        if refused is not None:
            report.problems.append(refused)
            continue
        digest = content_hash(article)
        if article.id in hashes:
            _repeated(report, article, same=hashes[article.id] == digest)
        else:
            hashes[article.id] = digest
            unique.append(article)
    a = schema.articles
    ids = [article.id for article in unique]
    rows = connection.execute(select(a.c.id, a.c.content_hash).where(a.c.id.in_(ids)))
    stored = {row.id: row.content_hash for row in rows}
    for article in unique:
        if article.id in stored:
            _repeated(report, article, same=stored[article.id] == hashes[article.id])
    fresh = [article for article in unique if article.id not in stored]
    if not fresh:
        return report
    originals = _known_hashes(connection, [hashes[a.id] for a in fresh])
    stream = _stream(store, connection)
    redirected = set(stream.redirects)
    touched: list[str] = []
    new_docs: dict[str, Document] = {}
    log: list[dict[str, Any]] = []
    evidence = _cleaning_evidence(store, connection, fresh)
    for article in fresh:
        item = clean_with(article, evidence)
        digest = hashes[article.id]
        if digest in originals:  # an exact copy under another id: kept, marked, in no story
            _insert_article(store, connection, article, digest, now, None, originals[digest])
            log.append(
                {"at": now, "article_id": article.id, "story_id": None, "event": "duplicate"}
            )
            report.duplicates += 1
            continue
        document = analyse(item, default_language=store.settings.default_language)
        if not document.sentences:
            report.problems.append(
                Problem(path=article.path or article.id, message="no sentences left after cleaning")
            )
            continue
        originals[digest] = article.id
        _insert_article(store, connection, article, digest, now, document.language, None)
        touched.append(stream.add(document))
        new_docs[article.id] = document
        report.added += 1
    changed = list(dict.fromkeys(stream.resolve(story_id) for story_id in touched))
    for old in set(stream.redirects) - redirected:
        _retire_story(store, connection, old, stream.redirects[old], now)
    members = {
        story_id: store_articles(connection, list(stream.stories[story_id].articles))
        for story_id in changed
    }
    evidence = _cleaning_evidence(
        store, connection, [article for records in members.values() for article in records]
    )
    for story_id, records in members.items():
        line = stream.storyline_of(story_id)
        _rebuild_story(store, connection, story_id, line, records, evidence, now)
    for entry in log:
        connection.execute(schema.ingest_log.insert().values(**entry))
    for article_id, story_id in zip(new_docs, touched, strict=True):
        connection.execute(
            schema.ingest_log.insert().values(
                at=now, article_id=article_id, story_id=stream.resolve(story_id), event="added"
            )
        )
    _save_stream(store, connection, stream)
    report.stories = changed
    return report


def _repeated(report: IngestReport, article: Article, *, same: bool) -> None:
    """An id seen before: unchanged when the content is the same, else rejected (first kept)."""
    if same:
        report.unchanged += 1
        return
    message = (
        f"id {article.id!r} is already taken by an article with different content; kept the first"
    )
    report.problems.append(Problem(path=article.path or article.id, message=message))


def _known_hashes(connection: Connection, hashes: list[str]) -> dict[str, str]:
    """Content hash → id of the stored original article having it."""
    a = schema.articles
    rows = connection.execute(
        select(a.c.content_hash, a.c.id).where(
            a.c.content_hash.in_(hashes), a.c.duplicate_of.is_(None)
        )
    )
    return {row.content_hash: row.id for row in rows}


def _stream(store: SqlStore, connection: Connection) -> StreamingClusterer:
    """The clusterer as the last committed batch left it (reloaded when another writer wrote)."""
    version = connection.scalar(select(schema.stream_state.c.version)) or 0
    if store.stream is None or store.stream_version != version:
        blob = connection.scalar(select(schema.stream_state.c.data))
        store.stream = load_stream(blob, stream_params(store.settings))
        store.stream_version = version
    return store.stream


def _save_stream(store: SqlStore, connection: Connection, stream: StreamingClusterer) -> None:
    version = store.stream_version + 1
    connection.execute(delete(schema.stream_state))
    connection.execute(
        schema.stream_state.insert().values(id=1, version=version, data=dump_stream(stream))
    )
    store.stream_version = version


def _insert_article(
    store: SqlStore,
    connection: Connection,
    article: Article,
    digest: str,
    now: float,
    language: str | None,
    duplicate_of: str | None,
) -> None:
    text = search_text([article.title, article.text], language or article.lang or "ar")
    connection.execute(
        schema.articles.insert().values(
            id=article.id,
            content_hash=digest,
            source=article.source,
            title=article.title,
            body=article.text,
            path=article.path,
            url=article.url,
            published=article.published.isoformat() if article.published else None,
            published_at=article.published.timestamp() if article.published else None,
            published_certainty=article.published_certainty,
            title_inferred=int(article.title_inferred),
            lang=article.lang,
            language=language,
            duplicate_of=duplicate_of,
            ingested_at=now,
            search_text=text,
        )
    )
    if duplicate_of is None:
        store.index_article(connection, article.id, text)


def _retire_story(store: SqlStore, connection: Connection, old: str, new: str, now: float) -> None:
    """A story merged into another: its row goes, a redirect keeps its id working."""
    connection.execute(delete(schema.stories).where(schema.stories.c.id == old))
    store.index_story(connection, old, None)
    # Stories of the merged story's storyline now belong to the survivor's id.
    connection.execute(
        update(schema.stories).where(schema.stories.c.storyline == old).values(storyline=new)
    )
    connection.execute(delete(schema.story_redirects).where(schema.story_redirects.c.old_id == old))
    connection.execute(schema.story_redirects.insert().values(old_id=old, new_id=new, at=now))


def _rebuild_story(
    store: SqlStore,
    connection: Connection,
    story_id: str,
    storyline: str,
    records: list[Article],
    evidence: Evidence,
    now: float,
) -> None:
    """Summary, facts and membership of a story, from all its stored articles."""
    from marsad.pipeline import build_story

    members = [article.id for article in records]
    documents = [
        analyse(clean_with(article, evidence), default_language=store.settings.default_language)
        for article in records
    ]
    built = build_story([d for d in documents if d.sentences], store.settings)
    story = replace(built, id=story_id, storyline=storyline)
    created = connection.scalar(
        select(schema.stories.c.created_at).where(schema.stories.c.id == story_id)
    )
    connection.execute(delete(schema.stories).where(schema.stories.c.id == story_id))
    text = search_text(
        [story.title, *(s.text for s in story.summary), *(a.title for a in records)],
        story.language,
    )
    published = [a.published.timestamp() for a in records if a.published]
    outlets = list(dict.fromkeys(article.source for article in story.articles))
    connection.execute(
        schema.stories.insert().values(
            id=story_id,
            title=story.title,
            language=story.language,
            article_count=len(records),
            outlets=json.dumps(outlets, ensure_ascii=False),
            summary=json.dumps(story.to_dict(), ensure_ascii=False),
            first_published=min(published, default=None),
            last_published=max(published, default=None),
            created_at=created if created is not None else now,
            updated_at=now,
            search_text=text,
            storyline=story.storyline,
        )
    )
    store.index_story(connection, story_id, text)
    sa = schema.story_articles
    connection.execute(delete(sa).where(sa.c.article_id.in_(members)))
    connection.execute(
        sa.insert(),
        [{"article_id": a.id, "story_id": story_id, "source": a.source} for a in records],
    )


def _cleaning_evidence(
    store: SqlStore, connection: Connection, articles: Sequence[Article]
) -> Evidence:
    """Cleaning evidence for these articles, compared also with the store's most recently
    ingested articles of their outlets: a teaser of an article stored in an earlier batch is
    found as it would be in one digest of both."""
    a = schema.articles
    given = {article.id for article in articles}
    context: list[str] = []
    for source in sorted({article.source for article in articles}):
        rows = connection.execute(
            select(a.c.id)
            .where(a.c.source == source, a.c.duplicate_of.is_(None))
            .order_by(a.c.ingested_at.desc(), a.c.id)
            .limit(store.settings.cleaning_context)
        )
        context.extend(row.id for row in rows if row.id not in given)
    marks = store.marks  # a batch's articles are marked once, for its new and rebuilt stories
    if len(marks) + len(context) + len(articles) > MARKS_CACHE:
        marks.clear()
    for article in articles:
        if article.id not in marks:
            marks[article.id] = marks_of(article)
    missing = [article_id for article_id in context if article_id not in marks]
    for article in store_articles(connection, missing):
        marks[article.id] = marks_of(article)
    return corpus_evidence(
        [*(marks[article.id] for article in articles), *(marks[i] for i in context if i in marks)]
    )


def store_articles(connection: Connection, ids: list[str]) -> list[Article]:
    """Stored articles (with bodies) for ids, in the order given."""
    a = schema.articles
    rows = {row.id: row for row in connection.execute(select(a).where(a.c.id.in_(ids)))}
    found = []
    for article_id in ids:
        row = rows.get(article_id)
        if row is None:
            continue
        found.append(article_from_row(row))
    return found
