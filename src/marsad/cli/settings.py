"""`marsad config show`: every setting, its value and where the value came from."""

from __future__ import annotations

import sys

import typer

from marsad.cli import ConfigFile, SetOption, app, resolve_settings

config_app = typer.Typer(
    help="Settings: a TOML file (--config), MARSAD_* variables and --set NAME=VALUE.",
    no_args_is_help=True,
)
app.add_typer(config_app, name="config")


@config_app.command("show")
def show(config: ConfigFile = None, assignments: SetOption = None) -> None:
    """Print every setting as TOML (a valid --config file), each with where it came from.

    Example: MARSAD_SUMMARY_WORDS=80 marsad config show --set story_threshold=0.15
    """
    from marsad.config import to_toml

    sys.stdout.write(to_toml(resolve_settings(config, assignments, {})))
