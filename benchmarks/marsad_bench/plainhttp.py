"""The load test's HTTP client: one keep-alive HTTP/1.1 connection per client on http.client.

The load runs on the cores it measures, so its own CPU a request is part of every latency it
reports: httpx (with h11 and httpcore beneath) spent about 0.8 ms of CPU a request under
`marsad loadtest`, more than a quarter of the serving processes' own. This client asks for
gzip as httpx did (the server compresses the same answers) but leaves read bodies undecoded.
"""

from __future__ import annotations

import gzip
import http.client
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

# Sent with every request, as a browser or httpx would: the server's gzip is part of its work.
_HEADERS = {"Accept-Encoding": "gzip", "Connection": "keep-alive"}


@dataclass(frozen=True, slots=True)
class Answer:
    """A status, its body (decoded only when asked for as JSON) and the server's own time."""

    status: int
    body: bytes
    encoding: str
    server_seconds: float | None  # from the Server-Timing header's ``app`` metric

    def json(self) -> Any:
        """The body as JSON (gunzipped when it came compressed)."""
        body = gzip.decompress(self.body) if self.encoding == "gzip" else self.body
        return json.loads(body)


class PlainClient:
    """GET and POST over one kept-alive connection, reopened once when the server closed it."""

    def __init__(self, base: str, *, timeout: float = 120.0) -> None:
        parts = urlsplit(base)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.timeout = timeout
        self._connection: http.client.HTTPConnection | None = None

    def get(self, path: str) -> Answer:
        """GET ``path``."""
        return self._send("GET", path, None, {})

    def post(self, path: str, document: Any, headers: dict[str, str]) -> Answer:
        """POST ``document`` as JSON to ``path``."""
        body = json.dumps(document).encode("utf-8")
        return self._send("POST", path, body, {**headers, "Content-Type": "application/json"})

    def close(self) -> None:
        """Close the connection, if open."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _send(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> Answer:
        reused = self._connection is not None
        try:
            return self._once(method, path, body, headers)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            if not reused:  # a fresh connection refused: the server's answer, not an idle close
                raise
            return self._once(method, path, body, headers)
        except BaseException:
            self.close()
            raise

    def _once(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> Answer:
        if self._connection is None:
            self._connection = http.client.HTTPConnection(self.host, self.port, self.timeout)
        self._connection.request(method, path, body, {**_HEADERS, **headers})
        response = self._connection.getresponse()
        data = response.read()
        if response.will_close:
            self.close()
        return Answer(
            response.status,
            data,
            response.getheader("content-encoding", ""),
            server_seconds(response.getheader("server-timing")),
        )


def server_seconds(header: str | None) -> float | None:
    """The ``app`` metric's duration of a Server-Timing header, in seconds (None without)."""
    for metric in (header or "").split(","):
        name, _, params = metric.strip().partition(";")
        if name != "app":
            continue
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "dur":
                try:
                    return float(value) / 1000
                except ValueError:
                    return None
    return None
