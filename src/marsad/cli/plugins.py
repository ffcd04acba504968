"""Commands from other installed packages: each ``marsad.commands`` entry point is called with
the app. The dev-only benchmarks package (benchmarks/ in the repository) adds `bench` and
`loadtest` this way; without it those names explain how to install it and exit 2."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import EntryPoint, entry_points

import typer

from marsad.cli import EXIT_USAGE, app, fail

GROUP = "marsad.commands"
# Names the benchmarks package provides; kept as placeholders when it is absent.
DEV_COMMANDS = ("bench", "loadtest")
INSTALL_HINT = (
    "it is a development tool that is not part of the marsad package: from a clone of the "
    "marsad repository run `pip install -e ./benchmarks` (`make test` does it), then try again"
)
_ANY_ARGUMENTS = {"allow_extra_args": True, "ignore_unknown_options": True}


def add_plugins(target: typer.Typer, found: Iterable[EntryPoint]) -> None:
    """Let each entry point add its commands to ``target``; placeholders for missing dev ones."""
    problems: list[str] = []
    for entry in found:
        try:
            register: Callable[[typer.Typer], None] = entry.load()
        except ImportError as error:  # a stale or broken install: say so instead of crashing
            problems.append(f"{entry.value} could not be imported ({error})")
            continue
        register(target)
    named = {info.name for info in target.registered_groups}
    named |= {info.name for info in target.registered_commands}
    for name in DEV_COMMANDS:
        if name not in named:
            target.command(name, context_settings=_ANY_ARGUMENTS, add_help_option=False)(
                _placeholder(name, "; ".join(problems))
            )


def _placeholder(name: str, problem: str) -> Callable[[typer.Context], None]:
    """A command that only says how to install the package that provides ``name``."""

    def missing(ctx: typer.Context) -> None:
        detail = f" ({problem})" if problem else ""
        fail(f"`marsad {name}` is not installed{detail}: {INSTALL_HINT}", EXIT_USAGE)

    missing.__doc__ = f"Not installed: `marsad {name}` comes with the dev-only benchmarks package."
    return missing


add_plugins(app, entry_points(group=GROUP))
