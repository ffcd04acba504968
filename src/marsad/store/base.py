"""The Store interface and the records it returns."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from marsad.model import Article, Document, Problem, Story
from marsad.settings import Settings

if TYPE_CHECKING:
    from marsad.store.writer import BatchWriter


def from_epoch(seconds: float | None) -> datetime | None:
    """A UTC datetime from epoch seconds (None stays None)."""
    return datetime.fromtimestamp(seconds, UTC) if seconds is not None else None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRow:
    """A story in a list: what changed when, and who reports it."""

    id: str
    title: str
    language: str
    article_count: int
    outlets: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    first_published: datetime | None = None
    last_published: datetime | None = None
    storyline: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "id": self.id,
            "storyline": self.storyline,
            "title": self.title,
            "language": self.language,
            "article_count": self.article_count,
            "outlets": list(self.outlets),
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "first_published": _iso(self.first_published),
            "last_published": _iso(self.last_published),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryPage:
    """One page of a story list, with the number of stories matching in all."""

    stories: tuple[StoryRow, ...]
    total: int
    limit: int
    offset: int
    # Where the next page starts (the last row's exact update time and id), for ``after=``;
    # None on the last page.
    next_after: tuple[float, str] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredStory:
    """A story as stored: the contract object, the model object, and when it last changed."""

    data: dict[str, Any]
    story: Story
    updated_at: datetime
    requested_id: str  # the id asked for; differs from ``story.id`` after a merge


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRecord:
    """A stored article with its body, its story and when it arrived."""

    article: Article
    story_id: str | None
    duplicate_of: str | None
    ingested_at: datetime
    language: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the digest's article object plus body, story and arrival time."""
        return {
            **self.article.to_dict(),
            "text": self.article.text,
            "story": self.story_id,
            "duplicate_of": self.duplicate_of,
            "language": self.language,
            "ingested_at": _iso(self.ingested_at),
        }


@dataclass(slots=True, kw_only=True)
class IngestReport:
    """What an ingest did: new articles, exact copies, articles already stored, rejections."""

    added: int = 0
    duplicates: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)  # ids of the stories that changed

    def merge(self, other: IngestReport) -> None:
        """Add another report's counts to this one."""
        self.added += other.added
        self.duplicates += other.duplicates
        self.unchanged += other.unchanged
        self.problems.extend(other.problems)
        self.stories.extend(s for s in other.stories if s not in self.stories)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "rejected": [problem.to_dict() for problem in self.problems],
            "stories": list(self.stories),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenInfo:
    """An API token as listed: its public id (the start of its hash), never the token."""

    id: str
    name: str
    created_at: datetime
    expires_at: datetime | None = None
    revoked_at: datetime | None = None

    def state(self, now: datetime) -> str:
        """``active``, ``expired`` or ``revoked``."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"

    def to_dict(self, now: datetime) -> dict[str, Any]:
        """JSON form, with the state at ``now``."""
        return {
            "id": self.id,
            "name": self.name,
            "created_at": _iso(self.created_at),
            "expires_at": _iso(self.expires_at),
            "revoked_at": _iso(self.revoked_at),
            "state": self.state(now),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedState:
    """What a feed's last poll left: validators for a conditional request, and failures."""

    url: str
    etag: str | None = None
    modified: str | None = None
    failures: int = 0
    polled_at: datetime | None = None


class Store(Protocol):
    """Articles, their analyses and stories kept between runs; SQLite and PostgreSQL behind
    ``open_store``. It keeps data only: ``marsad.newsroom`` decides what to write."""

    url: str
    settings: Settings

    def batch(self) -> AbstractContextManager[BatchWriter]:
        """One write transaction's data operations; marsad.newsroom ingests through it."""
        ...

    def documents(self, article_ids: list[str]) -> dict[str, Document]:
        """The analyses stored with these articles at ingest (article id -> document)."""
        ...

    def stories(
        self,
        *,
        since: datetime | None = None,
        q: str | None = None,
        outlet: str | None = None,
        language: str | None = None,
        storyline: str | None = None,
        limit: int = 50,
        offset: int = 0,
        published_after: datetime | None = None,
        published_before: datetime | None = None,
        after: tuple[float, str] | None = None,
    ) -> StoryPage:
        """Stories changed since a time, matching a search and filters, newest change first;
        ``published_*`` bound the articles' publication times, ``after`` is a page's
        ``next_after`` (keyset pagination)."""
        ...

    def story(self, story_id: str) -> StoredStory | None:
        """A story by id, following merges to the story that absorbed it."""
        ...

    def article(self, article_id: str) -> ArticleRecord | None:
        """An article by id, with its body."""
        ...

    def articles_of(self, article_ids: list[str]) -> list[ArticleRecord]:
        """Stored articles for ids (unknown ids are left out)."""
        ...

    def create_token(self, name: str, *, expires_at: datetime | None = None) -> str:
        """A new API token; only its hash is stored, so this is the only time it is seen."""
        ...

    def check_token(self, token: str) -> bool:
        """True for a token made by ``create_token``, neither revoked nor expired."""
        ...

    def tokens(self) -> list[TokenInfo]:
        """Every token ever created (oldest first), with its state; never the token itself."""
        ...

    def revoke_token(self, token_id: str) -> TokenInfo | None:
        """Revoke the token whose id (or a prefix of 6+ characters) is given; None if unknown."""
        ...

    def feed_state(self, url: str) -> FeedState:
        """The last poll's validators for a feed."""
        ...

    def save_feed_state(self, state: FeedState) -> None:
        """Remember a feed's validators and failures."""
        ...

    def counts(self) -> dict[str, int]:
        """Numbers of articles and stories, and the schema version."""
        ...

    def check_integrity(self) -> list[str]:
        """Every consistency rule the stored data breaks (empty: all hold); see integrity.py."""
        ...

    def close(self) -> None:
        """Release the database connections."""
        ...
