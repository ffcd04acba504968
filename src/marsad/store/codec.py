"""Rows of the store's tables back into model objects (JSON forms are read by each model
class's ``from_dict``, beside its ``to_dict`` in model.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from marsad.model import Article


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
