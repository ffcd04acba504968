"""Tables of articles: CSV/TSV (a header row, one article a row) and Parquet (one a row).

Columns are read as the record fields of JSON Lines (``title``, ``text``, ``id``, ``url``,
``source``, ``published``, ``lang``); ``Settings.columns`` maps other column names onto them
(``--map title=headline,text=body``). A table without a text column is one Problem, never an
article made of its header line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from marsad.errors import InputError
from marsad.ingest.files import open_regular
from marsad.ingest.jsonl import parse_record, too_many
from marsad.ingest.records import FileContext
from marsad.model import Article, Problem
from marsad.settings import Settings

PARQUET_BATCH_ROWS = 1024


def _missing_text(header: Iterable[str], settings: Settings) -> str | None:
    names = set(header)
    column = dict(settings.columns).get("text", "text")
    if column in names:
        return None
    shown = ", ".join(sorted(names)[:12]) or "none"
    return f"no {column!r} column (columns: {shown}); name the text column with --map text=COLUMN"


def read_csv(path: Path, context: FileContext, settings: Settings) -> Iterator[Article | Problem]:
    """One article per row of a CSV (or, for ``.tsv``, tab-separated) file with a header."""
    # The csv module's field limit (128 KiB) is below an article's; it is raised, never lowered.
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_article_bytes))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with open_regular(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        reader = csv.DictReader(text, delimiter=delimiter)
        try:
            header = reader.fieldnames or []
        except UnicodeDecodeError:
            raise InputError("a CSV file must be UTF-8") from None
        missing = _missing_text(header, settings)
        if missing:
            yield context.problem(missing, 1)
            return
        yield from _rows(reader, context, settings)


def _rows(
    reader: csv.DictReader[str], context: FileContext, settings: Settings
) -> Iterator[Article | Problem]:
    rows = 0
    limit = settings.max_lines_per_file
    try:
        for row in reader:
            rows += 1
            if rows > limit:
                yield context.problem(too_many(limit, "rows"), reader.line_num)
                return
            cells = {key: value or None for key, value in row.items() if isinstance(key, str)}
            yield from parse_record(cells, context, reader.line_num)
    except UnicodeDecodeError:
        yield context.problem("not UTF-8; the rest of the CSV file was not read", reader.line_num)
    except csv.Error as error:
        yield context.problem(f"not valid CSV: {error}", reader.line_num)
    if rows == 0:
        yield context.problem("no rows after the header")


def read_parquet(
    path: Path, context: FileContext, settings: Settings
) -> Iterator[Article | Problem]:
    """One article per row of a Parquet file (rows numbered from 1 as lines)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading Parquet needs pyarrow: pip install 'marsad[parquet]'") from None
    try:
        table = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises its own ArrowInvalid for a file that is not one
        raise InputError(f"not a Parquet file: {error}") from None
    missing = _missing_text(table.schema_arrow.names, settings)
    if missing:
        yield context.problem(missing)
        return
    number = 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for row in batch.to_pylist():
            number += 1
            if number > settings.max_lines_per_file:
                yield context.problem(too_many(settings.max_lines_per_file, "rows"), number)
                return
            record = {key: _text(value) for key, value in row.items()}
            yield from parse_record(record, context, number)


def _text(value: object) -> object:
    """Parquet's typed cells as the text a record holds (a timestamp as ISO 8601)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value
