"""A generated corpus of bad inputs through every ingest path: files, JSONL, HTML, feeds, the
`ingest` and `watch` commands and the REST API. Each input is kept or rejected with its reason;
nothing raises, nothing good is dropped, and the store stays consistent.
"""

from __future__ import annotations

import json
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import badinputs
import marsad.cli.digest  # registers `digest` and `inspect` on `app`
import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
from marsad.cli import app
from marsad.ingest import load_articles
from marsad.ingest.feeds import Validators, poll_feed
from marsad.settings import Settings
from marsad.store import open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx
    from fastapi.testclient import TestClient

from marsad.service.app import create_app


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, dict[str, badinputs.Expect]]]:
    folder = tmp_path_factory.mktemp("bad") / "corpus"
    yield folder, badinputs.write_corpus(folder)
    shutil.rmtree(folder)  # about 107 MB: not kept among pytest's last three temporary folders


@pytest.fixture(scope="module")
def small_corpus(
    corpus: tuple[Path, dict[str, badinputs.Expect]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, badinputs.Expect]]:
    """Hard links to every file but the 10,000-record one (which would take minutes to cluster)."""
    source, expected = corpus
    folder = tmp_path_factory.mktemp("bad-small") / "corpus"
    folder.mkdir()
    small = {name: expect for name, expect in expected.items() if name != "big.jsonl"}
    for name in small:
        (folder / name).hardlink_to(source / name)  # a symlink out of the folder is refused
    return folder, small


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_every_bad_file_is_kept_or_rejected_with_its_reason(
    corpus: tuple[Path, dict[str, badinputs.Expect]],
) -> None:
    folder, expected = corpus
    for name, expect in expected.items():
        result = load_articles([folder / name], settings=Settings())
        assert tuple(a.title for a in result.articles) == expect.titles, name
        messages = [problem.message for problem in result.problems]
        assert len(messages) == len(expect.problems), (name, messages)
        for message, wanted in zip(messages, expect.problems, strict=True):
            assert message.startswith(wanted), (name, message)
        assert all(problem.path == str(folder / name) for problem in result.problems)
    (page,) = load_articles([folder / "script.html"], settings=Settings()).articles
    assert "Tuesday" in page.text  # both paragraphs, and nothing of the script or the markup
    assert "cookie" not in page.text and "<" not in page.text and "onerror" not in page.text


def test_the_10k_jsonl_keeps_every_good_line_and_names_the_broken_one(
    corpus: tuple[Path, dict[str, badinputs.Expect]],
) -> None:
    folder, _ = corpus
    result = load_articles([folder / "big.jsonl"], settings=Settings())
    assert len(result.articles) == badinputs.BIG_JSONL_LINES - 1
    (problem,) = result.problems
    assert problem.line == badinputs.BROKEN_LINE
    assert str(problem).startswith(
        f"{folder / 'big.jsonl'}:{badinputs.BROKEN_LINE}: not valid JSON"
    )


def test_the_corpus_through_marsad_ingest_then_watch(
    small_corpus: tuple[Path, dict[str, badinputs.Expect]], tmp_path: Path
) -> None:
    folder, expected = small_corpus
    # Read, but left with no sentence once cleaned: the store rejects it with that reason.
    cleaned_away = "عنوان"
    titles = sorted(t for expect in expected.values() for t in expect.titles if t != cleaned_away)
    problems = sum(len(expect.problems) for expect in expected.values()) + 1
    db = str(tmp_path / "marsad.db")
    code, output = _run("ingest", str(folder), "--db", db)
    assert code == 0 and "Traceback" not in output  # the rest was stored (1 only with --strict)
    assert output.count("rejected:") == problems
    assert f"rejected {problems}: " in output and "3 × not valid JSON" in output
    assert "1 × no sentences left after cleaning" in output
    store = open_store(db)
    try:
        stored = store.articles_of([a.id for a in _loaded(folder)])
        assert sorted(record.article.title for record in stored) == titles
        assert store.check_integrity() == []
    finally:
        store.close()

    watched = str(tmp_path / "watched.db")
    code, output = _run("watch", "--folder", str(folder), "--once", "--db", watched)
    assert code == 0 and "Traceback" not in output
    assert f"rejected {problems}: " in output
    store = open_store(watched)
    try:
        assert store.counts()["articles"] == len(titles)
        assert store.check_integrity() == []
    finally:
        store.close()


def _loaded(folder: Path) -> tuple[object, ...]:
    return load_articles([folder], settings=Settings()).articles  # type: ignore[return-value]


def test_bad_feeds_fail_cleanly_and_entity_bombs_do_not_expand(tmp_path: Path) -> None:
    for name, content in badinputs.BAD_FEEDS.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = poll_feed(str(path), Validators())
        assert result.articles == (), name
        assert result.problems, name
        if name != "truncated.xml":  # an unfinished <item>: read leniently, the item rejected
            assert result.failed and "not a readable RSS/Atom feed" in result.problems[0].message
    laughs = tmp_path / "laughs.xml"
    laughs.write_text(badinputs.LAUGHS, encoding="utf-8")
    result = poll_feed(str(laughs), Validators())
    texts = [article.title + article.text for article in result.articles]
    assert "Floods kill twelve" in [article.title for article in result.articles]
    assert all(len(text) < 1000 for text in texts)  # nine levels of entities not expanded
    assert not any("root:" in text for text in texts)  # no external entity read
    mixed = tmp_path / "mixed.xml"
    mixed.write_text(badinputs.MIXED_FEED, encoding="utf-8")
    result = poll_feed(str(mixed), Validators())
    # An untitled entry is kept with its first sentence as title; an empty one is rejected.
    assert [(a.title, a.title_inferred) for a in result.articles] == [
        ("Only a body here.", True),
        ("Floods in the north", False),
    ]
    assert [problem.message for problem in result.problems] == ["empty body"]


def test_bad_feeds_through_marsad_watch(tmp_path: Path) -> None:
    feeds = []
    for name, content in {**badinputs.BAD_FEEDS, "laughs.xml": badinputs.LAUGHS.encode()}.items():
        (tmp_path / name).write_bytes(content)
        feeds += ["--feed", str(tmp_path / name)]
    db = str(tmp_path / "marsad.db")
    code, output = _run("watch", *feeds, "--once", "--db", db)
    assert code == 0 and "Traceback" not in output
    # The untitled entry of mixed.xml is now kept with an inferred title: not rejected.
    assert "rejected 5: 3 × not a readable RSS/Atom feed, 1 × empty body" in output
    assert "missing title" not in output
    assert "1 × no sentences left after cleaning" in output  # the entity bomb's entry
    store = open_store(db)
    try:
        assert store.article("good") is not None and store.article("laugh") is None
        assert store.check_integrity() == []
    finally:
        store.close()


def test_bad_requests_get_clear_errors_and_never_a_500(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "api.db"))
    client = TestClient(create_app(store, settings=Settings(max_body_bytes=2 * 1024 * 1024)))
    headers = {"Authorization": f"Bearer {store.create_token('t')}"}
    good = {"title": "Floods", "text": badinputs.GOOD_EN, "source": "Wire"}
    path = "The outlet's own path is ../../etc/passwd, which is only text here."

    def post(body: bytes | dict[str, object], **extra: str) -> tuple[int, dict[str, object]]:
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        sent = {**headers, "Content-Type": "application/json", **extra}
        answer = client.post("/articles", content=content, headers=sent)
        assert answer.status_code < 500, answer.text
        return answer.status_code, answer.json()

    try:
        assert post(b"")[0] == 422
        assert post(bytes(range(256)) * 8)[0] == 422
        assert post(b'{"articles": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}")[0] == 400
        assert post(b'{"articles": [{"title": "t\xff", "text": "x", "source": "s"}]}')[0] == 400
        surrogate = b'{"articles": [{"title": "t\\ud800", "text": "x", "source": "s"}]}'
        code, answer = post(surrogate)
        assert code == 422 and "valid string" in json.dumps(answer)
        assert post({"articles": [{**good, "published": "not a date"}]})[0] == 422
        assert post({"articles": [{**good, "text": "x" * 3 * 1024 * 1024}]})[0] == 413
        assert post(b"{}", **{"Content-Length": "999999999999"})[0] == 413
        code, answer = post(
            {
                "articles": [
                    {
                        **good,
                        "id": "n1",
                        "title": "\u202eFloods\u200b\u202c",
                        "text": "NUL\x00. " * 3,
                    },
                    {**good, "id": "one", "text": "word"},
                    {**good, "id": "same"},
                    {**good, "id": "same", "text": good["text"] + " More."},
                    {**good, "id": "../../etc/passwd", "url": "file:///etc/passwd", "text": path},
                ]
            }
        )
        assert code == 201 and (answer["added"], answer["duplicates"]) == (3, 0)
        assert [r["message"] for r in answer["rejected"]] == [  # type: ignore[union-attr]
            "id 'same' is already taken by an article with different content; kept the first",
            "no sentences left after cleaning",  # the one-word article
        ]
        code, again = post({"articles": [{**good, "id": "same", "text": "changed"}]})
        assert code == 200 and again["added"] == 0 and len(again["rejected"]) == 1  # type: ignore[arg-type]
        record = store.article("n1")
        assert record is not None and record.article.title == "Floods"
        assert "\x00" not in record.article.text
        passwd = client.get("/articles/..%2F..%2Fetc%2Fpasswd").json()
        assert passwd["text"] == path and "root:" not in json.dumps(passwd)
        assert store.counts()["articles"] == 3 and store.check_integrity() == []
    finally:
        store.close()


# --- inputs read only what the user named; limits on lines and fields ---------------------------
OUTSIDE = "symbolic link to a file outside the input folder; not followed (--follow-symlinks)"


def test_links_out_of_an_input_folder_are_refused_and_pipes_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    secret = badinputs.write_hostile_paths(folder)
    result = load_articles([folder], settings=Settings())
    # The link inside the folder is the same file as good.txt: read once.
    assert [article.title for article in result.articles] == ["Floods in the north"]
    messages = {Path(problem.path).name: problem.message for problem in result.problems}
    assert messages == {
        "outside-link.txt": OUTSIDE,
        "pipe.txt": "not a regular file (a named pipe)",
    }
    pattern = load_articles([str(folder / "*.txt")], settings=Settings())
    assert [article.title for article in pattern.articles] == ["Floods in the north"]
    assert OUTSIDE in [problem.message for problem in pattern.problems]
    followed = load_articles([folder], settings=Settings(follow_symlinks=True))
    assert "Server secret" in [article.title for article in followed.articles]
    named = load_articles([folder / "outside-link.txt"], settings=Settings())
    assert [article.title for article in named.articles] == ["Server secret"]  # asked for by name

    db = str(tmp_path / "marsad.db")
    for command in (
        ["digest", str(folder)],
        ["inspect", str(folder)],
        ["ingest", str(folder), "--db", db],
        ["watch", "--folder", str(folder), "--once", "--db", db],
    ):
        code, output = _run(*command)
        assert code in (0, 1) and "Traceback" not in output, command
        assert "outside-link.txt: symbolic link" in output, command
        assert "Secrets hit" not in output and "Server secret" not in output, command
    code, output = _run("inspect", str(folder), "--follow-symlinks")
    assert "Server secret" not in output and "2 articles" in output
    store = open_store(db)
    try:
        assert store.counts()["articles"] == 1
        assert secret.read_text("utf-8") not in json.dumps(
            [r.to_dict() for r in store.articles_of([a.id for a in followed.articles])]
        )
    finally:
        store.close()


def test_a_pattern_through_a_link_to_an_outside_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "s.jsonl").write_text(
        json.dumps({"id": "s", "title": "Server secret", "text": badinputs.GOOD_EN}), "utf-8"
    )
    folder = tmp_path / "in"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "r.jsonl").write_text(
        json.dumps({"id": "r", "title": "Floods", "text": badinputs.GOOD_EN}), "utf-8"
    )
    (folder / "link").symlink_to(secret)
    outside = "symbolic link to a folder outside the input folder; not followed (--follow-symlinks)"
    for pattern in ("*/*.jsonl", "**/*.jsonl", "*/s.jsonl", "*", "l*/*"):
        result = load_articles([f"{folder}/{pattern}"], settings=Settings())
        assert "Server secret" not in [article.title for article in result.articles], pattern
        assert [(problem.path, problem.message) for problem in result.problems] == [
            (str(folder / "link"), outside)
        ], pattern
    # The pattern's fixed part is named by the user, as a path given itself is.
    named = load_articles([f"{folder}/link/*.jsonl"], settings=Settings())
    assert [article.title for article in named.articles] == ["Server secret"]
    followed = load_articles([f"{folder}/*/*.jsonl"], settings=Settings(follow_symlinks=True))
    assert sorted(article.title for article in followed.articles) == ["Floods", "Server secret"]


def test_a_gzip_of_blank_lines_stops_at_the_line_limit(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl.gz"
    badinputs.write_blank_lines_gz(path, 3_000_000)
    (problem,) = load_articles([path], settings=Settings()).problems
    assert problem.line == 1_000_001
    assert problem.message == "more than 1,000,000 lines; the rest of the file was not read"
    records = [
        json.dumps({"id": f"r{n}", "title": f"r{n}", "text": badinputs.GOOD_EN}) for n in range(3)
    ]
    (tmp_path / "three.jsonl").write_text("\n".join(records), encoding="utf-8")
    (tmp_path / "three.json").write_text("[" + ",".join(records) + "]", encoding="utf-8")
    two = Settings(max_lines_per_file=2)
    for name, what in (("three.jsonl", "lines"), ("three.json", "records")):
        result = load_articles([tmp_path / name], settings=two)
        assert [article.id for article in result.articles] == ["r0", "r1"], name
        assert [problem.message for problem in result.problems] == [
            f"more than 2 {what}; the rest of the file was not read"
        ]


def test_fields_past_their_limits_are_cut_dropped_or_hashed(tmp_path: Path) -> None:
    record = {
        "id": "i" * 300,
        "title": "t" * 600,
        "text": badinputs.GOOD_EN,
        "source": "s" * 3000,
        "url": "http://x/" + "u" * 3000,
        "lang": "a-very-long-language-tag",
    }
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = load_articles([path], settings=Settings())
    (article,) = result.articles
    assert len(article.title) == 500 and article.title.endswith("…")
    assert len(article.source) == 2000 and article.url is None and article.lang is None
    assert (
        len(article.id) < 200
        and article.id == load_articles([path], settings=Settings()).articles[0].id
    )
    assert [problem.message for problem in result.problems] == [
        "title of 600 characters cut to 500",
        "source cut to 2000 characters",
        "url of 3,009 characters dropped",
        "language code of 24 characters dropped",
    ]
