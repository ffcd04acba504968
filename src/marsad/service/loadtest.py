"""A bounded local load on the API: ``python -m marsad.service.loadtest --db URL``.

Starts the app with uvicorn on 127.0.0.1 (a free port), sends a fixed number of GET requests
per endpoint from a few threads, and prints p50/p99 latency and throughput as a Markdown table.
It never talks to another host and stops by itself.
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable
from urllib.parse import quote

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
        raise SystemExit("the load test needs httpx: pip install 'marsad[dev]'") from None

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
                    raise RuntimeError(f"{path_of(number)} answered {response.status_code}")
                with lock:
                    latencies.append(elapsed)

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return sorted(latencies)


def main() -> None:
    """Run the load and print the table."""
    from marsad.service.app import create_app
    from marsad.service.local import serve_in_thread
    from marsad.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store path or URL (already ingested)")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--threads", type=int, default=4, help="concurrent clients")
    parser.add_argument("--query", default="سوريا", help="search words for the q endpoint")
    options = parser.parse_args()
    store = open_store(options.db)
    story_ids = [row.id for row in store.stories(limit=50).stories]
    if not story_ids:
        raise SystemExit("the store has no stories: ingest something first")
    print(f"{store.counts()} · {options.requests} requests per endpoint, {options.threads} threads")
    print("| endpoint | p50 ms | p99 ms | requests/s |\n|---|---:|---:|---:|")
    try:
        with serve_in_thread(create_app(store)) as base:
            for name, path_of in _paths(story_ids, options.query).items():
                started = time.perf_counter()
                latencies = _measure(base, path_of, options.requests, options.threads)
                wall = time.perf_counter() - started
                p50 = latencies[len(latencies) // 2] * 1000
                p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000
                print(f"| {name} | {p50:.0f} | {p99:.0f} | {len(latencies) / wall:.0f} |")
    finally:
        store.close()


if __name__ == "__main__":
    main()
