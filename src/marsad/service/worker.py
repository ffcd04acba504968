"""The write worker: runs the newsroom on the articles POST /articles queued, in its own process.

The serving processes only store what they accept (store/inbox.py); cleaning, analysis, the
clusterer and the story rebuilds run here, so reads never wait for them. An article leaves
the inbox after the newsroom has taken it: a worker killed before that leaves it for the next
one, and the newsroom's ingest is idempotent, so one taken twice is only ``unchanged``.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.model import Problem
from marsad.newsroom import Newsroom
from marsad.settings import Settings
from marsad.store import IngestReport, Store
from marsad.store.changes import prune_changes
from marsad.store.inbox import Queued, done, take
from marsad.store.sql import SqlStore

log = logging.getLogger("marsad.worker")
# Seconds between looks at an empty inbox: the delay a lone POST waits before its story.
IDLE_SECONDS = 0.25
RETRY_SECONDS = 5.0
# Batches between prunes of the stories' change rows (store/changes.py): a prune reads the
# rows' index down to the newest KEEP_ROWS, too much for every batch.
PRUNE_EVERY = 100


def sql_store(store: Store) -> SqlStore:
    """``store`` as the SQL store that keeps the inbox (every store marsad opens is one)."""
    if not isinstance(store, SqlStore):
        raise StoreError(f"the write queue needs a SQL store, not {type(store).__name__}")
    return store


class InboxWorker:
    """Takes queued articles in arrival order, a batch at a time, into the newsroom."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = sql_store(store)
        self.settings = settings or store.settings
        self.newsroom = Newsroom(store, self.settings)
        self._steps = 0

    def step(self, limit: int | None = None) -> IngestReport | None:
        """Ingest the oldest queued batch (``settings.live_batch_size``); None when the inbox
        is empty. Problems the newsroom finds (no sentences left, an id taken by other
        content) are logged: the POST that queued the article has been answered already."""
        batch = take(self.store, limit or self.settings.live_batch_size)
        if not batch:
            return None
        try:
            report = self.newsroom.ingest([queued.article for queued in batch])
        except StoreError:
            raise  # the store, not the articles: they stay queued for the next try
        except Exception:  # an article the newsroom fails on must not stop the queue
            report = self._one_by_one(batch)
        done(self.store, [queued.seq for queued in batch])
        if self._steps % PRUNE_EVERY == 0:
            self._prune_changes()
        self._steps += 1
        for problem in report.problems:
            log.warning("queued article refused: %s: %s", problem.path, problem.message)
        return report

    def _prune_changes(self) -> None:
        """Drop the change log's old rows under the store's write lock (it reads, then writes:
        SQLite's deferred transaction would fail at once against a concurrent writer). Best
        effort: a failed prune is logged and tried again PRUNE_EVERY batches later."""
        try:
            with self.store.write() as connection:
                prune_changes(connection)
        except (SQLAlchemyError, StoreError) as error:
            log.warning("write queue: pruning the change log failed: %s", error)

    def _one_by_one(self, batch: Sequence[Queued]) -> IngestReport:
        """A batch the newsroom failed on, an article at a time: the one that fails again is
        refused (logged with its error), the others are ingested."""
        report = IngestReport()
        for queued in batch:
            try:
                report.merge(self.newsroom.ingest([queued.article]))
            except StoreError:
                raise
            except Exception as error:
                log.exception("queued article %s failed in the newsroom", queued.article.id)
                message = f"the newsroom failed on it: {type(error).__name__}: {error}"
                report.problems.append(Problem(path=queued.article.id, message=message))
        return report

    def close(self) -> None:
        """Stop the newsroom's rebuild pool, if a large change started one (the store stays
        open)."""
        self.newsroom.close()

    def drain(self) -> IngestReport:
        """Ingest until the inbox is empty; the merged report."""
        total = IngestReport()
        while (report := self.step()) is not None:
            total.merge(report)
        return total

    def run(self, stop: threading.Event) -> None:
        """Drain, then look again every IDLE_SECONDS, until ``stop`` is set; a store that
        cannot be reached is tried again every RETRY_SECONDS."""
        while not stop.is_set():
            try:
                report = self.step()
            except StoreError as error:
                log.error("write queue: %s; trying again in %g s", error, RETRY_SECONDS)
                stop.wait(RETRY_SECONDS)
                continue
            if report is None:
                stop.wait(IDLE_SECONDS)
            elif report.added:
                log.info("%d queued articles in %d stories", report.added, len(report.stories))


def lower_priority(increment: int) -> int:
    """Add ``increment`` to this process's niceness (what it starts inherits it), so that on
    cores shared with the serving processes a reader's request runs before a batch's rebuild;
    the niceness now."""
    return os.nice(increment) if increment > 0 else os.nice(0)


def worker_command(db: str, *, config: str | None, assignments: Sequence[str]) -> list[str]:
    """The `marsad work` command line for ``db`` with the serving command's settings."""
    command = [sys.executable, "-m", "marsad", "work", "--db", db, "--parent", str(os.getpid())]
    if config:
        command += ["--config", config]
    for assignment in assignments:
        command += ["--set", assignment]
    return command


def stop_with_parent(parent: int, stop: threading.Event, *, every: float = 1.0) -> threading.Thread:
    """Set ``stop`` once process ``parent`` is gone (the worker is then re-parented), so a
    worker whose `marsad serve` was killed finishes its batch and exits instead of living on."""

    def watch() -> None:
        while not stop.wait(every):
            if os.getppid() != parent:
                log.warning("the serving process %d is gone; the worker stops", parent)
                stop.set()

    thread = threading.Thread(target=watch, name="parent-watch", daemon=True)
    thread.start()
    return thread


def start_worker(command: list[str]) -> subprocess.Popen[bytes]:
    """Start the worker process (it logs to the same standard error)."""
    return subprocess.Popen(command, env=dict(os.environ))


def stop_worker(process: subprocess.Popen[bytes], *, timeout: float = 30.0) -> None:
    """Ask the worker to finish its batch and stop (SIGTERM), then wait; kill it after
    ``timeout`` (what it held stays queued)."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
