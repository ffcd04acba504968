"""`marsad watch`: a feed on a local HTTP server and a folder, polled in rounds; back-off."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import pytest
from typer.testing import CliRunner

import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
from marsad.cli import app
from marsad.ingest.feeds import MAX_BACKOFF_SECONDS, Source, Validators, html_text, poll_feed
from marsad.model import Article
from marsad.service.watcher import Watcher
from marsad.settings import Settings
from marsad.store import IngestReport, open_store

T = TypeVar("T")

ITEMS = [
    (
        "Floods kill twelve in the north",
        "Floods hit the northern province on Monday, killing twelve people and forcing "
        "thousands from their homes in the river villages.",
    ),
    (
        "Rescuers use boats after northern floods",
        "Rescue teams used boats to reach river villages cut off by the floods in the northern "
        "province, where twelve people were killed on Monday.",
    ),
    (
        "Flood toll in the north rises",
        "The toll of Monday's floods in the northern province rose as rescue teams with boats "
        "reached more river villages; thousands left their homes.",
    ),
]


def _rss(count: int) -> str:
    entries = "".join(
        f"<item><guid>urn:flood:{i}</guid><title>{title}</title>"
        f"<link>http://127.0.0.1/flood/{i}</link>"
        f"<pubDate>Mon, 10 Jan 2022 0{i}:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"
        for i, (title, text) in enumerate(ITEMS[:count])
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Local Wire</title><link>http://127.0.0.1/</link>{entries}</channel></rss>"
    )


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local HTTP server on 127.0.0.1 serving a folder; yields (base URL, folder)."""
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def _write_feed(root: Path, count: int, mtime: float) -> None:
    path = root / "feed.xml"
    path.write_text(_rss(count), encoding="utf-8")
    os.utime(path, (mtime, mtime))  # Last-Modified has one-second resolution


def _watch(db: Path, *options: str) -> str:
    result = CliRunner().invoke(app, ["watch", *options, "--db", str(db), "--once"])
    assert result.exit_code == 0, result.output
    return result.output


def test_feed_story_grows_over_two_rounds(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    db = tmp_path / "marsad.db"
    url = f"{base}/feed.xml"
    _write_feed(root, 2, time.time() - 100)
    first = _watch(db, "--feed", url)
    assert "2 new" in first
    store = open_store(str(db))
    try:
        page = store.stories()
        assert page.total == 1 and page.stories[0].article_count == 2
        story_id = page.stories[0].id
        assert store.feed_state(url).modified is not None  # kept for the conditional request

        unchanged = _watch(db, "--feed", url)  # If-Modified-Since → 304, nothing read
        assert "0 new" in unchanged

        _write_feed(root, 3, time.time() - 10)
        second = _watch(db, "--feed", url)
        assert "1 new" in second and story_id in second
        grown = store.story(story_id)
        assert grown is not None and len(grown.story.articles) == 3
        assert grown.story.articles[0].source == "Local Wire"
        assert store.article("urn:flood:2") is not None
    finally:
        store.close()


def test_folder_is_polled_for_new_files(tmp_path: Path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "marsad.db"
    inbox.mkdir()
    for i, (title, text) in enumerate(ITEMS[:2]):
        (inbox / f"{i}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    assert "2 new" in _watch(db, "--folder", str(inbox))
    (inbox / "2.txt").write_text(f"{ITEMS[2][0]}\n\n{ITEMS[2][1]}\n", encoding="utf-8")
    assert "1 new" in _watch(db, "--folder", str(inbox))
    store = open_store(str(db))
    try:
        assert store.counts()["articles"] == 3 and store.stories().total == 1
    finally:
        store.close()


def test_unreachable_feed_is_reported_and_backs_off(tmp_path: Path) -> None:
    result = poll_feed("http://127.0.0.1:9/feed.xml", Validators())
    assert result.failed and "feed fetch failed" in result.problems[0].message
    source = Source(target="x", kind="feed", interval=60)
    waits = []
    for _ in range(8):
        before = time.time()
        source.failed(before)
        waits.append(source.due - before)
    assert waits[:3] == pytest.approx([120, 240, 480], abs=1)
    assert max(waits) <= MAX_BACKOFF_SECONDS
    source.succeeded(0)
    assert source.failures == 0 and source.due == 60
    output = CliRunner().invoke(
        app, ["watch", "--feed", "http://127.0.0.1:9/x", "--db", str(tmp_path / "m.db"), "--once"]
    )
    assert output.exit_code == 0 and "feed fetch failed" in output.output


def test_not_a_feed_and_html_entries(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xml"
    junk.write_bytes(b"\x00\x01 not xml at all <<<")
    assert poll_feed(str(junk), Validators()).failed
    assert html_text("<p>one &amp; two</p><p>three</p>") == "one & two\nthree"
    missing = CliRunner().invoke(app, ["watch", "--db", str(tmp_path / "m.db"), "--once"])
    assert missing.exit_code == 2 and "--feed or --folder" in missing.output


class _ETagFeed(http.server.BaseHTTPRequestHandler):
    """Serves one feed with an ETag and answers 304 to a matching If-None-Match."""

    body = _rss(2).encode()
    etag = '"v1"'
    seen: ClassVar[list[str | None]] = []

    def do_GET(self) -> None:
        self.seen.append(self.headers.get("If-None-Match"))
        if self.headers.get("If-None-Match") == self.etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", self.etag)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


def test_etag_is_sent_back_and_304_reads_nothing(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ETagFeed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/feed"
    try:
        first = poll_feed(url, Validators())
        assert len(first.articles) == 2 and first.validators.etag == '"v1"'
        again = poll_feed(url, first.validators)
        assert again.not_modified and not again.articles and not again.failed
        assert _ETagFeed.seen[-2:] == [None, '"v1"']
        db = tmp_path / "marsad.db"
        _watch(db, "--feed", url)
        assert "0 new" in _watch(db, "--feed", url)  # the stored ETag survives a restart
        assert _ETagFeed.seen[-1] == '"v1"'
    finally:
        server.shutdown()
        server.server_close()


# --- hostile feeds: a slow drip, a huge answer; one source never stalls the others ---------------
class _Hostile(http.server.BaseHTTPRequestHandler):
    """/fast: a good feed; /drip: one byte a second forever; /drip-headers: the status line
    itself drips; /huge: an endless body without Content-Length."""

    def do_GET(self) -> None:
        try:
            if self.path == "/fast":
                body = _rss(2).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path == "/slow":
                time.sleep(1.0)
                body = _rss(1).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path.startswith("/redirect?to="):
                self.send_response(302)
                self.send_header("Location", self.path.removeprefix("/redirect?to="))
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif self.path == "/drip-headers":
                self._drip(b"HTTP/1.1 200 OK\r\n" * 1000)
            elif self.path == "/drip":
                self.send_response(200)
                self.end_headers()
                self._drip(_rss(1).encode() * 1000)
            elif self.path == "/huge":
                self.send_response(200)
                self.end_headers()
                while True:
                    self.wfile.write(b"<!-- " + b"x" * 65536 + b" -->")
        except OSError:
            pass  # the watcher hung up, as it should

    def _drip(self, data: bytes) -> None:
        for byte in data:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(1.0)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hostile() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _in_thread(function: Callable[[], T], seconds: float) -> T:
    """Run ``function``, failing (not hanging) when it takes longer than ``seconds``."""
    results: list[T] = []
    thread = threading.Thread(target=lambda: results.append(function()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return results[0]


def test_a_slow_drip_ends_at_the_deadline_and_a_fast_feed_is_ingested_in_the_same_poll(
    hostile: str, tmp_path: Path
) -> None:
    settings = Settings(fetch_deadline=2.0, fetch_timeout=30.0)
    drip = _in_thread(lambda: poll_feed(f"{hostile}/drip", Validators(), settings=settings), 20)
    assert drip.failed and "within the 2 s deadline" in drip.problems[0].message
    headers = poll_feed(f"{hostile}/drip-headers", Validators(), settings=settings)
    assert headers.failed and "deadline" in headers.problems[0].message
    huge = poll_feed(f"{hostile}/huge", Validators(), settings=Settings(max_feed_bytes=1 << 20))
    assert huge.failed and "above the 1.0 MB limit" in huge.problems[0].message

    store = open_store(str(tmp_path / "marsad.db"))
    try:
        feeds = [f"{hostile}/drip", f"{hostile}/drip-headers", f"{hostile}/fast"]
        watcher = Watcher(store, feeds=feeds, folders=[], settings=settings)
        polled = _in_thread(lambda: watcher.poll(everything=True), 20)
        assert polled.report.added == 2  # the fast feed, in the same poll as the slow ones
        assert [p.path for p in polled.report.problems] == feeds[:2]
        assert {s.target: s.failures for s in watcher.sources} == {
            feeds[0]: 1,
            feeds[1]: 1,
            feeds[2]: 0,
        }
    finally:
        store.close()


@pytest.fixture
def silent() -> Iterator[int]:
    """A port that accepts connections and never sends a byte (a TLS handshake never ends)."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                held.append(server.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield server.getsockname()[1]
    finally:
        server.close()
        for sock in held:
            sock.close()


@pytest.fixture
def full() -> Iterator[int]:
    """A port whose accept queue is full: a TCP connect to it waits (its SYNs are dropped)."""
    server = socket.create_server(("127.0.0.1", 0), backlog=0)
    port = server.getsockname()[1]
    queued = []
    for _ in range(4):
        sock = socket.socket()
        sock.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            sock.connect(("127.0.0.1", port))
        queued.append(sock)
    time.sleep(0.2)
    try:
        yield port
    finally:
        for sock in queued:
            sock.close()
        server.close()


def test_the_deadline_covers_the_connect_and_the_tls_handshake(silent: int, full: int) -> None:
    settings = Settings(fetch_deadline=1.0, fetch_timeout=10.0)
    for url in (f"https://127.0.0.1:{silent}/feed.xml", f"http://127.0.0.1:{full}/feed.xml"):
        started = time.monotonic()
        result = _in_thread(lambda url=url: poll_feed(url, Validators(), settings=settings), 8)
        assert result.failed and "within the 1 s deadline" in result.problems[0].message, url
        assert time.monotonic() - started < 3, url


def test_only_http_and_https_are_fetched_also_after_a_redirect(hostile: str, silent: int) -> None:
    settings = Settings(fetch_deadline=1.0, fetch_timeout=10.0)
    ftp = f"ftp://127.0.0.1:{silent}/feed.xml"  # an FTP client would wait for a greeting
    for url in (ftp, f"{hostile}/redirect?to={ftp}"):
        result = _in_thread(lambda url=url: poll_feed(url, Validators(), settings=settings), 3)
        assert result.failed, url
        assert result.problems[0].message == (
            "feed fetch failed: ftp:// is not fetched: only http and https (or a local path)"
        ), url
    moved = poll_feed(f"{hostile}/redirect?to={hostile}/fast", Validators(), settings=settings)
    assert not moved.failed and len(moved.articles) == 2


def test_a_round_ingests_in_the_order_given_not_as_feeds_arrive(
    hostile: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(str(tmp_path / "marsad.db"))
    ingested: list[str] = []
    feeds = [f"{hostile}/slow", f"{hostile}/fast"]  # /slow answers a second after /fast
    watcher = Watcher(store, feeds=feeds, folders=[], settings=Settings())
    ingest = watcher.newsroom.ingest

    def recording(articles: list[Article], *args: Any, **kwargs: Any) -> IngestReport:
        ingested.extend(article.id for article in articles)
        return ingest(articles, *args, **kwargs)

    monkeypatch.setattr(watcher.newsroom, "ingest", recording)
    try:
        polled = _in_thread(lambda: watcher.poll(everything=True), 20)
        assert polled.polled == feeds
        assert ingested == ["urn:flood:0", "urn:flood:0", "urn:flood:1"]
    finally:
        store.close()


def test_watch_refuses_devices_and_pipes_as_feeds(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.xml"
    os.mkfifo(fifo)
    db = tmp_path / "marsad.db"
    output = _in_thread(lambda: _watch(db, "--feed", "/dev/zero", "--feed", str(fifo)), 30)
    assert "not a regular file (a character device)" in output
    assert "not a regular file (a named pipe)" in output and "Traceback" not in output
    big = tmp_path / "big.xml"
    big.write_bytes(b" " * (3 << 20))
    result = poll_feed(str(big), Validators(), settings=Settings(max_feed_bytes=1 << 20))
    assert result.failed and "feed is 3.0 MB, above the 1.0 MB limit" in result.problems[0].message
