"""`marsad work`: the write worker that puts the articles POST /articles queued in stories."""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Annotated

import typer

from marsad.cli import EXIT_USAGE, ConfigFile, SetOption, app, error_line, note, settings_from
from marsad.errors import MarsadError
from marsad.service.deploy import ENV as SERVICE_ENV

DB_HELP = "SQLite file or database URL (sqlite:///path, postgresql+psycopg://user@host/db)."


@app.command()
def work(
    db: Annotated[str, typer.Option("--db", help=DB_HELP, envvar="MARSAD_DB")] = "marsad.db",
    once: Annotated[
        bool, typer.Option("--once", help="Ingest what is queued now, then stop.")
    ] = False,
    log_format: Annotated[
        str,
        typer.Option(
            help="Log lines as text or one JSON object per line.",
            envvar=SERVICE_ENV["log_format"],
        ),
    ] = "text",
    parent: Annotated[
        int | None,
        typer.Option(
            "--parent",
            hidden=True,
            help="Stop when this process (the `marsad serve` that started the worker) is gone.",
        ),
    ] = None,
    config: ConfigFile = None,
    assignments: SetOption = None,
) -> None:
    """Run the newsroom on the articles POST /articles queued, in arrival order, until
    stopped (SIGTERM or Ctrl-C finish the batch in hand). `marsad serve` starts one; run it
    yourself with `serve --no-worker` (several serving machines, one worker).

    Example: marsad work --db marsad.db
    """
    from marsad.service.logs import LOG_FORMATS, configure_logging
    from marsad.service.stores import open_existing
    from marsad.service.worker import InboxWorker, lower_priority, stop_with_parent

    if log_format not in LOG_FORMATS:
        error_line(MarsadError(f"--log-format: give text or json, not {log_format!r}"))
        raise typer.Exit(EXIT_USAGE)
    settings = settings_from(config, assignments, {})
    configure_logging(log_format, access=False)
    try:
        store = open_existing(db, settings=settings)
    except MarsadError as error:
        error_line(error)
        raise typer.Exit(EXIT_USAGE) from None
    lower_priority(settings.worker_nice)
    stop = threading.Event()

    def finish(_signal: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, finish)
    if parent is not None:
        stop_with_parent(parent, stop)
    worker = None
    try:
        worker = InboxWorker(store, settings)
        if once:
            report = worker.drain()
            note(f"{report.added} new articles, {len(report.stories)} stories changed")
            return
        note(f"working on the write queue of {store.url}")
        worker.run(stop)
    except KeyboardInterrupt:
        note("stopped")
    except MarsadError as error:
        error_line(error)
        raise typer.Exit(EXIT_USAGE) from None
    finally:
        if worker is not None:
            worker.close()
        store.close()
