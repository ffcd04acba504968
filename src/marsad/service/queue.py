"""What POST /articles does when writes are queued: check what can be checked at once (size,
an id already taken, a repeat), keep the rest in the store's inbox and answer; the worker
(worker.py) runs the newsroom on them later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.model import Article, Problem
from marsad.newsroom import content_hash
from marsad.newsroom.core import first_of_each_id, repeated
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
    hashes, fresh = first_of_each_id(articles, settings, result)
    ids = [article.id for article in fresh]
    known = {record.article.id: content_hash(record.article) for record in store.articles_of(ids)}
    known.update(
        (i, content_hash(a)) for i, a in queued(store, [i for i in ids if i not in known]).items()
    )
    new = []
    for article in fresh:
        if article.id in known:
            repeated(result, article, same=known[article.id] == hashes[article.id])
        else:
            new.append(article)
    enqueue(store, new)
    result.queued = [article.id for article in new]
    return result
