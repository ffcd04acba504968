"""Expand input paths: files, folders (recursive, sorted) and glob patterns, each file once."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.ingest.files import describe_os_error
from marsad.ingest.manifest import MANIFEST_NAMES
from marsad.model import Problem

_GLOB_CHARS = frozenset("*?[")


def iter_paths(
    paths: Iterable[str | Path], *, manifest: Path | None = None
) -> Iterator[Path | Problem]:
    """Yield each input file once (by real path), or a Problem for a path that yields nothing.

    Folders are walked recursively in sorted order, skipping hidden files and folders and
    manifests; patterns (``*``, ``?``, ``[...]``, ``**``) are expanded with :mod:`glob`.
    """
    seen: set[str] = set()
    skip = _manifest_key(manifest)
    for given in paths:
        for item in _expand(given, skip):
            if isinstance(item, Problem):
                yield item
                continue
            key = os.path.realpath(item)
            if key not in seen:
                seen.add(key)
                yield item


def _expand(given: str | Path, skip: str | None) -> Iterator[Path | Problem]:
    path = Path(given)
    if os.path.lexists(path):
        # A path that exists is taken literally, even if its name contains glob characters.
        if path.is_dir():
            yield from _walk(path, skip)
        else:
            yield path
        return
    text = str(given)
    if not _GLOB_CHARS.intersection(text):
        yield Problem(path=text, message="no such file or directory")
        return
    # glob.glob, not Path.glob: the pattern may be absolute or start with "..", which Path.glob
    # does not accept.
    matches = sorted(glob.glob(text, recursive=True))  # noqa: PTH207
    if not matches:
        yield Problem(path=text, message="no files match this pattern")
    for match in matches:
        found = Path(match)
        if found.is_dir():
            yield from _walk(found, skip)
        elif not _skipped(found.name, os.path.realpath(found), skip):
            yield found


def _walk(root: Path, skip: str | None) -> Iterator[Path | Problem]:
    errors: list[OSError] = []
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            path = Path(folder, name)
            if not _skipped(name, os.path.realpath(path), skip):
                found.append(path)
    found.sort(key=lambda path: path.relative_to(root).parts)
    yield from found
    for error in errors:
        yield Problem(path=str(error.filename or root), message=describe_os_error(error))


def _skipped(name: str, real: str, skip: str | None) -> bool:
    return name.startswith(".") or name.lower() in MANIFEST_NAMES or real == skip


def _manifest_key(manifest: Path | None) -> str | None:
    return os.path.realpath(manifest) if manifest is not None else None
