"""`marsad bench ...` and `marsad loadtest`: added to the marsad CLI through the
``marsad.commands`` entry point when this dev-only package is installed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from marsad.cli import EXIT_REJECTED_INPUT, fail, note, out
from marsad.errors import MarsadError
from marsad.settings import Settings

ANT_FILE = "ant_multisource/ant-2018.jsonl.gz"
DATA_HELP = "Folder of the data sets (default: $MARSAD_DATA, else ../shared/data)."
DB_HELP = "SQLite file or database URL (sqlite:///path, postgresql+psycopg://user@host/db)."

bench_app = typer.Typer(
    help="Measure speed side by side with alternatives (see docs/benchmarks.md).",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Add `bench` and `loadtest` to the marsad CLI (the ``marsad.commands`` entry point)."""
    app.add_typer(bench_app, name="bench")
    app.command("loadtest")(loadtest)


@bench_app.command("summarize")
def bench_summarize(
    repeat: Annotated[int, typer.Option(min=1, help="Runs per system; the best is kept.")] = 3,
    data_dir: Annotated[Path | None, typer.Option(help=DATA_HELP)] = None,
) -> None:
    """marsad's LexRank against sumy's LexRank on all EASC articles (DATA_DIR/easc): time
    and agreement.

    Example: marsad bench summarize --repeat 3
    """
    from marsad.eval import dataset_path
    from marsad_bench.lexrank import bench_lexrank

    try:
        rows = bench_lexrank(dataset_path("easc", data_dir), repeat=repeat)
    except MarsadError as error:
        fail(error)
    table = Table("system", "seconds", "R1", "R2", "Spearman vs sumy", title="LexRank, 153 EASC")
    for row in rows:
        table.add_row(
            row.system, f"{row.seconds:.3f}", f"{row.r1:.4f}", f"{row.r2:.4f}",
            f"{row.spearman:.3f}",
        )  # fmt: skip
    out.print(table)


@bench_app.command("stories")
def bench_stories(
    data_dir: Annotated[Path | None, typer.Option(help=DATA_HELP)] = None,
    sizes: Annotated[str, typer.Option(help="Comma-separated corpus sizes.")] = (
        "1000,10000,31500,100000"
    ),
    baseline_limit: Annotated[
        int, typer.Option(help="Run the all-pairs baselines up to this size.")
    ] = 31500,
    timeout: Annotated[float, typer.Option(help="Seconds allowed per size.")] = 1800,
    plot_file: Annotated[Path, typer.Option(help="Where to draw the growth curve.")] = Path(
        "docs/img/stories-growth.png"
    ),
) -> None:
    """Dedupe and story clustering at 1k-100k articles of DATA_DIR/ant_multisource: seconds
    per stage, candidate pairs, peak memory, and all-pairs baselines beside them.

    Example: marsad bench stories --sizes 1000,10000
    """
    from marsad.eval import dataset_path
    from marsad_bench.scale import plot, run_sizes

    try:
        ant = dataset_path(ANT_FILE, data_dir)
        results = run_sizes(ant, _sizes(sizes), baseline_limit, timeout)
    except (MarsadError, ValueError) as error:
        fail(error)
    table = Table(
        "articles", "analyse s", "dedupe s", "cluster s", "dedupe pairs", "cluster pairs",
        "all pairs", "all-pairs cluster s", "all-pairs dedupe s", "peak MB",
        title="Dedupe and story clustering at scale",
    )  # fmt: skip
    for row in results:
        if "error" in row:
            table.add_row(f"{row['size']:,}", str(row["error"]))
            continue
        seconds, base = row["seconds"], row.get("baseline_seconds", {})
        table.add_row(
            f"{row['documents']:,}",
            f"{seconds['clean_and_analyse']:.1f}",
            f"{seconds['dedupe']:.1f}",
            f"{seconds['cluster']:.1f}",
            f"{row['dedupe_candidate_pairs']:,}",
            f"{row['cluster_candidate_pairs']:,}",
            f"{row['all_pairs']:,}",
            f"{base.get('cluster_all_pairs', float('nan')):.1f}",
            f"{base.get('dedupe_all_pairs', float('nan')):.1f}",
            f"{row['peak_rss_mb']:.0f}",
        )
    out.print(table)
    out.print_json(data=results)
    if plot(results, plot_file):
        note(f"wrote {plot_file}")


@bench_app.command("digest")
def bench_digest(
    data_dir: Annotated[Path | None, typer.Option(help=DATA_HELP)] = None,
    sizes: Annotated[str, typer.Option(help="Comma-separated corpus sizes.")] = (
        "1000,10000,31500,100000"
    ),
    engines: Annotated[
        str, typer.Option(help="Comma-separated engines: local, processes:2, dask:1, dask:2 ...")
    ] = "local,processes:2,dask:1,dask:2",
    timeout: Annotated[float, typer.Option(help="Seconds allowed per run.")] = 3600,
    plot_file: Annotated[Path, typer.Option(help="Where to draw the growth curve.")] = Path(
        "docs/img/digest-scaling.png"
    ),
) -> None:
    """The whole digest (summaries and facts included) of DATA_DIR/ant_multisource at each
    size on each engine: seconds and articles/s per stage, peak memory of the driver and of
    each Dask worker.

    Example: marsad bench digest --sizes 1000 --engines local,processes:2,dask:2
    """
    from marsad.eval import dataset_path
    from marsad_bench.digest import STAGES, parse_engine, plot, run_all

    try:
        specs = engines.split(",")
        for spec in specs:
            parse_engine(spec)
        ant = dataset_path(ANT_FILE, data_dir)
        results = run_all(ant, _sizes(sizes), specs, timeout)
    except (MarsadError, ValueError) as error:
        fail(error)
    table = Table(
        "articles", "engine", *(f"{stage} s" for stage in STAGES), "total s", "art/s",
        "peak MB (driver / workers)", title="Whole digest at scale",
    )  # fmt: skip
    for row in results:
        engine = row["engine"] if row["engine"] == "local" else f"{row['engine']} ×{row['workers']}"
        if "error" in row:
            table.add_row(f"{row['size']:,}", engine, str(row["error"]))
            continue
        peaks = " / ".join(f"{p:.0f}" for p in [row["driver_peak_mb"], *row["worker_peak_mb"]])
        table.add_row(
            f"{row['size']:,}",
            engine,
            *(f"{row['seconds'].get(stage, 0):.1f}" for stage in STAGES),
            f"{row['total_seconds']:.1f}",
            f"{row['size'] / row['total_seconds']:.0f}",
            peaks,
        )
    out.print(table)
    out.print_json(data=results)
    if plot(results, plot_file):
        note(f"wrote {plot_file}")


@bench_app.command("api")
def bench_api(
    db: Annotated[str, typer.Option("--db", help=DB_HELP + " Already ingested.")],
    requests: Annotated[int, typer.Option(min=1, help="Requests per endpoint.")] = 200,
    threads: Annotated[int, typer.Option(min=1, max=64, help="Concurrent clients.")] = 4,
    query: Annotated[str, typer.Option(help="Search words for the q endpoint.")] = "سوريا",
) -> None:
    """Serve the store on loopback and time the read endpoints: p50/p99 ms and requests/s.

    Example: marsad bench api --db /tmp/bench/ant.db --requests 200 --threads 4
    """
    from marsad.service.stores import open_existing
    from marsad_bench.apiload import api_load

    try:
        store = open_existing(db)
    except MarsadError as error:
        fail(error)
    try:
        rows = api_load(store, requests=requests, threads=threads, query=query)
        counts = store.counts()
    except MarsadError as error:
        fail(error)
    finally:
        store.close()
    lines = [
        f"{counts} · {requests} requests per endpoint, {threads} threads",
        "| endpoint | p50 ms | p99 ms | requests/s |",
        "|---|---:|---:|---:|",
        *(f"| {r.endpoint} | {r.p50_ms:.0f} | {r.p99_ms:.0f} | {r.per_second:.0f} |" for r in rows),
    ]
    sys.stdout.write("\n".join(lines) + "\n")


@bench_app.command("ingest")
def bench_ingest(
    db: Annotated[str, typer.Option("--db", help=DB_HELP + " Empty: the benchmark fills it.")],
    data_dir: Annotated[Path | None, typer.Option(help=DATA_HELP)] = None,
    limit: Annotated[
        int | None, typer.Option(min=100, help="Only the first N ANT articles (by date).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per bulk transaction.")] = 100,
    live_batch: Annotated[int, typer.Option(min=1, help="Articles per live batch.")] = 700,
    live_batches: Annotated[int, typer.Option(min=0, help="Live batches after the bulk.")] = 10,
    digest: Annotated[
        bool, typer.Option(help="Also time a digest of the bulk articles (local engine).")
    ] = True,
    digest_engine: Annotated[
        str, typer.Option(help="The digest's engine: local, or auto as `marsad digest`.")
    ] = "local",
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes for the rebuilds and the digest (default: cores)."),
    ] = None,
) -> None:
    """Bulk ingest of ANT beside a digest of the same articles, then live batches on top,
    each timed until its stories are rebuilt (p50/p95/max).

    Example: marsad bench ingest --db /tmp/bench/ingest.db --live-batch 700 --live-batches 10
    """
    from marsad.eval import dataset_path
    from marsad_bench.ingest import ingest_bench

    try:
        result = ingest_bench(
            dataset_path(ANT_FILE, data_dir),
            db,
            limit=limit,
            batch_size=batch_size,
            live_batch=live_batch,
            live_batches=live_batches,
            compare_digest=digest,
            digest_engine=digest_engine,
            workers=workers,
        )
    except MarsadError as error:
        fail(error)
    sys.stdout.write(result.to_markdown() + "\n")


@bench_app.command("agreement")
def bench_agreement(
    split: Annotated[str, typer.Option(help="Gold days: tune (February) or report (March).")] = (
        "report"
    ),
    data_dir: Annotated[Path | None, typer.Option(help=DATA_HELP)] = None,
    month: Annotated[
        str | None,
        typer.Option(
            help="A whole month instead (2018-02 to tune, 2018-03 to report): the store's "
            "streaming clusterer fed it in publication order against the digest's clustering."
        ),
    ] = None,
) -> None:
    """The store's stories (the newsroom, batches of 100) against the digest's on the story
    gold's days (B-cubed over the gold articles), beside the in-memory stream.

    Example: marsad bench agreement --split report; marsad bench agreement --month 2018-02
    """
    from marsad.eval import dataset_path
    from marsad_bench.agreement import store_agreement

    if month is not None:
        from marsad.eval.story_check import month_agreement

        try:
            count, value = month_agreement(
                dataset_path("ant_multisource", data_dir), month, Settings()
            )
        except (OSError, ValueError, MarsadError) as error:
            fail(MarsadError(str(error)))
        sys.stdout.write(
            f"| {month}: {count} articles | P | R | F1 |\n|---|---:|---:|---:|\n"
            f"| store (streaming) vs digest | {value.precision:.3f} | {value.recall:.3f} "
            f"| {value.f1:.3f} |\n"
        )
        return
    if split not in ("tune", "report"):
        fail(MarsadError(f"unknown split {split!r}: give tune or report"))
    try:
        result = store_agreement(dataset_path("ant_multisource", data_dir), split)
    except MarsadError as error:
        fail(error)
    sys.stdout.write(result.to_markdown() + "\n")


def loadtest(
    db: Annotated[
        str,
        typer.Option(
            "--db", help=DB_HELP + " Use a copy: it gets test articles.", envvar="MARSAD_DB"
        ),
    ],
    seconds: Annotated[float, typer.Option(min=1.0, max=3600.0, help="How long to run.")] = 60.0,
    clients: Annotated[int, typer.Option(min=1, max=500, help="Concurrent clients.")] = 50,
    writes: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Share of requests that are writes.")
    ] = 0.2,
    seed: Annotated[int, typer.Option(help="Seed of the clients' choices.")] = 0,
    server: Annotated[
        str,
        typer.Option(
            help="process: `marsad serve` in its own process (as deployed); thread: the app in "
            "a thread of the load's process (POST ingests; how it was measured before).",
        ),
    ] = "process",
    serve_workers: Annotated[
        int, typer.Option(min=1, max=16, help="Serving processes (`serve --workers`).")
    ] = 1,
    write_queue: Annotated[
        bool,
        typer.Option(help="POST queues for the worker (`serve --write-queue`) or ingests."),
    ] = True,
    think_time: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=600.0,
            help="Mean pause (exponential) of each client after each answer, seconds: N "
            "readers using the site. 0: each sends on answer (a stress test).",
        ),
    ] = 0.0,
    rate: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=100000.0,
            help="Open loop: requests a second for all clients together (Poisson arrivals), "
            "latency counted from when each was due. 0: closed loop.",
        ),
    ] = 0.0,
    warmup: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=3600.0,
            help="Seconds of load before --seconds whose latencies are not counted (a fresh "
            "server fills its caches); errors and writes still count.",
        ),
    ] = 0.0,
    server_log: Annotated[
        Path | None,
        typer.Option(
            help="Write `marsad serve`'s standard error (its worker's too) to this file; the "
            "report names it, and prints its first errors when a request got a 5xx. "
            "Default: a new file in a temporary directory.",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Serve the store on loopback and load it with reads and token-authenticated writes.

    Prints throughput, p50/p99 latency and errors; exit 1 on any error or lost write.
    Example: marsad loadtest --db /tmp/copy.db --seconds 60 --clients 50 --writes 0.2
    """
    from marsad.service.stores import open_existing
    from marsad_bench.mixedload import Pacing, mixed_load

    try:
        pacing = Pacing(think_time=think_time, rate=rate)
        store = open_existing(db)
    except MarsadError as error:
        fail(error)
    try:
        report = mixed_load(
            store,
            seconds=seconds,
            clients=clients,
            write_share=writes,
            seed=seed,
            server=server,
            serve_workers=serve_workers,
            write_queue=write_queue and server == "process",
            pacing=pacing,
            warmup=warmup,
            server_log=server_log,
        )
    except MarsadError as error:
        fail(error)
    finally:
        store.close()
    sys.stdout.write(report.to_markdown() + "\n")
    if report.errors or report.lost:
        raise typer.Exit(EXIT_REJECTED_INPUT)


def _sizes(text: str) -> list[int]:
    """``1000,10000`` -> [1000, 10000]; a clear error for anything else."""
    try:
        sizes = [int(part) for part in text.split(",")]
    except ValueError:
        raise ValueError(f"--sizes {text!r}: expected comma-separated whole numbers") from None
    if any(size < 1 for size in sizes):
        raise ValueError(f"--sizes {text!r}: every size must be at least 1")
    return sizes
