"""What POST /articles does when writes are queued: check what can be checked at once (size,
an id already taken, a repeat), keep the rest in the store's inbox and answer; the worker
(worker.py) runs the newsroom on them later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.budget import over_budget
from marsad.model import Article, Problem
from marsad.newsroom import content_hash
from marsad.newsroom.core import id_taken
from marsad.settings import Settings
from marsad.store.inbox import enqueue, queued
from marsad.store.sql import SqlStore


@dataclass(slots=True, kw_only=True)
class Accepted:
    """What a queued POST did: ids queued for the worker, ids already stored or queued with
    the same content, and refusals."""

    queued: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form (docs/rest.md, POST /articles with a write queue)."""
        return {
            "queued": len(self.queued),
            "articles": list(self.queued),
            "unchanged": self.unchanged,
            "rejected": [problem.to_dict() for problem in self.problems],
        }


def accept(store: SqlStore, articles: Sequence[Article], settings: Settings) -> Accepted:
    """Queue the new ones of ``articles`` durably; an id seen before (stored, queued or earlier
    in the request) with the same content is unchanged, with other content refused (the first
    is kept), as the newsroom's ingest decides."""
    result = Accepted()
    hashes: dict[str, str] = {}
    fresh: list[Article] = []
    for article in articles:
        refused = over_budget(article, settings)
        if refused is not None:
            result.problems.append(refused)
            continue
        digest = content_hash(article)
        if article.id in hashes:
            _repeated(result, article, same=hashes[article.id] == digest)
            continue
        hashes[article.id] = digest
        fresh.append(article)
    ids = [article.id for article in fresh]
    known = {record.article.id: content_hash(record.article) for record in store.articles_of(ids)}
    known.update(
        (i, content_hash(a)) for i, a in queued(store, [i for i in ids if i not in known]).items()
    )
    new = []
    for article in fresh:
        if article.id in known:
            _repeated(result, article, same=known[article.id] == hashes[article.id])
        else:
            new.append(article)
    enqueue(store, new)
    result.queued = [article.id for article in new]
    return result


def _repeated(result: Accepted, article: Article, *, same: bool) -> None:
    """An id seen before, as the newsroom counts it: unchanged, or refused (first kept)."""
    if same:
        result.unchanged += 1
    else:
        result.problems.append(id_taken(article))
