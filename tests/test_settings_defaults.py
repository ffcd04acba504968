"""Every command's defaults come from Settings: batch sizes, the poll interval, the page size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from marsad.errors import SettingsError
from marsad.newsroom import Newsroom
from marsad.service.watcher import Watcher
from marsad.settings import Settings
from marsad.store import open_store


@pytest.mark.parametrize(
    "field", ["ingest_batch_size", "live_batch_size", "page_size", "poll_interval"]
)
def test_a_zero_default_is_refused(field: str) -> None:
    zero: dict[str, Any] = {field: 0}
    with pytest.raises(SettingsError, match=field):
        Settings(**zero)


def test_watch_polls_at_the_settings_interval(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        watcher = Watcher(
            store, feeds=[], folders=[str(tmp_path)], settings=Settings(poll_interval=5)
        )
        assert [source.interval for source in watcher.sources] == [5]
    finally:
        store.close()


def test_the_newsroom_writes_live_batches_of_the_settings_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from marsad.ingest import load_articles

    examples = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
    articles = list(load_articles([examples], settings=Settings()).articles)
    store = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    batches: list[int] = []
    try:
        newsroom = Newsroom(store, Settings(live_batch_size=2))
        newsroom.ingest(articles, advance=batches.append)
    finally:
        store.close()
    assert batches == [2, 2, 1]
