"""Ingest: files, folders and globs of text, JSONL (plain or gzip), JSON and HTML into Articles."""

from __future__ import annotations

from marsad.ingest.core import (
    IngestResult,
    format_of,
    load_articles,
    read_articles,
    read_records,
    read_stream,
    source_name,
)
from marsad.ingest.encoding import decode
from marsad.ingest.manifest import load_manifest
from marsad.ingest.paths import iter_paths
from marsad.ingest.records import Meta, parse_published

__all__ = [
    "IngestResult",
    "Meta",
    "decode",
    "format_of",
    "iter_paths",
    "load_articles",
    "load_manifest",
    "parse_published",
    "read_articles",
    "read_records",
    "read_stream",
    "source_name",
]
