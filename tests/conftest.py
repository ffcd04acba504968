"""Shared pytest fixtures."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# Public data sets live beside the repository (../shared/data), never inside it.
SHARED_DATA = REPO / ".." / "shared" / "data"


# Markers by test file (pyproject.toml lists them); `make test-fast` runs none of these.
FILE_MARKERS = {
    "test_browser.py": "browser",
    "test_engine.py": "dask",
    "test_reliability_crash.py": "crash",
    "test_store_crash.py": "crash",
    "test_reliability_concurrency.py": "slow",
    "test_bounds.py": "slow",
    "test_docs.py": "slow",
    "test_eval_stories.py": "slow",
    "test_eval_summaries.py": "slow",
    "test_eval_noise.py": "slow",
    # Each test starts marsad in a subprocess or waits on a deadline (seconds each).
    "test_cli_unix.py": "slow",
    "test_watch.py": "slow",
    "test_reliability_security.py": "slow",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by its file, and the PostgreSQL runs of backend tests as ``postgres``."""
    for item in items:
        marker = FILE_MARKERS.get(item.path.name)
        if marker:
            item.add_marker(getattr(pytest.mark, marker))
        callspec = getattr(item, "callspec", None)
        uses_postgres = "postgres_base_url" in getattr(item, "fixturenames", ())
        if uses_postgres or (callspec and "postgresql" in callspec.params.values()):
            item.add_marker(pytest.mark.postgres)
        if "shared_data" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)  # reads ../shared/data


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


# --- store backends (tests/test_store*.py, test_service*.py): SQLite file and real PostgreSQL ---
_pg_databases = iter(range(1_000_000))


@pytest.fixture(scope="session")
def postgres_base_url() -> Iterator[str]:
    """A PostgreSQL server started for this test session; skipped without it (fails on CI)."""
    from conftest_postgres import find_pg_bin, postgres_server

    if find_pg_bin() is None:
        reason = "PostgreSQL server not installed (bash scripts/install-system-deps.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true requires it")
        pytest.skip(reason)
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marsad.db'}"
    from conftest_postgres import create_database

    base: str = request.getfixturevalue("postgres_base_url")
    return create_database(base, f"test_{next(_pg_databases)}")


# --- headless Chromium (tests/test_browser.py, test_reliability_security.py) -----------------
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need_chromium() -> None:
    """Skip without Debian's chromium (fail when CI=true)."""
    if CHROMIUM.exists():
        return
    reason = "Debian's chromium is not installed (bash scripts/install-system-deps.sh)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires it")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's /usr/bin/chromium, headless, driven by Playwright (which downloads nothing)."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


# --- the bundled example ingested once per session; each test gets its own copy of the file ---
EXAMPLES = REPO / "examples" / "kazakhstan-2022"


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store holding the bundled example (built once; do not write to it)."""
    from marsad.ingest import load_articles
    from marsad.newsroom import ingest, open_store
    from marsad.settings import Settings

    path = tmp_path_factory.mktemp("examples") / "marsad.db"
    store = open_store(str(path))
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    store.close()
    return path


@pytest.fixture
def store(examples_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of ``examples_db``, opened as the service opens it (with the newsroom's
    search analysis; test_store.py has its own empty stores)."""
    from marsad.newsroom import open_store

    copy = tmp_path / "marsad.db"
    copy.write_bytes(examples_db.read_bytes())
    opened = open_store(str(copy))
    yield opened
    opened.close()
