"""The ingest stage: read every input file into Articles, reporting bad input as Problems."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from marsad.errors import InputError
from marsad.ingest.encoding import decode
from marsad.ingest.files import (
    describe_os_error,
    open_regular,
    read_capped,
    regular_file_size,
    size_message,
)
from marsad.ingest.html import parse_html
from marsad.ingest.jsonl import read_json, read_jsonl
from marsad.ingest.manifest import Manifests
from marsad.ingest.paths import iter_paths
from marsad.ingest.records import FileContext, Meta
from marsad.ingest.text import parse_text
from marsad.model import Article, Problem
from marsad.settings import Settings

logger = logging.getLogger(__name__)

Format = Literal["text", "jsonl", "json", "html"]

_SUFFIXES: tuple[tuple[tuple[str, ...], Format], ...] = (
    ((".jsonl", ".ndjson", ".gz"), "jsonl"),
    ((".json",), "json"),
    ((".html", ".htm", ".xhtml"), "html"),
    ((".txt", ".text"), "text"),
)
_SNIFF_BYTES = 1024
_BOM_AND_SPACE = b"\xef\xbb\xbf\xff\xfe \t\r\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestResult:
    """Articles read (in input order, first occurrence of an id wins) and what went wrong."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    skipped_duplicates: int
    files: int


def load_articles(paths: Iterable[str | Path], *, settings: Settings) -> IngestResult:
    """Read files, folders and glob patterns into articles; never raises for bad input."""
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given bare, not as a list: do not iterate its characters
    collector = _Collector()
    manifests = Manifests(settings.manifest)
    files = 0
    for item in iter_paths(
        paths, manifest=settings.manifest, follow_symlinks=settings.follow_symlinks
    ):
        if isinstance(item, Problem):
            collector.problems.append(item)
            continue
        files += 1
        meta = manifests.lookup(item)
        collector.problems.extend(manifests.take_problems())
        for result in read_articles(item, settings=settings, meta=meta):
            collector.add(result, str(item))
    return IngestResult(
        articles=tuple(collector.articles),
        problems=tuple(collector.problems),
        skipped_duplicates=collector.skipped,
        files=files,
    )


def read_articles(
    path: Path, *, settings: Settings, meta: Meta | None = None
) -> Iterator[Article | Problem]:
    """Articles and Problems from one file, whatever its format; never raises for bad input.

    ``meta`` is the file's manifest entry; when omitted it is looked up as load_articles does.
    """
    if meta is None:
        manifests = Manifests(settings.manifest)
        meta = manifests.lookup(path)
        yield from manifests.take_problems()
    context = FileContext(
        path=str(path), defaults=meta, fallback_source=source_name(path), settings=settings
    )
    try:
        yield from _read(path, context, settings)
    except InputError as error:  # EncodingError included
        yield context.problem(str(error))
    except OSError as error:
        yield context.problem(describe_os_error(error))
    except Exception as error:  # the contract: bad input never raises out of ingest
        logger.debug("unexpected error reading %s", path, exc_info=True)
        yield context.problem(f"unexpected error: {type(error).__name__}: {error}")


def format_of(path: Path) -> Format | None:
    """The format a file name implies (no extension: text), or None to sniff the content."""
    name = path.name.lower()
    for suffixes, kind in _SUFFIXES:
        if name.endswith(suffixes):
            return kind
    return None if path.suffix else "text"


def source_name(path: Path) -> str:
    """The fallback outlet name: the file name without extension(s) (``a.jsonl.gz`` -> ``a``)."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem or path.name


def _read(path: Path, context: FileContext, settings: Settings) -> Iterator[Article | Problem]:
    size = regular_file_size(path)
    if size == 0:
        raise InputError("empty file")
    limit = settings.max_article_bytes
    kind = format_of(path) or _sniff(path)
    if kind == "json" and size > settings.max_file_bytes and _sniff(path) == "jsonl":
        kind = "jsonl"  # too big to parse whole: stream it, which works when it is JSON Lines
    if kind == "jsonl":
        yield from read_jsonl(
            path,
            context,
            line_limit=limit,
            file_limit=settings.max_file_bytes,
            max_lines=settings.max_lines_per_file,
        )
        return
    if kind == "json":
        yield from read_json(
            path, context, file_limit=settings.max_file_bytes, max_lines=settings.max_lines_per_file
        )
        return
    if size > limit:
        raise InputError(size_message(size, limit, "file") + " for one article")
    text = decode(read_capped(path, limit, what="file"))
    if not text:
        raise InputError("empty file")
    yield from (parse_html if kind == "html" else parse_text)(text, context)


def _sniff(path: Path) -> Format:
    """Guess the format of a file with an unknown extension from its first bytes."""
    with open_regular(path) as stream:
        head = stream.read(_SNIFF_BYTES)
    # Dropping NUL bytes makes the ASCII markers of UTF-16 text visible too.
    probe = head.replace(b"\x00", b"").lstrip(_BOM_AND_SPACE).lower()
    if probe.startswith(b"{"):
        return "jsonl"
    if probe.startswith(b"<!doctype") or b"<html" in probe:
        return "html"
    return "text"


@dataclass(slots=True)
class _Collector:
    """Keeps the first article of each id and counts or reports the later ones."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0
    _seen: dict[str, Article] = field(default_factory=dict)

    def add(self, item: Article | Problem, file: str) -> None:
        """Record an article (unless its id was seen) or a problem."""
        if isinstance(item, Problem):
            self.problems.append(item)
            return
        first = self._seen.get(item.id)
        if first is None:
            self._seen[item.id] = item
            self.articles.append(item)
        elif (first.title, first.text) == (item.title, item.text):
            self.skipped += 1
        else:
            message = (
                f"duplicate id {item.id!r} with different content; kept the first ({first.path})"
            )
            self.problems.append(Problem(path=file, message=message, line=_line_of(item, file)))


def _line_of(article: Article, file: str) -> int | None:
    """The JSONL line number in an article path ``file:line``, if there is one."""
    suffix = (article.path or "").removeprefix(file + ":")
    return int(suffix) if suffix.isdigit() and suffix != article.path else None
