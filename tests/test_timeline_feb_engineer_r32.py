"""Round 32 (dates35): 120 timeline entries of February stories outside the blind gold and the
earlier samples, read by the engineer (tests/data/timeline_feb_engineer_r32), and the rules
they led to: a past relative clause keeps its yearless day in the past, a day told in a
relative clause after the sentence's own day is not its event's, an undated announcement is
not filed under the future day it announces, and reference points and contract months that
are no day of the sentence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from test_timeline_feb_engineer_r31 import entry_score

from marsad.facts._entry_day import off_timeline
from marsad.facts.dates import date_mentions, resolve

SAMPLE = Path(__file__).parent / "data" / "timeline_feb_engineer_r32" / "entries.jsonl"
ANT = "ant_multisource/ant-2018.jsonl.gz"


@pytest.mark.slow
def test_the_round_32_sample_of_february_timeline_entries(
    shared_data: Callable[[str], Path],
) -> None:
    """105 of 120 right before this round."""
    right, total, misses = entry_score(shared_data(ANT), SAMPLE)
    assert (right, total) == (105, 120), misses


FEBRUARY = date(2018, 2, 20)


def days(text: str, published: date = FEBRUARY) -> list[tuple[str, date | None]]:
    """(text, day) of each date expression of ``text``."""
    return [(m.text, resolve(m, published, "stated")[0]) for m in date_mentions(text)]


def filed(text: str, published: date = FEBRUARY) -> list[date | None]:
    """The days a timeline would file the sentence under, in order."""
    mentions = date_mentions(text)
    off = off_timeline(text, mentions)
    return [resolve(m, published, "stated")[0] for m in mentions if m.start not in off]


def test_written_days_two_digits_and_arabic_indic() -> None:
    assert days("ويعقد المؤتمر في 29 سبتمبر المقبل") == [("29 سبتمبر", date(2018, 9, 29))]
    assert days("ويعقد المؤتمر في ٢٩ سبتمبر المقبل") == [("٢٩ سبتمبر", date(2018, 9, 29))]
    assert days("ويعقد المؤتمر في 29 أيلول/سبتمبر المقبل")[0][1] == date(2018, 9, 29)
    assert days("ويعقد المؤتمر في ٢٩ أيلول / سبتمبر المقبل")[0][1] == date(2018, 9, 29)
    assert days("وقع الحادث في 29 سبتمبر الماضي") == [("29 سبتمبر", date(2017, 9, 29))]
    assert days("وقع الحادث في ٢٠ سبتمبر ٢٠١٧")[0][1] == date(2017, 9, 20)
