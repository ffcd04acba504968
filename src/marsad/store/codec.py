"""Stored JSON back into model objects (the inverse of the model's ``to_dict``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from marsad.model import Article, Story


def article_from_dict(data: dict[str, Any]) -> Article:
    """An Article from its JSON form (the body, when absent, is empty)."""
    return Article.from_dict(data)


def story_from_dict(data: dict[str, Any]) -> Story:
    """A Story from the digest contract's story object."""
    return Story.from_dict(data)


def article_from_row(row: Any) -> Article:
    """An Article from a row of the articles table."""
    return Article(
        id=row.id,
        title=row.title,
        text=row.body,
        source=row.source,
        path=row.path,
        url=row.url,
        published=datetime.fromisoformat(row.published) if row.published else None,
        published_certainty=row.published_certainty,
        lang=row.lang,
        title_inferred=bool(row.title_inferred),
    )
