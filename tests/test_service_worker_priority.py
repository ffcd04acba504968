"""The write worker runs below the readers' priority (Settings.worker_nice), and `marsad work`
applies it: on shared cores a batch's rebuild must not go before a reader's request."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.errors import SettingsError
from marsad.settings import Settings
from marsad.store import open_store

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _niceness_after(code: str, *args: str) -> int:
    """The niceness a fresh interpreter reports after ``code`` (run with marsad importable)."""
    env = {**os.environ, "PYTHONPATH": SRC}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1])


def test_lower_priority_adds_the_increment_and_zero_leaves_it() -> None:
    base = os.nice(0)
    code = "import os,sys;from marsad.service.worker import lower_priority as l;" + (
        "print(l(int(sys.argv[1])), os.nice(0))"
    )
    assert _niceness_after(code, "5") == min(19, base + 5)
    assert _niceness_after(code, "0") == base


@pytest.mark.parametrize("value", [-1, 20])
def test_a_niceness_os_nice_cannot_add_is_refused(value: int) -> None:
    with pytest.raises(SettingsError, match="worker_nice"):
        Settings(worker_nice=value)


def test_marsad_work_runs_niced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from marsad.cli import load_commands
    from marsad.service import worker

    db = tmp_path / "m.db"
    open_store(f"sqlite:///{db}").close()
    seen: list[int] = []
    monkeypatch.setattr(worker, "lower_priority", seen.append)
    command = ["work", "--db", str(db), "--once", "--set", "worker_nice=7"]
    result = CliRunner().invoke(load_commands(), command)
    assert result.exit_code == 0, result.output
    assert seen == [7]
