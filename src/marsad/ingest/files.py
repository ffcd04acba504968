"""File-system helpers for ingest: check that a path is a regular file, read it with a cap."""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from pathlib import Path
from typing import BinaryIO

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
    _check_regular(status.st_mode)
    return status.st_size


def _check_regular(mode: int) -> None:
    for check, kind in _KINDS:
        if check(mode):
            raise InputError(f"not a regular file ({kind})")
    if not stat.S_ISREG(mode):
        raise InputError("not a regular file")


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading; InputError for a pipe, device, socket or directory.

    The check is made on the opened file, so a pipe swapped in after a listing cannot make the
    reader wait forever (opening does not block) or read an endless device.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        _check_regular(os.fstat(descriptor).st_mode)
        flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
        fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def size_message(size: int, limit: int, what: str) -> str:
    """A message such as 'file is 6.2 MB, above the 5.0 MB limit'."""
    return f"{what} is {_size(size)}, above the {_size(limit)} limit"


def _size(count: int) -> str:
    return f"{count / MB:.1f} MB" if count >= MB // 10 else f"{count:,} bytes"


def read_capped(path: Path, limit: int, *, what: str) -> bytes:
    """Read a whole file, refusing (InputError) one larger than ``limit`` bytes."""
    with open_regular(path) as stream:
        data = stream.read(limit + 1)
        if len(data) > limit:
            size = max(os.fstat(stream.fileno()).st_size, len(data))
            raise InputError(size_message(size, limit, what))
    return data
