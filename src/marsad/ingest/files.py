"""File-system helpers for ingest: check that a path is a regular file, read it with a cap."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from marsad.errors import InputError

MB = 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def describe_os_error(error: OSError) -> str:
    """A short, user-facing reason for an OSError (without the path, which the Problem has)."""
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if error.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    return (error.strerror or str(error) or type(error).__name__).lower()


def regular_file_size(path: Path) -> int:
    """The size of a regular file; InputError for sockets, pipes, devices and directories."""
    status = path.stat()  # follows symlinks; a broken one raises FileNotFoundError
    for check, kind in _KINDS:
        if check(status.st_mode):
            raise InputError(f"not a regular file ({kind})")
    return status.st_size


def size_message(size: int, limit: int, what: str) -> str:
    """A message such as 'file is 6.2 MB, above the 5.0 MB limit'."""
    return f"{what} is {_size(size)}, above the {_size(limit)} limit"


def _size(count: int) -> str:
    return f"{count / MB:.1f} MB" if count >= MB // 10 else f"{count:,} bytes"


def read_capped(path: Path, limit: int, *, what: str) -> bytes:
    """Read a whole file, refusing (InputError) one larger than ``limit`` bytes."""
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
        if len(data) > limit:
            size = max(os.fstat(stream.fileno()).st_size, len(data))
            raise InputError(size_message(size, limit, what))
    return data
