"""/healthz answers from the last counts (service/health.py): the store is counted once up
front, then again only in the background, at most once every ``every`` seconds."""

from __future__ import annotations

import threading
import time

import anyio
import pytest

from marsad.errors import StoreError
from marsad.service.health import LastCounts


def _counter(
    values: list[int], release: threading.Event | None = None, every: float = 0.05
) -> LastCounts:
    def counts() -> dict[str, int]:
        if release is not None and values:
            release.wait(30)
        values.append(len(values))
        return {"articles": values[-1]}

    return LastCounts(counts, every=every)


def test_the_first_call_counts_and_the_next_ones_answer_from_memory() -> None:
    calls: list[int] = []
    last = _counter(calls, every=3600)  # no refresh falls due, however slow the machine
    assert anyio.run(last) == {"articles": 0}
    for _ in range(20):
        assert anyio.run(last) == {"articles": 0}
    assert calls == [0]


def test_old_counts_are_refreshed_in_the_background_without_waiting() -> None:
    calls: list[int] = []
    release = threading.Event()
    last = _counter(calls, release)
    anyio.run(last)
    time.sleep(0.06)
    started = time.monotonic()
    assert anyio.run(last) == {"articles": 0}  # the refresh is held, the answer is not
    assert anyio.run(last) == {"articles": 0}  # one refresh at a time
    assert time.monotonic() - started < 5
    release.set()
    deadline = time.monotonic() + 30
    while anyio.run(last) != {"articles": 1}:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert calls == [0, 1]


def test_a_store_that_fails_first_raises_and_later_keeps_the_last_counts() -> None:
    failing = [True]

    def counts() -> dict[str, int]:
        if failing[0]:
            raise StoreError("down")
        return {"articles": 3}

    last = LastCounts(counts, every=0.0)
    with pytest.raises(StoreError):
        anyio.run(last)
    failing[0] = False
    assert anyio.run(last) == {"articles": 3}
    failing[0] = True
    assert anyio.run(last) == {"articles": 3}  # liveness; /readyz says the store is down
