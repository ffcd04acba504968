"""Turn the fields read from any format into an Article (or a Problem saying why not)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from marsad.ingest.encoding import clean_title, tidy
from marsad.lang.arabic import normalize
from marsad.lang.sentences import split_sentences
from marsad.model import Article, Problem, content_id
from marsad.settings import Settings

# An inferred title is the first sentence cut to a headline's length (ANT titles: median 9 words).
INFERRED_TITLE_WORDS = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class Meta:
    """Optional article metadata, from a record's own fields or from a manifest entry."""

    source: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    name: str | None = None  # the outlet's display name (a manifest's, for pages and reports)


@dataclass(frozen=True, slots=True, kw_only=True)
class FileContext:
    """What a reader knows about its file: path as given, manifest entry and fallback source."""

    path: str
    defaults: Meta = Meta()
    fallback_source: str
    settings: Settings = field(default_factory=Settings)  # limits on titles and fields

    def label(self, line: int | None = None) -> str:
        """The article path: the file as given, with ``:line`` for a record of a JSONL file."""
        return self.path if line is None else f"{self.path}:{line}"

    def problem(self, message: str, line: int | None = None) -> Problem:
        """A Problem for this file (and line)."""
        return Problem(path=self.path, message=message, line=line)


def map_record(record: Mapping[str, Any], columns: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """The record with mapped columns copied to the fields they hold (``Settings.columns``)."""
    mapped = dict(record)
    for name, column in columns:
        mapped[name] = record.get(column)
    return mapped


def parse_published(value: str) -> datetime:
    """A timezone-aware datetime from ISO 8601; a date or naive time is taken as UTC."""
    # fromisoformat reads dates, "Z" and offsets since Python 3.11; a bare date gives midnight.
    parsed = datetime.fromisoformat(value.strip())
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def make_article(
    context: FileContext,
    *,
    title: str,
    text: str,
    meta: Meta | None = None,
    article_id: str | None = None,
    line: int | None = None,
) -> Iterator[Article | Problem]:
    """Yield the Article, preceded by a Problem for a metadata field that had to be dropped."""
    own = meta or Meta()
    defaults = context.defaults
    limits = context.settings
    title = clean_title(title)
    text = tidy(text)
    if not text or text.isspace():
        yield context.problem("empty body", line)
        return
    inferred = not title
    if inferred:
        title = infer_title(text)
    if len(title) > limits.max_title_chars:
        message = f"title of {len(title):,} characters cut to {limits.max_title_chars}"
        yield context.problem(message, line)
        title = _cut(title, limits.max_title_chars)
    source = own.source or defaults.source or context.fallback_source
    if len(source) > limits.max_field_chars:
        yield context.problem(f"source cut to {limits.max_field_chars} characters", line)
        source = _cut(source, limits.max_field_chars)
    url = own.url or defaults.url
    if url is not None and len(url) > limits.max_field_chars:
        yield context.problem(f"url of {len(url):,} characters dropped", line)
        url = None
    lang = own.lang or defaults.lang
    if lang is not None and len(lang) > limits.max_lang_chars:
        yield context.problem(f"language code of {len(lang):,} characters dropped", line)
        lang = None
    if article_id and len(article_id) > limits.max_id_chars:
        article_id = content_id(article_id)  # still stable: the same long id, the same hash
    published: datetime | None = None
    stated = own.published or defaults.published
    if stated:
        try:
            published = parse_published(stated)
        except ValueError:
            yield context.problem(f"unreadable published date {stated!r}; left unknown", line)
    yield Article(
        id=article_id or content_id(normalize(title), normalize(text)),
        title=title,
        text=text,
        source=source,
        path=context.label(line),
        url=url,
        published=published,
        published_certainty="stated" if published else "unknown",
        lang=lang,
        title_inferred=inferred,
    )


def _cut(text: str, limit: int) -> str:
    return text[: limit - 1].rstrip() + "…"


def infer_title(text: str) -> str:
    """A title for an untitled article: its first sentence, cut to ``INFERRED_TITLE_WORDS``."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    span = next(split_sentences([first], "ar"), None)
    words = (span.text if span else first).split()
    if len(words) <= INFERRED_TITLE_WORDS:
        return clean_title(" ".join(words))
    return clean_title(" ".join(words[:INFERRED_TITLE_WORDS])) + "…"
