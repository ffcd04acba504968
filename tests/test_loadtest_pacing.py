"""`marsad loadtest`'s models of the clients: closed loop without pauses (the stress test),
closed loop with an exponential think time (N readers), open loop at a fixed rate."""

from __future__ import annotations

import os
import random
import re
import statistics
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.plugins  # adds `loadtest` from the benchmarks package
import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
from marsad.cli import app
from marsad.errors import MarsadError
from marsad.ingest import load_articles
from marsad.newsroom import ingest
from marsad.settings import Settings
from marsad.store import open_store
from marsad_bench.mixedload import LoadReport, Pacing, first_failures, server_cpu

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"


def test_closed_loop_without_think_time_sends_on_answer() -> None:
    pacing = Pacing()
    rng = random.Random(0)
    assert pacing.first(rng, 50) == 0.0 and pacing.gap(rng, 50) == 0.0
    assert "stress" in pacing.describe(50)


def test_think_time_is_exponential_with_its_mean() -> None:
    """Each client pauses about ``think_time`` on average, spread (not a fixed beat)."""
    pacing = Pacing(think_time=1.0)
    rng = random.Random(1)
    gaps = [pacing.gap(rng, 50) for _ in range(20_000)]
    assert statistics.fmean(gaps) == pytest.approx(1.0, rel=0.05)
    assert statistics.pstdev(gaps) == pytest.approx(1.0, rel=0.05)  # exponential: sd = mean
    assert "think time" in pacing.describe(50) and "stress" not in pacing.describe(50)


def test_open_loop_rate_is_shared_by_the_clients() -> None:
    """At 100 requests/s over 50 clients, each client's requests are 0.5 s apart on average."""
    pacing = Pacing(rate=100.0)
    rng = random.Random(2)
    gaps = [pacing.gap(rng, 50) for _ in range(20_000)]
    assert statistics.fmean(gaps) == pytest.approx(0.5, rel=0.05)
    assert "open loop" in pacing.describe(50) and "100 requests/s" in pacing.describe(50)


def test_think_time_and_rate_together_are_refused() -> None:
    with pytest.raises(MarsadError, match="not both"):
        Pacing(think_time=1.0, rate=10.0)
    result = CliRunner().invoke(
        app, ["loadtest", "--db", "missing.db", "--think-time", "1", "--rate", "10"]
    )
    assert result.exit_code == 2
    assert "not both" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("options", "model"),
    [
        (["--think-time", "0.3"], "closed loop with think time"),
        (["--rate", "15"], "open loop: Poisson arrivals at 15 requests/s"),
    ],
)
def test_paced_load_runs_and_says_its_model(tmp_path: Path, options: list[str], model: str) -> None:
    """A short paced load reads and writes with no error and names its model in the report."""
    db = tmp_path / "marsad.db"
    store = open_store(str(db))
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    store.close()
    command = ["loadtest", "--db", str(db), "--seconds", "4", "--clients", "4", "--writes", "0.3"]
    result = CliRunner().invoke(app, [*command, *options])
    assert result.exit_code == 0, result.output
    assert f"Model: {model}" in result.output
    assert "errors: 0 (none)" in result.output and "lost: 0" in result.output
    rows = {line.split("|")[1].strip(): line for line in result.output.splitlines() if "|" in line}
    assert int(rows["reads"].split("|")[2]) > 0


def test_server_cpu_counts_the_processes_of_a_session() -> None:
    """The CPU of `marsad serve`'s session: this test's own session holds at least this process."""
    spent = server_cpu(os.getsid(0))
    assert spent.get("serving", 0.0) > 0.0
    assert server_cpu(None) == {}


def test_warm_up_is_stated_and_the_serving_cpu_reported(tmp_path: Path) -> None:
    """Latencies count after --warmup; the report gives the serving CPU a request."""
    db = tmp_path / "marsad.db"
    store = open_store(str(db))
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    store.close()
    command = ["loadtest", "--db", str(db), "--seconds", "2", "--clients", "2", "--writes", "0"]
    result = CliRunner().invoke(app, [*command, "--warmup", "2"])
    assert result.exit_code == 0, result.output
    assert "after a warm-up of 2 s" in result.output
    assert re.search(r"CPU: serving \d+\.\d\d ms a request", result.output), result.output


def test_first_failures_start_at_the_first_error_line() -> None:
    """The report quotes the server log from its first failure on, a traceback whole."""
    log = "\n".join(
        [
            "serving sqlite:///x.db on http://127.0.0.1:1/ (2 processes)",
            "2026-12-07 10:00:00,000 INFO marsad.worker: 2 queued articles in 2 stories",
            "2026-12-07 10:00:01,000 ERROR marsad.service.problems: POST /articles failed: "
            "OperationalError: database is locked",
            "Traceback (most recent call last):",
            '  File "x.py", line 1, in <module>',
        ]
    )
    assert first_failures(log)[0].endswith("database is locked")
    assert first_failures(log, limit=2)[1] == "Traceback (most recent call last):"
    assert first_failures("serving\nINFO fine") == []


def test_report_names_the_server_log_and_its_errors_on_a_5xx() -> None:
    """A 5xx answer: the report counts them by endpoint and prints the log's first errors."""
    report = LoadReport(clients=1, seconds=1.0, server_log="/tmp/x/server.log")
    assert "Server log: /tmp/x/server.log" in report.to_markdown()
    assert "5xx" not in report.to_markdown()
    report.errors["POST /articles 500"] += 1
    report.server_errors["POST /articles"] += 1
    report.failures = ["... ERROR ... POST /articles failed: OperationalError: database is locked"]
    text = report.to_markdown()
    assert "5xx answers by endpoint: POST /articles: 1" in text
    assert "database is locked" in text.split("5xx answers")[1]


def test_the_server_log_is_kept(tmp_path: Path) -> None:
    """`--server-log`: `marsad serve`'s standard error (its worker's too) goes to the file the
    report names, no longer thrown away."""
    db = tmp_path / "marsad.db"
    store = open_store(str(db))
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    store.close()
    log = tmp_path / "logs" / "serve.log"
    command = ["loadtest", "--db", str(db), "--seconds", "2", "--clients", "2", "--writes", "0.5"]
    result = CliRunner().invoke(app, [*command, "--server-log", str(log)])
    assert result.exit_code == 0, result.output
    assert f"Server log: {log}" in result.output
    kept = log.read_text()
    assert "serving sqlite" in kept and "working on the write queue" in kept
