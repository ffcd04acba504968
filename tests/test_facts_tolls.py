"""Issue 18, round 27 (tolls): who a toll counts. Militants, bodies found, the dead counted
with the missing and a force named after "من" are populations of their own; counts of two
sides (soldiers and militants) are different things, never one count told twice
(``facts/_event_scope.py``, ``facts/discrepancies.py``). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.facts._event_scope import DEAD_OR_MISSING, FORCES, apart, compared, population
from marsad.facts.quantities import quantities
from test_facts_disc_round16 import _discrepancies, _kinds


def _population(sentence: str, text: str) -> str:
    mention = next(m for m in quantities(sentence) if m.text == text)
    return population(mention, sentence)


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("أعلن الجيش مقتل 15 مسلحا في غارة", "15 مسلحا", "militants"),
        ("قتلت القوات 7 متشددين في الجبال", "7 متشددين", "militants"),
        ("وانتشلت فرق الإنقاذ 12 جثة من تحت الأنقاض", "12 جثة", "bodies"),
        ("خلفت الحرب 400 ألف قتيل ومفقود", "400 ألف قتيل", DEAD_OR_MISSING),
        ("قتل 7 من عناصر الجيش في الهجوم", "7 من عناصر", FORCES),
        ("وقتل اثنان من قوة حفظ السلام", "اثنان من قوة", FORCES),
        # the partitive names civilians; the army comes later, as who killed them
        ("مقتل 10 من المدنيين من قبل الجيش", "10 من المدنيين", "all"),
        # a missing count after "و" and a figure is another count, not this one's
        ("مقتل 10 أشخاص و5 مفقودين", "10 أشخاص", "all"),
    ],
)
def test_who_a_toll_counts(sentence: str, text: str, expected: str) -> None:
    assert _population(sentence, text) == expected


def test_populations_of_two_sides_are_apart() -> None:
    assert apart("soldiers", "militants")
    assert apart(FORCES, "militants")
    assert apart("security", "militants")
    assert not apart("security", "civilians")  # one attack's other victims: ``scope``
    assert not apart("soldiers", "security")  # one side: the state's forces
    assert not apart("civilians", "children")  # a part of the same people
    assert not apart("all", "militants")
    assert not apart("bodies", "all")


def test_populations_read_only_to_keep_counts_apart_are_compared_as_all() -> None:
    assert compared("militants") == compared(FORCES) == compared(DEAD_OR_MISSING) == "all"
    assert compared("soldiers") == "soldiers"
    assert compared("children") == "children"


def _story(first: str, second: str) -> dict[str, Any]:
    return {
        "documents": [
            {
                "article": "a-1",
                "outlet": "one",
                "published": "2018-02-20T10:00:00+00:00",
                "sentences": [first],
            },
            {
                "article": "b-1",
                "outlet": "two",
                "published": "2018-02-20T12:00:00+00:00",
                "sentences": [second],
            },
        ]
    }


def test_soldiers_and_militants_killed_are_not_compared() -> None:
    found = _discrepancies(
        _story(
            "أعلن الجيش مقتل 4 جنود في اشتباكات مع مسلحين في شمال البلاد.",
            "قال الجيش إن قواته قتلت 9 مسلحين في اشتباكات في شمال البلاد.",
        )
    )
    assert [d for d in found if d.kind != "internal"] == []


def test_a_part_after_among_a_floor_is_left_out() -> None:
    found = _discrepancies(
        _story(
            "قتل 77 مدنيا بينهم ما لا يقل عن 20 طفلا في القصف على البلدة.",
            "قتل 30 طفلا في القصف على البلدة.",
        )
    )
    assert _kinds(found, "killed", [20, 30]) == set()  # a part of 77, not a count of its own
    assert _kinds(found, "killed", [30, 77]) == {"scope"}


def test_bodies_found_are_a_part_of_the_toll() -> None:
    found = _discrepancies(
        _story(
            "وانتشلت فرق الإنقاذ 12 جثة من تحت أنقاض المبنى في المدينة.",
            "ارتفع عدد القتلى في المدينة إلى 30 قتيلا.",
        )
    )
    assert _kinds(found, "killed", [12, 30]) == set()


def test_the_dead_with_the_missing_are_not_compared_with_the_dead() -> None:
    found = _discrepancies(
        _story(
            "وأسفر الزلزال عن 40 قتيلا ومفقودا في المدينة.",
            "وأسفر الزلزال عن مقتل 25 شخصا في المدينة.",
        )
    )
    assert _kinds(found, "killed", [25, 40]) == set()
