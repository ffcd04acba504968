"""The service's own options (store, rate limit, CORS, logs) from the environment or a config
file, for the ASGI factory; `marsad serve` reads the same variables (``ENV``)."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from marsad.config import CONFIG_ENV, resolve
from marsad.errors import SettingsError
from marsad.service.logs import LOG_FORMATS
from marsad.service.ratelimit import RateLimit
from marsad.settings import Settings

# Each service option and its variable; `marsad serve` declares the same names as envvars.
ENV = {
    "db": "MARSAD_DB",
    "rate_limit": "MARSAD_RATE_LIMIT",
    "cors_origin": "MARSAD_CORS_ORIGINS",
    "log_format": "MARSAD_LOG_FORMAT",
    "access_log": "MARSAD_ACCESS_LOG",
    "write_queue": "MARSAD_WRITE_QUEUE",
}
DEFAULTS = {
    "db": "marsad.db",
    "rate_limit": "120/min",
    "cors_origin": "",
    "log_format": "text",
    "access_log": "true",
    "write_queue": "true",
}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceConfig:
    """What the app factory needs: the store, the app's limits and how to log."""

    db: str
    rate_limit: RateLimit | None
    cors_origins: tuple[str, ...]
    log_format: str
    access_log: bool
    write_queue: bool  # POST queues for a worker (`marsad work`) instead of ingesting itself
    settings: Settings


def read_service_config(environ: Mapping[str, str] | None = None) -> ServiceConfig:
    """Service options from ``MARSAD_*`` variables over a config file's ``[service]`` table
    (``$MARSAD_CONFIG``; its ``[marsad]`` table and ``MARSAD_<FIELD>`` give the Settings).
    SettingsError names the variable or key that cannot be read."""
    environ = os.environ if environ is None else environ
    config = Path(environ[CONFIG_ENV]) if environ.get(CONFIG_ENV) else None
    values = dict(DEFAULTS)
    where = dict.fromkeys(DEFAULTS, "default")
    if config is not None:
        for key, value in _service_table(config).items():
            values[key], where[key] = value, f"{config} [service] {key}"
    for key, variable in ENV.items():
        if variable in environ:
            values[key], where[key] = environ[variable], variable
    try:
        rate_limit = RateLimit.parse(values["rate_limit"])
    except SettingsError as error:
        raise SettingsError(f"{where['rate_limit']}: {error}") from None
    if values["log_format"] not in LOG_FORMATS:
        raise SettingsError(
            f"{where['log_format']}: give text or json, not {values['log_format']!r}"
        )
    access = _flag(values, where, "access_log")
    queue = _flag(values, where, "write_queue")
    if not values["db"].strip():
        raise SettingsError(f"{where['db']}: give the store (a SQLite file or a database URL)")
    return ServiceConfig(
        db=values["db"].strip(),
        rate_limit=rate_limit,
        cors_origins=tuple(values["cors_origin"].split()),  # as click splits a list envvar
        log_format=values["log_format"],
        access_log=access,
        write_queue=queue,
        settings=resolve(config, environ=environ).settings,
    )


def _flag(values: dict[str, str], where: dict[str, str], key: str) -> bool:
    """A true/false option; SettingsError naming where it came from otherwise."""
    value = values[key].strip().lower()
    if value not in _TRUE | _FALSE:
        raise SettingsError(f"{where[key]}: give true or false, not {value!r}")
    return value in _TRUE


def _service_table(path: Path) -> dict[str, str]:
    """The ``[service]`` table of a config file, each value as text (as in the environment)."""
    try:
        with path.open("rb") as file:
            table = tomllib.load(file).get("service", {})
    except OSError as error:
        raise SettingsError(f"cannot read config {path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML: {error}") from None
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [service] must be a table")
    found: dict[str, str] = {}
    for key, value in table.items():
        if key not in ENV:
            raise SettingsError(f"{path}: unknown [service] key {key!r} (known: {', '.join(ENV)})")
        if isinstance(value, bool):
            found[key] = "true" if value else "false"
        elif isinstance(value, list):
            found[key] = " ".join(str(item) for item in value)
        else:
            found[key] = str(value)
    return found
