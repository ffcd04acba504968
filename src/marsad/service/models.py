"""Request and response bodies of the REST API (they make the OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from marsad.ingest.records import LANG_CHARS
from marsad.settings import Settings

_LIMITS = Settings()  # the defaults: one place for every limit
# One POST carries at most this many articles; more go in further requests.
MAX_BATCH = 500
# A request body larger than this is refused before it is read (413).
MAX_BODY_BYTES = 16 * 1024 * 1024


class ArticleIn(BaseModel):
    """An article to ingest; without an id, one is made from its normalized text."""

    id: str | None = Field(
        default=None,
        max_length=_LIMITS.max_field_chars,
        description=f"The source's own id (over {_LIMITS.max_id_chars} characters: hashed).",
    )
    # As long as a body may be: a longer title is cut (and reported) as it is from a file, not
    # refused with the whole batch.
    title: str = Field(
        min_length=1,
        max_length=_LIMITS.max_article_bytes,
        description=f"Over {_LIMITS.max_title_chars} characters: cut, and reported in `rejected`.",
    )
    text: str = Field(min_length=1, max_length=_LIMITS.max_article_bytes, description="Body text.")
    source: str = Field(min_length=1, max_length=_LIMITS.max_field_chars, description="Outlet.")
    url: str | None = Field(default=None, max_length=_LIMITS.max_field_chars)
    published: datetime | None = Field(default=None, description="ISO 8601 time.")
    lang: str | None = Field(default=None, max_length=LANG_CHARS, description="Language code.")


class ArticleBatch(BaseModel):
    """Articles to ingest in one request (one transaction per 100)."""

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_BATCH)


class RejectedOut(BaseModel):
    """An article that was not stored, and why."""

    path: str
    line: int | None = None
    message: str


class IngestOut(BaseModel):
    """What a POST /articles did."""

    added: int
    duplicates: int = Field(description="Exact copies of stored articles under another id.")
    unchanged: int = Field(description="Articles already stored (same id).")
    rejected: list[RejectedOut]
    stories: list[str] = Field(description="Ids of the stories that changed.")


class StoryRowOut(BaseModel):
    """A story in a list."""

    id: str
    title: str
    language: str
    article_count: int
    outlets: list[str]
    created_at: datetime
    updated_at: datetime
    first_published: datetime | None = None
    last_published: datetime | None = None
    storyline: str = Field(description="The storyline's id: filter with ?storyline=.")


class StoryListOut(BaseModel):
    """One page of stories, most recently changed first."""

    total: int
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page, if there is one.")
    stories: list[StoryRowOut]


class TimelineOut(BaseModel):
    """A story's timeline."""

    id: str
    timeline: list[dict[str, Any]]


class HealthOut(BaseModel):
    """Liveness and what the store holds."""

    status: str
    articles: int
    stories: int
    schema_version: int
