"""Opening a store for reading: read-only commands and the app never create one by mistake."""

from __future__ import annotations

from pathlib import Path

from marsad.errors import StoreError
from marsad.newsroom import open_store
from marsad.settings import Settings
from marsad.store import Store, store_url


def open_existing(target: str, *, settings: Settings | None = None) -> Store:
    """The store at ``target``; a SQLite file that does not exist is a StoreError with the
    hint to run `marsad ingest` (a typo in ``--db`` would otherwise serve an empty store)."""
    url = store_url(target)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if str(path) not in ("", ":memory:") and not path.is_file():
            raise StoreError(
                f"no store at {path} (the file does not exist): create one with "
                f"`marsad ingest FILES --db {target}`, or give --db / MARSAD_DB an existing store"
            )
    return open_store(target, settings=settings)
