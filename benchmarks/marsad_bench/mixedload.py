"""A bounded mixed load on loopback: clients reading and writing (token-authenticated POSTs) for
a fixed time; throughput, p50/p99 latency, errors, and whether every acknowledged write is stored.

``marsad loadtest --db COPY.db --seconds 60 --clients 50 --writes 0.2`` runs it. It writes
synthetic articles (ids ``load-…``) into the store, so point it at a copy. The server is
`marsad serve` in its own process (``--serve-workers`` serving processes and its write worker),
as deployed; ``server="thread"`` runs the app in a thread of this process instead, as before.

Three models of the clients (``Pacing``): closed loop with no pause (the default, a stress test:
each client sends its next request the instant the last one answers, so it measures throughput),
closed loop with a think time (each client pauses an exponential time of mean ``think_time``
after each answer: ``clients`` readers using the site), and open loop (requests arrive as a
Poisson process at ``rate`` a second whatever the answers; a request's latency counts from when
it was due, so a client held up by a slow answer does not hide the wait of the ones after it).
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.client import HTTPException
from pathlib import Path
from typing import Any
from urllib.parse import quote

from marsad.errors import MarsadError
from marsad.store import Store
from marsad_bench.plainhttp import PlainClient

# Words of the synthetic articles: enough that most articles start or join small stories.
_WORDS = (
    "river province villages rescue boats rain dam homes families evacuated council vote "
    "ballots turnout candidates parliament union workers port wages dockers shipping leaders "
    "talks treaty ministers capital delegation border earthquake rubble aftershock buildings "
    "survivors stadium goal penalty coach players fans tax deficit spending finance revenue "
    "bonds inflation blaze forest smoke firefighters hectares wind heat harvest wheat prices "
    "drought wells hospital doctors vaccine clinic school teachers exams students bridge road "
    "railway airport flights storm coast fishermen court judge verdict appeal prison police"
)
_VOCABULARY = _WORDS.split()
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tu",
    "sa",
    "vor",
    "bel",
    "dri",
    "no",
    "ash",
    "em",
    "qui",
    "zor",
    "fa",
    "lin",
    "pe",
    "gor",
    "hu",
    "tal",
]
_TOPICS = 200


@dataclass(frozen=True, slots=True)
class Pacing:
    """How the clients send: ``think_time`` (mean pause after an answer, seconds) or ``rate``
    (requests a second for all clients together, open loop); neither: closed loop, no pause."""

    think_time: float = 0.0
    rate: float = 0.0

    def __post_init__(self) -> None:
        if self.think_time < 0 or self.rate < 0:
            raise MarsadError("a think time and a rate cannot be negative")
        if self.think_time and self.rate:
            raise MarsadError("give a think time (closed loop) or a rate (open loop), not both")

    def describe(self, clients: int) -> str:
        """The model in words, for the report."""
        if self.rate:
            return (
                f"open loop: Poisson arrivals at {self.rate:g} requests/s offered, over "
                f"{clients} clients, latency counted from when each request was due"
            )
        if self.think_time:
            return (
                f"closed loop with think time: {clients} clients, each pausing an exponential "
                f"{self.think_time:g} s (mean) after each answer"
            )
        return f"closed loop, no think time (stress): {clients} clients, each sending on answer"

    def first(self, rng: random.Random, clients: int) -> float:
        """Seconds before a client's first request (spread, so they do not all start at once)."""
        if self.rate:
            return rng.expovariate(self.rate / clients)
        return rng.expovariate(1 / self.think_time) if self.think_time else 0.0

    def gap(self, rng: random.Random, clients: int) -> float:
        """Seconds from one request of a client to its next: from when the last was due (open
        loop) or from its answer (think time); 0 for the closed loop without pauses."""
        return self.first(rng, clients)


@dataclass(slots=True, kw_only=True)
class LoadReport:
    """What a mixed load did: latencies per kind, errors by request and status, writes kept."""

    seconds: float = 0.0
    clients: int = 0
    reads: list[float] = field(default_factory=list)
    server_reads: list[float] = field(default_factory=list)  # the same reads, in the server
    writes: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    acknowledged: list[str] = field(default_factory=list)  # article ids the API said it added
    stored: int = 0  # of those, how many the store holds afterwards
    server: str = ""  # how the app was served
    drained: float = 0.0  # seconds the worker took after the load to empty the write queue
    cache: str = ""  # the response cache's hits and misses (one serving process's /metrics)
    endpoints: dict[str, list[float]] = field(default_factory=dict)  # latencies by endpoint
    model: str = ""  # how the clients sent (Pacing.describe)
    warmup: float = 0.0  # seconds of load before the latencies counted
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds in the window, by process
    server_log: str = ""  # where `marsad serve`'s standard error went
    server_errors: Counter[str] = field(default_factory=Counter)  # 5xx answers by endpoint
    failures: list[str] = field(default_factory=list)  # the server log's first error lines

    @property
    def lost(self) -> int:
        """Acknowledged writes the store does not hold."""
        return len(self.acknowledged) - self.stored

    def rows(self) -> list[tuple[str, int, float, float, float]]:
        """(kind, requests, requests/s, p50 ms, p99 ms) for reads, writes and all."""
        found = []
        for kind, values in (
            ("reads", self.reads),
            ("writes", self.writes),
            ("all", self.reads + self.writes),
        ):
            ordered = sorted(values)
            found.append(
                (
                    kind,
                    len(ordered),
                    len(ordered) / self.seconds if self.seconds else 0.0,
                    _percentile(ordered, 0.50) * 1000,
                    _percentile(ordered, 0.99) * 1000,
                )
            )
        return found

    def _cpu_line(self) -> str:
        """'; CPU: serving N ms a request, client C ms a request, worker M s' over the measured
        window ('' without): the load's own process shares the cores it measures."""
        counted = len(self.reads) + len(self.writes)
        if not self.cpu or not counted:
            return ""
        serving, client = (
            self.cpu.get(name, 0.0) * 1000 / counted for name in ("serving", "client")
        )
        return (
            f"; CPU: serving {serving:.2f} ms a request, client {client:.2f} ms a request, "
            f"worker {self.cpu.get('worker', 0):.1f} s"
        )

    def to_markdown(self) -> str:
        """The report as a Markdown table and one line of totals."""
        lines = ["| requests | count | per second | p50 ms | p99 ms |", "|---|---:|---:|---:|---:|"]
        for kind, count, rate, p50, p99 in self.rows():
            lines.append(f"| {kind} | {count} | {rate:.1f} | {p50:.0f} | {p99:.0f} |")
        errors = sum(self.errors.values())
        detail = ", ".join(f"{what}: {n}" for what, n in self.errors.most_common()) or "none"
        if self.server_reads:
            ordered = sorted(self.server_reads)
            p50, p99 = (_percentile(ordered, share) * 1000 for share in (0.50, 0.99))
            lines.append(f"| reads, in the server | {len(ordered)} | – | {p50:.0f} | {p99:.0f} |")
        lines.append("")
        lines.append(
            (f"Model: {self.model}. " if self.model else "")
            + f"{self.clients} clients for {self.seconds:.1f} s"
            + (f" after a warm-up of {self.warmup:g} s" if self.warmup else "")
            + f" ({self.server}); errors: {errors} "
            f"({detail}); writes acknowledged: {len(self.acknowledged)}, stored: {self.stored}, "
            f"lost: {self.lost}; write queue emptied {self.drained:.1f} s after the load"
            + (f"; {self.cache}" if self.cache else "")
            + self._cpu_line()
        )
        lines += ["", "| endpoint | count | p50 ms | p99 ms |", "|---|---:|---:|---:|"]
        for endpoint, values in sorted(self.endpoints.items()):
            ordered = sorted(values)
            p50, p99 = (_percentile(ordered, share) * 1000 for share in (0.50, 0.99))
            lines.append(f"| {endpoint} | {len(ordered)} | {p50:.0f} | {p99:.0f} |")
        return "\n".join(lines + self._server_lines())

    def _server_lines(self) -> list[str]:
        """The server log's path; with any 5xx answer, their count by endpoint and the log's
        first error lines (a 500's cause is only there)."""
        lines = ["", f"Server log: {self.server_log}"] if self.server_log else []
        if self.server_errors:
            counts = ", ".join(f"{what}: {n}" for what, n in self.server_errors.most_common())
            lines += ["", f"5xx answers by endpoint: {counts}"]
            if self.failures:
                lines += ["", "The server log's first errors:", "```", *self.failures, "```"]
        return lines


def _percentile(ordered: list[float], share: float) -> float:
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


# Lines of the server log kept in the report: a traceback's, or a few failures' lines.
FAILURE_LINES = 30
_FAILURE_MARKS = (" ERROR ", " CRITICAL ", "Traceback (most recent call last)", " failed: ")


def first_failures(log: str, limit: int = FAILURE_LINES) -> list[str]:
    """The first ``limit`` lines of ``log`` from its first error line (an ERROR record, a
    request that failed, a traceback) on, tracebacks whole; [] when it has none."""
    lines = log.splitlines()
    for number, line in enumerate(lines):
        if any(mark in line for mark in _FAILURE_MARKS):
            return lines[number : number + limit]
    return []


def synthetic_article(rng: random.Random, article_id: str) -> dict[str, Any]:
    """A short English article on one of 200 topics, each with its own made-up place names."""
    topic = random.Random(rng.randrange(_TOPICS))
    names = ["".join(topic.choices(_SYLLABLES, k=3)).capitalize() for _ in range(4)]
    words = topic.sample(_VOCABULARY, 12)
    sentences = [
        " ".join([*rng.sample(names, 2), *rng.sample(words, 6)]).capitalize() + "."
        for _ in range(3)
    ]
    return {
        "id": article_id,
        "title": f"{names[0]} {words[0]} report {article_id}",  # unique: never an exact copy
        "text": " ".join(sentences),
        "source": f"Outlet {rng.randrange(8)}",
        "lang": "en",
    }


def _reads(story_ids: list[str], article_ids: list[str]) -> list[tuple[str, Callable[[int], str]]]:
    """(endpoint, path for number i) for every kind of read."""

    def pick(items: list[str], i: int) -> str:
        return items[i % len(items)]

    paths: list[tuple[str, Callable[[int], str]]] = [
        ("GET /healthz", lambda i: "/healthz"),
        ("GET /stories", lambda i: "/stories?limit=20"),
        ("GET /stories?q=", lambda i: "/stories?q=" + quote(pick(_VOCABULARY, i))),
        ("GET /?q= (web page)", lambda i: "/?q=" + quote(pick(_VOCABULARY, i * 7))),
    ]
    if story_ids:
        paths.append(("GET /stories/{id}", lambda i: f"/stories/{pick(story_ids, i)}"))
        paths.append(("GET /story/{id} (web page)", lambda i: f"/story/{pick(story_ids, i)}"))
    if article_ids:
        paths.append(
            ("GET /articles/{id}", lambda i: f"/articles/{quote(pick(article_ids, i), safe='')}")
        )
    return paths


def mixed_load(
    store: Store,
    *,
    seconds: float,
    clients: int,
    write_share: float,
    seed: int = 0,
    server: str = "process",
    serve_workers: int = 1,
    write_queue: bool = True,
    pacing: Pacing = Pacing(),
    warmup: float = 0.0,
    server_log: Path | None = None,
) -> LoadReport:
    """Serve ``store`` on loopback and run ``clients`` readers/writers for ``warmup`` and then
    ``seconds``, paced by ``pacing``; then wait for the write queue to empty and count the
    acknowledged writes stored. Latencies are those of the requests sent after the warm-up
    (a fresh server's first answers fill its caches); errors and writes count throughout.
    `marsad serve`'s standard error goes to ``server_log`` (None: a new temporary file)."""
    try:
        import httpx
    except ImportError:
        raise MarsadError("the load test needs httpx: pip install -e ./benchmarks") from None

    token = store.create_token("loadtest")
    page = store.stories(limit=200).stories
    story_ids = [row.id for row in page]
    article_ids = [
        a.id for row in page[:20] if (s := store.story(row.id)) for a in s.story.articles
    ]
    report = LoadReport(clients=clients, model=pacing.describe(clients), warmup=warmup)
    lock = threading.Lock()
    reads = _reads(story_ids, article_ids)
    headers = {"Authorization": f"Bearer {token}"}
    written = 202 if write_queue else 201
    key = "queued" if write_queue else "added"

    def one(
        http: PlainClient, rng: random.Random, name: str
    ) -> tuple[str, int, str | None, float | None]:
        """Send one request: (endpoint, status or 0 for no answer, id of an added article, the
        server's own seconds from its Server-Timing header)."""
        try:
            if name == "write":
                article = synthetic_article(rng, f"load-{secrets.token_hex(8)}")
                answer = http.post("/articles", {"articles": [article]}, headers)
                added = answer.status == written and answer.json().get(key) == 1
                identity = article["id"] if added else None
                return "POST /articles", answer.status, identity, answer.server_seconds
            endpoint, path = reads[rng.randrange(len(reads))]
            answer = http.get(path(rng.randrange(1 << 30)))
            return endpoint, answer.status, None, answer.server_seconds
        except (OSError, HTTPException, ValueError) as error:
            return f"{name}: {type(error).__name__}", 0, None, None

    def client(number: int, base: str, measured: float, deadline: float) -> None:
        rng = random.Random(seed * 1000 + number)
        due = time.monotonic() + pacing.first(rng, clients)
        http = PlainClient(base)
        try:
            while _wait_until(due, deadline):
                kind = "write" if rng.random() < write_share else "read"
                # Open loop: from when the request was due, however late this client sends it.
                started = min(time.monotonic(), due) if pacing.rate else time.monotonic()
                endpoint, status, added, inside = one(http, rng, kind)
                answered = time.monotonic()
                elapsed = answered - started
                due = (due if pacing.rate else answered) + pacing.gap(rng, clients)
                with lock:
                    if status not in (200, written):  # a write that added its article
                        report.errors[f"{endpoint} {status}"] += 1
                        if 500 <= status < 600:
                            report.server_errors[endpoint] += 1
                    elif started >= measured:
                        (report.writes if kind == "write" else report.reads).append(elapsed)
                        report.endpoints.setdefault(endpoint, []).append(elapsed)
                        if kind == "read" and inside is not None:
                            report.server_reads.append(inside)
                    if added:
                        report.acknowledged.append(added)
        finally:
            http.close()

    if server == "process":
        log = server_log or Path(tempfile.mkdtemp(prefix="marsad-loadtest-")) / "server.log"
        report.server_log = str(log)
    serving = _served(store, server, serve_workers, write_queue, report.server_log)
    with serving as (base, leader):
        measured = time.monotonic() + warmup
        deadline = measured + seconds
        threads = [
            threading.Thread(target=client, args=(n, base, measured, deadline), daemon=True)
            for n in range(clients)
        ]
        for thread in threads:
            thread.start()
        time.sleep(max(0.0, measured - time.monotonic()))
        before = {**server_cpu(leader), "client": time.process_time()}
        time.sleep(max(0.0, deadline - time.monotonic()))
        after = {**server_cpu(leader), "client": time.process_time()}
        report.cpu = {name: after[name] - before.get(name, 0.0) for name in after}
        for thread in threads:
            thread.join()
        report.seconds = time.monotonic() - measured
        report.server = _described(server, serve_workers, write_queue)
        report.drained = _drain(store) if write_queue else 0.0
        report.cache = _cache_counts(httpx.get(base + "/metrics", timeout=30).text)
    report.stored = len(store.articles_of(report.acknowledged))
    if report.server_log and report.server_errors:
        report.failures = first_failures(Path(report.server_log).read_text(errors="replace"))
    return report


def _wait_until(due: float, deadline: float) -> bool:
    """Sleep until ``due``; False (at once) when that is at or past the load's deadline."""
    if due >= deadline:
        return False
    pause = due - time.monotonic()
    if pause > 0:
        time.sleep(pause)
    return True


DRAIN_SECONDS = 600
# /readyz says ready once a serving process has made its newest stories' answers (warm.py):
# under a load average of 25 on two cores that took over 60 s.
START_SECONDS = 180


def _served(store: Store, server: str, workers: int, write_queue: bool, log: str) -> Any:
    if server == "thread":
        from marsad.service.app import create_app
        from marsad.service.local import serve_in_thread

        if write_queue:
            raise MarsadError("a write queue needs the worker of `marsad serve`: --server process")
        app = create_app(store, rate_limit=None)  # one token for every client
        return _without_pid(serve_in_thread(app))
    if server != "process":
        raise MarsadError(f"--server {server!r}: give process or thread")
    return _serve_process(store.url, workers, write_queue, Path(log))


@contextmanager
def _without_pid(serving: Any) -> Iterator[tuple[str, int | None]]:
    with serving as base:
        yield base, None


def server_cpu(leader: int | None) -> dict[str, float]:
    """CPU seconds so far of the processes of `marsad serve` ``leader`` (its session): the
    serving processes together, and the write worker; empty where /proc cannot tell."""
    found: dict[str, float] = {}
    for name, seconds in _session_cpu(leader).values():
        found[name] = found.get(name, 0.0) + seconds
    return found


def _session_cpu(leader: int | None) -> dict[int, tuple[str, float]]:
    """pid: (``serving`` or ``worker``, CPU seconds so far) of each process of the session."""
    found: dict[int, tuple[str, float]] = {}
    if leader is None:
        return found
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_bytes().rpartition(b")")[2].split()
            command = Path(entry.path, "cmdline").read_bytes().split(b"\0")
        except OSError:  # gone, or not ours to read
            continue
        if int(fields[3]) != leader:  # the session id, after state, ppid and group
            continue
        name = "worker" if b"work" in command[3:4] else "serving"
        found[int(entry.name)] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return found


# CPU seconds in SETTLE_SECONDS under which a serving process has finished starting.
SETTLE_SECONDS = 0.5
SETTLE_CPU = 0.05


def wait_settled(leader: int, deadline: float) -> float:
    """Wait until no serving process of ``leader``'s session is busy (None of them spent
    SETTLE_CPU in SETTLE_SECONDS); the seconds waited. /readyz answers once the first serving
    process is up: the others may still be importing, on the cores the load is to measure."""
    started = time.monotonic()
    before = _session_cpu(leader)
    while time.monotonic() < deadline:
        time.sleep(SETTLE_SECONDS)
        now = _session_cpu(leader)
        if all(
            seconds - before.get(pid, (name, 0.0))[1] < SETTLE_CPU
            for pid, (name, seconds) in now.items()
            if name == "serving"
        ):
            break
        before = now
    return time.monotonic() - started


def _described(server: str, workers: int, write_queue: bool) -> str:
    if server == "thread":
        return "app in a thread of the load's process, POST ingests"
    writes = "POST queues, a worker ingests" if write_queue else "POST ingests"
    return f"marsad serve, {workers} serving processes, {writes}"


@contextmanager
def _serve_process(
    url: str, workers: int, write_queue: bool, log: Path
) -> Iterator[tuple[str, int]]:
    """`marsad serve` on a free loopback port in its own session, its standard error (its
    worker's too) written to ``log`` (replaced); its base URL and pid."""
    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "marsad", "serve", "--db", url, "--port", str(port)]
    command += ["--rate-limit", "off", "--no-access-log", "--workers", str(workers)]
    command += ["--write-queue" if write_queue else "--no-write-queue"]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as sink:  # the child keeps its own descriptor
        process = subprocess.Popen(command, start_new_session=True, stderr=sink)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if process.poll() is not None:
                raise MarsadError(f"marsad serve exited with {process.returncode} (log: {log})")
            try:
                if httpx.get(base + "/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise MarsadError(f"marsad serve did not answer within {START_SECONDS} s")
            time.sleep(0.2)
        wait_settled(process.pid, deadline)
        yield base, process.pid
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)  # serve stops its processes and its worker
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _cache_counts(metrics: str) -> str:
    """'cache: N hits, M misses' (and 'K of the hits stale' when some were) from a /metrics
    answer ('' without the cache's gauges)."""
    found = dict(
        line.split(" ", 1) for line in metrics.splitlines() if line.startswith("marsad_cache_")
    )
    if not found:
        return ""
    hits, misses = (float(found.get(f"marsad_cache_{k}", 0)) for k in ("hits", "misses"))
    stale = float(found.get("marsad_cache_stale", 0))
    kept = f" ({stale:.0f} of the hits stale)" if stale else ""
    return f"cache: {hits:.0f} hits, {misses:.0f} misses{kept}"


def _drain(store: Store) -> float:
    """Seconds until the write queue is empty (the worker still runs)."""
    from marsad.service.worker import sql_store
    from marsad.store.inbox import backlog

    started = time.monotonic()
    sql = sql_store(store)
    while backlog(sql) and time.monotonic() - started < DRAIN_SECONDS:
        time.sleep(0.2)
    return time.monotonic() - started
