"""`marsad digest` and `marsad inspect`: read articles, build and render the digest."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from marsad.cli import (
    EXIT_CANNOT_WRITE,
    EXIT_NOTHING_USABLE,
    EXIT_REJECTED_INPUT,
    ColumnMap,
    ConfigFile,
    FollowSymlinks,
    Quiet,
    SetOption,
    Strict,
    Verbose,
    app,
    fail,
    note,
    out,
    print_problems,
    quiet,
    set_verbosity,
    settings_from,
)
from marsad.engine import POOL_ARTICLES
from marsad.errors import MarsadError, NoArticlesError
from marsad.settings import Settings

if TYPE_CHECKING:
    from marsad.model import Digest


class OutputFormat(StrEnum):
    """Report formats of `marsad digest`."""

    md = "md"
    json = "json"
    html = "html"


class Engine(StrEnum):
    """Execution engines of `marsad digest` (docs/benchmarks.md compares them)."""

    auto = "auto"
    local = "local"
    processes = "processes"
    dask = "dask"


class SummarizerName(StrEnum):
    """The registered summarizers (a test checks this list against the registry), so that
    --help and shell completion list them without loading the summarizers."""

    centroid = "centroid"
    consensus = "consensus"
    ilp = "ilp"
    lead = "lead"
    lexrank = "lexrank"
    lexrank_continuous = "lexrank-continuous"
    mmr = "mmr"
    submodular = "submodular"
    supervised = "supervised"
    supervised_agreement = "supervised-agreement"
    supervised_restated = "supervised-restated"
    textrank = "textrank"


class Interface(StrEnum):
    """Languages of the HTML report's interface (`marsad digest -f html --lang`)."""

    ar = "ar"
    en = "en"


INPUT_HELP = "Files, folders or glob patterns; - reads JSON Lines or one text from stdin."
OUTPUT_HELP = (
    "Write the report here (- : standard output). Default: standard output, as Markdown "
    "rendered for a terminal, or plain Markdown into a pipe or file."
)

ENGINE_HELP = (
    "Where the work runs: auto (a pool of worker processes when the input has at least "
    f"{POOL_ARTICLES:,} articles, else this process), local (this process), processes (a "
    "pool), or dask (a Dask cluster)."
)
# A bracketed word is Rich markup in --help: the backslash keeps it as text.
WORKERS_HELP = "Worker processes of the pool or local Dask cluster \\[every core; 1: one process]."


@app.command()
def digest(
    paths: Annotated[list[str], typer.Argument(help=INPUT_HELP)],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Report format.")
    ] = OutputFormat.md,
    output: Annotated[str | None, typer.Option("--output", "-o", help=OUTPUT_HELP)] = None,
    words: Annotated[
        int | None,
        typer.Option(
            "--words", "-w", min=1, help=f"Summary budget in words [{Settings().summary_words}]."
        ),
    ] = None,
    summarizer: Annotated[
        SummarizerName | None,
        typer.Option(
            help=f"Summarizer (docs/evaluation.md compares them) \\[{Settings().summarizer}]."
        ),
    ] = None,
    manifest: Annotated[
        Path | None, typer.Option(help="JSON or CSV file mapping file names to outlets.")
    ] = None,
    column_map: ColumnMap = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show what cleaning removed and why.")
    ] = False,
    lang: Annotated[
        Interface | None,
        typer.Option(
            "--lang",
            help="Language of the HTML report's headings and counts [the stories' main one].",
        ),
    ] = None,
    engine: Annotated[Engine, typer.Option(help=ENGINE_HELP)] = Engine.auto,
    workers: Annotated[int | None, typer.Option(min=1, help=WORKERS_HELP)] = None,
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
    strict: Strict = False,
    config: ConfigFile = None,
    assignments: SetOption = None,
    quiet_: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Group articles into stories and summarize each with its sources.

    Example: marsad digest examples/kazakhstan-2022 --format html -o out/report.html
    """
    from marsad.cli.progress import RichProgress
    from marsad.engine import gc_paused, open_engine
    from marsad.newsroom import digest as run_digest

    set_verbosity(quiet_, verbose)
    settings = settings_from(
        config,
        assignments,
        {
            "summary_words": words,
            "summarizer": summarizer.value if summarizer else None,
            "manifest": manifest,
            "columns": column_map,
            "follow_symlinks": follow_symlinks or None,
        },
    )
    # The collector stays paused through the report too: the collection it owes for the
    # digest's objects would otherwise land on the report (1.8 s of 2.5 s at 5k articles).
    with gc_paused():
        try:
            with (
                open_engine(engine.value, workers=workers, scheduler=scheduler) as runner,
                RichProgress(enabled=False if quiet() else progress) as bars,
            ):
                result = run_digest(paths, settings, engine=runner, progress=bars)
        except NoArticlesError as error:
            fail(error, EXIT_NOTHING_USABLE)
        except MarsadError as error:
            fail(error)
        print_problems(result.problems)
        if strict and result.problems:
            fail(
                f"--strict: {len(result.problems)} inputs rejected; no report written",
                EXIT_REJECTED_INPUT,
            )
        _render(result, output_format, output, explain=explain, lang=lang.value if lang else None)


def _render(
    result: Digest,
    output_format: OutputFormat,
    output: str | None,
    *,
    explain: bool,
    lang: str | None = None,
) -> None:
    """A terminal gets Rich's view of the Markdown; a pipe, file or ``-o`` gets the report
    itself, written story by story (the JSON of all ANT is never one string)."""
    from marsad.cli.output import is_stdout, write_output
    from marsad.report import print_digest

    if output is None and output_format is OutputFormat.md and out.is_terminal:
        print_digest(result, out, explain=explain)
        return
    try:
        write_output(output, _chunks(result, output_format, explain=explain, lang=lang))
    except BrokenPipeError:
        raise  # the reader of a pipe left (`| head`): main() ends quietly
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}", EXIT_CANNOT_WRITE)
    if not is_stdout(output):
        note(f"wrote {output}")


def _chunks(
    result: Digest, output_format: OutputFormat, *, explain: bool, lang: str | None = None
) -> Iterator[bytes]:
    from marsad.report import render_html
    from marsad.report.json import json_chunks
    from marsad.report.markdown import markdown_chunks

    if output_format is OutputFormat.json:
        yield from json_chunks(result)
        yield b"\n"
    elif output_format is OutputFormat.md:
        yield from (chunk.encode() for chunk in markdown_chunks(result, explain=explain))
    else:
        yield render_html(result, explain=explain, language=lang).encode()


@app.command()
def inspect(
    paths: Annotated[list[str], typer.Argument(help=INPUT_HELP)],
    manifest: Annotated[
        Path | None, typer.Option(help="JSON or CSV file mapping file names to outlets.")
    ] = None,
    column_map: ColumnMap = None,
    follow_symlinks: FollowSymlinks = False,
    strict: Strict = False,
    config: ConfigFile = None,
    assignments: SetOption = None,
    quiet_: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Read inputs without digesting them: articles per outlet and language, rejections, time.

    Example: marsad inspect ../archive/ant-2018.jsonl.gz
    """
    import time
    from collections import Counter

    from rich.markup import escape
    from rich.table import Table

    from marsad.ingest import load_articles

    set_verbosity(quiet_, verbose)
    settings = settings_from(
        config,
        assignments,
        {"manifest": manifest, "columns": column_map, "follow_symlinks": follow_symlinks or None},
    )
    started = time.perf_counter()
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
        table.add_row(escape(outlet), str(len(languages)), counts, str(dated[outlet]))
    out.print(table)
    out.print(
        f"{len(loaded.articles)} articles from {loaded.files} files in {seconds:.2f} s "
        f"({len(loaded.articles) / max(seconds, 1e-9):,.0f} articles/s); "
        f"{len(loaded.problems)} rejected, {loaded.skipped_duplicates} exact repeats skipped"
    )
    if not loaded.articles:
        raise typer.Exit(EXIT_NOTHING_USABLE)
    if strict and loaded.problems:
        raise typer.Exit(EXIT_REJECTED_INPUT)
