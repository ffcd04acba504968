"""A bounded mixed load on loopback: clients reading and writing (token-authenticated POSTs) for
a fixed time; throughput, p50/p99 latency, errors, and whether every acknowledged write is stored.

``marsad loadtest --db COPY.db --seconds 60 --clients 50 --writes 0.2`` runs it. It writes
synthetic articles (ids ``load-…``) into the store, so point it at a copy.
"""

from __future__ import annotations

import random
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from marsad.errors import MarsadError
from marsad.store import Store

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


@dataclass(slots=True, kw_only=True)
class LoadReport:
    """What a mixed load did: latencies per kind, errors by request and status, writes kept."""

    seconds: float = 0.0
    clients: int = 0
    reads: list[float] = field(default_factory=list)
    writes: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    acknowledged: list[str] = field(default_factory=list)  # article ids the API said it added
    stored: int = 0  # of those, how many the store holds afterwards

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

    def to_markdown(self) -> str:
        """The report as a Markdown table and one line of totals."""
        lines = ["| requests | count | per second | p50 ms | p99 ms |", "|---|---:|---:|---:|---:|"]
        for kind, count, rate, p50, p99 in self.rows():
            lines.append(f"| {kind} | {count} | {rate:.1f} | {p50:.0f} | {p99:.0f} |")
        errors = sum(self.errors.values())
        detail = ", ".join(f"{what}: {n}" for what, n in self.errors.most_common()) or "none"
        lines.append("")
        lines.append(
            f"{self.clients} clients for {self.seconds:.1f} s; errors: {errors} ({detail}); "
            f"writes acknowledged: {len(self.acknowledged)}, stored: {self.stored}, "
            f"lost: {self.lost}"
        )
        return "\n".join(lines)


def _percentile(ordered: list[float], share: float) -> float:
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


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
) -> LoadReport:
    """Serve ``store`` on loopback and run ``clients`` readers/writers for ``seconds``."""
    try:
        import httpx
    except ImportError:
        raise MarsadError("the load test needs httpx: pip install -e ./benchmarks") from None
    from marsad.service.app import create_app
    from marsad.service.local import serve_in_thread

    token = store.create_token("loadtest")
    page = store.stories(limit=200).stories
    story_ids = [row.id for row in page]
    article_ids = [
        a.id for row in page[:20] if (s := store.story(row.id)) for a in s.story.articles
    ]
    report = LoadReport(clients=clients)
    lock = threading.Lock()
    reads = _reads(story_ids, article_ids)
    headers = {"Authorization": f"Bearer {token}"}

    def one(http: Any, rng: random.Random, name: str) -> tuple[str, int, str | None]:
        """Send one request: (endpoint, status or 0 for no answer, id of an added article)."""
        try:
            if name == "write":
                article = synthetic_article(rng, f"load-{secrets.token_hex(8)}")
                answer = http.post("/articles", json={"articles": [article]}, headers=headers)
                added = answer.status_code == 201 and answer.json().get("added") == 1
                return "POST /articles", answer.status_code, article["id"] if added else None
            endpoint, path = reads[rng.randrange(len(reads))]
            return endpoint, http.get(path(rng.randrange(1 << 30))).status_code, None
        except httpx.HTTPError as error:
            return f"{name}: {type(error).__name__}", 0, None

    def client(number: int, base: str, deadline: float) -> None:
        rng = random.Random(seed * 1000 + number)
        with httpx.Client(base_url=base, timeout=120) as http:
            while time.monotonic() < deadline:
                kind = "write" if rng.random() < write_share else "read"
                started = time.perf_counter()
                endpoint, status, added = one(http, rng, kind)
                elapsed = time.perf_counter() - started
                with lock:
                    if status not in (200, 201):  # 201: a write that added its article
                        report.errors[f"{endpoint} {status}"] += 1
                    else:
                        (report.writes if kind == "write" else report.reads).append(elapsed)
                    if added:
                        report.acknowledged.append(added)

    app = create_app(store, rate_limit=None)  # one token writes for every client
    with serve_in_thread(app) as base:
        started = time.monotonic()
        deadline = started + seconds
        threads = [
            threading.Thread(target=client, args=(n, base, deadline), daemon=True)
            for n in range(clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        report.seconds = time.monotonic() - started
    report.stored = len(store.articles_of(report.acknowledged))
    return report
