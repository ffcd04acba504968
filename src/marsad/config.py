"""Settings from a TOML file, ``MARSAD_*`` environment variables and explicit overrides.

Precedence, lowest first: Settings' defaults, the config file, the environment, overrides
(command-line options). Every field of Settings can be set in each of them.

Why not pydantic-settings: it would add a dependency and a second model of the same fields
beside the frozen Settings dataclass ("a default written twice"). The standard library reads
TOML (tomllib); this module only converts each value to its field's declared type.
"""

from __future__ import annotations

import os
import tomllib
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from marsad.errors import SettingsError
from marsad.settings import Settings, parse_columns

ENV_PREFIX = "MARSAD_"
# Names a config file may also be given by (the command line's --config wins).
CONFIG_ENV = "MARSAD_CONFIG"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolved:
    """Settings and where each field's value came from (default, file, environment, option)."""

    settings: Settings
    origins: dict[str, str]


def field_types() -> dict[str, type]:
    """Each setting's value type, without ``None`` (``int | None`` gives ``int``)."""
    hints = get_type_hints(Settings)
    return {f.name: _base_type(hints[f.name]) for f in fields(Settings)}


def _base_type(hint: Any) -> type:
    if get_origin(hint) is tuple:
        return tuple  # the column map, written "title=headline,text=body" or as a TOML table
    if get_origin(hint) in (Union, types.UnionType):
        kinds = [kind for kind in get_args(hint) if kind is not type(None)]
        return _base_type(kinds[0])
    return hint if isinstance(hint, type) else str


def _optional(name: str) -> bool:
    hint = get_type_hints(Settings)[name]
    return get_origin(hint) in (Union, types.UnionType) and type(None) in get_args(hint)


def convert(name: str, value: object, *, where: str) -> object:
    """``value`` as setting ``name``'s type; text (environment, ``--set``) is parsed."""
    types_ = field_types()
    if name not in types_:
        known = ", ".join(sorted(types_))
        raise SettingsError(f"{where}: unknown setting {name!r} (known: {known})")
    kind = types_[name]
    if value is None and _optional(name):
        return None
    if kind is tuple:
        return _columns(name, value, where=where)
    if isinstance(value, str):
        return _parse(name, value.strip(), kind, where=where)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is Path and isinstance(value, str):
        return Path(value)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    raise SettingsError(f"{where}: {name} must be {_a(kind)}, got {value!r}")


def _columns(name: str, value: object, *, where: str) -> tuple[tuple[str, str], ...]:
    if isinstance(value, str):
        return parse_columns(value)
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return tuple((str(k), v) for k, v in value.items())
    if isinstance(value, tuple | list) and all(
        isinstance(pair, tuple | list) and len(pair) == 2 for pair in value
    ):
        return tuple((str(a), str(b)) for a, b in value)
    raise SettingsError(f"{where}: {name} must be a table of field = column, got {value!r}")


def _parse(name: str, text: str, kind: type, *, where: str) -> object:
    if text.lower() in {"", "none"} and _optional(name):
        return None
    try:
        if kind is bool:
            if text.lower() in _TRUE | _FALSE:
                return text.lower() in _TRUE
            raise ValueError(text)
        if kind is int:
            return int(text.replace("_", ""), 0)  # 0o600 for a file mode, 64_000_000 for bytes
        if kind is float:
            return float(text)
    except ValueError:
        raise SettingsError(f"{where}: {name} must be {_a(kind)}, got {text!r}") from None
    return Path(text) if kind is Path else text


def _a(kind: type) -> str:
    names = {bool: "true or false", int: "an integer", float: "a number", Path: "a path"}
    return names.get(kind, "text")


def read_config(path: Path) -> dict[str, object]:
    """The settings in a TOML file: top-level keys, or the keys of a ``[marsad]`` table (a
    ``[service]`` table is the server's, read by marsad.service.deploy)."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise SettingsError(f"cannot read config {path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML: {error}") from None
    # A [service] table holds the server's own options (marsad.service.deploy), not Settings.
    table = data.get("marsad", {key: value for key, value in data.items() if key != "service"})
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [marsad] must be a table")
    return {name: convert(name, value, where=str(path)) for name, value in table.items()}


def from_environment(environ: Mapping[str, str]) -> dict[str, object]:
    """Settings given as ``MARSAD_<FIELD>`` variables (other ``MARSAD_*`` names are ignored:
    ``MARSAD_DB`` and ``MARSAD_DEBUG`` belong to the command line)."""
    found: dict[str, object] = {}
    for name in field_types():
        variable = ENV_PREFIX + name.upper()
        if variable in environ:
            found[name] = convert(name, environ[variable], where=variable)
    return found


def parse_assignments(items: Iterable[str]) -> dict[str, object]:
    """``["summary_words=80", "story_threshold=0.2"]`` (``--set``) as typed values."""
    found: dict[str, object] = {}
    for item in items:
        name, equals, value = item.partition("=")
        if not equals:
            raise SettingsError(f"--set {item!r}: expected NAME=VALUE")
        name = name.strip().replace("-", "_")
        found[name] = convert(name, value, where=f"--set {name}")
    return found


def resolve(
    config: Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    assigned: Mapping[str, object] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Resolved:
    """Settings from defaults, ``config`` (or ``$MARSAD_CONFIG``), environment, ``assigned``
    (``--set``, where None unsets) and ``overrides`` (options; None means not given)."""
    environ = os.environ if environ is None else environ
    if config is None and environ.get(CONFIG_ENV):
        config = Path(environ[CONFIG_ENV])
    layers: list[tuple[str, Mapping[str, object]]] = [
        (str(config), read_config(config)) if config else ("", {}),
        ("environment", from_environment(environ)),
        ("--set", assigned or {}),
        ("option", {k: v for k, v in (overrides or {}).items() if v is not None}),
    ]
    values: dict[str, Any] = {}
    origins = dict.fromkeys(field_types(), "default")
    for origin, layer in layers:
        for name, value in layer.items():
            values[name] = convert(name, value, where=origin)
            origins[name] = origin
    return Resolved(settings=replace(Settings(), **values), origins=origins)


def load_settings(
    config: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    **overrides: object,
) -> Settings:
    """Settings from a TOML file and ``MARSAD_*`` variables; keyword overrides win."""
    path = Path(config) if config is not None else None
    return resolve(path, environ=environ, overrides=overrides).settings


def to_toml(resolved: Resolved) -> str:
    """The settings as a TOML file, each line commented with where its value came from."""
    lines = []
    for name in field_types():
        value = getattr(resolved.settings, name)
        origin = resolved.origins[name]
        if value is None:
            lines.append(f"# {name} =  (unset; {origin})")
        else:
            lines.append(f"{name} = {_toml_value(name, value)}  # {origin}")
    return "\n".join(lines) + "\n"


def _toml_value(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "{" + ", ".join(f'{k} = "{v}"' for k, v in value) + "}"
    if name == "store_file_mode" and isinstance(value, int):
        return oct(value)
    if isinstance(value, int | float):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
