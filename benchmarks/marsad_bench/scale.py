"""Scale benchmark of deduplication and story clustering: 1k to 100k articles, each size in
its own process (so peak memory is its own), beside the all-pairs baselines where they finish.

Sizes above the ANT corpus are ANT plus realistic edited copies (see eval/dedupe_eval.py).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from marsad.clean import clean_articles
from marsad.cluster import ClusterParams, cluster_documents
from marsad.dedupe import find_duplicates
from marsad.eval.dedupe_eval import build_set
from marsad.ingest import load_articles
from marsad.lang import analyse
from marsad.model import Article
from marsad.settings import Settings


def corpus(ant: Path, size: int) -> list[Article]:
    """``size`` articles: ANT in publication order, then edited copies of ANT articles."""
    articles = sorted(
        load_articles([ant], settings=Settings()).articles,
        key=lambda a: (a.published is None, a.published.timestamp() if a.published else 0.0),
    )
    if size <= len(articles):
        return articles[:size]
    return build_set(articles, size - len(articles))


def _timed(stage: str, seconds: dict[str, float], work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    seconds[stage] = round(time.perf_counter() - started, 3)
    return result


def measure(ant: Path, size: int, baselines: bool) -> dict[str, Any]:
    """Run the stages on one size and report seconds per stage, pairs and peak memory."""
    seconds: dict[str, float] = {}
    articles = _timed("ingest", seconds, lambda: corpus(ant, size))
    documents = _timed(
        "clean_and_analyse", seconds, lambda: [analyse(c) for c in clean_articles(articles)]
    )
    documents = [d for d in documents if d.sentences]
    dedupe = _timed("dedupe", seconds, lambda: find_duplicates(documents))
    position = {document.id: n for n, document in enumerate(documents)}
    copies = [[position[a] for a in group.articles] for group in dedupe.groups]
    clustering = _timed(
        "cluster", seconds, lambda: cluster_documents(documents, ClusterParams(), copies)
    )
    report: dict[str, Any] = {
        "size": size,
        "documents": len(documents),
        "seconds": seconds,
        "dedupe_candidate_pairs": dedupe.candidate_pairs,
        "duplicate_groups": len(dedupe.groups),
        "cluster_candidate_pairs": clustering.candidate_pairs,
        "stories": len(clustering.groups),
        "all_pairs": len(documents) * (len(documents) - 1) // 2,
    }
    report["peak_rss_mb"] = _peak_mb()  # before the baselines, which need far more
    report["minhash_seconds"] = minhash_backends(documents)
    if baselines:
        report["baseline_seconds"] = _baselines(documents)
        report["baseline_peak_rss_mb"] = _peak_mb()
    return report


def minhash_backends(documents: Sequence[Any], num_perm: int = 128) -> dict[str, float]:
    """Seconds to MinHash every document's 5-word shingles (same shingles, same number of
    permutations): rensa, which marsad uses, against datasketch when it is installed."""
    from marsad.dedupe import DedupeParams, shingle_sets, signatures

    words = [[t for s in d.sentences for t in s.terms] for d in documents]
    seconds: dict[str, float] = {}
    shingles = _timed("shingles", seconds, lambda: shingle_sets(words, 5))
    _timed("rensa", seconds, lambda: signatures(shingles, DedupeParams(num_perm=num_perm)))
    try:
        from datasketch import MinHash
    except ImportError:
        return seconds

    def with_datasketch() -> list[Any]:
        sketches = []
        for hashes in shingles:
            sketch = MinHash(num_perm=num_perm)
            sketch.update_batch([value.tobytes() for value in hashes])
            sketches.append(sketch)
        return sketches

    _timed("datasketch", seconds, with_datasketch)
    return seconds


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _baselines(documents: Sequence[Any]) -> dict[str, float]:
    """All-pairs single-link clustering and all-pairs exact Jaccard deduplication."""
    from marsad.dedupe import shingle_sets
    from marsad.eval.dedupe_eval import true_pairs
    from marsad.eval.stories import single_link_all_pairs

    seconds: dict[str, float] = {}
    _timed("cluster_all_pairs", seconds, lambda: single_link_all_pairs(documents, 0.3))
    words = [[t for s in d.sentences for t in s.terms] for d in documents]
    _timed("dedupe_all_pairs", seconds, lambda: true_pairs(shingle_sets(words, 5), 0.8))
    return seconds


def run_sizes(
    ant: Path, sizes: Sequence[int], baseline_limit: int, timeout: float
) -> list[dict[str, Any]]:
    """Each size in a fresh process; a size that exceeds ``timeout`` seconds is reported so."""
    results = []
    for size in sizes:
        command = [
            sys.executable,
            "-m",
            __name__,
            str(ant),
            str(size),
            "1" if size <= baseline_limit else "0",
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=True
            )
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        except subprocess.TimeoutExpired:
            results.append({"size": size, "error": f"did not finish in {timeout:.0f} s"})
        except subprocess.CalledProcessError as error:
            results.append({"size": size, "error": error.stderr.strip().splitlines()[-1:]})
    return results


Series = dict[str, tuple[list[int], list[float]]]


def plot(results: Sequence[dict[str, Any]], path: Path) -> bool:
    """Growth curve (seconds per stage against articles, log-log); False without matplotlib."""
    done = [r for r in results if "seconds" in r]
    series: Series = {
        stage: ([r["size"] for r in done], [r["seconds"][stage] for r in done])
        for stage in ("clean_and_analyse", "dedupe", "cluster")
    }
    baseline = [r for r in done if "baseline_seconds" in r]
    dashed = (
        [r["size"] for r in baseline],
        [r["baseline_seconds"]["cluster_all_pairs"] for r in baseline],
    )
    title = "marsad: dedupe and story clustering, growth"
    return growth_plot(series, path, title=title, dashed={"cluster, all pairs": dashed})


def growth_plot(
    series: Series, path: Path, *, title: str, ylabel: str = "seconds", dashed: Series | None = None
) -> bool:
    """Seconds against articles, one line per series (log-log); False without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    figure, axes = plt.subplots(figsize=(6.5, 4))
    for label, (sizes, seconds) in series.items():
        axes.plot(sizes, seconds, "o-", label=label)
    for label, (sizes, seconds) in (dashed or {}).items():
        axes.plot(sizes, seconds, "k--", label=label)
    axes.set(xscale="log", yscale="log", xlabel="articles", ylabel=ylabel, title=title)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    return True


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1")))
