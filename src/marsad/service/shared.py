"""Answers shared by the serving processes of one `marsad serve --workers N`: each answer a
process keeps in its response cache (cache.py) is also written to a directory all of them read,
so that a search made by one process is not made again by the others.

Under 50 clients the read tail was each search's first ask in each serving process (two
processes: every search made twice, each on a reader's request; docs/benchmarks.md, round 29).
A file holds one answer with the generation it was made at and when it last matched the store
(the cache's clock, ``time.monotonic``: one clock for the whole machine on Linux), so a process
that takes it serves it by exactly the rules of its own answers: never older than the
documented staleness. Files are replaced whole (``os.replace``), so a reader sees an old answer
or a new one, never half of one; the directory is the serving command's own and holds at most
``FILES`` answers of at most ``FILE_BYTES`` each.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_log = logging.getLogger(__name__)
# The variable `marsad serve --workers N` names the directory in for its serving processes.
SHARED_ENV = "MARSAD_SHARED_ANSWERS"
FILES = 4096
FILE_BYTES = 256 << 10
# Written files between two prunings of the directory (a listing of it costs ~1 ms).
_PRUNE_EVERY = 256
_LENGTH = struct.Struct("!I")
_WRITING = ".w"  # a file being written (renamed into place when whole)


@dataclass(frozen=True, slots=True)
class SharedAnswer:
    """One answer as written by a serving process (the fields of the cache's entry)."""

    generation: int
    fresh_at: float
    headers: list[tuple[bytes, bytes]]
    body: bytes
    route: str | None  # the route's path, for the metrics
    stamp: tuple[str, str] | None
    listing: bool


@dataclass(frozen=True, slots=True)
class RoutePath:
    """What the metrics read of a route (its path) for an answer another process made."""

    path: str


class SharedAnswers:
    """A directory of answers keyed by the request's cache key."""

    def __init__(self, directory: Path, *, files: int = FILES, file_bytes: int = FILE_BYTES):
        self.directory = directory
        self.files = files
        self.file_bytes = file_bytes
        self._written = 0

    def get(self, key: tuple[Any, ...]) -> SharedAnswer | None:
        """The answer written for ``key``, or None (none, or unreadable: made on request)."""
        try:
            data = (self.directory / _name(key)).read_bytes()
            size = _LENGTH.unpack_from(data)[0]
            meta = json.loads(data[_LENGTH.size : _LENGTH.size + size])
            if meta["key"] != _key_text(key):  # a hash collision: not ours
                return None
            return SharedAnswer(
                generation=int(meta["generation"]),
                fresh_at=float(meta["fresh_at"]),
                headers=[(n.encode("latin-1"), v.encode("latin-1")) for n, v in meta["headers"]],
                body=data[_LENGTH.size + size :],
                route=meta["route"],
                stamp=(str(meta["stamp"][0]), str(meta["stamp"][1])) if meta["stamp"] else None,
                listing=bool(meta["listing"]),
            )
        except (OSError, ValueError, KeyError, TypeError, struct.error):
            return None

    def put(self, key: tuple[Any, ...], answer: SharedAnswer) -> None:
        """Write ``answer`` for ``key`` unless it is larger than a file may be; a failure to
        write is logged and leaves the other processes to make it themselves."""
        if len(answer.body) > self.file_bytes:
            return
        meta = {
            "key": _key_text(key),
            "generation": answer.generation,
            "fresh_at": answer.fresh_at,
            "headers": [(n.decode("latin-1"), v.decode("latin-1")) for n, v in answer.headers],
            "route": answer.route,
            "stamp": list(answer.stamp) if answer.stamp else None,
            "listing": answer.listing,
        }
        head = json.dumps(meta, ensure_ascii=True).encode("ascii")
        temporary: Path | None = None
        try:
            handle, name = tempfile.mkstemp(dir=self.directory, prefix=_WRITING)
            temporary = Path(name)
            with os.fdopen(handle, "wb") as file:
                file.write(_LENGTH.pack(len(head)) + head + answer.body)
            temporary.replace(self.directory / _name(key))
        except OSError as error:
            _log.warning("cannot share an answer in %s: %s", self.directory, error)
            if temporary is not None:
                temporary.unlink(missing_ok=True)
            return
        self._written += 1
        if self._written % _PRUNE_EVERY == 0:
            self.prune()

    def prune(self) -> None:
        """Remove the oldest answers past ``files`` (by modification time)."""
        try:
            found = [
                entry
                for entry in os.scandir(self.directory)
                if entry.is_file() and not entry.name.startswith(_WRITING)
            ]
            if len(found) <= self.files:
                return
            found.sort(key=lambda entry: entry.stat().st_mtime)
            for entry in found[: len(found) - self.files]:
                Path(entry.path).unlink(missing_ok=True)
        except OSError:  # another process pruned the same file: nothing to do
            return


def answers_directory() -> Path:
    """A new private directory for the answers of one server: in memory (``/dev/shm``) where
    there is one (a write there costs ~0.14 ms, 0.67 ms on this machine's disk), else in the
    temporary directory."""
    memory = Path("/dev/shm")
    return Path(tempfile.mkdtemp(prefix="marsad-answers-", dir=memory if memory.is_dir() else None))


def shared_answers(environ: dict[str, str] | os._Environ[str]) -> SharedAnswers | None:
    """The shared answers named by ``SHARED_ENV`` (a directory that exists), or None."""
    where = environ.get(SHARED_ENV, "")
    if not where or not Path(where).is_dir():
        return None
    return SharedAnswers(Path(where))


def _key_text(key: tuple[Any, ...]) -> str:
    path, query, gzip, origin = key
    return json.dumps([path, bytes(query).decode("latin-1"), bool(gzip), origin])


def _name(key: tuple[Any, ...]) -> str:
    return hashlib.sha256(_key_text(key).encode("utf-8")).hexdigest()[:32]
