"""Feed fetches: the name lookup is inside the fetch deadline (docs/reliability.md, bounds)."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from marsad.ingest.feeds import Validators, poll_feed
from marsad.settings import Settings

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><guid>1</guid><title>t</title><description>d</description></item></channel></rss>"""


class _Feed(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(RSS)))
        self.end_headers()
        self.wfile.write(RSS)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def port(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_a_name_lookup_that_never_ends_fails_at_the_deadline(
    port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = socket.getaddrinfo
    released = threading.Event()
    # A safety net, so that code with the lookup outside the deadline ends the test instead
    # of hanging it: the resolver answers once the fetch returned, or after 60 s (the old code
    # then failed at its deadline too, but only once the lookup had ended).
    safety = threading.Timer(60, released.set)
    safety.daemon = True
    safety.start()

    def resolver(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "slow.invalid":
            released.wait()
            return real("127.0.0.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    settings = Settings(fetch_deadline=1.0, fetch_timeout=10.0)
    result = poll_feed(f"http://slow.invalid:{port}/feed.xml", Validators(), settings=settings)
    still_resolving = not released.is_set()
    released.set()
    safety.cancel()
    assert still_resolving, "the fetch waited for the name lookup past its deadline"
    assert result.failed
    assert result.problems[0].message == (
        "feed fetch failed: no complete answer within the 1 s deadline "
        "(the name lookup of slow.invalid did not end)"
    )


def test_a_name_that_resolves_is_fetched_and_one_that_does_not_is_a_problem(
    port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = poll_feed(f"http://localhost:{port}/feed.xml", Validators(), settings=Settings())
    assert not result.failed and [a.title for a in result.articles] == ["t"]

    def unknown(host: str, *args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)
    failed = poll_feed("http://nowhere.invalid/feed.xml", Validators(), settings=Settings())
    assert failed.failed and "Name or service not known" in failed.problems[0].message
