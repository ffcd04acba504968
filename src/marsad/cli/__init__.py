"""Command line: parses arguments into Settings, calls the library, renders with Rich.

Exit codes: 0 every input was read; 1 some inputs were rejected (the digest covers the rest);
2 wrong usage (unknown option, bad value); 3 nothing usable in the inputs.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from marsad import __version__

if TYPE_CHECKING:
    from marsad.model import Problem

EXIT_OK = 0
EXIT_REJECTED_INPUT = 1
EXIT_USAGE = 2
EXIT_NOTHING_USABLE = 3
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: an error marsad did not expect

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): news stories from many outlets, with sources for every sentence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Measure quality on real data sets (see docs/evaluation.md).", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")
out = Console()
err = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        out.print(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """marsad (مرصد): news stories from many outlets, with sources for every sentence."""


FOLLOW_HELP = "Read symbolic links in input folders that lead outside them (off: refused)."
FollowSymlinks = Annotated[bool, typer.Option("--follow-symlinks", help=FOLLOW_HELP)]


def print_problems(problems: Iterable[Problem]) -> None:
    """One `rejected:` line per rejected input, on standard error, never wrapped."""
    for problem in problems:
        err.print(f"[yellow]rejected:[/yellow] {problem}", highlight=False, soft_wrap=True)


def fail(error: Exception, code: int = EXIT_USAGE) -> NoReturn:
    """Report a library error on one line and exit with ``code`` (never a traceback)."""
    err.print(f"[red]error:[/red] {error}")
    raise typer.Exit(code) from None


def main() -> None:
    """Entry point of the `marsad` command."""
    # Each module of this package adds its commands to `app` or `eval_app` when imported.
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    try:
        app()
    except Exception as error:  # a bug, not bad input: still one line (MARSAD_DEBUG=1: traceback)
        if os.environ.get("MARSAD_DEBUG"):
            raise
        err.print(
            f"[red]error:[/red] unexpected {type(error).__name__}: {error} "
            "(a bug in marsad; MARSAD_DEBUG=1 shows where)",
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(EXIT_INTERNAL)
