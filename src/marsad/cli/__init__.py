"""Command line: parses arguments into Settings, calls the library, renders with Rich.

Exit codes: 0 the command did its work (a digest was written, even if some inputs were
rejected: they are listed on standard error); 1 ``--strict`` and some input was rejected;
2 wrong usage (unknown option, bad value, bad config); 3 nothing usable in the inputs;
73 the output cannot be written; 70 an unexpected error (a bug).
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from marsad.config import Resolved
    from marsad.model import Problem
    from marsad.settings import Settings

EXIT_OK = 0
EXIT_REJECTED_INPUT = 1  # only with --strict
EXIT_USAGE = 2
EXIT_NOTHING_USABLE = 3
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: an error marsad did not expect
EXIT_CANNOT_WRITE = 73  # sysexits' EX_CANTCREAT: the output file cannot be written

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): news stories from many outlets, with sources for every sentence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Measure quality on real data sets (see docs/evaluation.md).", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")
out = Console()
err = Console(stderr=True)
# -1 quiet (errors only), 0 normal, 1 verbose (info logs), 2 debug logs.
_verbosity = 0


def _version(value: bool) -> None:
    if value:
        from marsad import __version__

        out.print(f"marsad {__version__}", highlight=False)
        raise typer.Exit()


QUIET_HELP = "Only errors on standard error: no progress, no rejected inputs, no notes."
VERBOSE_HELP = "Log what each stage does on standard error (-vv: debug details)."
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)]
Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True, help=VERBOSE_HELP)]


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """marsad (مرصد): news stories from many outlets, with sources for every sentence."""
    set_verbosity(quiet, verbose)


def set_verbosity(quiet: bool, verbose: int) -> None:
    """Apply ``--quiet`` / ``--verbose`` (given before or after the command name)."""
    global _verbosity
    if quiet:
        _verbosity = -1
    elif verbose:
        _verbosity = max(_verbosity, min(verbose, 2))
        level = logging.DEBUG if _verbosity >= 2 else logging.INFO
        logging.basicConfig(
            stream=sys.stderr, level=level, format="%(levelname)s %(name)s: %(message)s"
        )
        logging.getLogger().setLevel(level)


def quiet() -> bool:
    """True under ``--quiet``."""
    return _verbosity < 0


FOLLOW_HELP = "Read symbolic links in input folders that lead outside them (off: refused)."
FollowSymlinks = Annotated[bool, typer.Option("--follow-symlinks", help=FOLLOW_HELP)]
CONFIG_HELP = "TOML file of settings (default: $MARSAD_CONFIG); `marsad config show` lists them."
ConfigFile = Annotated[
    Path | None, typer.Option("--config", "-c", help=CONFIG_HELP, dir_okay=False)
]
SET_HELP = "Any setting, NAME=VALUE (repeatable): --set story_threshold=0.15."
SetOption = Annotated[
    list[str] | None, typer.Option("--set", "-s", metavar="NAME=VALUE", help=SET_HELP)
]
MAP_HELP = "Columns (CSV, Parquet) or keys (JSON) holding the fields: title=headline,text=body."
ColumnMap = Annotated[str | None, typer.Option("--map", metavar="FIELD=COLUMN,...", help=MAP_HELP)]
STRICT_HELP = "Fail (exit 1, no report) when any input is rejected."
Strict = Annotated[bool, typer.Option("--strict", help=STRICT_HELP)]


def settings_from(
    config: Path | None, assignments: list[str] | None, options: Mapping[str, object]
) -> Settings:
    """Settings from the config file, MARSAD_* variables, --set and the command's options."""
    return resolve_settings(config, assignments, options).settings


def resolve_settings(
    config: Path | None, assignments: list[str] | None, options: Mapping[str, object]
) -> Resolved:
    """``settings_from`` with where each value came from; a bad setting exits 2."""
    from marsad.config import parse_assignments, resolve
    from marsad.errors import SettingsError
    from marsad.settings import parse_columns

    try:
        given = dict(options)
        if isinstance(given.get("columns"), str):
            given["columns"] = parse_columns(str(given["columns"]))
        assigned = parse_assignments(assignments or [])
        return resolve(config, assigned=assigned, overrides=given)
    except SettingsError as error:
        fail(error, EXIT_USAGE)


def note(text: str) -> None:
    """An informational line on standard error (silent under --quiet); never markup."""
    if not quiet():
        err.print(escape(text), highlight=False, soft_wrap=True)


def print_problems(problems: Iterable[Problem]) -> None:
    """One `rejected:` line per rejected input (path:line: reason), on standard error."""
    if quiet():
        return
    for problem in problems:
        err.print(
            f"[yellow]rejected:[/yellow] {escape(str(problem))}", highlight=False, soft_wrap=True
        )


def error_line(error: object) -> None:
    """``error: ...`` on standard error; brackets in the text are printed, not read as markup."""
    err.print(f"[red]error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)


def fail(error: object, code: int = EXIT_USAGE) -> NoReturn:
    """Report a library error on one line and exit with ``code`` (never a traceback)."""
    error_line(error)
    raise typer.Exit(code) from None


def load_commands() -> typer.Typer:
    """The app with every command: each module of this package adds its own when imported."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return app


def main() -> None:
    """Entry point of the `marsad` command."""
    load_commands()
    try:
        app(prog_name="marsad")  # the same name under `python -m marsad` (completion, usage)
    except BrokenPipeError:
        # The reader went away (`marsad digest x | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except Exception as error:  # a bug, not bad input: still one line (MARSAD_DEBUG=1: traceback)
        if os.environ.get("MARSAD_DEBUG"):
            raise
        from marsad.errors import one_line

        error_line(
            f"unexpected {type(error).__name__}: {one_line(error)} "
            "(a bug in marsad; MARSAD_DEBUG=1 shows where)"
        )
        sys.exit(EXIT_INTERNAL)
