"""Tables of the story store (SQLAlchemy Core); times are UTC epoch seconds for portability."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", Float, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("path", Text),
    Column("url", Text),
    Column("published", String(40)),  # ISO 8601 with the outlet's own offset
    Column("published_at", Float),  # the same instant as epoch seconds, for ordering
    Column("published_certainty", String(16), nullable=False),
    # 1 when the source gave no title and ``title`` was inferred from the body (migration 3).
    Column("title_inferred", Integer, nullable=False, server_default="0"),
    Column("lang", String(16)),
    Column("language", String(16)),  # detected language of the analysed text
    Column("duplicate_of", Text),  # an exact copy of this article under another id
    Column("ingested_at", Float, nullable=False, index=True),
    Column("search_text", Text, nullable=False),  # normalized title and body, for search
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("language", String(16), nullable=False, index=True),
    Column("article_count", Integer, nullable=False),
    Column("outlets", Text, nullable=False),  # JSON list of outlet names
    Column("summary", Text, nullable=False),  # JSON: the digest contract's story object
    Column("first_published", Float),
    Column("last_published", Float),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False, index=True),
    Column("search_text", Text, nullable=False),
    # The id of the story's storyline (the current id of its first story; see stream.py).
    Column("storyline", String(64), nullable=False, server_default="", index=True),
    # Migration 8: a hash of what the row was built from (members, storyline, settings), so
    # that a story marked again with the same inputs is not rebuilt.
    Column("built_from", String(64)),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("story_id", String(64), nullable=False, index=True),
    Column("source", Text, nullable=False),  # the article's outlet, for the outlet filter
)

story_redirects = Table(
    "story_redirects",
    metadata,
    Column("old_id", String(64), primary_key=True),
    Column("new_id", String(64), nullable=False),
    Column("at", Float, nullable=False),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False, index=True),
    Column("article_id", Text, nullable=False),
    Column("story_id", String(64)),
    Column("event", String(16), nullable=False),  # added | duplicate
)

stream_state = Table(
    "stream_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
    # zlib-compressed JSON: since migration 8 only what is not per story or per term (the
    # documents seen, the outlets); before it, the whole clusterer.
    Column("data", LargeBinary, nullable=False),
)

# Migration 6: each original article's analysis, made once at ingest (store/analyses.py).
article_analyses = Table(
    "article_analyses",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

# Migration 6: stories whose members changed and whose summary is not rebuilt yet (a bulk
# ingest rebuilds each once, at its end; the next writer finishes what a crash left).
stories_pending = Table(
    "stories_pending",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("at", Float, nullable=False),
)

# Migration 8: the clusterer's state row by row, so that a batch writes what it changed (its
# stories, its terms, its merges), not the whole state; ``version`` is the batch that wrote the
# row, so that a writer catches up on another's batches by reading only the rows written since.
stream_stories = Table(
    "stream_stories",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("version", Integer, nullable=False, index=True),
    Column("data", LargeBinary, nullable=False),  # zlib-compressed JSON (newsroom/streamstate)
)

stream_terms = Table(
    "stream_terms",
    metadata,
    Column("term", Text, primary_key=True),
    Column("version", Integer, nullable=False, index=True),
    Column("df", Integer, nullable=False),  # documents that have the term
    Column("postings", Text, nullable=False),  # JSON list: the latest story ids indexed under it
)

stream_redirects = Table(
    "stream_redirects",
    metadata,
    Column("old_id", String(64), primary_key=True),
    Column("version", Integer, nullable=False, index=True),
    Column("new_id", String(64), nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("hash", String(64), primary_key=True),  # SHA-256 of the token; never the token
    Column("name", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float),  # migration 4: refused from then on (NULL: never)
    Column("revoked_at", Float),  # migration 4: `marsad token revoke`
)

feeds = Table(
    "feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("modified", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("polled_at", Float),
)

Index("story_articles_source", story_articles.c.source)
