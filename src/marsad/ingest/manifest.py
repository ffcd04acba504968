"""Source manifests: a JSON or CSV file mapping input file names to outlet and metadata.

JSON: ``{"a.txt": "Outlet"}`` or ``{"a.txt": {"source": "Outlet", "published": "2022-01-13"}}``.
CSV: a header ``file,source`` with optional ``published``, ``url``, ``title`` and ``lang`` columns.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from marsad.errors import InputError, ManifestError
from marsad.ingest.encoding import decode
from marsad.ingest.files import describe_os_error
from marsad.ingest.records import Meta
from marsad.model import Problem
from marsad.settings import Settings

MANIFEST_NAMES = frozenset({"sources.json", "sources.csv"})
_FIELDS = ("source", "published", "url", "title", "lang", "name")


def load_manifest(path: Path, *, max_bytes: int | None = None) -> dict[str, Meta]:
    """Read a manifest (CSV by its extension, else JSON); ManifestError when malformed or
    larger than ``max_bytes`` (default ``Settings.max_manifest_bytes``)."""
    limit = max_bytes if max_bytes is not None else Settings().max_manifest_bytes
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise ManifestError(f"cannot read manifest: {describe_os_error(error)}") from error
    if len(data) > limit:
        raise ManifestError(f"manifest is larger than {limit:,} bytes (max_manifest_bytes)")
    try:
        text = decode(data)
    except InputError as error:
        raise ManifestError(f"manifest: {error}") from error
    if path.suffix.lower() == ".csv":
        return _from_csv(text)
    return _from_json(text)


def _from_json(text: str) -> dict[str, Meta]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ManifestError(f"manifest is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise ManifestError("manifest must be a JSON object mapping file names to sources")
    entries: dict[str, Meta] = {}
    for name, value in data.items():
        if isinstance(value, str):
            entries[name] = Meta(source=value)
        elif isinstance(value, dict):
            entries[name] = _meta(name, value)
        else:
            raise ManifestError(f"manifest entry {name!r} must be a string or an object")
    return entries


def _from_csv(text: str) -> dict[str, Meta]:
    reader = csv.DictReader(io.StringIO(text))
    columns = [name.strip().lower() for name in reader.fieldnames or ()]
    if "file" not in columns:
        raise ManifestError("manifest CSV needs a header with a 'file' column")
    reader.fieldnames = columns
    entries: dict[str, Meta] = {}
    for row in reader:
        name = (row.get("file") or "").strip()
        if not name:
            raise ManifestError(f"manifest CSV row {reader.line_num} has no file name")
        entries[name] = _meta(name, {key: (row.get(key) or "").strip() or None for key in _FIELDS})
    return entries


def _meta(name: str, fields: dict[str, object]) -> Meta:
    values: dict[str, str | None] = {}
    for key in _FIELDS:
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            raise ManifestError(f"manifest entry {name!r}: {key!r} must be a string")
        values[key] = value or None
    return Meta(**values)


class Manifests:
    """Finds a file's manifest entry: the explicit manifest, else sources.json/.csv beside it."""

    def __init__(self, explicit: Path | None = None, *, max_bytes: int | None = None) -> None:
        self._explicit = explicit
        self._max_bytes = max_bytes
        self._cache: dict[Path, dict[str, Meta] | None] = {}
        self.problems: list[Problem] = []

    def lookup(self, path: Path) -> Meta:
        """The manifest entry for a file, or empty metadata when no manifest names it."""
        candidates = [path.parent / name for name in sorted(MANIFEST_NAMES)]
        if self._explicit is not None:
            candidates.insert(0, self._explicit)
        for manifest in candidates:
            entries = self._load(manifest, required=manifest is self._explicit)
            if entries:
                entry = _find(entries, manifest.parent, path)
                if entry is not None:
                    return entry
        return Meta()

    def take_problems(self) -> list[Problem]:
        """Problems found in manifests since the last call."""
        problems, self.problems = self.problems, []
        return problems

    def _load(self, manifest: Path, *, required: bool) -> dict[str, Meta] | None:
        key = manifest.absolute()
        if key in self._cache:
            return self._cache[key]
        entries: dict[str, Meta] | None = None
        if required or manifest.is_file():
            try:
                entries = load_manifest(manifest, max_bytes=self._max_bytes)
            except ManifestError as error:
                self.problems.append(Problem(path=str(manifest), message=str(error)))
        self._cache[key] = entries
        return entries


def _find(entries: dict[str, Meta], base: Path, path: Path) -> Meta | None:
    """Match by path relative to the manifest's folder, then by bare file name."""
    try:
        relative = path.resolve().relative_to(base.resolve()).as_posix()
    except (OSError, ValueError):
        relative = None
    if relative is not None and relative in entries:
        return entries[relative]
    return entries.get(path.name)
