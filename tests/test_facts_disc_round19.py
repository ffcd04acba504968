"""Round 19 (issue 18): the seriously wounded are a population of their own, compared across
outlets even when told as a part ("اثنين منهم بالغة") or a term ("ثلاثة ... ورابعا")."""

from __future__ import annotations

from datetime import date
from functools import partial

from figurekit import figure_claim
from marsad.facts._event_scope import SERIOUSLY_INJURED, population, seriously_injured
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.facts.quantities import quantities

FEB_17 = date(2018, 2, 17)
PART = 'وفي وقت سابق السبت، جرح أربعة جنود إسرائيليين إصابة اثنين منهم "بالغة" بتفجير عبوة.'
TERM = "لكن مراسل العربية أفاد بأن ثلاثة جنود أصيبوا بجروح خطيرة ورابعاً بجروح طفيفة."
ALL = "وأصيب أربعة جنود إسرائيليين بتفجير عبوة ناسفة قرب السياج."


claim = partial(figure_claim, published=FEB_17, lead=True)


def test_a_severity_adjective_after_a_count_of_the_wounded_names_the_seriously_wounded() -> None:
    for sentence, value in ((PART, 2), (TERM, 3), ("أصيب 5 أشخاص بينهم 2 في حالة حرجة.", 2)):
        mention = claim(sentence, value, "a").mention
        assert seriously_injured(mention, sentence), sentence
        assert population(mention, sentence) == SERIOUSLY_INJURED
    assert not seriously_injured(claim(ALL, 4, "a").mention, ALL)
    assert not seriously_injured(claim(PART, 4, "a").mention, PART)  # the whole, not the part
    dead = "قتل 3 جنود بعد معركة خطيرة."  # a count of the dead: no severity population
    assert not seriously_injured(claim(dead, 3, "a").mention, dead)


def test_two_outlets_counts_of_the_seriously_wounded_conflict() -> None:
    found = figure_discrepancies(
        [claim(PART, 2, "france24"), claim(TERM, 3, "alarabia")], language="ar"
    )
    assert [(d.kind, sorted(c.value for c in d.claims)) for d in found] == [("conflict", [2, 3])]


def test_a_later_higher_count_of_the_seriously_wounded_is_no_update() -> None:
    later = "وقال مراسل العربية لاحقا إن ثلاثة جنود أصيبوا بجروح خطيرة."
    found = figure_discrepancies(
        [claim(PART, 2, "france24"), claim(later, 3, "alarabia")], language="ar"
    )
    assert [d.kind for d in found] == ["conflict"]


def test_the_seriously_wounded_beside_all_the_wounded_is_scope() -> None:
    found = figure_discrepancies([claim(TERM, 3, "alarabia"), claim(ALL, 4, "bbc")], language="ar")
    assert [d.kind for d in found] == ["scope"]
    assert "seriously injured" in found[0].explanation


def test_a_part_that_is_not_the_seriously_wounded_is_still_left_out() -> None:
    part = "جرح أربعة جنود إسرائيليين إصابة اثنين منهم بالرصاص."
    other = "وأصيب ثلاثة جنود إسرائيليين بتفجير عبوة."
    found = figure_discrepancies(
        [claim(part, 2, "france24"), claim(other, 3, "alarabia")], language="ar"
    )
    assert found == []


def test_a_scope_reason_names_the_populations_in_the_order_of_its_values() -> None:
    found = figure_discrepancies([claim(ALL, 4, "bbc"), claim(TERM, 3, "alarabia")], language="ar")
    assert found[0].explanation.startswith("3 (alarabia")
    assert found[0].explanation.endswith("seriously injured / soldiers")


def test_tashrid_counts_the_displaced() -> None:
    # "وتشريد 2.6 مليون" (and displacing 2.6 million) after a toll: the displaced, not the dead.
    sentence = "أودى النزاع بحياة 20 ألف شخص وتشريد 2.6 مليون في نيجيريا."
    found = {m.value: m.concept for m in quantities(sentence)}
    assert found == {20000: "killed", 2600000: "displaced"}


def test_a_figure_after_min_and_another_figures_noun_is_the_whole() -> None:
    # "39 راكبا من 40 راكبا كانوا على متنها": 39 of the 40 on board died; the 40 are no toll.
    sentence = "ومقتل 39 راكبا من 40 راكبا كانوا على متنها، بسبب خلل في المحرك."
    assert [(m.value, m.concept) for m in quantities(sentence)] == [(39, "killed"), (40, None)]


def test_n_ila_m_is_a_range_unless_min_opens_it() -> None:
    # The guide's "20 إلى 30" is a range; "من 10 إلى 12" after "ارتفع" is a rise, two counts.
    ranged = [(m.value_kind, m.low, m.high) for m in quantities("قتل 10 إلى 12 شخصا.")]
    assert ranged == [("range", 10, 12)]
    rise = quantities("ارتفع عدد القتلى من 10 إلى 12.")
    assert [(m.value_kind, m.value) for m in rise] == [("exact", 10), ("exact", 12)]
    assert [m.value for m in quantities("نقل 10 إلى المستشفى.")] == [10]


def test_an_exact_count_outside_a_stated_range_conflicts_inside_agrees() -> None:
    ranged = "قتل 10 إلى 12 شخصا في انفجار في مقديشو."
    outside = "قتل 20 شخصا في انفجار في مقديشو."
    inside = "قتل 11 شخصا في انفجار في مقديشو."
    low = next(m for m in quantities(ranged))
    first = FigureClaim(
        article="sky", outlet="sky", mention=low, sentence=ranged, published=FEB_17, lead=True
    )
    found = figure_discrepancies([first, claim(outside, 20, "bbc")], language="ar")
    assert [d.kind for d in found] == ["conflict"]
    assert figure_discrepancies([first, claim(inside, 11, "bbc")], language="ar") == []
