"""Word lists and word tests: hand-written lists in matching form, and a remembered test of
single words."""

from __future__ import annotations

from collections.abc import Callable

from marsad.caches import register_clearer
from marsad.lang.arabic import normalize


def word_set(text: str) -> frozenset[str]:
    """The matching forms of the space-separated words of a hand-written list."""
    return frozenset(normalize(word) for word in text.split())


class WordTest:
    """A test of single words remembered as two sets, so that the distinct words of a sentence
    are sorted with set operations instead of a function call per word (the test runs once per
    word; the sets start again past ``limit`` words, as an lru_cache would drop old ones).

    Each test enters the cache inventory under its function's name (``marsad.clear_caches``)."""

    def __init__(self, test: Callable[[str], bool], limit: int = 300_000) -> None:
        self._test = test
        self._limit = limit
        self._passed: set[str] = set()
        self._failed: set[str] = set()
        register_clearer(f"{test.__module__}.{test.__qualname__}:WordTest", self.clear)

    def among(self, words: frozenset[str]) -> set[str]:
        """The words that pass."""
        passed, failed = self._passed, self._failed  # the same sets throughout, across threads
        if len(passed) + len(failed) > self._limit:
            passed, failed = self._passed, self._failed = set(), set()
        for word in words.difference(passed, failed):
            (passed if self._test(word) else failed).add(word)
        return passed.intersection(words)

    def clear(self) -> None:
        """Forget every answer (the test is asked again)."""
        self._passed, self._failed = set(), set()
