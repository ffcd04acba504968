"""The load test's own client: keep-alive http.client, the server's time from Server-Timing,
and a connection the server closed reopened once (a closed idle keep-alive is not an error)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from marsad.service.app import create_app
from marsad.service.local import serve_in_thread
from marsad.store import open_store
from marsad_bench.plainhttp import PlainClient, server_seconds


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("app;dur=12.5", 0.0125),
        ("db;dur=3, app;desc=x;dur=40", 0.040),
        ("app", None),
        ("app;dur=fast", None),
        (None, None),
    ],
)
def test_server_seconds_reads_the_app_metric(header: str | None, seconds: float | None) -> None:
    assert server_seconds(header) == (pytest.approx(seconds) if seconds is not None else None)


def test_every_answer_says_the_servers_time_and_a_closed_connection_is_reopened(
    tmp_path: Path,
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        app = create_app(store, rate_limit=None)
        with serve_in_thread(app) as base:
            client = PlainClient(base)
            first = client.get("/healthz")
            assert first.status == 200 and first.json()["status"] == "ok"
            assert first.server_seconds is not None and 0 <= first.server_seconds < 60
            connection = client._connection
            assert connection is not None and connection.sock is not None
            connection.sock.shutdown(socket.SHUT_RDWR)  # as a server closing an idle one would
            assert client.get("/stories?limit=1").status == 200
            assert client.get("/nowhere").status == 404  # an answer, not an error
            client.close()
    finally:
        store.close()
