"""`marsad watch`: a feed on a local HTTP server and a folder, polled in rounds; back-off."""

from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
from marsad.cli import app
from marsad.ingest.feeds import MAX_BACKOFF_SECONDS, Source, Validators, html_text, poll_feed
from marsad.store import open_store

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
