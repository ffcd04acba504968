"""`watch --fetch-full-text`: teasers completed from their pages on a local HTTP server."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

import marsad
import marsad.cli.service
from marsad.cli import app
from marsad.ingest.fulltext import PageFetcher, complete_teasers, is_teaser
from marsad.model import Article
from marsad.service.watcher import Watcher
from marsad.settings import Settings
from marsad.store import open_store

TEASER = "Floods hit the northern province on Monday."
PARAGRAPHS = [
    "Floods hit the northern province on Monday, killing twelve people and forcing thousands "
    "from their homes in the river villages, the civil defence said in a statement.",
    "Rescue teams used boats to reach villages cut off by the river, and the army opened two "
    "schools as shelters for the families who lost their houses to the water overnight.",
    "The weather office said more rain was expected on Wednesday and warned people living "
    "near the river banks to move to higher ground until the water level falls again.",
]
PAGE = (
    "<!DOCTYPE html><html><head><title>Floods kill twelve</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<article><h1>Floods kill twelve in the north</h1>"
    + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    + "</article><footer>Copyright Local Wire</footer></body></html>"
)


def _rss(base: str) -> str:
    items = "".join(
        f"<item><guid>urn:flood:{path}</guid><title>Floods {path}</title>"
        f"<link>{base}/{path}</link><pubDate>Mon, 10 Jan 2022 08:00:00 GMT</pubDate>"
        f"<description>{TEASER}</description></item>"
        for path in ("news/1", "private/2")
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Local Wire</title><link>{base}/</link>{items}</channel></rss>"
    )


class _Site(http.server.BaseHTTPRequestHandler):
    """A news site: a feed of teasers, their pages, a robots.txt that keeps /private/ out,
    and a page far larger than any article."""

    hits: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        self.hits.append((self.path, self.headers.get("User-Agent", "")))
        base = f"http://{self.headers['Host']}"
        pages = {
            "/feed.xml": ("application/rss+xml", _rss(base)),
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/news/1": ("text/html; charset=utf-8", PAGE),
            "/private/2": ("text/html; charset=utf-8", PAGE),
            "/huge": ("text/html", "<p>" + "x" * 200_000 + "</p>"),
        }
        if self.path not in pages:
            self.send_error(404)
            return
        kind, text = pages[self.path]
        body = text.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass


@pytest.fixture
def site() -> Iterator[str]:
    """The site on 127.0.0.1 (no internet), its request log emptied."""
    _Site.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _teaser(url: str, ident: str = "t1") -> Article:
    return Article(id=ident, title="Floods", text=TEASER, source="Local Wire", url=url)


FAST = Settings(host_delay=0.0)


def test_a_teaser_gets_its_pages_article_text_without_the_navigation(site: str) -> None:
    done = complete_teasers([_teaser(f"{site}/news/1")], PageFetcher(FAST))
    (article,) = done.articles
    assert not done.problems and done.fetched == 1
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.id == "t1" and article.title == "Floods"
    agents = {agent for _, agent in _Site.hits}
    assert agents == {f"marsad/{marsad.__version__}"}


def test_robots_txt_keeps_a_page_out_and_the_teaser_is_kept(site: str) -> None:
    done = complete_teasers([_teaser(f"{site}/private/2")], PageFetcher(FAST))
    assert done.articles[0].text == TEASER
    assert "robots.txt" in done.problems[0].message
    assert "/private/2" not in [path for path, _ in _Site.hits]


def test_a_page_over_the_size_limit_is_not_read(site: str) -> None:
    fetcher = PageFetcher(Settings(host_delay=0.0, max_page_bytes=50_000))
    done = complete_teasers([_teaser(f"{site}/huge")], fetcher)
    assert done.articles[0].text == TEASER
    assert "50,000" in done.problems[0].message


def test_a_missing_page_and_a_long_entry_are_left_as_they_are(site: str) -> None:
    long = Article(id="l", title="Full", text=" ".join(PARAGRAPHS * 2), source="W", url=f"{site}/x")
    assert not is_teaser(long, Settings())
    assert not is_teaser(Article(id="n", title="T", text=TEASER, source="W"), Settings())
    done = complete_teasers([long, _teaser(f"{site}/gone")], PageFetcher(FAST))
    assert done.articles[0] is long
    assert done.articles[1].text == TEASER and "404" in done.problems[0].message


def test_one_request_per_host_every_host_delay_seconds(site: str) -> None:
    """Fetches to one host wait for its next slot (a fake clock: no timing in the test)."""
    waits: list[float] = []
    fetcher = PageFetcher(Settings(host_delay=2.5), sleep=waits.append, clock=lambda: 100.0)
    for _ in range(3):
        fetcher.page(f"{site}/news/1")
    # robots.txt takes the first slot, then each page the next one.
    assert waits == [2.5, 5.0, 7.5]
    # Another host has its own slots: its robots.txt at once, its page one delay later.
    fetcher.page(site.replace("127.0.0.1", "localhost") + "/news/1")
    assert waits == [2.5, 5.0, 7.5, 2.5]


def test_watch_fetch_full_text_stores_the_page_text_once(site: str, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    result = CliRunner().invoke(
        app,
        [
            "watch", "--feed", f"{site}/feed.xml", "--once", "--fetch-full-text",
            "--db", str(db), "--set", "host_delay=0",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    store = open_store(str(db))
    try:
        full = store.article("urn:flood:news/1")
        kept = store.article("urn:flood:private/2")
        assert full is not None and PARAGRAPHS[1] in full.article.text
        assert kept is not None and kept.article.text == TEASER
        # A second round takes the stored article: its page is not fetched again.
        before = [path for path, _ in _Site.hits].count("/news/1")
        settings = Settings(fetch_full_text=True, host_delay=0.0)
        watcher = Watcher(store, feeds=[f"{site}/feed.xml"], folders=[], settings=settings)
        report = watcher.poll(everything=True).report
        assert [path for path, _ in _Site.hits].count("/news/1") == before
        assert report.added == 0 and report.unchanged == 2
    finally:
        store.close()


def test_without_the_flag_the_teaser_is_stored(site: str, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = CliRunner().invoke(
        app, ["watch", "--feed", f"{site}/feed.xml", "--once", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    store = open_store(str(db))
    try:
        stored = store.article("urn:flood:news/1")
        assert stored is not None and stored.article.text == TEASER
        assert "/news/1" not in [path for path, _ in _Site.hits]
    finally:
        store.close()
