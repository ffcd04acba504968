"""Shared pytest fixtures."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Public data sets live beside the repository (../shared/data), never inside it.
SHARED_DATA = REPO / ".." / "shared" / "data"


def shared_data_path(relative: str) -> Path:
    """The path of a file under ../shared/data; skip the test when absent, fail when CI=true."""
    path = SHARED_DATA / relative
    if path.exists():
        return path
    folder = Path(relative).parts[0]
    reason = f"needs ../shared/data/{folder} (not in a user's clone)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires it")
    pytest.skip(reason)


@pytest.fixture
def shared_data() -> Callable[[str], Path]:
    """``shared_data("ant_multisource/ant-2018.jsonl.gz")`` -> Path, or skip (fail on CI)."""
    return shared_data_path
