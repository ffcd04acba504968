"""`marsad serve` with several serving processes: uvicorn starts each with the ASGI factory
(app.from_environment), which reads the command's options from ``MARSAD_*`` variables."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from marsad.config import CONFIG_ENV, ENV_PREFIX
from marsad.errors import SettingsError
from marsad.service.deploy import ENV

FACTORY = "marsad.service.app:from_environment"


def factory_environment(
    options: Mapping[str, str],
    *,
    config: Path | None,
    assignments: Sequence[str],
    base: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """``base`` (the environment) with the serve options (keys of deploy.ENV), the config
    file and each ``--set NAME=VALUE`` as the variables the factory reads."""
    environ = dict(os.environ if base is None else base)
    for key, value in options.items():
        environ[ENV[key]] = value
    if config is not None:
        environ[CONFIG_ENV] = str(config)
    for item in assignments:
        name, equals, value = item.partition("=")
        if not equals:
            raise SettingsError(f"--set {item!r}: expected NAME=VALUE")
        environ[ENV_PREFIX + name.strip().replace("-", "_").upper()] = value
    return environ


def serve_processes(host: str, port: int, workers: int, environ: Mapping[str, str]) -> None:
    """Run ``workers`` serving processes on ``host:port`` (uvicorn's supervisor restarts one
    that dies); returns when they are stopped."""
    import uvicorn

    os.environ.update(environ)  # the processes are spawned with this environment
    uvicorn.run(
        FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=None,
        access_log=False,
    )
