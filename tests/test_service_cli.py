"""`marsad ingest`, `stories`, `story` and `token create` on a SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.plugins  # adds `loadtest` from the benchmarks package
import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
from marsad.cli import app
from marsad.newsroom import ingest
from marsad.store import open_store

EXAMPLES = str(Path(__file__).parents[1] / "examples" / "kazakhstan-2022")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_ingest_list_and_show(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    code, output = _run("ingest", EXAMPLES, "--db", db)
    assert code == 0 and "5 added" in output and "1 stories changed" in output
    code, output = _run("ingest", EXAMPLES, "--db", db)
    assert code == 0 and "0 added" in output and "5 already stored" in output
    code, output = _run("stories", "--since", "6h", "--db", db, "--format", "json")
    listed = json.loads(output)
    assert code == 0 and listed["total"] == 1
    story_id = listed["stories"][0]["id"]
    code, output = _run("stories", "--db", db, "-q", "توكاييف")
    assert code == 0 and story_id in output
    code, output = _run("story", story_id, "--db", db, "--format", "json")
    assert code == 0 and json.loads(output)["id"] == story_id
    code, output = _run("story", story_id, "--db", db)
    assert code == 0 and "شويغو" in output
    code, output = _run("story", story_id, "--db", db, "--format", "html")
    assert code == 0 and output.startswith("<!DOCTYPE html>")


def test_ingest_prunes_the_change_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`marsad ingest` prunes the stories' change log as the write queue's worker does (here
    to its newest 3 rows), raising the floor the response cache reads."""
    import sqlite3

    import marsad.store.changes as changes

    prune = changes.prune_changes
    monkeypatch.setattr(changes, "prune_changes", lambda connection: prune(connection, keep=3))
    db = tmp_path / "marsad.db"
    assert _run("ingest", EXAMPLES, "--db", str(db))[0] == 0
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT count(*) FROM story_changes").fetchone()[0]
        floor = connection.execute("SELECT changes_floor FROM store_generation").fetchone()[0]
    assert rows == 3 and floor > 0


def test_ingest_by_date_places_the_oldest_first(tmp_path: Path) -> None:
    """`--by-date` places (and logs) a file's articles oldest first; without it, as given."""
    import sqlite3

    bodies = {
        "new": "فرق الإنقاذ تستخدم القوارب للوصول إلى القرى المعزولة بسبب الفيضانات الشمالية.",
        "old": "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي.",
        "mid": "البنك المركزي يرفع سعر الفائدة الرئيسي نصف نقطة لمواجهة ارتفاع التضخم.",
    }
    days = {"new": "2018-02-20", "old": "2018-02-01", "mid": "2018-02-10"}
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        "".join(
            json.dumps(
                {"id": i, "source": "s", "title": f"خبر {i}", "text": b, "published": days[i]}
            )
            + "\n"
            for i, b in bodies.items()
        ),
        encoding="utf-8",
    )
    orders = []
    for name, flags in (("given.db", []), ("by-date.db", ["--by-date"])):
        db = tmp_path / name
        assert _run("ingest", str(corpus), "--db", str(db), "--batch-size", "1", *flags)[0] == 0
        with sqlite3.connect(db) as connection:
            rows = connection.execute("SELECT article_id FROM ingest_log ORDER BY seq")
            orders.append([row[0] for row in rows])
    assert orders == [["new", "old", "mid"], ["old", "mid", "new"]]


def test_errors_are_messages_with_exit_codes(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    assert _run("ingest", EXAMPLES, "--db", db)[0] == 0
    code, output = _run("story", "nope", "--db", db)
    assert code == 4 and "no story 'nope'" in output
    code, output = _run("stories", "--since", "soon", "--db", db)
    assert code == 2 and "6h" in output
    code, output = _run("stories", "--db", "mysql://x/y")
    assert code == 2 and "unsupported database URL" in output
    code, output = _run("stories", "--db", str(tmp_path / "no" / "such.db"))
    assert code == 2 and "does not exist" in output
    code, output = _run("ingest", str(tmp_path / "missing"), "--db", db)
    assert code == 3 and "Traceback" not in output


@pytest.mark.parametrize(
    "command", [["stories"], ["story", "abc"], ["check"], ["serve", "--port", "1"], ["loadtest"]]
)
def test_read_only_commands_never_create_a_store(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "typo.db"
    code, output = _run(*command, "--db", str(typo))
    assert code == 2 and "no store at" in output and "marsad ingest" in output
    assert "Traceback" not in output and len(output.strip().splitlines()) <= 3
    assert list(tmp_path.iterdir()) == []  # no file, no -wal, no -shm


def test_stories_refuses_an_offset_past_the_settings_max(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    assert _run("ingest", EXAMPLES, "--db", db)[0] == 0
    code, output = _run("stories", "--db", db, "--offset", "11", "--set", "max_offset=10")
    assert code == 2 and "max_offset 10" in output
    assert _run("stories", "--db", db, "--offset", "10", "--set", "max_offset=10")[0] == 0
    assert _run("stories", "--db", db, "--offset", "11")[0] == 0  # the default is 1,000,000


def test_token_create_prints_a_working_token(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    code, output = _run("token", "create", "--name", "bot", "--db", db)
    token = output.strip()
    assert code == 0 and token.startswith("marsad_")
    store = open_store(db)
    try:
        assert store.check_token(token)
    finally:
        store.close()


def test_token_list_revoke_and_expiry(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    code, output = _run("token", "create", "--name", "bot", "--expires", "30d", "--db", db)
    token = output.strip()
    assert code == 0
    code, output = _run("token", "create", "--name", "old", "--db", db)
    code, output = _run("token", "list", "--db", db, "--format", "json")
    listed = json.loads(output)
    assert code == 0 and [t["name"] for t in listed] == ["bot", "old"]
    assert listed[0]["expires_at"] is not None and listed[1]["expires_at"] is None
    assert {t["state"] for t in listed} == {"active"} and token not in output
    code, output = _run("token", "list", "--db", db)
    assert code == 0 and listed[0]["id"] in output and "never" in output
    code, output = _run("token", "revoke", listed[0]["id"], "--db", db)
    assert code == 0 and f"revoked {listed[0]['id']} (bot)" in output
    store = open_store(db)
    try:
        assert not store.check_token(token)
    finally:
        store.close()
    code, output = _run("token", "revoke", "0123456789ab", "--db", db)
    assert code == 4 and "no token" in output
    for bad in ("soon", "99999999999w", "-1d", "0s", "0.0d"):
        code, output = _run("token", "create", "--expires", bad, "--db", db)
        assert code == 2 and "cannot read --expires" in output and "Traceback" not in output


def test_brackets_in_values_are_printed_not_read_as_markup(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    code, output = _run("token", "create", "--expires", "[/x]", "--db", db)
    assert code == 2, output
    assert "error: cannot read --expires '[/x]': '[/x]' is not a duration" in output
    code, output = _run("token", "create", "--name", "[/x] [bold]bot", "--db", db)
    assert code == 0, output
    code, output = _run("token", "list", "--db", db)
    assert code == 0 and "[/x] [bold]bot" in output, output
    code, output = _run("token", "revoke", "[/x]", "--db", db)
    assert code == 4 and "no token '[/x]'" in output, output


def test_an_unexpected_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib
    import pkgutil

    import marsad.cli

    for module in pkgutil.iter_modules(marsad.cli.__path__):  # registered before app is patched
        importlib.import_module(f"marsad.cli.{module.name}")

    def broken(**_: object) -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(marsad.cli, "app", broken)
    monkeypatch.delenv("MARSAD_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        marsad.cli.main()
    assert stopped.value.code == 70
    printed = capsys.readouterr().err
    assert "unexpected OverflowError" in printed and "Traceback" not in printed

    def database(**_: object) -> None:
        # As SQLAlchemy words it: the statement and its parameters (a whole article) on lines.
        raise RuntimeError(
            "(sqlite3.OperationalError) database is locked\n"
            "[SQL: INSERT INTO articles (id, text) VALUES (?, ?)]\n"
            f"[parameters: ('a1', '{'نص طويل ' * 100_000}')]"
        )

    monkeypatch.setattr(marsad.cli, "app", database)
    with pytest.raises(SystemExit) as stopped:
        marsad.cli.main()
    assert stopped.value.code == 70
    printed = capsys.readouterr().err
    assert printed.count("\n") == 1 and len(printed) < 500, printed[:1000]
    assert "unexpected RuntimeError: (sqlite3.OperationalError) database is locked [SQL:" in printed


def test_stories_by_publication_date_and_cursor(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from marsad.model import Article

    db = str(tmp_path / "dated.db")
    store = open_store(db)
    topics = (
        "Floods hit the northern province, killing twelve people as rivers burst their banks.",
        "The central bank raised interest rates by half a point to fight rising inflation.",
        "The national team won the regional cup on penalties after a goalless final.",
    )
    for number, text in enumerate(topics):
        when = datetime(2018, 3, 1, tzinfo=UTC) + timedelta(days=10 * number)
        article = Article(id=f"a{number}", title=text[:30], text=text, source="W", published=when)
        assert ingest(store, [article]).added == 1
    store.close()
    code, output = _run("stories", "--db", db, "--published-after", "2018-03-05", "-f", "json")
    assert code == 0 and json.loads(output)["total"] == 2
    code, output = _run("stories", "--db", db, "--published-before", "2018-03-05", "-f", "json")
    assert code == 0 and json.loads(output)["total"] == 1
    seen: list[str] = []
    page = json.loads(_run("stories", "--db", db, "--limit", "2", "-f", "json")[1])
    seen += [row["id"] for row in page["stories"]]
    code, output = _run("stories", "--db", db, "--cursor", page["next_cursor"], "-f", "json")
    rest = json.loads(output)
    assert code == 0 and rest["next_cursor"] is None
    seen += [row["id"] for row in rest["stories"]]
    assert len(set(seen)) == 3
    code, output = _run("stories", "--db", db, "--limit", "2")
    assert code == 0 and f"--cursor {page['next_cursor']}" in output
    code, output = _run("stories", "--db", db, "--cursor", "nope")
    assert code == 2 and "next_cursor" in output
    code, output = _run("stories", "--db", db, "--published-after", "someday")
    assert code == 2 and "Traceback" not in output


def test_serve_refuses_an_unknown_log_format(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    assert _run("ingest", EXAMPLES, "--db", db)[0] == 0
    code, output = _run("serve", "--db", db, "--log-format", "xml")
    assert code == 2 and "xml" in output
