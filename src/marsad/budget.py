"""The per-article budget of ``Settings``, checked wherever articles enter (files, API, store).

Readers refuse an oversized file or JSONL line before reading it; this check catches articles
that arrive already made (``POST /articles``, ``digest`` given ``Article`` objects).
"""

from __future__ import annotations

from marsad.ingest.files import size_message
from marsad.model import Article, Problem
from marsad.settings import Settings


def over_budget(article: Article, settings: Settings) -> Problem | None:
    """A rejection for an article whose title and text exceed ``max_article_bytes``, else None."""
    limit = settings.max_article_bytes
    if len(article.text) + len(article.title) <= limit // 4:  # 4 bytes at most per character
        return None
    size = len(article.text.encode("utf-8", "surrogatepass")) + len(
        article.title.encode("utf-8", "surrogatepass")
    )
    if size <= limit:
        return None
    return Problem(path=article.path or article.id, message=size_message(size, limit, "article"))
