"""Issue 18, round 31 (pairs32): who a count counts (a people, a side, a team's fans) is part of
the counted thing, and two counters of two kinds on one day give a conflict, not an update.
Made-up sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

from marsad.facts._counters import counter_kind, two_counters
from marsad.facts._peoples import country_of, other_peoples, people
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.facts.quantities import quantities
from marsad.model import Discrepancy

SATURDAY = date(2018, 2, 17)


def claim(outlet: str, sentence: str, hour: int = 10, n: int = 0) -> FigureClaim:
    return FigureClaim(
        article=f"{outlet}-{hour}",
        outlet=outlet,
        mention=quantities(sentence)[n],
        sentence=sentence,
        published=SATURDAY,
        at=datetime(2018, 2, 17, hour, tzinfo=UTC),
    )


def found(*claims: FigureClaim) -> list[tuple[str, list[object]]]:
    pairs: list[Discrepancy] = figure_discrepancies(list(claims), language="ar")
    return [(d.kind, [c.value for c in d.claims]) for d in pairs]


def people_of(sentence: str, n: int = 0) -> str | None:
    return people(quantities(sentence)[n], sentence)


def test_the_people_a_count_names() -> None:
    assert people_of("أدى الانفجار إلى جرح أربعة إسرائيليين") == "إسرائيل"
    assert people_of("أصيب ثلاثة جنود أتراك في الهجوم") == "تركيا"
    assert people_of("اعتقلت الشرطة 12 فلسطينيا في المدينة") == "فلسطين"
    assert people_of("أسفرت الغارة عن إصابة اثنين بجروح في الجانب الفلسطيني") == "فلسطين"
    assert people_of("أصيب 12 من مشجعي الفريق في الملعب") == "fans of الفريق"
    # A nisba of what hurt them, not of who was hurt; no people named at all.
    assert people_of("إصابة خمسة أشخاص بصواريخ إسرائيلية") is None
    assert people_of("قتل عشرة أشخاص في الهجوم") is None
    assert country_of("روس") == "روسيا"
    assert country_of("مدرسة") is None


def test_two_peoples_are_two_counts() -> None:
    assert other_peoples(["فلسطين"], ["إسرائيل", None])
    assert not other_peoples(["فلسطين"], [None])
    assert not other_peoples(["فلسطين", "إسرائيل"], ["إسرائيل"])


def test_two_peoples_hurt_the_same_day_are_no_conflict() -> None:
    palestinians = claim("bbc", "أسفرت الغارات عن إصابة اثنين بجروح في الجانب الفلسطيني", 11)
    israelis = claim("sky", "أدى الانفجار إلى جرح أربعة إسرائيليين", 9)
    assert found(palestinians, israelis) == []
    # Without the side named, the two are one count told differently, as before.
    unnamed = claim("bbc", "أسفرت الغارات عن إصابة اثنين بجروح", 11)
    assert [kind for kind, _ in found(unnamed, israelis)] == ["conflict"]


def test_the_fans_of_two_teams_are_two_counts() -> None:
    one = claim("bbc", "اعتقلت الشرطة 12 من مشجعي ليفربول بعد المباراة", 11)
    other = claim("sky", "اعتقلت الشرطة 15 من مشجعي روما بعد المباراة", 12)
    assert found(one, other) == []


def test_the_kind_of_a_counter() -> None:
    assert counter_kind("متحدث باسم وزارة الصحة") == "official"
    assert counter_kind("مصدر بوزارة الداخلية") == "official"
    assert counter_kind("مصادر طبية") == "medical"
    assert counter_kind("المرصد السوري لحقوق الإنسان") == "monitor"
    assert counter_kind("المنظمين") == "organisers"
    assert counter_kind("أحمد") is None
    assert counter_kind(None) is None
    assert two_counters("وزارة الصحة", "المرصد السوري")
    assert not two_counters("وزارة الصحة", "وزارة الداخلية")
    assert not two_counters("وزارة الصحة", "أحمد")


def test_a_ministry_and_a_monitor_the_same_day_are_a_conflict() -> None:
    ministry = claim("bbc", "قتل 10 أشخاص في القصف بحسب وزارة الصحة", 9)
    monitor = claim("sky", "قتل 15 شخصا في القصف بحسب المرصد السوري", 17)
    pairs = figure_discrepancies([ministry, monitor], language="ar")
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("conflict", [10, 15])]
    assert "two counters on the same day: وزارة الصحة / المرصد السوري" in pairs[0].explanation


def test_two_offices_of_one_government_still_update_a_toll() -> None:
    # A health ministry's noon toll, the interior ministry's higher one an hour later: one
    # count still rising, told by one kind of counter.
    health = claim("sky", "قتل 10 أشخاص في الحادث بحسب وزارة الصحة", 11)
    interior = claim("cnn", "قتل 20 شخصا في الحادث بحسب وزارة الداخلية", 12)
    assert found(health, interior) == [("update", [10, 20])]
    # Unnamed counters: a later higher toll is an update, as before.
    first = claim("sky", "قتل 10 أشخاص في الحادث", 11)
    later = claim("cnn", "قتل 15 شخصا في الحادث", 12)
    assert found(first, later) == [("update", [10, 15])]


def test_a_noun_named_with_one_people_elsewhere_is_theirs() -> None:
    # "ثلاثة جنود" names no people, but the list's soldiers are Israelis: the two Palestinians
    # hurt are not the three soldiers' count told lower.
    soldiers = claim("sky", "أسفر الانفجار عن إصابة أربعة جنود إسرائيليين", 9)
    hurt = claim("cnn", "وقال المراسل إن ثلاثة جنود أصيبوا في الانفجار", 10)
    palestinians = claim("bbc", "أسفرت الغارات عن إصابة اثنين بجروح في الجانب الفلسطيني", 11)
    assert [values for _, values in found(soldiers, hurt, palestinians)] == [[3, 4]]
