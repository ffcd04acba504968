"""Outlets' display names for the pages, from a sources manifest's optional ``name``.

A manifest maps input files to their outlet (``source``); an entry may also give the name a
reader should see: ``{"cnn-1.txt": {"source": "cnn.com", "name": "CNN"}}``, or a ``name``
column in CSV. The store keeps ``source``; the pages show ``name`` where one is given.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from marsad.errors import InputError, ManifestError
from marsad.ingest.encoding import decode


def display_names(path: Path, *, max_bytes: int) -> dict[str, str]:
    """Outlet (``source``) → display name, for every manifest entry that gives both;
    ManifestError when the file cannot be read or is larger than ``max_bytes``."""
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise ManifestError(f"cannot read manifest {path}: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise ManifestError(f"manifest {path} is larger than {max_bytes:,} bytes")
    try:
        text = decode(data)
    except InputError as error:
        raise ManifestError(f"manifest {path}: {error}") from None
    entries = _csv(text) if path.suffix.lower() == ".csv" else _json(path, text)
    names: dict[str, str] = {}
    for entry in entries:
        source, name = entry.get("source"), entry.get("name")
        if isinstance(source, str) and isinstance(name, str) and source.strip() and name.strip():
            names.setdefault(source.strip(), " ".join(name.split()))
    return names


def _json(path: Path, text: str) -> list[dict[str, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ManifestError(f"manifest {path} is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise ManifestError(f"manifest {path} must be a JSON object mapping files to sources")
    return [value for value in data.values() if isinstance(value, dict)]


def _csv(text: str) -> list[dict[str, object]]:
    reader = csv.DictReader(io.StringIO(text))
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or ()]
    return [dict(row) for row in reader]
