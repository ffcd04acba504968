"""Search queries shared by both backends (the words themselves come from the newsroom)."""

from __future__ import annotations


def fts5_query(groups: list[list[str]]) -> str:
    """An FTS5 MATCH expression: quoted alternatives OR-ed per word, words AND-ed."""
    quoted = (" OR ".join('"' + alt.replace('"', "") + '"' for alt in group) for group in groups)
    return " AND ".join(f"({part})" for part in quoted) or '""'
