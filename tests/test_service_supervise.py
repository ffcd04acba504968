"""`marsad serve` keeps its write worker alive: a worker that dies is started again (with a
growing pause, logged) and /readyz says so."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from marsad.service.supervise import WorkerSupervisor, read_status
from marsad.store import open_store


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _until(check: Any, seconds: float = 60.0) -> Any:
    """Poll ``check`` until it returns something true (the value), or fail."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    pytest.fail("timed out waiting")


def _worker_state(base: str) -> dict[str, Any] | None:
    try:
        answer = httpx.get(base + "/readyz", timeout=5)
    except httpx.HTTPError:
        return None
    return answer.json().get("worker") if answer.status_code == 200 else None


def test_serve_restarts_a_killed_worker_and_readyz_reports_it(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(str(db)).close()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "marsad", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = _until(lambda: (s := _worker_state(base)) and s["state"] == "running" and s)
        assert first["restarts"] == 0
        os.kill(first["pid"], signal.SIGKILL)
        again = _until(
            lambda: (s := _worker_state(base)) and s["state"] == "running" and s["restarts"] and s
        )
        assert again["pid"] != first["pid"]
        assert again["restarts"] == 1
        assert again["last_exit"] == -signal.SIGKILL
        os.kill(again["pid"], 0)  # the new worker runs
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=60)
    assert "exited with status -9; restarting it in 1 s" in errors
    # SIGTERM is a clean stop: serve stopped its worker before it exited.
    assert server.returncode == 128 + signal.SIGTERM
    assert not _alive(again["pid"])


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_supervisor_backs_off_and_stops(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A worker that keeps dying is started again after 0.05, 0.1, 0.2 … s, up to the cap;
    ``stop`` ends the restarts and removes the state file."""
    status = tmp_path / "worker.json"
    dying = [sys.executable, "-c", "raise SystemExit(3)"]
    supervisor = WorkerSupervisor(
        dying, status_path=status, first_delay=0.05, max_delay=0.2, steady=60.0
    )
    with caplog.at_level(logging.ERROR, logger="marsad.worker"):
        supervisor.start()
        _until(lambda: supervisor.status().restarts >= 4, seconds=120)
        supervisor.stop()
    delays = [r.getMessage().rsplit(" in ", 1)[1] for r in caplog.records if "exited" in r.message]
    assert delays[:4] == ["0.05 s", "0.1 s", "0.2 s", "0.2 s"]
    assert "exited with status 3" in caplog.records[0].getMessage()
    assert supervisor.status().state == "stopped"
    assert read_status(status) is None
    restarts = supervisor.status().restarts
    time.sleep(0.3)
    assert supervisor.status().restarts == restarts  # nothing started after stop


def test_supervisor_state_file_is_what_readyz_reads(tmp_path: Path) -> None:
    status = tmp_path / "worker.json"
    sleeper = [sys.executable, "-c", "import time; time.sleep(60)"]
    supervisor = WorkerSupervisor(sleeper, status_path=status)
    supervisor.start()
    try:
        written = read_status(status)
        assert written is not None
        assert written["state"] == "running"
        assert written["pid"] == supervisor.status().pid
        assert written == supervisor.report()
    finally:
        supervisor.stop(timeout=5)
