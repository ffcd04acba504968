"""Where a command's output goes: ``-`` is standard output; a regular file is replaced
atomically; a device, named pipe or socket (``/dev/null``, ``<(...)``) is written in place."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

STDOUT = "-"


def is_stdout(target: str | Path | None) -> bool:
    """True for no target or ``-``: the output goes to standard output."""
    return target is None or str(target) == STDOUT


def write_output(target: str | Path | None, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` one at a time to ``target`` (see the module docstring); OSError when
    the target cannot be written (a regular file keeps its old content then)."""
    with open_output(target) as stream:
        for chunk in chunks:
            stream.write(chunk)


@contextmanager
def open_output(target: str | Path | None) -> Iterator[BinaryIO]:
    """A binary stream for ``target``; a regular file appears whole only when the block ends."""
    if is_stdout(target):
        stream = sys.stdout.buffer
        yield stream
        stream.flush()
        return
    path = Path(os.path.realpath(str(target)))  # a symbolic link is written through, not replaced
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        # Renaming a file onto /dev/null (as root) would replace the device for every program
        # on the machine, and onto a named pipe would leave its reader waiting forever.
        with path.open("wb") as stream:
            yield stream
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as stream:
            yield stream
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
