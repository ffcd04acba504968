"""A throwaway PostgreSQL server for the store tests: initdb and pg_ctl in a temporary folder."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Debian installs the server binaries here, one folder per major version.
PG_ROOT = Path("/usr/lib/postgresql")
SUPERUSER = "marsad"


def find_pg_bin() -> Path | None:
    """The newest Debian PostgreSQL bin folder that has initdb and pg_ctl, if any."""
    folders = [p for p in PG_ROOT.glob("*/bin") if p.parent.name.isdigit()]
    for folder in sorted(folders, key=lambda p: int(p.parent.name), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_user() -> list[str]:
    """initdb refuses root: run the server as the `postgres` user Debian's package creates."""
    if os.geteuid() != 0:
        return []
    pwd.getpwnam("postgres")  # KeyError when the package (and so its user) is missing
    return ["runuser", "-u", "postgres", "--"]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server on 127.0.0.1 in a temporary folder; yields its base URL; stops it after."""
    pg_bin = find_pg_bin()
    if pg_bin is None:
        raise FileNotFoundError("PostgreSQL server binaries not found under " + str(PG_ROOT))
    folder = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    data = folder / "data"
    prefix = _as_user()
    if prefix:
        shutil.chown(folder, user="postgres", group="postgres")
    run = {"check": True, "capture_output": True, "text": True, "timeout": 120}
    subprocess.run(
        [
            *prefix,
            str(pg_bin / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        **run,  # type: ignore[call-overload]
    )
    port = _free_port()
    options = f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off -c full_page_writes=off"
    try:
        subprocess.run(
            [
                *prefix,
                str(pg_bin / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ],
            **run,  # type: ignore[call-overload]
        )
        yield f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*prefix, str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            check=False,
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


def create_database(base_url: str, name: str) -> str:
    """A new empty database on the server; returns its URL."""
    import psycopg

    plain = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"
