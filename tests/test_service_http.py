"""HTTP as clients expect it: validators and 304, gzip, HEAD, 201 + Location, problem details,
publication-date filters, cursor pagination, /metrics, /readyz and the access log."""

from __future__ import annotations

import gzip
import io
import json
import logging
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from marsad.model import Article
from marsad.newsroom import ingest
from marsad.store import Store, open_store
from marsad.store.migrations import MIGRATIONS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from marsad.errors import StoreError
from marsad.service.app import create_app
from marsad.service.http import decode_cursor, encode_cursor
from marsad.service.logs import configure_logging
from marsad.settings import Settings

LATEST = MIGRATIONS[-1][0]  # the schema version a store is migrated to

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
TOPICS = (
    "Floods hit the northern province, killing twelve people as rivers burst their banks.",
    "The central bank raised interest rates by half a point to fight rising inflation.",
    "The national team won the regional cup on penalties after a goalless final.",
    "A magnitude six earthquake shook the coastal city, damaging old buildings downtown.",
    "Parliament passed the new budget after a long night of debate over fuel subsidies.",
)


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def _story_id(store: Store) -> str:
    return store.stories().stories[0].id


def _post(client: TestClient, store: Store, article: dict[str, str]) -> None:
    headers = {"Authorization": f"Bearer {store.create_token('t')}"}
    answer = client.post("/articles", json={"articles": [article]}, headers=headers)
    assert answer.status_code in (200, 201), answer.text


def test_a_story_answers_304_until_it_changes(client: TestClient, store: Store) -> None:
    story_id = _story_id(store)
    stored = store.story(story_id)
    assert stored is not None
    for path in (f"/stories/{story_id}", f"/stories/{story_id}/timeline", f"/story/{story_id}"):
        first = client.get(path)
        etag, modified = first.headers["etag"], first.headers["last-modified"]
        assert first.status_code == 200 and etag.startswith('W/"'), path
        assert first.headers["cache-control"] == "no-cache"
        assert modified.endswith("GMT")
        same = client.get(path, headers={"If-None-Match": etag})
        assert same.status_code == 304 and same.content == b"" and same.headers["etag"] == etag
        assert client.get(path, headers={"If-Modified-Since": modified}).status_code == 304
        older = (stored.updated_at - timedelta(hours=1)).strftime("%a, %d %b %Y %H:%M:%S GMT")
        assert client.get(path, headers={"If-Modified-Since": older}).status_code == 200
        # If-None-Match decides when both are sent (RFC 9110 13.1.2).
        both = {"If-None-Match": 'W/"other"', "If-Modified-Since": modified}
        assert client.get(path, headers=both).status_code == 200
    etag = client.get(f"/stories/{story_id}").headers["etag"]
    article = store.articles_of([store.story(story_id).story.articles[0].id])[0].article  # type: ignore[union-attr]
    _post(client, store, {"id": "more", "title": article.title, "text": article.text + " جديد.",
                          "source": "Another outlet", "lang": "ar"})  # fmt: skip
    changed = client.get(f"/stories/{story_id}", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


def test_other_answers_get_an_etag_from_their_body(store: Store) -> None:
    # Lists never served stale (Settings.list_stale_seconds): the write's change shows at once.
    client = TestClient(create_app(store, settings=Settings(list_stale_seconds=0)))
    listed = client.get("/stories")
    etag = listed.headers["etag"]
    assert client.get("/stories", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/stories", headers={"If-None-Match": f'"x", {etag}'}).status_code == 304
    assert client.get("/stories?limit=3", headers={"If-None-Match": etag}).status_code == 200
    article_id = listed.json()["stories"][0]["id"]
    assert client.get(f"/stories/{article_id}").status_code == 200
    _post(client, store, {"id": "w", "title": "Floods", "text": TOPICS[0], "source": "Wire"})
    assert client.get("/stories", headers={"If-None-Match": etag}).status_code == 200
    missing = client.get("/stories/nope", headers={"If-None-Match": "*"})
    assert missing.status_code == 404  # only a 200 answer is ever "not modified"


def test_large_answers_are_gzipped(client: TestClient, store: Store) -> None:
    story = client.get(f"/stories/{_story_id(store)}", headers={"Accept-Encoding": "gzip"})
    assert story.headers["content-encoding"] == "gzip" and story.json()["articles"]
    assert "accept-encoding" in story.headers["vary"].lower()
    raw = client.get(f"/stories/{_story_id(store)}", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    assert int(story.headers["content-length"]) < len(raw.content) / 2
    small = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers
    assert gzip.compress(raw.content)  # the plain answer is the JSON itself
    assert json.loads(raw.content)["id"] == story.json()["id"]


def test_head_answers_on_every_get_route(client: TestClient, store: Store) -> None:
    story_id = _story_id(store)
    found = store.story(story_id)
    assert found is not None
    article_id = found.story.articles[0].id
    values = {"story_id": story_id, "article_id": article_id, "storyline_id": found.story.storyline}
    paths = []
    for route in client.app.routes:  # type: ignore[attr-defined]
        if "GET" in getattr(route, "methods", ()):
            path = route.path.replace(":path", "")
            paths.append(path.format(**{k: values[k] for k in values if "{" + k in path}))
    assert len(paths) >= 12
    for path in paths:
        got = client.get(path, headers={"Accept-Encoding": "identity"})
        head = client.head(path, headers={"Accept-Encoding": "identity"})
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
        if path != "/metrics":  # counts the request before it
            assert head.headers.get("content-length") == got.headers["content-length"], path


def test_every_error_answer_is_a_problem(client: TestClient, store: Store) -> None:
    body = {"articles": [{"title": "t", "text": "x", "source": "s"}]}
    token = {"Authorization": f"Bearer {store.create_token('t')}"}
    answers = {
        404: client.get("/stories/nope"),
        405: client.delete("/stories"),
        401: client.post("/articles", json=body),
        422: client.get("/stories", params={"limit": 0}),
        413: client.post("/articles", content=b"x", headers={**token, "Content-Length": "9" * 12}),
    }
    answers[0] = client.get("/no/such/route")
    answers[1] = client.post(
        "/articles", content=b"{not json", headers={**token, "Content-Type": "application/json"}
    )
    for code, answer in answers.items():
        assert answer.headers["content-type"] == "application/problem+json", code
        problem = answer.json()
        assert problem["status"] == answer.status_code and problem["title"] and problem["detail"]
        assert code in (0, 1, answer.status_code)
    assert answers[0].status_code == 404 and answers[1].status_code in (400, 422)
    assert client.head("/stories/nope").status_code == 404


def test_stories_filter_by_publication_date(client: TestClient, tmp_path: Path) -> None:
    # The examples carry no publication time: a publication filter leaves them out.
    assert client.get("/stories", params={"published_after": "2000-01-01"}).json()["total"] == 0
    store = _five_stories(tmp_path / "five.db")  # published 1, 11, 21, 31 March, 10 April 2022
    try:
        dated = TestClient(create_app(store))

        def total(**params: str) -> int:
            answer = dated.get("/stories", params=params)
            assert answer.status_code == 200, answer.text
            return int(answer.json()["total"])

        assert total() == 5 and total(since="1h") == 5  # all stored just now
        assert total(published_after="2022-03-21") == 3
        assert total(published_before="2022-03-11") == 1
        assert total(published_after="2022-03-05", published_before="2022-03-25T12:00Z") == 2
        assert total(since="1h", published_before="2022-01-01") == 0
        bad = dated.get("/stories", params={"published_before": "last spring"})
        assert bad.status_code == 422
        assert bad.json()["errors"][0]["loc"] == ["query", "published_before"]
        page = dated.get("/", params={"published_after": "2022-04-01"})
        assert page.status_code == 200 and page.text.count('class="story-row"') == 1
        assert 'name="published_after" value="2022-04-01"' in page.text
        assert 'النشر <bdi class="date" dir="ltr">2022-04-10</bdi>' in page.text
    finally:
        store.close()


def _five_stories(path: Path) -> Store:
    store = open_store(str(path))
    start = datetime(2022, 3, 1, tzinfo=UTC)
    for number, text in enumerate(TOPICS):
        when = start + timedelta(days=10 * number)
        ingest(
            store,
            [Article(id=f"t{number}", title=text[:30], text=text, source="Wire", published=when)],
        )
    assert store.stories().total == len(TOPICS)
    return store


def test_cursor_pagination_walks_every_story_once(tmp_path: Path) -> None:
    store = _five_stories(tmp_path / "five.db")
    try:
        # Lists never served stale (Settings.list_stale_seconds): a write shows at once.
        client = TestClient(create_app(store, settings=Settings(list_stale_seconds=0)))
        expected = [row["id"] for row in client.get("/stories").json()["stories"]]
        seen: list[str] = []
        answer = client.get("/stories", params={"limit": 2, "language": "en"})
        while True:
            page = answer.json()
            seen += [row["id"] for row in page["stories"]]
            if page["next"] is None:
                assert page["next_cursor"] is None and "link" not in answer.headers
                break
            assert answer.headers["link"] == f'<{page["next"]}>; rel="next"'
            assert "language=en" in page["next"] and "limit=2" in page["next"]
            answer = client.get(page["next"])
        assert seen == expected
        first = client.get("/stories", params={"limit": 2}).json()
        assert first["next_offset"] == 2  # offset paging as before
        # The oldest story changes between pages: it moves to the front (a new first page),
        # and the cursor goes on with the others, none twice.
        ingest(store, [Article(id="late", title="Floods", text=TOPICS[0], source="Other")])
        assert client.get("/stories").json()["stories"][0]["id"] == expected[-1]
        rest = client.get("/stories", params={"limit": 10, "cursor": first["next_cursor"]})
        assert [row["id"] for row in rest.json()["stories"]] == expected[2:-1]
        assert rest.json()["next_offset"] is None
        for bad in ("nope", encode_cursor((1.0, "x"))[:-3] + "!!", "W10"):
            refused = client.get("/stories", params={"cursor": bad})
            assert refused.status_code == 422, bad
            assert refused.json()["errors"][0]["loc"] == ["query", "cursor"]
        assert client.get("/stories", params={"cursor": "a" * 257}).status_code == 422
    finally:
        store.close()


def test_cursors_round_trip_exactly() -> None:
    after = (1700000000.1234567, "story-ß")
    assert decode_cursor(encode_cursor(after)) == after
    with pytest.raises(ValueError, match="next_cursor"):
        decode_cursor(encode_cursor((True, "x")))  # type: ignore[arg-type]


def test_metrics_count_requests_by_route_and_status(client: TestClient, store: Store) -> None:
    story_id = _story_id(store)
    client.get(f"/stories/{story_id}")
    client.get(f"/stories/{story_id}")
    client.head("/stories")
    client.get("/stories/nope")
    client.get("/no/such/route")
    answer = client.get("/metrics")
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = answer.text
    assert (
        'marsad_http_requests_total{method="GET",route="/stories/{story_id}",status="200"} 2'
        in text
    )
    assert 'route="/stories/{story_id}",status="404"} 1' in text
    assert 'method="HEAD",route="/stories",status="200"} 1' in text
    assert 'route="unmatched",status="404"} 1' in text
    assert 'duration_seconds_bucket{route="/stories/{story_id}",le="+Inf"} 3' in text
    assert 'marsad_http_request_duration_seconds_count{route="/stories/{story_id}"} 3' in text
    assert "# TYPE marsad_http_request_duration_seconds histogram" in text
    assert "marsad_stories 1\n" in text and "marsad_articles 5\n" in text


def test_readyz_says_whether_the_store_can_be_read(
    client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.get("/readyz").json() == {"status": "ready", "schema_version": LATEST}

    def broken() -> dict[str, int]:
        raise StoreError("store read failed: database is locked")

    monkeypatch.setattr(store, "counts", broken)
    down = client.get("/readyz")
    assert down.status_code == 503 and down.headers["content-type"] == "application/problem+json"
    assert "database is locked" in down.json()["detail"]


@pytest.fixture
def restore_logging() -> Iterator[None]:
    names = ("marsad", "uvicorn", "marsad.access")
    saved = {
        n: (logging.getLogger(n).handlers[:], logging.getLogger(n).level, logging.getLogger(n).propagate)
        for n in names
    }  # fmt: skip
    yield
    for name, (handlers, level, propagate) in saved.items():
        logger = logging.getLogger(name)
        logger.handlers, logger.level, logger.propagate = handlers, level, propagate


@pytest.mark.usefixtures("restore_logging")
def test_access_log_as_text_or_json_lines(client: TestClient) -> None:
    stream = io.StringIO()
    configure_logging("json", stream=stream)
    client.get("/stories", params={"q": "x"})
    client.head("/healthz")
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [(e["method"], e["path"], e["status"]) for e in lines] == [
        ("GET", "/stories?q=x", 200),
        ("HEAD", "/healthz", 200),
    ]
    assert lines[0]["logger"] == "marsad.access" and lines[0]["duration_ms"] >= 0
    assert lines[0]["bytes"] > 0 and lines[1]["bytes"] == 0
    text = io.StringIO()
    configure_logging("text", stream=text)
    client.get("/healthz")
    assert '"GET /healthz" 200' in text.getvalue()
    quiet = io.StringIO()
    configure_logging("text", access=False, stream=quiet)
    client.get("/healthz")
    assert quiet.getvalue() == ""
    with pytest.raises(ValueError, match="text or json"):
        configure_logging("xml")
