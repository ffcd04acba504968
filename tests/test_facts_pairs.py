"""Issue 18: each pair of differing figures gets one kind (conflict, update, scope) only with
evidence that they count one thing, and a reason that names that evidence."""

from __future__ import annotations

from datetime import date

from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.facts.quantities import quantities
from marsad.model import Discrepancy

MONDAY = date(2018, 2, 19)


def claim(
    outlet: str,
    sentence: str,
    n: int = 0,
    day: date = MONDAY,
    *,
    where: frozenset[str] = frozenset(),
    revised: bool = False,
) -> FigureClaim:
    return FigureClaim(
        article=f"{outlet}-{day.isoformat()}",
        outlet=outlet,
        mention=quantities(sentence)[n],
        sentence=sentence,
        published=day,
        places=where,
        localities=where,
        revised=revised,
    )


def found(*claims: FigureClaim) -> list[Discrepancy]:
    return figure_discrepancies(list(claims), language="ar")


def test_an_outlet_that_gives_the_first_and_the_later_toll_makes_it_an_update() -> None:
    # Sky's article also says "ولاحقا، قضت امرأة خامسة متأثرة بجروحها": the count changed.
    pairs = found(
        claim("sky", "قالت الداخلية إن الهجوم أدى إلى مقتل 4 نساء", revised=True),
        claim("sky", "أسفر الهجوم عن مقتل خمسة أشخاص", revised=True),
        claim("cnn", "هجوم أدى إلى قتل خمسة أشخاص"),
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("update", [4, 5])]
    assert "sky gives both and tells the count changed" in pairs[0].explanation
    # Without the article telling of a change, two figures of one outlet are no update.
    plain = found(
        claim("sky", "قالت الداخلية إن الهجوم أدى إلى مقتل 4 نساء"),
        claim("sky", "أسفر الهجوم عن مقتل خمسة أشخاص"),
        claim("cnn", "هجوم أدى إلى قتل خمسة أشخاص"),
    )
    assert [d.kind for d in plain] == ["conflict"]


def test_a_town_and_its_region_are_not_compared() -> None:
    douma, ghouta = frozenset({"دوما"}), frozenset({"الغوطة الشرقية"})
    pairs = found(
        claim("bbc", "قتل 30 شخصا في دوما", where=douma),
        claim("sky", "قتل 33 شخصا في دوما وحرستا بالغوطة الشرقية", where=douma | ghouta),
        claim("cnn", "قتل 31 شخصا في دوما", where=douma),
    )
    assert [(d.kind, sorted(c.value for c in d.claims)) for d in pairs] == [("conflict", [30, 31])]


def test_a_larger_toll_a_day_later_is_an_update_not_a_conflict() -> None:
    pairs = found(
        claim("bbc", "قتل 30 شخصا في الهجوم"),
        claim("sky", "قتل 34 شخصا في الهجوم", day=date(2018, 2, 20)),
    )
    assert [d.kind for d in pairs] == ["update"]
    assert pairs[0].explanation.endswith("a later report of a growing count")


def test_at_least_five_wounded_against_two_is_a_conflict() -> None:
    pairs = found(
        claim("sky", "مما أسفر عن إصابة ما لا يقل عن خمسة آخرين"),
        claim("cnn", "في هجوم أدى إلى جرح اثنين"),
    )
    assert [d.kind for d in pairs] == ["conflict"]
    assert "same count at the same time" in pairs[0].explanation


def test_a_narrower_population_is_scope_and_each_pair_has_one_kind() -> None:
    pairs = found(
        claim("bbc", "قتل 30 شخصا في الهجوم"),
        claim("sky", "قتل 12 مدنيا في الهجوم"),
        claim("cnn", "قتل 33 شخصا في الهجوم"),
    )
    kinds = sorted((d.kind, tuple(sorted(c.value for c in d.claims))) for d in pairs)
    assert kinds == [("conflict", (30, 33)), ("scope", (12, 30)), ("scope", (12, 33))]
    scope = next(d for d in pairs if d.kind == "scope")
    assert "different people counted: civilians / all" in scope.explanation or (
        "all / civilians" in scope.explanation
    )


def test_far_apart_figures_without_evidence_are_left_alone() -> None:
    assert found(claim("bbc", "قتل 30 شخصا"), claim("sky", "قتل 90 شخصا")) == []


def test_a_crowd_counted_by_police_and_by_organisers_is_scope() -> None:
    pairs = found(
        claim("bbc", "قالت الشرطة إن 30 ألف متظاهر شاركوا في المسيرة"),
        claim("sky", "قال المنظمون إن 50 ألف متظاهر شاركوا في المسيرة"),
    )
    assert [d.kind for d in pairs] == ["scope"]
    assert "different counters: الشرطة / المنظمون" in pairs[0].explanation


def test_a_running_total_a_week_apart_is_no_conflict_but_a_force_is() -> None:
    later = date(2018, 2, 26)
    tolls = found(claim("bbc", "قتل 30 شخصا"), claim("sky", "قتل 28 شخصا", day=later))
    assert tolls == []
    troops = found(claim("bbc", "وصل 2000 جندي"), claim("sky", "وصل 2030 جنديا", day=later))
    assert [d.kind for d in troops] == ["conflict"]
