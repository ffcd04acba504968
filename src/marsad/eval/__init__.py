"""Evaluation on real data sets: loaders, metrics and the `marsad eval` commands' logic."""

from __future__ import annotations

import os
from pathlib import Path

from marsad.errors import MarsadError

DATA_ENV = "MARSAD_DATA"


class DatasetNotFoundError(MarsadError):
    """An evaluation data set is not where it was looked for."""


def data_dir(explicit: Path | None = None) -> Path:
    """The folder holding evaluation data sets: ``explicit``, else $MARSAD_DATA, else
    ``../shared/data`` next to the current folder or to the source checkout."""
    if explicit is not None:
        if not explicit.is_dir():
            raise DatasetNotFoundError(f"--data-dir {explicit} is not a folder")
        return explicit.resolve()
    candidates: list[Path] = []
    if os.environ.get(DATA_ENV):
        candidates.append(Path(os.environ[DATA_ENV]))
    candidates += [
        Path.cwd() / ".." / "shared" / "data",
        Path(__file__).resolve().parents[3] / ".." / "shared" / "data",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    raise DatasetNotFoundError(
        "no evaluation data folder: pass --data-dir or set MARSAD_DATA "
        f"(looked in {', '.join(map(str, candidates))})"
    )


def dataset_path(name: str, explicit: Path | None = None) -> Path:
    """The folder of one data set (e.g. "easc", "ant_multisource"); clear error when absent."""
    path = data_dir(explicit) / name
    if not path.exists():
        raise DatasetNotFoundError(f"data set {name!r} not found at {path}")
    return path
