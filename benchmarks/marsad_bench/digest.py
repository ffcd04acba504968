"""End-to-end digest benchmark: the whole pipeline (summaries and facts included) at 1k-100k
articles on each engine, each run in its own process so that peak memory is its own.

Reports seconds and articles per second per stage, peak memory of the driver and of each Dask
worker, and the bytes that cross process boundaries per article (for the cost model in
docs/benchmarks.md).
"""

from __future__ import annotations

import json
import pickle
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.dedupe import DedupeParams
from marsad_bench.scale import Series, corpus, growth_plot

STAGES = ("ingest", "clean_and_analyse", "dedupe", "cluster", "stories", "json_report")


def parse_engine(spec: str) -> tuple[str, int]:
    """An engine of ``marsad.engine.ENGINES`` with an optional worker count (``local``,
    ``processes:2``, ``dask:2``) -> (engine name, workers); 2 workers unless given."""
    from marsad.engine import ENGINES

    name, _, workers = spec.partition(":")
    local_many = name == "local" and workers not in ("", "1")
    if name not in ENGINES or (workers and not workers.isdigit()) or local_many:
        raise ValueError(
            f"engine {spec!r}: expected one of {', '.join(ENGINES)}, with :N workers "
            "for the others than local (processes:2, dask:2)"
        )
    return name, int(workers or (1 if name == "local" else 2))


class _MemoryByStage:
    """Progress that notes the peak memory reached by the end of each stage (driver, and the
    largest worker when the engine has workers)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.peaks: dict[str, list[float]] = {}

    def start(self, label: str, total: int | None) -> None:
        """Nothing to note."""

    def advance(self, label: str, amount: int = 1) -> None:
        """Nothing to note."""

    def finish(self, label: str) -> None:
        """Note the driver's peak so far and the workers' (MB)."""
        workers: list[float] = getattr(self.engine, "worker_peak_mb", list)()
        self.peaks[label] = [round(_peak_mb(), 1), round(max(workers, default=0.0), 1)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(ant: Path, size: int, engine_name: str, workers: int) -> dict[str, Any]:
    """Digest the first ``size`` articles on one engine; seconds, rates, memory, bytes moved."""
    from marsad.engine import gc_paused, open_engine
    from marsad.engine.partitions import PARTITION_ARTICLES
    from marsad.pipeline import digest
    from marsad.report import render_json

    articles = corpus(ant, size)
    # The collector paused around the digest and its report, as `marsad digest` runs them.
    with gc_paused(), open_engine(engine_name, workers=workers) as engine:
        memory = _MemoryByStage(engine)
        started = time.perf_counter()
        result = digest(articles, engine=engine, progress=memory)
        total = time.perf_counter() - started
        worker_peaks: list[float] = getattr(engine, "worker_peak_mb", list)()
    started = time.perf_counter()
    with gc_paused():
        report = render_json(result)
    seconds = dict(result.stats["seconds"])
    seconds["json_report"] = round(time.perf_counter() - started, 3)
    sample = articles[:PARTITION_ARTICLES]
    partition = _partition(sample)
    return {
        "size": size,
        "engine": engine_name,
        "workers": workers,
        "documents": result.stats["documents"],
        "stories": result.stats["stories"],
        "seconds": seconds,
        "total_seconds": round(total, 2),
        "articles_per_second": {
            stage: round(size / value, 1) for stage, value in seconds.items() if value > 0
        },
        "driver_peak_mb": round(_peak_mb(), 1),
        "worker_peak_mb": [round(peak, 1) for peak in worker_peaks],
        "peak_mb_by_stage": memory.peaks,
        "report_bytes": len(report.encode("utf-8")),
        "bytes_per_article": {
            "article": round(len(pickle.dumps(sample)) / max(len(sample), 1)),
            "band_keys": DedupeParams().bands * 8,  # one uint64 key per band
            "document": round(len(pickle.dumps(partition.documents)) / max(len(sample), 1)),
            "outline": round(len(pickle.dumps(partition.outline)) / max(len(sample), 1)),
            "story": round(
                len(pickle.dumps(result.stories))
                / max(sum(len(s.articles) for s in result.stories), 1)
            ),
        },
    }


def _partition(articles: Sequence[Any]) -> Any:
    """One partition of the sample prepared as the pipeline prepares it: its documents (what
    the shuffle moves) and its outline (what the driver gets)."""
    from marsad.clean import corpus_evidence, marks_of
    from marsad.pipeline import prepare_articles
    from marsad.settings import Settings

    evidence = corpus_evidence(marks_of(article) for article in articles)
    return prepare_articles(articles, evidence, Settings())


def run_all(
    ant: Path, sizes: Sequence[int], engines: Sequence[str], timeout: float
) -> list[dict[str, Any]]:
    """Every size on every engine, each in a fresh process; failures and timeouts reported."""
    results = []
    for size in sizes:
        for spec in engines:
            name, workers = parse_engine(spec)
            command = [sys.executable, "-m", __name__, str(ant), str(size), name, str(workers)]
            row: dict[str, Any] = {"size": size, "engine": name, "workers": workers}
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, timeout=timeout, check=True
                )
                row = json.loads(done.stdout.strip().splitlines()[-1])
            except subprocess.TimeoutExpired:
                row["error"] = f"did not finish in {timeout:.0f} s"
            except subprocess.CalledProcessError as error:
                row["error"] = " ".join(error.stderr.strip().splitlines()[-1:])
            results.append(row)
    return results


def plot(results: Sequence[dict[str, Any]], path: Path) -> bool:
    """Total seconds against articles per engine (log-log); False without matplotlib."""
    series: Series = {}
    for row in results:
        if "error" not in row:
            workers = f"{row['workers']} worker" + ("s" if row["workers"] > 1 else "")
            label = "single process" if row["engine"] == "local" else f"{row['engine']}, {workers}"
            sizes, seconds = series.setdefault(label, ([], []))
            sizes.append(row["size"])
            seconds.append(row["total_seconds"])
    title = "marsad digest: one process, a process pool and Dask"
    return growth_plot(series, path, title=title, ylabel="seconds, whole digest")


if __name__ == "__main__":
    ant_file, size_arg, engine_arg, workers_arg = sys.argv[1:5]
    print(json.dumps(measure(Path(ant_file), int(size_arg), engine_arg, int(workers_arg))))
