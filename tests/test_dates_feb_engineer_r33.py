"""Round 33 (dates36): written days and months in every form, a coming weekday after "ثم", a
programme's name ending in "اليوم", the wrong dates by kind and shape
(``eval.date_shapes``), and the engineer sample of February relative dates
(tests/data/dates_feb_engineer_r33)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from marsad.eval.date_shapes import DateError, error_shape, expression_kind, shape_table
from marsad.facts.dates import date_mentions, resolve

SAMPLE = Path(__file__).parent / "data" / "dates_feb_engineer_r33" / "relative.jsonl"
WEDNESDAY = date(2018, 2, 21)


def days(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(m.day, m.month, m.year) for m in date_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "وقع في 29 سبتمبر",
        "وقع في ٢٩ سبتمبر",
        "وقع في 29 أيلول/سبتمبر",
        "وقع في 29 أيلول (سبتمبر)",
        "وقع في أيلول (سبتمبر) 29",
        "وقع في 29سبتمبر",
        "وقع في 29 من شهر أيلول",
        "وقع في الـ29 من سبتمبر",
        "وقع في التاسع والعشرين من سبتمبر",
        "وقع في التاسع و العشرين من سبتمبر",
        "وقع في 29 أيلول سبتمبر",
        "وقع في 29 أيلول-سبتمبر",
    ],
)
def test_every_written_form_of_the_29th_is_the_29th(text: str) -> None:
    assert days(text) == [(29, 9, None)]


def test_a_spaced_ordinal_is_not_read_as_its_tens() -> None:
    # "التاسع و العشرين": the "و" typed apart was read as "العشرين" (the 20th).
    assert days("وقع في الحادي و الثلاثين من يناير") == [(31, 1, None)]


def test_a_year_after_two_unmarked_month_names_is_read() -> None:
    assert days("في 29 ايلول سبتمبر 2017") == [(29, 9, 2017)]
    assert days("في ٢٩ أيلول/ سبتمبر ٢٠١٧") == [(29, 9, 2017)]


def test_a_range_keeps_its_last_day_as_a_mention_of_its_own() -> None:
    for text in ("بين 20 و29 سبتمبر", "من 20 إلى 29 سبتمبر", "يومي ٢٠ و٢٩ سبتمبر"):
        assert days(text) == [(20, 9, None), (29, 9, None)]


def test_a_coming_weekday_after_then_follows_the_one_before() -> None:
    text = "وسيتواجهان مساء الأحد في الدوري، ثم مساء الأربعاء في الكأس"
    found = [resolve(m, WEDNESDAY, "resolved")[0] for m in date_mentions(text)]
    assert found == [date(2018, 2, 25), date(2018, 2, 28)]
    # Without "ثم" the coming Wednesday told on a Wednesday stays as it was.
    text = "وسيتواجهان مساء الأحد في الدوري ومساء الأربعاء في الكأس"
    assert resolve(date_mentions(text)[-1], WEDNESDAY, "resolved")[0] != date(2018, 2, 28)


def test_a_programme_name_is_no_date_but_a_programme_today_is() -> None:
    assert date_mentions("في هذا العدد من برنامج حدث اليوم شهادة لاجئ") == []
    assert len(date_mentions("وقال في برنامج تلفزيوني اليوم إن الحل قريب")) == 1


def test_expression_kinds() -> None:
    assert expression_kind("يوم السبت الماضي", "date") == "weekday + الماضي/المقبل"
    assert expression_kind("مساء الأحد", "date") == "weekday"
    assert expression_kind("الاثنين", "not_date") == "dual الاثنين"
    assert expression_kind("وغدا", "date") == "غدا"
    assert expression_kind("الليلة الماضية", "date") == "اليوم/الليلة"
    assert expression_kind("أول أمس", "date") == "أمس"
    assert expression_kind("29 سبتمبر", "date") == "written date"


def test_error_shapes() -> None:
    assert error_shape(["2018-02-21"], "2018-02-21", WEDNESDAY) is None
    assert error_shape([], "2018-02-21", WEDNESDAY) == "left unresolved"
    assert error_shape(["2018-02-21"], None, WEDNESDAY) == "not a date read as one"
    assert error_shape(["2018-02-14"], "2018-02-21", WEDNESDAY) == "a week off"
    assert error_shape(["2018-02-20"], "2018-02-21", WEDNESDAY) == "a day off"
    assert error_shape(["2018-02-24"], "2018-02-18", WEDNESDAY) == "past read as future"
    assert error_shape(["2018-02-18"], "2018-02-24", WEDNESDAY) == "future read as past"
    rows = shape_table([DateError("غدا", "a day off"), DateError("غدا", "a day off")])
    assert rows[0][0] == "غدا" and rows[0][1]["a day off"] == 2


@pytest.mark.slow
def test_the_round_33_sample_of_february_relative_dates(
    shared_data: Callable[[str], Path],
) -> None:
    """97 of 100 right before this round, 99 after (left: "اليوم الذي" naming a day stated
    before it in the sentence, given no day)."""
    from marsad.eval.facts_blind import _documents
    from marsad.facts import extract_story_facts

    shared_data("ant_multisource/ant-2018.jsonl.gz")
    items = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    documents = _documents({item["article"] for item in items}, None)
    facts = {a: extract_story_facts([doc]).facts for a, doc in documents.items()}
    right, misses = 0, []
    for item in items:
        found = {
            fact.value
            for fact in facts[item["article"]]
            if fact.kind == "date" and fact.value is not None
            for ref in fact.refs
            if ref.start < item["end"] and item["start"] < ref.end
        }
        expected = {item["day"]} if item["kind"] == "date" else set()
        right += found == expected
        if found != expected:
            misses.append(item["id"])
    assert (right, len(items)) == (99, 100), misses
