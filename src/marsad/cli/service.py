"""`marsad ingest`, `stories`, `story`, `watch`, `serve` and `token`: the store and the service.

Exit codes as for `digest` (0 even when some inputs were rejected, 1 with --strict), plus 4
when a story or article id is not in the store and 5 when
`marsad check` finds the store inconsistent.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from marsad.cli import (
    EXIT_NOTHING_USABLE,
    EXIT_REJECTED_INPUT,
    EXIT_USAGE,
    ColumnMap,
    ConfigFile,
    FollowSymlinks,
    Quiet,
    SetOption,
    Strict,
    Verbose,
    app,
    err,
    error_line,
    note,
    out,
    print_problems,
    quiet,
    set_verbosity,
    settings_from,
)
from marsad.errors import MarsadError
from marsad.service.deploy import ENV as SERVICE_ENV
from marsad.settings import Settings

if TYPE_CHECKING:
    from marsad.model import Article, Problem
    from marsad.store import IngestReport, Store

EXIT_NOT_FOUND = 4
EXIT_INCONSISTENT = 5
DB_HELP = "SQLite file or database URL (sqlite:///path, postgresql+psycopg://user@host/db)."
Db = Annotated[str, typer.Option("--db", help=DB_HELP, envvar="MARSAD_DB")]

token_app = typer.Typer(help="API tokens for writing through the REST API.", no_args_is_help=True)
app.add_typer(token_app, name="token")


class LogFormat(StrEnum):
    """Formats of the server log (`marsad serve --log-format`)."""

    text = "text"
    json = "json"


class StoryFormat(StrEnum):
    """Output formats of `marsad story` and `marsad stories`."""

    md = "md"
    json = "json"
    html = "html"


def _open(db: str, settings: Settings | None = None, *, create: bool = True) -> Store:
    """The store at ``db``; without ``create``, a missing SQLite file is an error (read-only
    commands never create a store)."""
    from marsad.newsroom import open_store
    from marsad.service.stores import open_existing

    try:
        if create:
            return open_store(db, settings=settings)
        return open_existing(db, settings=settings)
    except MarsadError as error:
        error_line(error)
        raise typer.Exit(EXIT_USAGE) from None


@contextmanager
def _using(db: str, settings: Settings | None = None, *, create: bool = True) -> Iterator[Store]:
    """The store at ``db`` for one step of a command, closed after; a store error is the
    command's one-line error."""
    store = _open(db, settings, create=create)
    try:
        yield store
    except MarsadError as error:
        raise _fail(error) from None
    finally:
        store.close()


def _fail(error: Exception, code: int = EXIT_USAGE) -> typer.Exit:
    error_line(error)
    return typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders or glob patterns; - reads JSON Lines from stdin."),
    ],
    db: Db = "marsad.db",
    manifest: Annotated[
        Path | None, typer.Option(help="JSON or CSV file mapping file names to outlets.")
    ] = None,
    batch_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=10_000,
            help="Articles per transaction (the changed stories are rebuilt once, at the end); "
            "default Settings.ingest_batch_size (1000).",
        ),
    ] = None,
    by_date: Annotated[
        bool,
        typer.Option(
            "--by-date",
            help="Place the articles in publication-date order (undated last), not as given: "
            "stories no later article can join are built while later batches are placed.",
        ),
    ] = False,
    column_map: ColumnMap = None,
    follow_symlinks: FollowSymlinks = False,
    strict: Strict = False,
    config: ConfigFile = None,
    assignments: SetOption = None,
    quiet_: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Add articles to the store; each joins a story. Running it again adds nothing twice.

    Example: marsad ingest examples/kazakhstan-2022 --db marsad.db
    """
    from marsad.ingest import load_articles

    set_verbosity(quiet_, verbose)
    settings = settings_from(
        config,
        assignments,
        {
            "manifest": manifest,
            "columns": column_map,
            "follow_symlinks": follow_symlinks or None,
            "ingest_batch_size": batch_size,
        },
    )
    loaded = load_articles(paths, settings=settings)
    print_problems(loaded.problems)
    if not loaded.articles:
        error_line("no articles found in the given inputs")
        raise typer.Exit(EXIT_NOTHING_USABLE)
    with _using(db, settings) as store:
        started = time.perf_counter()
        report = _ingest_with_progress(
            store, list(loaded.articles), settings.ingest_batch_size, by_date=by_date
        )
    seconds = time.perf_counter() - started
    print_problems(report.problems)
    if not quiet():
        out.print(
            f"{report.added} added, {report.duplicates} exact copies, {report.unchanged} "
            f"already stored; {len(report.stories)} stories changed in {seconds:.1f} s "
            f"({report.added / max(seconds, 1e-9):,.1f} articles/s)",
            highlight=False,
        )
    if loaded.problems or report.problems:
        _print_reasons([*loaded.problems, *report.problems])
        if strict:
            raise typer.Exit(EXIT_REJECTED_INPUT)


def _print_reasons(problems: list[Problem]) -> None:
    from marsad.ingest.reasons import summary_line

    line = summary_line(problems)
    if line:
        note(line)


def _ingest_with_progress(
    store: Store, articles: list[Article], batch_size: int, *, by_date: bool = False
) -> IngestReport:
    """One newsroom ingest of everything (``by_date``: in publication-date order, each story
    built early once settled): each batch is its own transaction, and each story it changed is
    built once, at the end or early. Then the change log is pruned, as the write queue's worker
    prunes it (a bulk ingest writes a row per story row and membership it changes)."""
    from rich.progress import Progress

    from marsad.engine import gc_paused
    from marsad.newsroom import Newsroom
    from marsad.store.changes import prune_changes
    from marsad.store.sql import SqlStore

    hidden = quiet() or not err.is_terminal
    # The collector paused as `marsad digest` pauses it (engine.gc_paused says why).
    with Progress(console=err, transient=True, disable=hidden) as progress, gc_paused():
        task = progress.add_task("ingest", total=len(articles))
        report = Newsroom(store).ingest(
            articles,
            batch_size=batch_size,
            advance=lambda n: progress.advance(task, n),
            by_date=by_date,
        )
    if isinstance(store, SqlStore):  # every store marsad opens is one
        with store.write() as connection:
            prune_changes(connection)
    return report


@app.command()
def stories(
    db: Db = "marsad.db",
    since: Annotated[
        str | None, typer.Option(help="Changed since: 6h, 30m, 2d or an ISO time.")
    ] = None,
    published_after: Annotated[
        str | None,
        typer.Option(help="With an article published at or after this ISO date or time."),
    ] = None,
    published_before: Annotated[
        str | None, typer.Option(help="With an article published before this ISO date or time.")
    ] = None,
    q: Annotated[str | None, typer.Option("--q", "-q", help="Full-text search.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only stories this outlet reports.")] = None,
    language: Annotated[str | None, typer.Option(help="Only stories in this language.")] = None,
    storyline: Annotated[
        str | None, typer.Option(help="Only the stories of this storyline (its id).")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Stories per page; default Settings.page_size (20), at most max_page_size.",
        ),
    ] = None,
    offset: Annotated[
        int, typer.Option(min=0, help="Stories to skip (at most Settings.max_offset).")
    ] = 0,
    cursor: Annotated[
        str | None, typer.Option(help="Start after this page: the next_cursor of --format json.")
    ] = None,
    output_format: Annotated[
        StoryFormat, typer.Option("--format", "-f", help="md (a table) or json.")
    ] = StoryFormat.md,
    config: ConfigFile = None,
    assignments: SetOption = None,
) -> None:
    """List stories, most recently changed first.

    Example: marsad stories --since 6h --db marsad.db
    """
    from marsad.service.http import decode_cursor, encode_cursor
    from marsad.store.since import parse_since

    settings = settings_from(config, assignments, {})
    limit = limit or settings.page_size
    if offset > settings.max_offset:
        raise _fail(ValueError(f"--offset {offset} is above max_offset {settings.max_offset}"))
    if limit > settings.max_page_size:
        raise _fail(ValueError(f"--limit {limit} is above max_page_size {settings.max_page_size}"))
    try:
        moment, after, before = (
            parse_since(value) if value else None
            for value in (since, published_after, published_before)
        )
        position = decode_cursor(cursor) if cursor else None
    except ValueError as error:
        raise _fail(error) from None
    with _using(db, settings, create=False) as store:
        page = store.stories(
            since=moment,
            published_after=after,
            published_before=before,
            q=q,
            outlet=outlet,
            language=language,
            storyline=storyline,
            limit=limit,
            offset=offset,
            after=position,
        )
    next_cursor = encode_cursor(page.next_after) if page.next_after else None
    if output_format is StoryFormat.json:
        rows = [row.to_dict() for row in page.stories]
        listed = {"total": page.total, "next_cursor": next_cursor, "stories": rows}
        sys.stdout.write(json.dumps(listed, ensure_ascii=False) + "\n")
        return
    from rich.table import Table

    table = Table("id", "updated (UTC)", "articles", "outlets", "title", title="Stories")
    for row in page.stories:
        table.add_row(
            row.id,
            row.updated_at.strftime("%Y-%m-%d %H:%M"),
            str(row.article_count),
            str(len(row.outlets)),
            escape(row.title),
        )
    out.print(table)
    out.print(f"{len(page.stories)} of {page.total} stories", highlight=False)
    if next_cursor:
        out.print(f"next page: --cursor {next_cursor}", highlight=False)


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id (an old id follows its merge).")],
    db: Db = "marsad.db",
    output_format: Annotated[
        StoryFormat, typer.Option("--format", "-f", help="Report format.")
    ] = StoryFormat.md,
) -> None:
    """Show one story: summary with sources, facts, disagreements, timeline.

    Example: marsad story 1a2b3c4d5e6f7a8b --format json
    """
    from marsad.model import Digest
    from marsad.report import print_digest, render_html, render_markdown

    with _using(db, create=False) as store:
        found = store.story(story_id)
    if found is None:
        raise _fail(MarsadError(f"no story {story_id!r} in {db}"), EXIT_NOT_FOUND)
    if output_format is StoryFormat.json:
        sys.stdout.write(json.dumps(found.data, ensure_ascii=False, indent=2) + "\n")
        return
    digest = Digest(stories=(found.story,))
    if output_format is StoryFormat.html:
        sys.stdout.write(render_html(digest) + "\n")
    elif out.is_terminal:
        print_digest(digest, out)
    else:
        sys.stdout.write(render_markdown(digest) + "\n")


@app.command()
def watch(
    feed: Annotated[
        list[str] | None, typer.Option("--feed", help="RSS/Atom feed URL (repeatable).")
    ] = None,
    folder: Annotated[
        list[str] | None, typer.Option("--folder", help="Folder to poll for new files.")
    ] = None,
    interval: Annotated[
        float | None,
        typer.Option(
            min=1.0,
            help="Seconds between polls of each source; default Settings.poll_interval (60).",
        ),
    ] = None,
    db: Db = "marsad.db",
    once: Annotated[
        bool, typer.Option("--once", help="Poll every source once, then stop.")
    ] = False,
    follow_symlinks: FollowSymlinks = False,
    fetch_full_text: Annotated[
        bool,
        typer.Option(
            "--fetch-full-text",
            help="Complete a feed entry that carries only a teaser from its page (trafilatura).",
        ),
    ] = False,
    config: ConfigFile = None,
    assignments: SetOption = None,
) -> None:
    """Poll feeds and folders; new articles join their stories; print what changed.

    Example: marsad watch --feed https://example.org/rss --folder inbox --interval 300
    """
    from marsad.service.watcher import Watcher

    if not feed and not folder:
        raise _fail(MarsadError("give at least one --feed or --folder"))
    options = {
        "follow_symlinks": follow_symlinks or None,
        "fetch_full_text": fetch_full_text or None,
        "poll_interval": interval,
    }
    settings = settings_from(config, assignments, options)
    store = _open(db, settings)
    watcher = Watcher(
        store,
        feeds=feed or [],
        folders=folder or [],
        settings=settings,
        settle=0 if once else 2,
    )
    try:
        while True:
            result = watcher.poll(everything=once)
            print_problems(result.report.problems)
            _print_reasons(result.report.problems)
            _print_round(store, result.report)
            if once:
                break
            time.sleep(max(1.0, watcher.next_due() - time.time()))
    except KeyboardInterrupt:
        err.print("stopped")
    except MarsadError as error:
        raise _fail(error) from None
    finally:
        store.close()


def _print_round(store: Store, report: IngestReport) -> None:
    stamp = time.strftime("%H:%M:%S")
    out.print(
        f"{stamp} {report.added} new, {report.duplicates} copies, {report.unchanged} seen; "
        f"{len(report.stories)} stories changed",
        highlight=False,
    )
    for story_id in report.stories:
        found = store.story(story_id)
        if found:
            count = len(found.story.articles)
            title = escape(found.story.title)
            out.print(f"  {story_id}  {count} articles  {title}", highlight=False)


@app.command()
def serve(
    db: Db = "marsad.db",
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    rate_limit: Annotated[
        str,
        typer.Option(
            help="Writes per token: 120/min, 10/s, 5000/h, or off.",
            envvar=SERVICE_ENV["rate_limit"],
        ),
    ] = "120/min",
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            help="Origin whose pages may call the API (CORS is off); the variable takes several, "
            "separated by spaces.",
            envvar=SERVICE_ENV["cors_origin"],
        ),
    ] = None,
    log_format: Annotated[
        LogFormat,
        typer.Option(
            help="Server log: text lines or one JSON object per line.",
            envvar=SERVICE_ENV["log_format"],
        ),
    ] = LogFormat.text,
    access_log: Annotated[
        bool,
        typer.Option(
            help="Log one line per request (method, path, status, bytes, ms).",
            envvar=SERVICE_ENV["access_log"],
        ),
    ] = True,
    write_queue: Annotated[
        bool,
        typer.Option(
            help="POST /articles keeps the articles in the store's write queue and answers 202; "
            "a worker puts them in stories (--no-write-queue: the POST does it, then answers).",
            envvar=SERVICE_ENV["write_queue"],
        ),
    ] = True,
    worker: Annotated[
        bool,
        typer.Option(
            help="Start the write worker (`marsad work`) beside the server; --no-worker when "
            "it runs elsewhere.",
        ),
    ] = True,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Serving processes (sharing cached answers).")
    ] = 1,
    config: ConfigFile = None,
    assignments: SetOption = None,
) -> None:
    """Serve the REST API (/docs) and the web page (/) over an existing store.

    Example: marsad serve --db marsad.db --port 8000 --workers 2 --log-format json
    """
    import uvicorn

    from marsad.service.app import create_app
    from marsad.service.logs import configure_logging
    from marsad.service.ratelimit import RateLimit
    from marsad.service.serving import factory_environment, serve_processes
    from marsad.service.shared import SHARED_ENV, answers_directory
    from marsad.service.supervise import STATUS_ENV, WorkerSupervisor, exit_on_sigterm
    from marsad.service.worker import worker_command

    try:
        limit = RateLimit.parse(rate_limit)
    except MarsadError as error:
        raise _fail(error) from None
    settings = settings_from(config, assignments, {})
    store = _open(db, settings, create=False)
    note(f"serving {store.url} on http://{host}:{port}/ ({workers} processes)")
    configure_logging(log_format.value, access=access_log)
    background = None
    if write_queue and worker:
        command = worker_command(
            db, config=str(config) if config else None, assignments=assignments or []
        )
        background = WorkerSupervisor([*command, "--log-format", log_format.value])
        exit_on_sigterm()  # so that the worker is stopped and its state file removed
        background.start()
        os.environ[STATUS_ENV] = str(background.status_path)  # for the serving processes
    if workers > 1:
        store.close()
        options = {
            "db": db,
            "rate_limit": rate_limit,
            "cors_origin": " ".join(cors_origin or ()),
            "log_format": log_format.value,
            "access_log": str(access_log).lower(),
            "write_queue": str(write_queue).lower(),
        }
        answers = answers_directory()  # shared by the processes
        os.environ[SHARED_ENV] = str(answers)
        try:
            environ = factory_environment(options, config=config, assignments=assignments or [])
            serve_processes(host, port, workers, environ)
        except MarsadError as error:
            raise _fail(error) from None
        finally:
            shutil.rmtree(answers, ignore_errors=True)
            if background is not None:
                background.stop()
        return
    try:
        try:
            app_ = create_app(
                store,
                rate_limit=limit,
                cors_origins=tuple(cors_origin or ()),
                settings=settings,
                write_queue=write_queue,
                worker_status=background.report if background is not None else None,
                freeze_heap=True,
            )
        except MarsadError as error:  # a manifest that cannot be read
            raise _fail(error) from None
        # uvicorn's own access log and logging set-up are off: marsad.access and
        # configure_logging replace them (same format for every line).
        uvicorn.run(app_, host=host, port=port, log_config=None, access_log=False)
    finally:
        store.close()
        if background is not None:
            background.stop()


@app.command()
def check(db: Db = "marsad.db") -> None:
    """Check the store's integrity: database pages, keys, stories, search index (exit 5 if not).

    Example: marsad check --db marsad.db
    """
    with _using(db, create=False) as store:
        problems = store.check_integrity()
        counts = store.counts()
    for problem in problems:
        err.print(
            f"[red]inconsistent:[/red] {escape(str(problem))}", highlight=False, soft_wrap=True
        )
    if problems:
        raise typer.Exit(EXIT_INCONSISTENT)
    out.print(
        f"ok: {counts['articles']} articles, {counts['stories']} stories, every check passed",
        highlight=False,
    )


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Option(help="Who the token is for.")] = "default",
    expires: Annotated[
        str | None, typer.Option(help="Refused after this long: 30d, 12h, 1w (default: never).")
    ] = None,
    db: Db = "marsad.db",
) -> None:
    """Create an API token for POST /articles; it is shown once, only its hash is stored.

    Example: marsad token create --name newsroom-bot --expires 90d --db marsad.db
    """
    from datetime import UTC, datetime

    from marsad.store.since import parse_duration

    try:
        lifetime = parse_duration(expires) if expires else None
        if lifetime is not None and not lifetime:
            raise ValueError("a token must live longer than 0: give 30d, 12h or 1w")
        expires_at = datetime.now(UTC) + lifetime if lifetime is not None else None
    except (ValueError, OverflowError) as error:
        raise _fail(ValueError(f"cannot read --expires {expires!r}: {error}")) from None
    with _using(db) as store:
        token = store.create_token(name, expires_at=expires_at)
    sys.stdout.write(token + "\n")


@token_app.command("list")
def token_list(
    db: Db = "marsad.db",
    output_format: Annotated[
        StoryFormat, typer.Option("--format", "-f", help="md (a table) or json.")
    ] = StoryFormat.md,
) -> None:
    """List the tokens: id, name, created, expires, state (the tokens themselves are not kept).

    Example: marsad token list --db marsad.db
    """
    from datetime import UTC, datetime

    with _using(db) as store:
        found = store.tokens()
    now = datetime.now(UTC)
    if output_format is StoryFormat.json:
        sys.stdout.write(json.dumps([t.to_dict(now) for t in found], ensure_ascii=False) + "\n")
        return
    from rich.table import Table

    table = Table("id", "name", "created (UTC)", "expires (UTC)", "state", title="API tokens")
    for info in found:
        expires = info.expires_at.strftime("%Y-%m-%d %H:%M") if info.expires_at else "never"
        created = info.created_at.strftime("%Y-%m-%d %H:%M")
        table.add_row(info.id, escape(info.name), created, expires, info.state(now))
    out.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help="The id from `marsad token list`.")],
    db: Db = "marsad.db",
) -> None:
    """Revoke a token: writes with it are refused from now on (exit 4 for an unknown id).

    Example: marsad token revoke 3f2a9c01b4d7 --db marsad.db
    """
    with _using(db) as store:
        info = store.revoke_token(token_id)
    if info is None:
        raise _fail(MarsadError(f"no token {token_id!r} in {db}"), EXIT_NOT_FOUND)
    out.print(escape(f"revoked {info.id} ({info.name})"), highlight=False)
