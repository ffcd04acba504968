"""Search queries shared by both backends (the words themselves come from the newsroom)."""

from __future__ import annotations

import hashlib


def fts_rowid(story_id: str) -> int:
    """A story's rowid in SQLite's ``stories_fts``: 56 bits of its id's SHA-256 (positive, no
    clash among a store's stories in practice), so a story's row is found without a scan."""
    return int.from_bytes(hashlib.sha256(story_id.encode("utf-8")).digest()[:7], "big")


def fts5_query(groups: list[list[str]]) -> str:
    """An FTS5 MATCH expression: quoted alternatives OR-ed per word, words AND-ed."""
    quoted = (" OR ".join('"' + alt.replace('"', "") + '"' for alt in group) for group in groups)
    return " AND ".join(f"({part})" for part in quoted) or '""'
