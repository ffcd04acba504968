"""Outlets' display names for the pages, from a sources manifest's optional ``name``.

A manifest maps input files to their outlet (``source``); an entry may also give the name a
reader should see: ``{"cnn-1.txt": {"source": "cnn.com", "name": "CNN"}}``, or a ``name``
column in CSV. The store keeps ``source``; the pages show ``name`` where one is given.
"""

from __future__ import annotations

from pathlib import Path

from marsad.ingest.manifest import load_manifest


def display_names(path: Path, *, max_bytes: int) -> dict[str, str]:
    """Outlet (``source``) → display name, for every manifest entry that gives both;
    ManifestError when the file cannot be read, is malformed or is larger than ``max_bytes``."""
    names: dict[str, str] = {}
    for entry in load_manifest(path, max_bytes=max_bytes).values():
        if entry.source and entry.name and entry.source.strip() and entry.name.strip():
            names.setdefault(entry.source.strip(), " ".join(entry.name.split()))
    return names
