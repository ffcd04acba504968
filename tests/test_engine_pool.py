"""The process engine and `auto`: the same digest as one process; the pool only when large."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.digest  # registers the command
import marsad.engine.partitions
from marsad.cli import app
from marsad.engine import AutoEngine, Engine, LocalEngine, NoProgress, open_engine
from marsad.errors import SettingsError
from marsad.eval.ant_stories import read_days
from marsad.model import Article, Digest
from marsad.pipeline import digest
from marsad.report import render_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "kazakhstan-2022"
WEEK = tuple(f"2018-02-{day:02d}" for day in range(22, 29))
FLOODS = (
    "Floods hit the northern province on Monday, killing twelve people and forcing thousands "
    "from their homes. Rescue teams used boats to reach villages cut off by the rising river."
)
CUP = (
    "The national football team won the regional cup final on penalties after a goalless draw "
    "in the capital. The coach praised the goalkeeper who saved three penalties."
)


@pytest.fixture(scope="module")
def pool() -> Iterator[Engine]:
    """Two worker processes, shared by this module's tests."""
    with open_engine("processes", workers=2) as engine:
        yield engine


def _content(result: Digest) -> dict[str, object]:
    """The digest as JSON, without the run's statistics (timings, engine name)."""
    content: dict[str, object] = json.loads(render_json(result))
    content.pop("stats", None)
    return content


def _small_input() -> list[object]:
    """Three stories in two languages: the examples, and two English reports of one flood
    beside a football match."""
    return [
        EXAMPLES,
        Article(id="e1", title="Floods kill twelve", text=FLOODS, source="wire-a"),
        Article(id="e2", title="Northern floods", text=FLOODS[60:], source="paper-b"),
        Article(id="s1", title="National team wins the cup", text=CUP, source="sport-c"),
    ]


def test_the_pool_gives_the_same_digest_as_one_process(
    pool: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Partitions and story batches of one article: every story's documents come from
    # several partitions and batches run on both workers (sizes are chosen in this process).
    monkeypatch.setattr(marsad.engine.partitions, "MIN_PART_ARTICLES", 1)
    local = digest(_small_input())
    pooled = digest(_small_input(), engine=pool)
    assert pooled.stats["engine"] == "processes" and pooled.stats["workers"] == 2
    assert len(local.stories) >= 3
    assert _content(pooled) == _content(local)


def test_the_pool_gives_the_same_digest_on_a_week_of_ant(
    pool: Engine, shared_data: Callable[[str], Path]
) -> None:
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    articles = [a for day in read_days(data, WEEK).values() for a in day]
    local = digest(articles)
    pooled = digest(articles, engine=pool)
    assert len(articles) > 1000 and len(local.stories) > 300
    assert _content(pooled) == _content(local)


def _raise(number: int) -> int:
    raise ValueError(f"task {number} failed")


def test_a_failing_task_raises_its_own_error_here(pool: Engine) -> None:
    with pytest.raises(ValueError, match="task 3 failed"):
        pool.map(_raise, [3], label="fail", progress=NoProgress())


def _collector_enabled(_: int) -> bool:
    return gc.isenabled()


def test_pool_workers_keep_the_collector_off_and_the_host_keeps_its_own(pool: Engine) -> None:
    assert gc.isenabled()
    assert pool.map(_collector_enabled, [1, 2], label="gc", progress=NoProgress()) == [False] * 2
    assert gc.isenabled()


def test_auto_starts_the_pool_only_for_a_large_input() -> None:
    small = AutoEngine(workers=2, threshold=10)
    small.expect(9)
    assert (small.name, small.workers) == ("local", 1)
    single = AutoEngine(workers=1, threshold=10)
    single.expect(10_000)
    assert single.name == "local"
    large = AutoEngine(workers=2, threshold=10)
    try:
        large.expect(10)
        assert (large.name, large.workers) == ("processes", 2)
        assert large.map(abs, [-1, 2], label="abs", progress=NoProgress()) == [1, 2]
    finally:
        large.close()


def test_auto_on_a_large_input_gives_the_digest_of_one_process() -> None:
    engine = AutoEngine(workers=2, threshold=5)
    try:
        pooled = digest(_small_input(), engine=engine)
    finally:
        engine.close()
    assert pooled.stats["engine"] == "processes"
    assert _content(pooled) == _content(digest(_small_input(), engine=LocalEngine()))


def test_cli_digest_runs_auto_by_default_and_one_process_on_request(tmp_path: Path) -> None:
    runner = CliRunner()
    output = tmp_path / "digest.json"
    default = runner.invoke(app, ["digest", str(EXAMPLES), "-f", "json", "-o", str(output)])
    assert default.exit_code == 0, default.output
    # Five articles are below the pool's threshold: `auto` stays in this process.
    assert json.loads(output.read_text(encoding="utf-8"))["stats"]["engine"] == "local"
    pooled = runner.invoke(
        app,
        ["digest", str(EXAMPLES), "--engine", "processes", "--workers", "2", "-f", "json",
         "-o", str(output)],
    )  # fmt: skip
    assert pooled.exit_code == 0, pooled.output
    assert json.loads(output.read_text(encoding="utf-8"))["stats"]["workers"] == 2
    single = runner.invoke(app, ["digest", str(EXAMPLES), "--workers", "1", "-f", "json"])
    assert single.exit_code == 0 and '"workers": 1' in single.output


def test_bad_engine_options_are_clear_errors() -> None:
    remote = open_engine("processes", scheduler="tcp://127.0.0.1:1")
    with pytest.raises(SettingsError, match="--engine dask"), remote:
        pass
    with (
        pytest.raises(SettingsError, match="workers must be at least 1"),
        open_engine("auto", workers=0),
    ):
        pass
    done = CliRunner().invoke(app, ["digest", str(EXAMPLES), "--workers", "0"])
    assert done.exit_code == 2 and "Traceback" not in done.output


def _double(numbers: list[int]) -> list[int]:
    return [2 * n for n in numbers]


def test_speculation_gives_finished_results_or_none_and_leaves_the_pool_working(
    pool: Engine,
) -> None:
    items = [[1, 2], [3]] * 20
    results = pool.speculate(_double, items)()
    assert len(results) == len(items)
    assert all(result in (None, _double(item)) for result, item in zip(results, items, strict=True))
    # The unfinished ones were cancelled or finish unused: the pool still runs new work.
    assert pool.map(_double, [[5]], label="after", progress=NoProgress()) == [[10]]


def test_no_input_is_a_clear_error_on_every_engine(pool: Engine, tmp_path: Path) -> None:
    from marsad.errors import NoArticlesError

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for engine in (LocalEngine(), pool):
        with pytest.raises(NoArticlesError, match="no usable article"):
            digest([empty], engine=engine)
        with pytest.raises(NoArticlesError, match="no articles found"):
            digest([], engine=engine)
