"""One inventory of the process-wide caches (lexicons, stems, parsed figures, models), so that a
long-running server or a notebook can empty them: ``marsad.clear_caches()``."""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")
_CACHES: dict[str, _lru_cache_wrapper[Any]] = {}
_CLEARERS: dict[str, Callable[[], None]] = {}


def cached(maxsize: int | None = None) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """``functools.lru_cache(maxsize)`` that also enters the inventory (None: unbounded)."""

    def decorate(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        wrapped = lru_cache(maxsize=maxsize)(function)
        _CACHES[f"{function.__module__}.{function.__qualname__}"] = wrapped
        return wrapped

    return decorate


def register_clearer(name: str, clear: Callable[[], None]) -> None:
    """Enter a cache that is not a function (a module-level dict) by its ``clear`` method."""
    _CLEARERS[name] = clear


def cache_sizes() -> dict[str, int]:
    """Entries held by each cached function, by its dotted name."""
    return {name: wrapped.cache_info().currsize for name, wrapped in sorted(_CACHES.items())}


def clear_caches() -> int:
    """Empty every cache in the inventory; returns how many entries were dropped (functions)."""
    dropped = sum(wrapped.cache_info().currsize for wrapped in _CACHES.values())
    for wrapped in _CACHES.values():
        wrapped.cache_clear()
    for clear in _CLEARERS.values():
        clear()
    return dropped
