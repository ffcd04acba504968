"""Issue 18, round 32 (counted34): an earlier event's counts are settled (never an update), a
month told without its year joins the list of the year another outlet names, and an outlet's
figure told without a place joins the event where the same outlet gives the same value.
Made-up sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.facts.quantities import quantities


def claim(
    outlet: str, sentence: str, day: int = 28, article: str = "", places: tuple[str, ...] = ()
) -> FigureClaim:
    made = FigureClaim(
        article=article or f"{outlet}-{day}",
        outlet=outlet,
        mention=quantities(sentence)[0],
        sentence=sentence,
        published=date(2018, 2, day),
        at=datetime(2018, 2, day, 10, tzinfo=UTC),
    )
    return replace(made, places=frozenset(places), localities=frozenset(places))


def kinds(*claims: FigureClaim) -> list[tuple[str, list[object]]]:
    found = figure_discrepancies(list(claims), language="ar")
    return [(d.kind, sorted(str(c.value) for c in d.claims)) for d in found]


def test_an_event_months_back_told_on_two_days_is_a_conflict() -> None:
    first = claim("bbc", "وفي أغسطس الماضي، قتل 41 شخصا في حادث قطار", day=26)
    later = claim("sky", "قتل 44 شخصا في حادث قطار في أغسطس الماضي", day=28)
    assert kinds(first, later) == [("conflict", ["41", "44"])]


def test_this_weeks_toll_told_on_two_days_is_still_an_update() -> None:
    first = claim("bbc", "قتل 41 شخصا في حادث قطار", day=26)
    later = claim("sky", "قتل 44 شخصا في حادث قطار", day=27)
    assert [kind for kind, _ in kinds(first, later)] == ["update"]


def test_a_month_without_its_year_joins_that_years_event() -> None:
    year = claim("sky", "قتل 44 شخصا في حادث قطار في أغسطس 2017")
    month = claim("bbc", "وفي أغسطس الماضي قتل 41 شخصا في حادث قطار")
    assert kinds(year, month) == [("conflict", ["41", "44"])]
    # Another month than the year's event's stays apart from it.
    other = claim("bbc", "وفي أكتوبر الماضي قتل 41 شخصا في حادث قطار")
    assert kinds(year, other) == []


def test_an_outlets_unplaced_figure_joins_its_twin() -> None:
    placed = claim("sky", "قتل 44 شخصا في الإسكندرية", article="sky-a", places=("الإسكندرية",))
    twin = claim("sky", "قتل 44 شخصا وأصيب العشرات", article="sky-b")
    other = claim("bbc", "قتل 41 شخصا في الإسكندرية", places=("الإسكندرية",))
    elsewhere = claim("cnn", "قتل 16 شخصا في البحيرة", places=("البحيرة",))
    found = figure_discrepancies([placed, twin, other, elsewhere], language="ar")
    assert [d.kind for d in found] == ["conflict"]
    sides = {str(c.value): set(c.sources) for c in found[0].claims}
    assert sides["44"] == {"sky-a", "sky-b"}
    # Another outlet's figure told without a place is still left out.
    stray = claim("cnn", "قتل 44 شخصا وأصيب العشرات", article="cnn-b")
    found = figure_discrepancies([placed, stray, other, elsewhere], language="ar")
    assert {str(c.value): set(c.sources) for c in found[0].claims}["44"] == {"sky-a"}
