"""The ingest stage: read every input file into Articles, reporting bad input as Problems."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

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
from marsad.ingest.jsonl import parse_record, read_json, read_jsonl, read_jsonl_stream
from marsad.ingest.manifest import Manifests
from marsad.ingest.paths import iter_paths
from marsad.ingest.records import FileContext, Meta
from marsad.ingest.table import read_csv, read_parquet
from marsad.ingest.text import parse_text
from marsad.model import Article, Problem
from marsad.settings import Settings

logger = logging.getLogger(__name__)

Format = Literal["text", "jsonl", "json", "html", "csv", "parquet"]
# The input name that means standard input (JSON Lines or one text article), as in Unix tools.
STDIN = "-"
STDIN_LABEL = "<stdin>"

_SUFFIXES: tuple[tuple[tuple[str, ...], Format], ...] = (
    ((".csv", ".tsv"), "csv"),
    ((".parquet", ".pq"), "parquet"),
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


def load_articles(
    paths: Iterable[str | Path], *, settings: Settings, stdin: BinaryIO | None = None
) -> IngestResult:
    """Read files, folders and glob patterns into articles; never raises for bad input.

    The name ``-`` reads standard input (or ``stdin``): JSON Lines, or one text article."""
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given bare, not as a list: do not iterate its characters
    paths = list(paths)
    collector = _Collector()
    manifests = Manifests(settings.manifest, max_bytes=settings.max_manifest_bytes)
    files = 0
    if STDIN in paths:
        files += 1
        for result in read_stream(stdin or sys.stdin.buffer, settings=settings):
            collector.add(result, STDIN_LABEL)
        paths = [path for path in paths if path != STDIN]
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
        manifests = Manifests(settings.manifest, max_bytes=settings.max_manifest_bytes)
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


def read_stream(stream: BinaryIO, *, settings: Settings) -> Iterator[Article | Problem]:
    """Articles from a stream (standard input): JSON Lines when the first line is an object,
    otherwise one plain-text article; never raises for bad input."""
    context = FileContext(path=STDIN_LABEL, fallback_source="stdin", settings=settings)
    limit = settings.max_article_bytes
    try:
        first = stream.readline(limit + 1)
        while first and first.isspace():
            first = stream.readline(limit + 1)
        if first.lstrip(_BOM_AND_SPACE).startswith(b"{"):
            yield from read_jsonl_stream(
                stream,
                context,
                line_limit=limit,
                file_limit=settings.max_file_bytes,
                max_lines=settings.max_lines_per_file,
                first=first,
            )
            return
        data = first + stream.read(max(limit + 1 - len(first), 0))
        if len(data) > limit:
            raise InputError(size_message(len(data), limit, "input") + " for one article")
        text = decode(data)
        if not text.strip():
            raise InputError("empty input")
        yield from parse_text(text, context)
    except InputError as error:
        yield context.problem(str(error))
    except OSError as error:
        yield context.problem(describe_os_error(error))


RECORDS_LABEL = "<records>"


def read_records(
    records: Iterable[tuple[int, object]], *, settings: Settings
) -> Iterator[Article | Problem]:
    """Articles from records given in Python (dicts with the JSON Lines fields), numbered by
    their position among the inputs; anything else is a Problem, never a TypeError."""
    context = FileContext(path=RECORDS_LABEL, fallback_source="records", settings=settings)
    for number, record in records:
        if isinstance(record, Mapping):
            yield from parse_record(dict(record), context, number)
        else:
            kind = type(record).__name__
            message = f"expected a path, an Article or a dict of fields, got {kind}"
            yield context.problem(message, number)


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
    if kind == "csv":
        yield from read_csv(path, context, settings)
        return
    if kind == "parquet":
        yield from read_parquet(path, context, settings)
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
