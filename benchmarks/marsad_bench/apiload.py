"""A bounded local read load on the API: ``marsad bench api --db URL``.

Starts the app with uvicorn on 127.0.0.1 (a free port), sends a fixed number of GET requests
per endpoint from a few threads, and prints p50/p99 latency and throughput as a Markdown table.
It never talks to another host and stops by itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from marsad.errors import MarsadError
from marsad.store import Store

# Endpoint name → path for request number i (story ids are taken from the store).
Paths = dict[str, Callable[[int], str]]


def _paths(story_ids: list[str], query: str) -> Paths:
    def story(i: int) -> str:
        return story_ids[i % len(story_ids)]

    return {
        "GET /healthz": lambda i: "/healthz",
        "GET /stories?limit=20": lambda i: "/stories?limit=20",
        f"GET /stories?q={query}": lambda i: "/stories?q=" + quote(query),
        "GET /stories/{id}": lambda i: f"/stories/{story(i)}",
        "GET /story/{id} (web page)": lambda i: f"/story/{story(i)}",
    }


def _measure(base: str, path_of: Callable[[int], str], requests: int, threads: int) -> list[float]:
    try:
        import httpx
    except ImportError:
        raise MarsadError("the load test needs httpx: pip install -e ./benchmarks") from None

    latencies: list[float] = []
    lock = threading.Lock()
    numbers = iter(range(requests))

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            while True:
                with lock:
                    number = next(numbers, None)
                if number is None:
                    return
                started = time.perf_counter()
                response = client.get(path_of(number))
                elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    raise MarsadError(f"{path_of(number)} answered {response.status_code}")
                with lock:
                    latencies.append(elapsed)

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return sorted(latencies)


@dataclass(frozen=True, slots=True, kw_only=True)
class EndpointRow:
    """Latency and throughput of one endpoint under the load."""

    endpoint: str
    p50_ms: float
    p99_ms: float
    per_second: float


def api_load(
    store: Store, *, requests: int = 200, threads: int = 4, query: str = "سوريا"
) -> list[EndpointRow]:
    """Serve ``store`` on loopback and send ``requests`` GETs per endpoint from ``threads``."""
    from marsad.service.app import create_app
    from marsad.service.local import serve_in_thread

    story_ids = [row.id for row in store.stories(limit=50).stories]
    if not story_ids:
        raise MarsadError("the store has no stories: ingest something first")
    rows = []
    with serve_in_thread(create_app(store)) as base:
        for name, path_of in _paths(story_ids, query).items():
            started = time.perf_counter()
            latencies = _measure(base, path_of, requests, threads)
            wall = time.perf_counter() - started
            rows.append(
                EndpointRow(
                    endpoint=name,
                    p50_ms=latencies[len(latencies) // 2] * 1000,
                    p99_ms=latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000,
                    per_second=len(latencies) / wall,
                )
            )
    return rows
