"""Request and response bodies of the REST API (they make the OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, create_model

from marsad.settings import Settings


class ArticleIn(BaseModel):
    """An article to ingest; without an id, one is made from its normalized text."""

    id: str | None = None
    title: str
    text: str
    source: str
    url: str | None = None
    published: datetime | None = None
    lang: str | None = None


class ArticleBatch(BaseModel):
    """Articles to ingest in one request (one transaction per 100)."""

    articles: list[ArticleIn]


def batch_model(settings: Settings) -> type[ArticleBatch]:
    """``ArticleBatch`` checked against the limits of ``settings`` (each app builds its own, so
    its OpenAPI schema states the limits it applies)."""
    article = create_model(
        "ArticleIn",
        __base__=ArticleIn,
        __doc__=ArticleIn.__doc__,
        id=(
            str | None,
            Field(
                default=None,
                max_length=settings.max_field_chars,
                description=f"The source's own id (over {settings.max_id_chars} characters: "
                "hashed).",
            ),
        ),
        # As long as a body may be: a longer title is cut (and reported) as it is from a file,
        # not refused with the whole batch.
        title=(
            str,
            Field(
                min_length=1,
                max_length=settings.max_article_bytes,
                description=f"Over {settings.max_title_chars} characters: cut, and reported in "
                "`rejected`.",
            ),
        ),
        text=(
            str,
            Field(min_length=1, max_length=settings.max_article_bytes, description="Body text."),
        ),
        source=(
            str,
            Field(min_length=1, max_length=settings.max_field_chars, description="Outlet."),
        ),
        url=(str | None, Field(default=None, max_length=settings.max_field_chars)),
        published=(datetime | None, Field(default=None, description="ISO 8601 time.")),
        lang=(
            str | None,
            Field(default=None, max_length=settings.max_lang_chars, description="Language code."),
        ),
    )
    return create_model(
        "ArticleBatch",
        __base__=ArticleBatch,
        __doc__=ArticleBatch.__doc__,
        articles=(
            list[article],  # type: ignore[valid-type]
            Field(min_length=1, max_length=settings.max_batch_articles),
        ),
    )


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


class QueuedOut(BaseModel):
    """What a POST /articles did when writes are queued (`marsad serve`): a worker puts the
    queued articles in their stories soon after."""

    queued: int = Field(description="Articles kept in the write queue.")
    articles: list[str] = Field(description="Ids of the queued articles, in order.")
    unchanged: int = Field(description="Articles already stored or queued (same id, same text).")
    rejected: list[RejectedOut]


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
    next_offset: int | None = Field(
        description="Offset of the next page, if there is one (None when paging by cursor)."
    )
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next page; None on the last page."
    )
    next: str | None = Field(
        default=None, description="The next page's URL (this query with its cursor)."
    )
    stories: list[StoryRowOut]


class TimelineOut(BaseModel):
    """A story's timeline."""

    id: str
    timeline: list[dict[str, Any]]


class StorylineOut(BaseModel):
    """A storyline: its stories and its sequence, each story's opening sentence oldest first."""

    id: str
    stories: list[str] = Field(description="Story ids, oldest story first.")
    summary: list[dict[str, Any]] = Field(
        description="One step per story: story, published, text, sources (article ids)."
    )


class HealthOut(BaseModel):
    """Liveness and what the store holds."""

    status: str
    articles: int
    stories: int
    schema_version: int


class WorkerOut(BaseModel):
    """The write worker `marsad serve` keeps running (service/supervise.py)."""

    state: str  # running, restarting or stopped
    pid: int | None = None
    restarts: int = 0
    last_exit: int | None = None  # how the last one ended (negative: killed by that signal)
    retry_in: float | None = None  # seconds before the next start, while restarting


class ReadyOut(BaseModel):
    """Readiness: the store can be read; with the worker's state when this server started one."""

    status: str
    schema_version: int
    worker: WorkerOut | None = None
