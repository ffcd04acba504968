"""`marsad digest` and `marsad inspect`: read articles, build and render the digest."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import (
    EXIT_NOTHING_USABLE,
    EXIT_REJECTED_INPUT,
    EXIT_USAGE,
    FollowSymlinks,
    app,
    err,
    fail,
    out,
    print_problems,
)
from marsad.errors import MarsadError, NoArticlesError


class OutputFormat(StrEnum):
    """Report formats of `marsad digest`."""

    md = "md"
    json = "json"
    html = "html"


class Engine(StrEnum):
    """Execution engines of `marsad digest` (docs/benchmarks.md compares them)."""

    local = "local"
    dask = "dask"


@app.command()
def digest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Report format.")
    ] = OutputFormat.md,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, help="Summary budget in words.")
    ] = 120,
    summarizer: Annotated[
        str, typer.Option(help="Summarizer name (see docs/evaluation.md).")
    ] = "supervised",
    manifest: Annotated[
        Path | None, typer.Option(help="JSON or CSV file mapping file names to outlets.")
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show what cleaning removed and why.")
    ] = False,
    engine: Annotated[
        Engine, typer.Option(help="Where the work runs: this process, or a Dask cluster.")
    ] = Engine.local,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes of a local Dask cluster.")
    ] = 2,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Address of an existing Dask scheduler (tcp://HOST:PORT)."),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress", help="Progress bars (default: when stderr is a terminal)."
        ),
    ] = None,
    follow_symlinks: FollowSymlinks = False,
) -> None:
    """Group articles into stories and summarize each with its sources.

    Example: marsad digest examples/kazakhstan-2022 --format html -o out/report.html
    """
    from marsad.cli.progress import RichProgress
    from marsad.engine import gc_paused, open_engine
    from marsad.pipeline import digest as run_digest
    from marsad.report import print_digest, render_html, render_json, render_markdown
    from marsad.report.json import json_chunks
    from marsad.settings import Settings

    # The collector stays paused through the report too: the collection it owes for the
    # digest's objects would otherwise land on the report (1.8 s of 2.5 s at 5k articles).
    with gc_paused():
        try:
            settings = Settings(
                summary_words=words,
                summarizer=summarizer,
                manifest=manifest,
                follow_symlinks=follow_symlinks,
            )
            with (
                open_engine(engine.value, workers=workers, scheduler=scheduler) as runner,
                RichProgress(enabled=progress) as bars,
            ):
                result = run_digest(paths, settings, engine=runner, progress=bars)
        except NoArticlesError as error:
            fail(error, EXIT_NOTHING_USABLE)
        except MarsadError as error:
            fail(error)
        print_problems(result.problems)
        if output_format is OutputFormat.md and output is None:
            print_digest(result, out, explain=explain)
        else:
            renderer = {"md": render_markdown, "json": render_json, "html": render_html}
            if output and output_format is OutputFormat.json:
                _write(output, json_chunks(result))  # a large digest never held as one string
                err.print(f"wrote {output}")
            elif output:
                _write(output, [renderer[output_format.value](result, explain=explain).encode()])
                err.print(f"wrote {output}")
            else:
                sys.stdout.write(renderer[output_format.value](result, explain=explain) + "\n")
    if result.problems:
        raise typer.Exit(EXIT_REJECTED_INPUT)


@app.command()
def inspect(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns.")],
    manifest: Annotated[
        Path | None, typer.Option(help="JSON or CSV file mapping file names to outlets.")
    ] = None,
    follow_symlinks: FollowSymlinks = False,
) -> None:
    """Read inputs without digesting them: articles per outlet and language, rejections, time.

    Example: marsad inspect ../archive/ant-2018.jsonl.gz
    """
    import time
    from collections import Counter

    from rich.table import Table

    from marsad.ingest import load_articles
    from marsad.settings import Settings

    started = time.perf_counter()
    settings = Settings(manifest=manifest, follow_symlinks=follow_symlinks)
    loaded = load_articles(paths, settings=settings)
    seconds = time.perf_counter() - started
    print_problems(loaded.problems)
    table = Table("outlet", "articles", "languages", "dated", title="Articles by outlet")
    by_outlet: dict[str, list[str]] = {}
    dated: Counter[str] = Counter()
    for article in loaded.articles:
        by_outlet.setdefault(article.source, []).append(article.lang or "?")
        dated[article.source] += article.published is not None
    for outlet, languages in sorted(by_outlet.items()):
        counts = ", ".join(f"{lang} {n}" for lang, n in Counter(languages).most_common())
        table.add_row(outlet, str(len(languages)), counts, str(dated[outlet]))
    out.print(table)
    out.print(
        f"{len(loaded.articles)} articles from {loaded.files} files in {seconds:.2f} s "
        f"({len(loaded.articles) / max(seconds, 1e-9):,.0f} articles/s); "
        f"{len(loaded.problems)} rejected, {loaded.skipped_duplicates} exact repeats skipped"
    )
    if loaded.problems:
        raise typer.Exit(EXIT_REJECTED_INPUT if loaded.articles else EXIT_NOTHING_USABLE)


def _write(path: Path, chunks: Iterable[bytes]) -> None:
    """Write atomically: a half-written report never replaces a good one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with partial.open("wb") as file:
            file.writelines(chunks)
        partial.replace(path)
    except OSError as error:
        err.print(f"[red]error:[/red] cannot write {path}: {error.strerror or error}")
        raise typer.Exit(EXIT_USAGE) from None
