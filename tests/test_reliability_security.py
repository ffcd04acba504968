"""Hostile users: tokens, rate limits, CORS, SQL injection in search, paths from API input, and
hostile article text rendered inert in headless Chromium."""

from __future__ import annotations

import hmac
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
from marsad.cli import app
from marsad.errors import SettingsError
from marsad.ingest import load_articles
from marsad.newsroom import ingest
from marsad.service.ratelimit import RateLimit, TokenBuckets, retry_after
from marsad.settings import Settings
from marsad.store import Store, open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx
    from fastapi.testclient import TestClient

from marsad.service.app import create_app

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
FLOOD = {
    "id": "wire-1",
    "title": "Floods kill twelve",
    "text": "Floods hit the northern province on Monday, killing twelve people. "
    "Rescue teams used boats to reach villages cut off by the river.",
    "source": "Wire A",
    "lang": "en",
}
INJECTIONS = [
    "' OR 1=1 --",
    "'; DROP TABLE articles; --",
    '" OR "1"="1',
    "كازاخستان' UNION SELECT id, summary FROM stories --",
    "*",
    "NEAR(a b)",
    'text:"x" OR articles_fts MATCH "*"',
    "%' AND 1=1 AND '%'='",
    "\\x00; SELECT pg_sleep(5)",
    "$$ OR $$ = $$",
]


@pytest.fixture
def examples_store(store_url: str) -> Iterator[Store]:
    store = open_store(store_url)
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    yield store
    store.close()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_token_buckets_limit_and_refill() -> None:
    now = [0.0]
    buckets = TokenBuckets(RateLimit(requests=2, per=10.0), clock=lambda: now[0])
    assert buckets.take("a") == 0.0 and buckets.take("a") == 0.0
    wait = buckets.take("a")
    assert wait == pytest.approx(5.0) and retry_after(wait) == "5"
    assert buckets.take("b") == 0.0  # another token has its own bucket
    now[0] = 5.0
    assert buckets.take("a") == 0.0 and buckets.take("a") > 0
    assert retry_after(0.01) == "1"


def test_rate_limit_values() -> None:
    assert RateLimit.parse("120/min") == RateLimit(requests=120, per=60.0)
    assert RateLimit.parse("10/s") == RateLimit(requests=10, per=1.0)
    assert RateLimit.parse("off") is None
    for bad in ("fast", "10/fortnight", "-1/s", "0/s"):
        with pytest.raises(SettingsError):
            RateLimit.parse(bad)
    result = CliRunner().invoke(app, ["serve", "--rate-limit", "lots", "--db", "unused.db"])
    assert result.exit_code == 2 and "cannot read rate limit" in result.output


def test_writes_over_the_rate_limit_get_429_with_retry_after(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "marsad.db"))
    try:
        client = TestClient(create_app(store, rate_limit=RateLimit(requests=3, per=3600)))
        first, second = store.create_token("a"), store.create_token("b")
        body = {"articles": [FLOOD]}
        codes = [client.post("/articles", json=body, headers=_bearer(first)) for _ in range(4)]
        assert [answer.status_code for answer in codes] == [201, 200, 200, 429]
        assert int(codes[-1].headers["retry-after"]) >= 1000  # one request per 1,200 s
        assert "rate limit" in codes[-1].json()["detail"]
        assert client.post("/articles", json=body, headers=_bearer(second)).status_code == 200
        # A wrong token is refused before it could spend anyone's budget.
        assert client.post("/articles", json=body, headers=_bearer("nope")).status_code == 401
        assert client.get("/stories").status_code == 200  # reads are not limited
    finally:
        store.close()


def test_tokens_are_hashed_and_compared_in_constant_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "marsad.db"
    store = open_store(str(db))
    try:
        token = store.create_token("bot")
        compared: list[tuple[str, str]] = []
        real = hmac.compare_digest

        def spy(a: Any, b: Any) -> bool:
            compared.append((a, b))
            return real(a, b)

        monkeypatch.setattr(hmac, "compare_digest", spy)
        assert store.check_token(token) and compared
        assert not store.check_token(token[:-1] + ("A" if token[-1] != "A" else "B"))
    finally:
        store.close()
    assert token.encode() not in db.read_bytes()


def test_cors_is_off_by_default(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "marsad.db"))
    try:
        preflight = {
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        }
        closed = TestClient(create_app(store))
        answer = closed.options("/articles", headers=preflight)
        assert "access-control-allow-origin" not in answer.headers
        got = closed.get("/stories", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in got.headers
        opened = TestClient(create_app(store, cors_origins=["https://newsroom.example"]))
        ok = opened.options(
            "/articles", headers={**preflight, "Origin": "https://newsroom.example"}
        )
        assert ok.headers["access-control-allow-origin"] == "https://newsroom.example"
        refused = opened.get("/stories", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in refused.headers
    finally:
        store.close()


def test_sql_injection_in_search_and_filters_is_only_text(examples_store: Store) -> None:
    client = TestClient(create_app(examples_store))
    before = examples_store.counts()
    for attempt in INJECTIONS:
        for name in ("q", "outlet", "language", "since"):
            answer = client.get(
                "/stories", params={name: attempt[:16] if name == "language" else attempt}
            )
            assert answer.status_code in (200, 422), (name, attempt, answer.text)
            if answer.status_code == 200:
                assert answer.json()["total"] == 0, (name, attempt)
        page = client.get("/", params={"q": attempt})
        assert page.status_code == 200
    # A real word inside an injection attempt still finds its story, and only it.
    assert client.get("/stories", params={"q": INJECTIONS[3]}).json()["total"] == 0
    assert client.get("/stories", params={"q": "كازاخستان"}).json()["total"] == 1
    assert examples_store.counts() == before and examples_store.check_integrity() == []


def test_api_input_never_reaches_the_file_system(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "marsad.db"))
    try:
        client = TestClient(create_app(store))
        token = store.create_token("t")
        sneaky = {
            **FLOOD,
            "id": "../../../../etc/passwd",
            "url": "file:///etc/passwd",
            "source": "/etc/shadow",
        }
        answer = client.post("/articles", json={"articles": [sneaky]}, headers=_bearer(token))
        assert answer.json()["added"] == 1
        for path in (
            "/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/article/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/static/..%2F..%2Fpyproject.toml",
            "/static/marsad.css/..%2F..%2F..%2Fpyproject.toml",
            "/story/..%2F..%2Fpyproject.toml",
        ):
            got = client.get(path)
            assert "root:x:0" not in got.text and "[project]" not in got.text, path
        stored = client.get("/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd").json()
        assert stored["text"] == FLOOD["text"] and "path" not in stored
    finally:
        store.close()


def test_every_page_sends_the_content_security_policy(examples_store: Store) -> None:
    client = TestClient(create_app(examples_store))
    story_id = examples_store.stories().stories[0].id
    for path in ("/", f"/story/{story_id}", "/story/nope", "/article/nope", "/static/marsad.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy, path
        assert "frame-ancestors 'none'" in policy


# --- hostile text in a real browser ------------------------------------------------------------
HOSTILE_TITLE = "<script>window.__pwned = 'title'</script>\u202eFloods\u202c kill twelve"
HOSTILE_TEXT = (
    "Floods hit the northern province on Monday <img src=x onerror=\"window.__pwned='img'\">. "
    "Reversed by an override \u202egnihtemos here. "
    "Rescue teams used boats to reach villages cut off by the river."
)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A served store holding one article posted with script, onerror and bidi overrides."""
    from conftest import need_chromium
    from marsad.service.local import serve_in_thread

    need_chromium()
    store = open_store(str(tmp_path_factory.mktemp("hostile") / "marsad.db"))
    try:
        client = TestClient(create_app(store))
        evil = {**FLOOD, "id": "evil", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT}
        posted = client.post(
            "/articles", json={"articles": [evil]}, headers=_bearer(store.create_token("t"))
        )
        assert posted.json()["added"] == 1
        story_id = posted.json()["stories"][0]
        with serve_in_thread(create_app(store)) as base:
            yield base, story_id
    finally:
        store.close()


def test_hostile_article_renders_inert(hostile_site: tuple[str, str], browser: Any) -> None:
    base, story_id = hostile_site
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text))
    for path in ("/", f"/story/{story_id}", "/article/evil"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("script").count() == 0 and page.locator("img").count() == 0, path
        assert "<script>" in page.inner_text("body") or path == "/", path  # shown as text
    assert dialogs == []
    # The title's bidi override was removed on ingest; the body's is confined to its sentence:
    # the next sentence still runs left to right.
    page.goto(f"{base}/article/evil")
    assert "\u202e" not in page.locator("h1").inner_text()
    last = page.locator(".sentence").last
    assert last.inner_text().startswith("Rescue teams")
    order = page.evaluate(
        """(element) => {
            const text = element.firstChild;
            const at = (i) => { const r = document.createRange(); r.setStart(text, i);
                r.setEnd(text, i + 1); return r.getBoundingClientRect().left; };
            return [0, 1, 2, 3, 4, 5].map(at);
        }""",
        last.element_handle(),
    )
    assert order == sorted(order), order  # "Rescue" reads left to right: not reversed
    page.close()


def test_openapi_schema_holds_under_generated_requests(tmp_path: Path) -> None:
    """A bounded schemathesis run: no 500s, answers that match the schema, on every operation."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import positive_data_acceptance

    store = open_store(str(tmp_path / "marsad.db"))
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    token = store.create_token("fuzz")
    fastapi_app = create_app(store, rate_limit=None, settings=Settings(max_body_bytes=256 * 1024))
    schema = schemathesis.openapi.from_asgi("/openapi.json", fastapi_app)
    failures: list[str] = []
    try:
        for result in schema.get_all_operations():
            operation = result.ok()

            @settings(
                max_examples=20,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy())
            def run(case: Any) -> None:
                case.headers = {**(case.headers or {}), **_bearer(token)}
                # Free-text parameters (since) may be refused with a 422 that says why, so
                # "every schema-valid value is accepted" is not claimed; every other check runs.
                case.call_and_validate(excluded_checks=[positive_data_acceptance])

            try:
                run()
            except Exception as error:  # collect, so one report lists every operation's failures
                failures.append(f"{operation.label}: {str(error)[:400]}")
    finally:
        store.close()
    assert failures == [], "\n".join(failures)


# --- bounds: parameters in range, problem details, headers, no server paths, no tracebacks -----
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def test_out_of_range_parameters_are_4xx_problems_never_500(
    examples_store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(create_app(examples_store), raise_server_exceptions=False)
    for params in (
        {"since": "99999999999w"},
        {"since": "9" * 400 + "d"},
        {"since": "0001-01-01T00:00:00"},
        {"offset": "9223372036854775808"},
        {"offset": "-1"},
        {"limit": "100000000000000000000"},
        {"since": "x" * 10_000},
    ):
        answer = client.get("/stories", params=params)
        if params.get("since") == "0001-01-01T00:00:00":
            assert answer.status_code == 200  # a real (early) time: every story
            continue
        assert answer.status_code == 422, (params, answer.text)
        assert answer.headers["content-type"] == "application/problem+json"
        body = answer.json()
        assert body["status"] == 422 and body["title"] and body["detail"] and body["errors"]
    assert client.get("/", params={"since": "99999999999w"}).status_code == 200  # says why
    assert "Traceback" not in caplog.text
    code, output = _cli("stories", "--since", "99999999999w", "--db", examples_store.url)
    assert code == 2 and "before the year 1" in output and "Traceback" not in output
    code, output = _cli("stories", "--offset", "9223372036854775808", "--db", examples_store.url)
    assert code == 2 and "Traceback" not in output


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_an_unexpected_error_is_a_500_problem_with_one_log_line(
    examples_store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(create_app(examples_store), raise_server_exceptions=False)

    def broken(**_: Any) -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(examples_store, "stories", broken)
    with caplog.at_level("ERROR"):
        answer = client.get("/stories")
    assert answer.status_code == 500
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "Traceback" not in answer.text and "SQLite" not in answer.text
    (record,) = [r for r in caplog.records if r.name == "marsad.service.problems"]
    assert "GET /stories failed: OverflowError" in record.getMessage() and not record.exc_info


def test_a_database_error_is_logged_on_one_short_line(
    examples_store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(create_app(examples_store), raise_server_exceptions=False)

    def broken(**_: Any) -> None:
        # As SQLAlchemy words it: the statement and its parameters (a whole article) on lines.
        raise RuntimeError(
            "(sqlite3.OperationalError) database is locked\n"
            "[SQL: INSERT INTO articles (id, text) VALUES (?, ?)]\n"
            f"[parameters: ('a1', '{'نص طويل ' * 100_000}')]"
        )

    monkeypatch.setattr(examples_store, "stories", broken)
    with caplog.at_level("ERROR"):
        assert client.get("/stories").status_code == 500
    (record,) = [r for r in caplog.records if r.name == "marsad.service.problems"]
    message = record.getMessage()
    assert "\n" not in message and len(message) < 400
    assert message.startswith(
        "GET /stories failed: RuntimeError: (sqlite3.OperationalError) database is locked [SQL:"
    )
    assert message.endswith("…")


def test_security_headers_on_every_answer_and_docs_served_locally(examples_store: Store) -> None:
    client = TestClient(create_app(examples_store))
    story_id = examples_store.stories().stories[0].id
    paths = ["/docs", "/openapi.json", "/healthz", "/stories", f"/stories/{story_id}"]
    paths += [
        "/stories/nope",
        "/nope",
        "/",
        "/static/marsad.css",
        "/redoc",
        "/docs/oauth2-redirect",
    ]
    for path in paths:
        answer = client.get(path)
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers.get(name) == value, (path, name)
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"], path
    assert client.post("/articles", json={}).headers["x-content-type-options"] == "nosniff"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "<script" not in docs.text and "http" not in docs.text
    assert "GET /stories" in docs.text and "offset" in docs.text
    assert "script-src" not in docs.headers["content-security-policy"]
    assert client.get("/redoc").status_code == 404
    schema = client.get("/openapi.json").json()
    answers = schema["paths"]["/stories"]["get"]["responses"]
    assert list(answers["422"]["content"]) == ["application/problem+json"]
    offset = next(
        p for p in schema["paths"]["/stories"]["get"]["parameters"] if p["name"] == "offset"
    )
    assert offset["schema"]["maximum"] == Settings().max_offset


def test_the_api_shows_no_server_paths(tmp_path: Path) -> None:
    folder = tmp_path / "secret-server-folder"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"Floods kill twelve\n\n{FLOOD['text']}\n", encoding="utf-8")
    store = open_store(str(tmp_path / "marsad.db"))
    try:
        ingest(store, list(load_articles([folder], settings=Settings()).articles))
        client = TestClient(create_app(store))
        story_id = store.stories().stories[0].id
        story = client.get(f"/stories/{story_id}").json()
        assert story["articles"] and all("path" not in a for a in story["articles"])
        for article in story["articles"]:
            assert "path" not in client.get(f"/articles/{article['id']}").json()
        for path in (f"/stories/{story_id}", "/stories", f"/story/{story_id}"):
            assert "secret-server-folder" not in client.get(path).text, path
    finally:
        store.close()
