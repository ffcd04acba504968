"""``--since`` values: a duration back from now (``6h``, ``30m``, ``2d``) or an ISO 8601 time."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str, *, now: datetime | None = None) -> datetime:
    """The moment a ``since`` value names; raises ValueError with a readable message."""
    if _DURATION.match(value):
        try:
            return (now or datetime.now(UTC)) - parse_duration(value)
        except OverflowError:  # further back than the year 1 (99999999999w)
            raise ValueError(
                f"since={value!r} reaches back before the year 1: give a shorter duration"
            ) from None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"cannot read since={value!r}: give a duration such as 6h, 30m, 2d "
            "or a time such as 2022-01-13T08:00:00+00:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_duration(value: str) -> timedelta:
    """A duration such as ``6h``, ``30m``, ``2d`` or ``1w``; ValueError or OverflowError."""
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a duration such as 30m, 6h, 2d or 1w")
    amount, unit = float(match.group(1)), match.group(2).lower()
    return timedelta(**{_UNITS[unit]: amount})
