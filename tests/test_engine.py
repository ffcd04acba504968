"""Engines: the Dask engine gives the same digest as this process; progress is reported."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import pytest
from typer.testing import CliRunner

# Importing the command modules registers their commands on `app`.
import marsad.cli.digest
import marsad.cli.plugins  # noqa: F401  (adds `bench` from the benchmarks package)
from marsad.cli import app
from marsad.engine import Engine, LocalEngine, open_engine
from marsad.errors import EngineError, SettingsError
from marsad.eval.ant_stories import read_days
from marsad.model import Digest
from marsad.pipeline import digest
from marsad.report import render_json

T = TypeVar("T")
R = TypeVar("R")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "kazakhstan-2022"
WEEK = tuple(f"2018-03-{day:02d}" for day in range(4, 11))


@pytest.fixture(scope="module")
def dask_engine() -> Iterator[Engine]:
    """A LocalCluster of two worker processes, shared by this module's tests."""
    with open_engine("dask", workers=2) as engine:
        yield engine


def _content(result: Digest) -> dict[str, object]:
    """The digest as JSON, without the run's statistics (timings, engine name)."""
    content: dict[str, object] = json.loads(render_json(result))
    content.pop("stats", None)
    return content


def test_dask_engine_gives_the_same_digest_on_the_examples(dask_engine: Engine) -> None:
    local = digest(EXAMPLES)
    distributed = digest(EXAMPLES, engine=dask_engine)
    assert distributed.stats["engine"] == "dask" and distributed.stats["workers"] == 2
    assert _content(distributed) == _content(local)
    assert [s.id for s in distributed.stories] == [s.id for s in local.stories]


def test_a_digest_survives_pickling_whole() -> None:
    """Stories and documents cross processes on the Dask engine with a compact pickle."""
    import pickle

    from marsad.clean import clean_article
    from marsad.lang import analyse

    local = digest(EXAMPLES)
    copied = pickle.loads(pickle.dumps(local))
    assert copied == local and copied is not local
    refs = [ref for story in local.stories for fact in story.facts for ref in fact.refs]
    assert {*refs} == {ref for story in copied.stories for f in story.facts for ref in f.refs}
    document = analyse(clean_article(local.stories[0].articles[0]))
    assert pickle.loads(pickle.dumps(document)) == document


def test_dask_engine_gives_the_same_digest_on_a_week_of_ant(
    dask_engine: Engine, shared_data: Callable[[str], Path]
) -> None:
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    articles = [a for day in read_days(data, WEEK).values() for a in day]
    assert len(articles) > 500
    local = digest(articles)
    distributed = digest(articles, engine=dask_engine)
    # Several partitions and story batches, so that the work really was split.
    assert len(articles) > 500 and len(local.stories) > 100
    assert [s.id for s in distributed.stories] == [s.id for s in local.stories]
    assert [[x.text for x in s.summary] for s in distributed.stories] == [
        [x.text for x in s.summary] for s in local.stories
    ]
    assert _content(distributed) == _content(local)


def _total(item: tuple[list[int], int]) -> int:
    numbers, extra = item
    return sum(numbers) + extra


def _double(numbers: list[int]) -> list[int]:
    return [2 * n for n in numbers]


@pytest.mark.parametrize("which", ["local", "dask"])
def test_handles_stand_for_their_values_in_later_maps(which: str, dask_engine: Engine) -> None:
    engine = LocalEngine() if which == "local" else dask_engine
    progress = _Recorder()
    sent = engine.put([[1, 2], [3]])
    kept = engine.map(_double, sent, label="double", progress=progress, keep=True)
    assert progress.done["double"] == 2  # kept maps still report each finished task
    # Handles inside tuples are resolved where the task runs.
    totals = engine.map(_total, [(kept[0], 10), (kept[1], 0)], label="total", progress=progress)
    assert totals == [16, 6]
    if which == "dask":
        assert all(type(handle).__name__ == "Future" for handle in kept)  # not the data


def test_speculation_keeps_what_finished_and_leaves_the_rest(dask_engine: Engine) -> None:
    assert LocalEngine().speculate(_double, [[1], [2]])() == [None, None]  # no idle workers
    assert dask_engine.speculate(_slow, [5.0])() == [None]  # not finished: dropped
    for _ in range(60):  # idle workers start speculative tasks at once
        finished = dask_engine.speculate(_double, [[1, 2], [3]])
        time.sleep(0.5)
        handles = [handle for handle in finished() if handle is not None]
        if len(handles) == 2:
            break
    totals = dask_engine.map(
        _total, [(handles[0], 0), (handles[1], 1)], label="t", progress=_Recorder()
    )
    assert totals == [6, 7]


def _slow(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


class _EagerEngine(LocalEngine):
    """Runs speculative work at once and keeps the chunks chosen by ``keep`` (the others come
    back as None, as unfinished ones do on a cluster)."""

    def __init__(self, keep: Callable[[int], bool]) -> None:
        self.keep = keep

    def speculate(
        self, function: Callable[[T], R], items: Sequence[T]
    ) -> Callable[[], list[R | None]]:
        results = [function(item) if self.keep(n) else None for n, item in enumerate(items)]
        return lambda: results


@pytest.mark.parametrize("keep", [lambda n: True, lambda n: n % 2 == 0], ids=["all", "some"])
def test_facts_read_early_give_the_same_digest(
    keep: Callable[[int], bool], shared_data: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mentions read ahead (all, or only some chunks of documents) change nothing."""
    import marsad.engine.partitions

    # Several chunks per partition.
    monkeypatch.setattr(marsad.engine.partitions, "EARLY_DOCUMENTS", 7)
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    articles = [a for day in read_days(data, WEEK[:2]).values() for a in day]
    local = digest(articles)
    early = digest(articles, engine=_EagerEngine(keep))
    assert _content(early) == _content(local) and len(local.stories) > 20


class _Recorder:
    def __init__(self) -> None:
        self.totals: dict[str, int | None] = {}
        self.done: dict[str, int] = {}
        self.finished: list[str] = []

    def start(self, label: str, total: int | None) -> None:
        self.totals[label] = total
        self.done[label] = 0

    def advance(self, label: str, amount: int = 1) -> None:
        self.done[label] += amount

    def finish(self, label: str) -> None:
        self.finished.append(label)


def test_every_long_stage_reports_its_progress() -> None:
    recorder = _Recorder()
    result = digest(EXAMPLES, progress=recorder)
    assert recorder.finished == [
        "read",
        "find boilerplate",
        "clean and analyse",
        "gather outlines",
        "dedupe",
        "cluster",
        "shuffle",
        "summaries and facts",
    ]
    assert recorder.totals["clean and analyse"] == recorder.done["clean and analyse"] == 5
    assert recorder.done["summaries and facts"] == sum(len(s.articles) for s in result.stories)


def test_local_engine_maps_in_order_with_weights() -> None:
    recorder = _Recorder()
    squares = LocalEngine().map(
        lambda x: x * x, [1, 2, 3], label="squares", progress=recorder, weights=[5, 1, 1]
    )
    assert squares == [1, 4, 9]
    assert recorder.totals["squares"] == recorder.done["squares"] == 7


def test_unknown_engine_and_bad_workers_are_clear_errors() -> None:
    with pytest.raises(SettingsError, match="unknown engine 'spark'"), open_engine("spark"):
        pass
    with pytest.raises(SettingsError, match="workers"), open_engine("dask", workers=0):
        pass
    bad_scheduler = open_engine("local", scheduler="tcp://127.0.0.1:1")
    with pytest.raises(SettingsError, match="--engine dask"), bad_scheduler:
        pass


def test_unreachable_scheduler_is_a_clear_error() -> None:
    unreachable = open_engine("dask", scheduler="tcp://127.0.0.1:9")
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"), unreachable:
        pass


def test_cli_digest_runs_on_dask_and_reports_bad_scheduler(tmp_path: Path) -> None:
    runner = CliRunner()
    output = tmp_path / "digest.json"
    done = runner.invoke(
        app,
        [
            "digest",
            str(EXAMPLES),
            "--engine",
            "dask",
            "--workers",
            "1",
            "-f",
            "json",
            "-o",
            str(output),
        ],
    )
    assert done.exit_code == 0, done.output
    assert json.loads(output.read_text(encoding="utf-8"))["stats"]["engine"] == "dask"
    failed = runner.invoke(
        app, ["digest", str(EXAMPLES), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert failed.exit_code == 2
    assert "cannot reach the Dask scheduler" in failed.output
    assert "Traceback" not in failed.output


def test_bench_digest_compares_engines_on_the_same_articles(
    shared_data: Callable[[str], Path], tmp_path: Path
) -> None:
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parents[1]
    plot_file = tmp_path / "scaling.png"
    done = CliRunner().invoke(
        app,
        [
            "bench", "digest", "--data-dir", str(data), "--sizes", "150",
            "--engines", "local,dask:1", "--plot-file", str(plot_file),
        ],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    rows = json.loads(done.output[done.output.index("[") : done.output.rindex("]") + 1])
    assert [(r["engine"], r["workers"]) for r in rows] == [("local", 1), ("dask", 1)]
    local, distributed = rows
    assert local["stories"] == distributed["stories"] and local["documents"] > 100
    assert set(local["seconds"]) == {
        "ingest", "clean_and_analyse", "dedupe", "cluster", "stories", "json_report"
    }  # fmt: skip
    assert set(distributed["peak_mb_by_stage"]) >= {"clean and analyse", "summaries and facts"}
    assert distributed["peak_mb_by_stage"]["summaries and facts"][1] > 0  # the worker's
    assert local["report_bytes"] > 100_000
    assert len(distributed["worker_peak_mb"]) == 1 and local["worker_peak_mb"] == []
    assert plot_file.exists() or "matplotlib" not in str(done.output)


def test_bench_digest_rejects_an_unknown_engine() -> None:
    done = CliRunner().invoke(app, ["bench", "digest", "--engines", "spark:3"])
    assert done.exit_code == 2
    assert "expected one of auto, local, processes, dask" in done.output
    assert CliRunner().invoke(app, ["bench", "digest", "--engines", "local:4"]).exit_code == 2


def test_cli_draws_a_progress_bar_per_stage_only_when_asked(tmp_path: Path) -> None:
    runner = CliRunner()
    output = str(tmp_path / "digest.json")
    shown = runner.invoke(app, ["digest", str(EXAMPLES), "--progress", "-f", "json", "-o", output])
    assert shown.exit_code == 0, shown.output
    for stage in ("read", "clean and analyse", "dedupe", "cluster", "summaries and facts"):
        assert stage in shown.output
    hidden = runner.invoke(
        app, ["digest", str(EXAMPLES), "--no-progress", "-f", "json", "-o", output]
    )
    assert hidden.exit_code == 0 and "summaries and facts" not in hidden.output
