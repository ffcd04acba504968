"""Figures and dates, round 26 of issue 18: a range written with a dash, a code after digits
("3 دي"), the noun "عدد" heading what is counted, a demonstrative after the partitive "من",
"today" in words written lately. February 2018 ANT sentences
(article ids given), and the engineer's labelled February sample
(``tests/data/facts_quantities_feb_engineer``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities
from marsad.model import Document
from test_facts_round16 import (
    _figure_right,
    _located,
    dates_right,
    days,
    figures,
    sample_documents,
)
from test_facts_round16 import _rows as rows

SAMPLES = Path(__file__).parent / "data" / "facts_quantities_feb_engineer"


def spans(text: str) -> list[tuple[str, str, Any, str | None]]:
    """(text, value kind, value or bounds, unit) of the figures kept in one sentence."""
    found = []
    for m in quantities(text, month_words=MONTH_WORDS):
        if m.sure:
            value = (m.low, m.high) if m.value_kind == "range" else m.value
            found.append((m.text, m.value_kind, value, m.unit))
    return found


def test_a_range_written_with_a_dash_is_one_range() -> None:
    # SK-technology-40-2018022x: "between 6 and 20 seconds", not 6 (nothing) and 20 seconds.
    text = "وسيبقي يوتيوب على الفيديوهات الإعلانية التي تتراوح مدتها بين 6- 20 ثانية."
    assert spans(text) == [("6- 20 ثانية", "range", (6, 20), "ثانيه")]
    assert spans("وقتل ما بين 10-15 شخصا في الهجوم") == [("10-15 شخصا", "range", (10, 15), "شخص")]
    assert spans("وارتفعت الأسعار 15-20 بالمائة") == [
        ("15-20 بالمائة", "range", (15, 20), "percent")
    ]
    # A score, a season and days of a month are no range of counts.
    assert figures("وفاز الفريق 3-1 على ضيفه") == [(3, "other"), (1, "other")]
    assert figures("في موسم 2017-2018 الذي انتهى") == []
    assert figures("وسيقام الحفل في 15-16 تموز") == []
    assert [kind for _, kind, _, _ in spans("وخسر الفريق 1-3 أمام ضيفه")] == ["exact", "exact"]


def test_digits_before_a_latin_letter_are_a_code() -> None:
    # SK-technology-24-20180214: "3D", a feature; "4G", a network.
    assert figures('يتحول وجهه إلى "رمز تعبيري" بخاصية "3 دي"، وهو ما يلمح') == []
    assert figures("ويدعم الهاتف شبكات 4 جي في المنطقة") == []


def test_the_noun_after_adad_and_after_a_demonstrative_is_counted() -> None:
    # SK-middleEast-81-20180226; SK-technology-102-20180226.
    text = "ومع هذين الوزيرين يرتفع إلى 257 عدد المسؤولين السوريين الذين يخضعون لعقوبات"
    assert [unit for *_, unit in spans(text)] == ["مسوولين"]
    assert figures("وارتفع إلى 120 عدد القتلى في الغوطة") == [(120, "killed")]
    text = "الغريب في الأمر أن 3 من هذه المناطق توجد في اليابان"
    assert [unit for *_, unit in spans(text)] == ["مناطق"]


def test_a_scaled_decimal_is_exact_and_an_adverb_is_no_noun() -> None:
    # SK-technology (February 2018): 8.3 billion tonnes, not 8300000000.000001;
    # AL-sport-41-20180216: "1-1 أمام مضيفه" is a draw against the host, no count of "أمام".
    assert figures("من أصل 8.3 مليار طن من البلاستيك الذي تم إنتاجه") == [(8.3e9, "other")]
    text = "أهدر أهلي جدة نقطتين ثمينتين عقب تعادله الإيجابي 1-1 أمام مضيفه الفيحاء"
    assert [unit for *_, unit in spans(text)] == ["goal", "goal"]


def test_today_in_words_written_lately_is_no_known_day() -> None:
    # BB-middleEast-117-20180228: a post written on some earlier day; its "today" is unsure.
    text = 'ومؤخرا، نشرت ريحان صورة لأطفال في ملجأ، وكتبت: "اليوم هو أول يوم لي بالقبو.'
    assert days(text, date(2018, 2, 28)) == [(date(2018, 2, 28), "low")]
    text = 'وكتبت ريحان: "اليوم هو أول يوم لي بالقبو.'
    assert days(text, date(2018, 2, 28)) == [(date(2018, 2, 28), "resolved")]


# The labelled sample ------------------------------------------------------------------------

# Measured on the engineer's sample (docs/evaluation.md, issue 18, "Round 26 (quant)"):
# the first draw 83/92 at 3e9aa38 -> 88/92, the second 98/105 -> 101/105, dates 57/59 -> 58/59.
# A change that lowers one below its floor fails here.
FLOORS = {"quantities.jsonl": 0.95, "quantities_second.jsonl": 0.96, "dates": 0.98}


def _right(row: dict[str, Any], documents: dict[str, Document]) -> bool:
    """The row's figure read right: ``_figure_right``, and the unit shown is the labelled noun
    (``noun``) or at least not the wrong word it was (``wrong_unit``) where one is labelled."""
    at, sentence = _located(documents, row, row["size"])
    found = [
        m
        for m in quantities(sentence.text, month_words=MONTH_WORDS)
        if m.sure and m.start <= at < m.end
    ]
    if not _figure_right(row, found):
        return False
    if not found:
        return True  # no figure, as labelled
    unit = found[0].unit
    return row.get("noun", unit) == unit and ("wrong_unit" not in row or row["wrong_unit"] != unit)


@pytest.mark.slow
def test_the_labelled_february_sample(shared_data: Callable[[str], Path]) -> None:
    first, second = rows("quantities.jsonl", SAMPLES), rows("quantities_second.jsonl", SAMPLES)
    date_rows = rows("dates.jsonl", SAMPLES)
    documents = sample_documents(shared_data, first, second, date_rows)
    for name, figure_rows in (("quantities.jsonl", first), ("quantities_second.jsonl", second)):
        right = sum(_right(row, documents) for row in figure_rows)
        assert right / len(figure_rows) >= FLOORS[name], name
    assert dates_right(date_rows, documents) / len(date_rows) >= FLOORS["dates"]
