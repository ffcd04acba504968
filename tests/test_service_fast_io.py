"""`marsad serve` parses HTTP with httptools and runs uvloop's event loop: uvicorn takes both
when they are installed (its "auto"), and marsad depends on them (less serving CPU a request
than h11 and asyncio's loop; docs/benchmarks.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import uvicorn

from marsad.service.app import create_app
from marsad.store import open_store


def test_serve_takes_httptools_and_uvloop(tmp_path: Path) -> None:
    """The configuration `serve` runs uvicorn with (its defaults) picks both."""
    uvloop = pytest.importorskip("uvloop", reason="uvloop is not built for this platform")
    store = open_store(str(tmp_path / "m.db"))
    try:
        config = uvicorn.Config(create_app(store), log_config=None, access_log=False)
        config.load()
        assert config.http_protocol_class.__module__ == "uvicorn.protocols.http.httptools_impl"
        factory = config.get_loop_factory()
        assert factory is not None
        loop = factory()
        try:
            assert isinstance(loop, uvloop.Loop)
        finally:
            loop.close()
    finally:
        store.close()
