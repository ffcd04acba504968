"""Who gives a figure inside the text (``facts._counted.in_text_source``)."""

from __future__ import annotations

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities


def test_each_figure_takes_the_source_named_after_it() -> None:
    text = "وتظاهر 200 ألف شخص بحسب المنظمين و50 ألفا بحسب الشرطة"
    found = quantities(text, month_words=MONTH_WORDS)
    assert [(m.value, m.source) for m in found] == [(200000, "المنظمين"), (50000, "الشرطة")]


def test_a_source_named_before_the_figure_still_counts() -> None:
    (found,) = quantities("وقالت الشرطة إن 20 ألف متظاهر شاركوا", month_words=MONTH_WORDS)
    assert found.source == "الشرطة"
