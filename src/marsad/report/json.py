"""JSON report: the digest contract of DESIGN.md, as readable UTF-8."""

from __future__ import annotations

import orjson

from marsad.model import Digest


def render_json(digest: Digest, *, explain: bool = False) -> str:
    """The digest as indented JSON; ``removed`` is always there, so ``explain`` changes nothing."""
    del explain  # Accepted so that every renderer takes the same arguments.
    # orjson writes the same text as json.dumps(ensure_ascii=False, indent=2) about ten times
    # faster (the standard library falls back to pure Python when indenting): 343 MB of
    # all-ANT digest took 37 s with json, 2.8 s with orjson.
    return orjson.dumps(digest.to_dict(), option=orjson.OPT_INDENT_2).decode("utf-8")
