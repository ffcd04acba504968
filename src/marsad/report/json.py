"""JSON report: the digest contract of DESIGN.md, as readable UTF-8."""

from __future__ import annotations

import json

from marsad.model import Digest


def render_json(digest: Digest, *, explain: bool = False) -> str:
    """The digest as indented JSON; ``removed`` is always there, so ``explain`` changes nothing."""
    del explain  # Accepted so that every renderer takes the same arguments.
    return json.dumps(digest.to_dict(), ensure_ascii=False, indent=2)
