"""Stored JSON back into model objects (the inverse of the model's ``to_dict``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from marsad.model import (
    Article,
    Claim,
    Discrepancy,
    DuplicateGroup,
    Fact,
    SourceRef,
    Story,
    SummarySentence,
    TimelineEvent,
)

_FACT_KEYS = {"kind", "text", "value", "unit", "subject", "sources", "refs"}


def _refs(items: list[dict[str, Any]] | None) -> tuple[SourceRef, ...]:
    return tuple(
        SourceRef(article=r["article"], sentence=r["sentence"], start=r["start"], end=r["end"])
        for r in items or ()
    )


def article_from_dict(data: dict[str, Any]) -> Article:
    """An Article from its JSON form (the body, when absent, is empty)."""
    published = data.get("published")
    return Article(
        id=data["id"],
        title=data.get("title") or "",
        text=data.get("text") or "",
        source=data.get("source") or "",
        path=data.get("path"),
        url=data.get("url"),
        published=datetime.fromisoformat(published) if published else None,
        published_certainty=data.get("published_certainty") or "unknown",
        lang=data.get("lang"),
        title_inferred=bool(data.get("title_inferred")),
    )


def story_from_dict(data: dict[str, Any]) -> Story:
    """A Story from the digest contract's story object."""
    return Story(
        id=data["id"],
        title=data.get("title") or "",
        language=data.get("language") or "ar",
        articles=tuple(article_from_dict(a) for a in data.get("articles", ())),
        summary=tuple(
            SummarySentence(
                text=s["text"],
                article=s["article"],
                sentence=s.get("sentence", 0),
                sources=tuple(s.get("sources", ())),
                refs=_refs(s.get("refs")),
            )
            for s in data.get("summary", ())
        ),
        facts=tuple(
            Fact(
                kind=f["kind"],
                text=f["text"],
                value=f.get("value"),
                unit=f.get("unit"),
                subject=f.get("subject"),
                sources=tuple(f.get("sources", ())),
                refs=_refs(f.get("refs")),
                extra={k: v for k, v in f.items() if k not in _FACT_KEYS},
            )
            for f in data.get("facts", ())
        ),
        discrepancies=tuple(
            Discrepancy(
                subject=d["subject"],
                kind=d["kind"],
                explanation=d.get("explanation", ""),
                claims=tuple(
                    Claim(
                        value=c.get("value"),
                        text=c.get("text", ""),
                        sources=tuple(c.get("sources", ())),
                        date=c.get("date"),
                    )
                    for c in d.get("claims", ())
                ),
            )
            for d in data.get("discrepancies", ())
        ),
        timeline=tuple(
            TimelineEvent(
                date=e["date"],
                certainty=e.get("certainty", "unknown"),
                text=e.get("text", ""),
                sources=tuple(e.get("sources", ())),
                refs=_refs(e.get("refs")),
            )
            for e in data.get("timeline", ())
        ),
        duplicates=tuple(
            DuplicateGroup(
                kind=g["kind"],
                articles=tuple(g.get("articles", ())),
                text=g.get("text", ""),
                first=g.get("first"),
                similarity=g.get("similarity"),
            )
            for g in data.get("duplicates", ())
        ),
    )


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
