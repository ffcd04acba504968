"""Round 21 (issue 18): a city named as a landmark ("قرب دمشق", "في ريف دمشق") is not the
count's place, and a rise word does not make a count an earlier word on a lower count
another outlet reported after it."""

from __future__ import annotations

from datetime import UTC, datetime

from figurekit import figure_claim
from marsad.facts._landmarks import own_places
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies

GHOUTA, DAMASCUS = "الغوطة الشرقية", "دمشق"
BOTH = frozenset({GHOUTA, DAMASCUS})


def test_a_city_named_after_near_or_countryside_is_a_landmark() -> None:
    assert own_places(BOTH, "قصف على الغوطة الشرقية قرب دمشق أوقع 14 قتيلا") == {GHOUTA}
    assert own_places(BOTH, "أوقع 250 قتيلا في الغوطة الشرقية، في ريف دمشق") == {GHOUTA}
    assert own_places(BOTH, "في الغوطة الشرقية بالقرب من العاصمة دمشق") == {GHOUTA}
    # Named as a place of its own, or alone: kept.
    assert own_places(BOTH, "قتل 5 في دمشق و10 في الغوطة الشرقية") == BOTH
    assert own_places(frozenset({DAMASCUS}), "هجوم قرب دمشق") == {DAMASCUS}


CNN = (
    "سقط 45 قتيلا في الغوطة، الأربعاء، ليرتفع عدد القتلى إلى 305 أشخاص على الأقل خلال 3 أيام"
    " من القصف، وفقا لمركز دمشق الإعلامي."
)
SKY = (
    "ونفى الكرملين ضلوع روسيا في القصف على الغوطة الشرقية الذي أوقع 250 قتيلا منذ الأحد، في"
    " آخر معاقل المعارضة المسلحة في ريف دمشق."
)


def _claim(
    sentence: str, value: float, outlet: str, at: datetime, places: frozenset[str]
) -> FigureClaim:
    return figure_claim(
        sentence, value, outlet, published=at.date(), at=at, lead=True, places=places,
        localities=places,
    )  # fmt: skip


def test_a_lower_count_reported_after_a_rise_conflicts_with_it() -> None:
    cnn = _claim(CNN, 305, "CNN", datetime(2018, 2, 21, 14, 6, tzinfo=UTC), frozenset({GHOUTA}))
    sky = _claim(SKY, 250, "skynews", datetime(2018, 2, 22, 10, 24, tzinfo=UTC), BOTH)
    found = figure_discrepancies([cnn, sky], language="ar")
    assert [(d.kind, d.claims[0].value, d.claims[1].value) for d in found] == [
        ("conflict", 305, 250)
    ]


def test_a_rise_reported_after_the_lower_count_is_still_an_update() -> None:
    sky = _claim(SKY, 250, "skynews", datetime(2018, 2, 21, 10, 24, tzinfo=UTC), BOTH)
    cnn = _claim(CNN, 305, "CNN", datetime(2018, 2, 21, 14, 6, tzinfo=UTC), frozenset({GHOUTA}))
    found = figure_discrepancies([cnn, sky], language="ar")
    assert [d.kind for d in found] == ["update"]
