"""Expand input paths: files, folders (recursive, sorted) and glob patterns, each file once."""

from __future__ import annotations

import glob
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.ingest.files import describe_os_error
from marsad.ingest.manifest import MANIFEST_NAMES
from marsad.model import Problem

_GLOB_CHARS = frozenset("*?[")


def iter_paths(
    paths: Iterable[str | Path], *, manifest: Path | None = None, follow_symlinks: bool = False
) -> Iterator[Path | Problem]:
    """Yield each input file once (by real path), or a Problem for a path that yields nothing.

    Folders are walked recursively in sorted order, skipping hidden files and folders and
    manifests; patterns (``*``, ``?``, ``[...]``, ``**``) are expanded with :mod:`glob`. A
    symbolic link found in a folder or by a pattern (as a file or as a folder on the way to
    one) is a Problem when it leads outside that folder (the pattern's fixed part), unless
    ``follow_symlinks``; a path named itself is read.
    """
    seen: set[str] = set()
    walk = _Walk(skip=_manifest_key(manifest), follow=follow_symlinks)
    for given in paths:
        for item in _expand(given, walk):
            if isinstance(item, Problem):
                yield item
                continue
            key = os.path.realpath(item)
            if key not in seen:
                seen.add(key)
                yield item


@dataclass(frozen=True, slots=True)
class _Walk:
    """How folders are walked: the manifest to skip, and whether links may lead outside."""

    skip: str | None
    follow: bool


def _expand(given: str | Path, walk: _Walk) -> Iterator[Path | Problem]:
    path = Path(given)
    if os.path.lexists(path):
        # A path that exists is taken literally, even if its name contains glob characters.
        if path.is_dir():
            yield from _walk(path, walk)
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
    fixed = _fixed_part(text)
    base = os.path.realpath(fixed)
    refused: set[Path] = set()
    for match in matches:
        found = Path(match)
        # Any part of a match may be a link (``in/link/s.jsonl`` with ``in/link -> /secret``),
        # not only its last one: check where the whole path leads.
        if not walk.follow and not _inside(found, base):
            link = _first_link_out(found, len(Path(fixed).parts), base)
            if link not in refused:  # the link once, not every file of the folder behind it
                refused.add(link)
                yield Problem(path=str(link), message=OUTSIDE_DIR if link.is_dir() else OUTSIDE)
        elif found.is_dir():
            yield from _walk(found, walk)
        elif not _skipped(found.name, os.path.realpath(found), walk.skip):
            yield found


OUTSIDE = "symbolic link to a file outside the input folder; not followed (--follow-symlinks)"
OUTSIDE_DIR = "symbolic link to a folder outside the input folder; not followed (--follow-symlinks)"


def _walk(root: Path, walk: _Walk) -> Iterator[Path | Problem]:
    errors: list[OSError] = []
    found: list[Path] = []
    refused: list[Path] = []
    base = os.path.realpath(root)
    visited = {base}
    walked = os.walk(root, onerror=errors.append, followlinks=walk.follow)
    for folder, dirnames, filenames in walked:
        dirnames[:] = _subfolders(folder, dirnames, visited, follow=walk.follow)
        for name in filenames:
            path = Path(folder, name)
            real = os.path.realpath(path)
            if _skipped(name, real, walk.skip):
                continue
            if walk.follow or not path.is_symlink() or _inside(path, base):
                found.append(path)
            else:
                refused.append(path)
    found.sort(key=lambda path: path.relative_to(root).parts)
    yield from found
    for path in sorted(refused):
        yield Problem(path=str(path), message=OUTSIDE)
    for error in errors:
        yield Problem(path=str(error.filename or root), message=describe_os_error(error))


def _subfolders(folder: str, names: list[str], visited: set[str], *, follow: bool) -> list[str]:
    """The folders to walk into, sorted: not hidden, and when following links not seen before.

    Without ``follow``, os.walk lists links to folders but never enters them; they are dropped
    here so that a link sorted before its target (``zalias -> real``) does not mark the real
    folder as visited.
    """
    kept = []
    for name in sorted(names):
        if name.startswith("."):
            continue
        path = Path(folder, name)
        if not follow:
            if not path.is_symlink():
                kept.append(name)
            continue
        # Followed links may loop back to a folder already walked.
        real = os.path.realpath(path)
        if real not in visited:
            visited.add(real)
            kept.append(name)
    return kept


def _first_link_out(path: Path, skip: int, base: str) -> Path:
    """The first link after ``skip`` parts of ``path`` that leads outside ``base`` (or ``path``)."""
    for part in (*reversed(path.parents), path):
        if len(part.parts) > skip and part.is_symlink() and not _inside(part, base):
            return part
    return path


def _inside(path: Path, base: str) -> bool:
    """Whether a path, its links resolved, is ``base`` or below it."""
    real = os.path.realpath(path)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def _fixed_part(pattern: str) -> str:
    """The folder a glob pattern starts from: its leading parts without glob characters."""
    parts = Path(pattern).parts
    fixed = list(itertools.takewhile(lambda part: not _GLOB_CHARS.intersection(part), parts))
    if len(fixed) == len(parts):
        fixed = fixed[:-1]
    return str(Path(*fixed)) if fixed else "."


def _skipped(name: str, real: str, skip: str | None) -> bool:
    return name.startswith(".") or name.lower() in MANIFEST_NAMES or real == skip


def _manifest_key(manifest: Path | None) -> str | None:
    return os.path.realpath(manifest) if manifest is not None else None
