"""JSON report: the digest contract of DESIGN.md, as readable UTF-8."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from marsad.model import Digest


def render_json(digest: Digest, *, explain: bool = False) -> str:
    """The digest as indented JSON; ``removed`` is always there, so ``explain`` changes nothing."""
    del explain  # Accepted so that every renderer takes the same arguments.
    return b"".join(json_chunks(digest)).decode("utf-8")


def json_chunks(digest: Digest) -> Iterator[bytes]:
    """The indented JSON of ``digest`` in pieces, one story or line at a time.

    The same text as ``json.dumps(digest.to_dict(), ensure_ascii=False, indent=2)``, but made
    by orjson item by item: never the whole digest as one dict (the standard library, which
    falls back to pure Python when indenting, took 37 s for the 343 MB all-ANT digest)."""
    parts = {
        "stories": (story.to_dict() for story in digest.stories),
        "storylines": (storyline.to_dict() for storyline in digest.storylines),
        "removed": (removal.to_dict() for removal in digest.removed),
        "problems": (problem.to_dict() for problem in digest.problems),
    }
    yield b"{"
    for number, (key, items) in enumerate(parts.items()):
        yield (b"," if number else b"") + b'\n  "' + key.encode() + b'": '
        yield from _array(items)
    yield b',\n  "stats": ' + _indented(dict(digest.stats), 1) + b"\n}"


def _array(items: Iterable[Any]) -> Iterator[bytes]:
    empty = True
    for item in items:
        yield (b"[" if empty else b",") + b"\n    " + _indented(item, 2)
        empty = False
    yield b"[]" if empty else b"\n  ]"


def _indented(value: Any, level: int) -> bytes:
    """``value`` as orjson's two-space indented JSON, nested ``level`` levels deep."""
    # Newlines inside JSON strings are escaped, so every raw newline starts a line to indent.
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n" + b"  " * level)
