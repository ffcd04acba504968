"""What the service did: an access log line per request and Prometheus metrics (/metrics)."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("marsad.access")

# Latency buckets in seconds: a read answers in milliseconds, a large write in seconds.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8"
UNMATCHED = "unmatched"  # a path no route serves: its text would make a label per typo


class Metrics:
    """Request counts by method, route and status, and a latency histogram by route
    (thread-safe: requests finish on the event loop, scrapes may come from anywhere)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: Counter[tuple[str, str, str]] = Counter()
        self._buckets: dict[str, list[int]] = {}
        self._sums: dict[str, float] = {}
        self._counts: Counter[str] = Counter()

    def record(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one answered request."""
        with self._lock:
            self._requests[(method, route, str(status))] += 1
            buckets = self._buckets.setdefault(route, [0] * len(BUCKETS))
            for number, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    buckets[number] += 1
            self._sums[route] = self._sums.get(route, 0.0) + seconds
            self._counts[route] += 1

    def render(self, gauges: Mapping[str, tuple[str, float]]) -> str:
        """The Prometheus text format; ``gauges`` maps a name to (help, value)."""
        lines = [
            "# HELP marsad_http_requests_total HTTP requests answered, by method, route and "
            "status.",
            "# TYPE marsad_http_requests_total counter",
        ]
        with self._lock:
            for (method, route, status), count in sorted(self._requests.items()):
                labels = f'method="{method}",route="{_label(route)}",status="{status}"'
                lines.append(f"marsad_http_requests_total{{{labels}}} {count}")
            lines += [
                "# HELP marsad_http_request_duration_seconds Time to answer a request, by route.",
                "# TYPE marsad_http_request_duration_seconds histogram",
            ]
            name = "marsad_http_request_duration_seconds"
            for route in sorted(self._buckets):
                label = f'route="{_label(route)}"'
                for bound, count in zip(BUCKETS, self._buckets[route], strict=True):
                    lines.append(f'{name}_bucket{{{label},le="{bound:g}"}} {count}')
                lines.append(f'{name}_bucket{{{label},le="+Inf"}} {self._counts[route]}')
                lines.append(f"{name}_sum{{{label}}} {self._sums[route]:.6f}")
                lines.append(f"{name}_count{{{label}}} {self._counts[route]}")
        for gauge, (help_, value) in gauges.items():
            lines += [f"# HELP {gauge} {help_}", f"# TYPE {gauge} gauge", f"{gauge} {value:g}"]
        return "\n".join(lines) + "\n"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class Observe:
    """Times each request; records it in ``metrics`` and writes one access-log line."""

    def __init__(
        self, app: ASGIApp, *, metrics: Metrics, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, noting its status and size as the answer goes out."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]  # before HeadAsGet turns a HEAD into a GET
        started = self.clock()
        status = 500  # if the app fails before answering, Guard answers 500
        size = 0

        async def noted(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
                message = timed(message, self.clock() - started)
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, noted)
        finally:
            seconds = self.clock() - started
            route = getattr(scope.get("route"), "path", None) or UNMATCHED
            self.metrics.record(method, route, status, seconds)
            _log(scope, method, status, size, seconds)


def timed(start: Message, seconds: float) -> Message:
    """``start`` with a Server-Timing header (``app;dur=`` milliseconds from the request's
    arrival in the app to its answer's start), so a client can tell the server's time from
    the time its request waited for a core or a connection before the app saw it."""
    header = (b"server-timing", f"app;dur={seconds * 1000:.1f}".encode())
    return {**start, "headers": [*(start.get("headers") or []), header]}


def _log(scope: Scope, method: str, status: int, size: int, seconds: float) -> None:
    if not access_log.isEnabledFor(logging.INFO):
        return
    query = scope.get("query_string", b"").decode("latin-1")
    target = scope.get("path", "") + (f"?{query}" if query else "")
    client = scope.get("client")
    address = client[0] if client else "-"
    access_log.info(
        '%s "%s %s" %d %d B %.1f ms',
        address,
        method,
        target,
        status,
        size,
        seconds * 1000,
        extra={
            "client": address,
            "method": method,
            "path": target,
            "status": status,
            "bytes": size,
            "duration_ms": round(seconds * 1000, 3),
        },
    )
