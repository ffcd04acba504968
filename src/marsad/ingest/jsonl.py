"""JSON Lines (plain or gzip, streamed line by line) and JSON files holding a list of records.

A record is an object with ``title`` and ``text`` and optionally ``id``, ``url``, ``source``,
``published`` (ISO 8601) and ``lang``; other keys are ignored.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from marsad.errors import EncodingError, InputError
from marsad.ingest.encoding import decode, looks_utf16
from marsad.ingest.files import describe_os_error, open_regular, read_capped, size_message
from marsad.ingest.records import FileContext, Meta, make_article, map_record
from marsad.model import Article, Problem

_FIELDS = ("id", "title", "text", "url", "source", "published", "lang")
_SKIP_CHUNK = 1024 * 1024
_Stream = io.BufferedIOBase | BinaryIO


def read_jsonl(
    path: Path, context: FileContext, *, line_limit: int, file_limit: int, max_lines: int
) -> Iterator[Article | Problem]:
    """Stream records from a JSONL file (gzip-compressed when its name ends in ``.gz``).

    Lines are read one at a time, each at most ``line_limit`` bytes, at most ``max_lines`` of
    them (blank ones included); a UTF-16 file (rare) is decoded whole, up to ``file_limit``.
    """
    try:
        raw = open_regular(path)
    except OSError as error:
        yield context.problem(f"read error: {describe_os_error(error)}", 1)
        return
    with raw, _decompressed(path, raw) as stream:
        yield from read_jsonl_stream(
            stream, context, line_limit=line_limit, file_limit=file_limit, max_lines=max_lines
        )


def read_jsonl_stream(
    stream: _Stream,
    context: FileContext,
    *,
    line_limit: int,
    file_limit: int,
    max_lines: int,
    first: bytes | None = None,
) -> Iterator[Article | Problem]:
    """Records from an open binary stream of JSON Lines (a file, or standard input); ``first``
    is its first line when the caller already read it."""
    number = 0
    records = 0
    try:
        if first is None:
            first = stream.readline(line_limit + 1)
        if looks_utf16(first):
            data = first + stream.read(max(file_limit + 1 - len(first), 0))
            if len(data) > file_limit:
                raise InputError(size_message(len(data), file_limit, "UTF-16 file"))
            lines = enumerate(decode(data).split("\n"), 1)
            yield from parse_lines(lines, context, max_lines=max_lines)
            return
        for number, line in _numbered(first, stream, line_limit):
            if number > max_lines:
                records += 1
                yield context.problem(too_many(max_lines, "lines"), number)
                break
            if isinstance(line, int):
                records += 1
                yield context.problem(size_message(line, line_limit, "line"), number)
                continue
            for item in parse_line(line, context, number):
                records += 1
                yield item
    except (OSError, EOFError, zlib.error) as error:
        reason = describe_os_error(error) if isinstance(error, OSError) else str(error).lower()
        yield context.problem(f"read error: {reason}", number + 1)
        return
    if number == 0:
        yield context.problem("empty file")
    elif records == 0:
        yield context.problem("no records (only blank lines)")


def read_json(
    path: Path, context: FileContext, *, file_limit: int, max_lines: int
) -> Iterator[Article | Problem]:
    """Records from a ``.json`` file: a list of objects (numbered from 1), one object, or JSONL.

    At most ``max_lines`` records (or lines) are read."""
    data = read_capped(path, file_limit, what="file")
    if not data.strip():
        yield context.problem("empty file")
        return
    text = decode(data)
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        # Not one JSON document: read it as JSON Lines (one object per line).
        yield from parse_lines(enumerate(text.split("\n"), 1), context, max_lines=max_lines)
        return
    except RecursionError:
        yield context.problem("not valid JSON: nested too deeply")
        return
    items = document if isinstance(document, list) else [document]
    if not items:
        yield context.problem("empty JSON list")
    for number, item in enumerate(items[:max_lines], 1):
        yield from parse_record(item, context, number)
    if len(items) > max_lines:
        yield context.problem(too_many(max_lines, "records"), max_lines + 1)


def parse_lines(
    lines: Iterable[tuple[int, str]], context: FileContext, *, max_lines: int
) -> Iterator[Article | Problem]:
    """Records from numbered lines of already decoded text, at most ``max_lines`` lines."""
    for number, line in lines:
        if number > max_lines:
            yield context.problem(too_many(max_lines, "lines"), number)
            return
        yield from parse_line(line, context, number)


def too_many(limit: int, what: str) -> str:
    """The message for a file longer than the limit: what was read and what was not."""
    return f"more than {limit:,} {what}; the rest of the file was not read"


def parse_line(line: str | bytes, context: FileContext, number: int) -> Iterator[Article | Problem]:
    """The record on one JSONL line; nothing for a blank line, a Problem for a bad one."""
    if _blank(line):
        return
    try:
        record = _load(line)
    except EncodingError as error:
        yield context.problem(str(error), number)
        return
    except json.JSONDecodeError as error:
        yield context.problem(f"not valid JSON: {error.msg} (column {error.colno})", number)
        return
    except RecursionError:
        yield context.problem("not valid JSON: nested too deeply", number)
        return
    yield from parse_record(record, context, number)


def parse_record(record: object, context: FileContext, number: int) -> Iterator[Article | Problem]:
    """An Article from one decoded JSON record, checking the types of the known fields."""
    if not isinstance(record, dict):
        yield context.problem(f"expected a JSON object, got {_json_type(record)}", number)
        return
    if context.settings.columns:
        record = map_record(record, context.settings.columns)
    values: dict[str, str] = {}
    for key in _FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            message = f"field {key!r} must be a string, got {_json_type(value)}"
            yield context.problem(message, number)
            return
        values[key] = value
    if _blank(values.get("text", "")):
        yield context.problem("empty body", number)
        return
    meta = Meta(
        source=values.get("source") or None,
        published=values.get("published") or None,
        url=values.get("url") or None,
        lang=values.get("lang") or None,
    )
    yield from make_article(
        context,
        title=values.get("title", ""),
        text=values["text"],
        meta=meta,
        article_id=values.get("id", "").strip() or None,
        line=number,
    )


def _load(line: str | bytes) -> object:
    """Parse one line; bytes that are not UTF-8 are decoded (Windows-1256) first."""
    try:
        # json.loads reads UTF-8 bytes itself (BOM included), saving a decode on the fast path.
        return json.loads(line)
    except UnicodeDecodeError:
        if isinstance(line, str):
            raise
        return json.loads(decode(line))


def _numbered(first: bytes, stream: _Stream, limit: int) -> Iterator[tuple[int, bytes | int]]:
    """Numbered lines, or the byte size of a line over ``limit`` (skipped without keeping it)."""
    line, number = first, 1
    while line:
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while chunk := stream.readline(_SKIP_CHUNK):
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield number, size
        else:
            yield number, line
        line = stream.readline(limit + 1)
        number += 1


def _decompressed(path: Path, raw: BinaryIO) -> _Stream:
    """The file's bytes, gunzipped when its name ends in ``.gz`` (closing it leaves ``raw``)."""
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _blank(text: str | bytes) -> bool:
    """Empty or whitespace only (without copying a long text as ``strip`` would)."""
    return not text or text.isspace()
