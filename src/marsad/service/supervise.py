"""Keeping the write worker alive: `marsad serve` restarts a `marsad work` that died.

A worker that exits while the server runs (a crash, an out-of-memory kill) is started again
after a pause that doubles from ``first_delay`` up to ``max_delay`` (back to the first once a
worker has run ``steady`` seconds), each restart logged. The supervisor's state is written to a
small JSON file, so every serving process (``serve --workers N``) can report it in /readyz.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from marsad.service.worker import start_worker, stop_worker

log = logging.getLogger("marsad.worker")
# The variable that tells the serving processes where the supervisor writes its state.
STATUS_ENV = "MARSAD_WORKER_STATUS"

Starter = Callable[[list[str]], "subprocess.Popen[bytes]"]


@dataclass(frozen=True, slots=True)
class WorkerStatus:
    """What /readyz says of the worker: ``running`` (with its pid), ``restarting`` (dead,
    waiting ``retry_in`` seconds before the next start) or ``stopped``; how many times it was
    restarted and how the last one ended (exit status; negative: killed by that signal)."""

    state: str
    pid: int | None = None
    restarts: int = 0
    last_exit: int | None = None
    retry_in: float | None = None


class WorkerSupervisor:
    """Runs ``command`` (the `marsad work` line) and starts it again whenever it exits before
    ``stop()``; see the module doc."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        status_path: Path | None = None,
        first_delay: float = 1.0,
        max_delay: float = 60.0,
        steady: float = 60.0,
        start: Starter = start_worker,
    ) -> None:
        self.command = list(command)
        self.status_path = status_path or _status_file()
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.steady = steady
        self._start = start
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._status = WorkerStatus(state="stopped")
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the worker and the thread that watches it."""
        self._launch(restarts=0, last_exit=None)
        self._thread = threading.Thread(target=self._watch, name="worker-supervisor", daemon=True)
        self._thread.start()

    def status(self) -> WorkerStatus:
        """The worker's state now."""
        return self._status

    def report(self) -> dict[str, Any]:
        """The state as /readyz shows it."""
        return asdict(self._status)

    def stop(self, *, timeout: float = 30.0) -> None:
        """Stop watching, then stop the worker (it finishes its batch; see ``stop_worker``)."""
        self._stop.set()
        with self._lock:
            process = self._process
        if process is not None:
            stop_worker(process, timeout=timeout)
        if self._thread is not None:
            self._thread.join(timeout)
        self._set(WorkerStatus(state="stopped", restarts=self._status.restarts))
        self.status_path.unlink(missing_ok=True)

    def _launch(self, *, restarts: int, last_exit: int | None) -> None:
        with self._lock:
            if self._stop.is_set():
                return
            self._process = self._start(self.command)
            self._set(
                WorkerStatus(
                    state="running", pid=self._process.pid, restarts=restarts, last_exit=last_exit
                )
            )

    def _watch(self) -> None:
        delay = self.first_delay
        while not self._stop.is_set():
            process = self._process
            assert process is not None
            started = time.monotonic()
            code = process.wait()
            if self._stop.is_set():
                return
            if time.monotonic() - started >= self.steady:
                delay = self.first_delay
            restarts = self._status.restarts + 1
            log.error(
                "the write worker (pid %d) exited with status %d; restarting it in %g s",
                process.pid,
                code,
                delay,
            )
            self._set(
                WorkerStatus(
                    state="restarting",
                    restarts=restarts - 1,
                    last_exit=code,
                    retry_in=delay,
                )
            )
            if self._stop.wait(delay):
                return
            self._launch(restarts=restarts, last_exit=code)
            log.warning("the write worker was restarted (pid %d)", self._status.pid or -1)
            delay = min(delay * 2, self.max_delay)

    def _set(self, status: WorkerStatus) -> None:
        self._status = status
        partial = self.status_path.with_name(self.status_path.name + ".tmp")
        partial.write_text(json.dumps(asdict(status)), encoding="utf-8")
        partial.replace(self.status_path)


def exit_on_sigterm() -> None:
    """Make SIGTERM end this process by SystemExit (status 143), so that the serve command's
    clean-up (stopping the worker, removing its state file) runs: uvicorn hands the signal
    back once it has shut down, which would otherwise end the process on the spot."""

    def finish(_signal: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signal.SIGTERM)

    signal.signal(signal.SIGTERM, finish)


def read_status(path: Path) -> dict[str, Any] | None:
    """The state a supervisor wrote to ``path`` (None when there is none to read)."""
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _status_file() -> Path:
    """A new private file for the state (removed by ``stop``)."""
    descriptor, name = tempfile.mkstemp(prefix="marsad-worker-", suffix=".json")
    os.close(descriptor)
    return Path(name)
