"""Issue 18, ninth round: update or conflict by report time, from February sentences (ANT
2018): a lower exact toll still reported after another outlet's higher one is a conflict, not
an earlier word on a growing count; an open floor then a larger count is an update; a weekday
after "منذ" in the figure's own clause starts a running total, even when another clause of the
sentence dates another figure."""

from __future__ import annotations

from datetime import UTC, date, datetime

from figurekit import figure_claim
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.model import Discrepancy

KOM_HAMADA = (
    "قال متحدث باسم وزارة الصحة المصرية، الأربعاء، إن 10 أشخاص على الأقل قتلوا وأصيب 15 آخرون "
    "من جراء تصادم قطاري ركاب في محافظة البحيرة، شمالي البلاد."
)
CNN_KOM_HAMADA = (
    "لقي 20 شخصا حتفهم وأصيب 40 آخرين بجروح، الأربعاء، وذلك في حادث تصادم قطارين بالبحيرة، "
    "وفقا لما نقلته بوابة الأهرام عن مصدر بوزارة الداخلية."
)


def claim(
    article: str, outlet: str, sentence: str, at: datetime, value: float, day: date | None = None
) -> FigureClaim:
    return figure_claim(
        sentence, value, outlet, article=article, published=at.date(), at=at, day=day
    )


def kinds(found: list[Discrepancy]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (d.kind, d.claims[0].sources, d.claims[1].sources)
        for d in found
        if d.subject == "عدد الجرحى" or d.subject == "عدد القتلى"
    }


def test_a_lower_count_still_reported_after_a_higher_one_is_a_conflict() -> None:
    injured = [
        claim("sky-1156", "sky", KOM_HAMADA, datetime(2018, 2, 28, 11, 56, tzinfo=UTC), 15),
        claim("cnn-1246", "cnn", CNN_KOM_HAMADA, datetime(2018, 2, 28, 12, 46, tzinfo=UTC), 40),
        claim("sky-1416", "sky", KOM_HAMADA, datetime(2018, 2, 28, 14, 16, tzinfo=UTC), 15),
    ]
    found = figure_discrepancies(injured, language="ar")
    assert kinds(found) == {
        ("update", ("sky-1156",), ("cnn-1246",)),
        ("conflict", ("sky-1416",), ("cnn-1246",)),
    }
    conflict = next(d for d in found if d.kind == "conflict")
    assert "a later report still gives the lower count" in conflict.explanation


def test_a_floor_repeated_later_still_allows_the_higher_count() -> None:
    killed = [
        claim("sky-1156", "sky", KOM_HAMADA, datetime(2018, 2, 28, 11, 56, tzinfo=UTC), 10),
        claim("cnn-1246", "cnn", CNN_KOM_HAMADA, datetime(2018, 2, 28, 12, 46, tzinfo=UTC), 20),
        claim("sky-1416", "sky", KOM_HAMADA, datetime(2018, 2, 28, 14, 16, tzinfo=UTC), 10),
    ]
    found = figure_discrepancies(killed, language="ar")
    assert {d.kind for d in found} == {"update"}


def test_an_open_floor_then_a_larger_count_is_an_update() -> None:
    ghouta = [
        claim(
            "sky-0512",
            "sky",
            "هذا ولقي أكثر من 400 مدني مصرعهم، في خمسة أيام من الغارات الجوية والقصف الذي يشنه "
            "النظام السوري على الغوطة الشرقية، آخر معاقل الفصائل المعارضة.",
            datetime(2018, 2, 23, 5, 12, tzinfo=UTC),
            400,
        ),
        claim(
            "bbc-2345",
            "bbc",
            "كما قال نشطاء بأن عدد القتلى هناك يناهز 462 قتيلا خلال الأسبوع الماضي.",
            datetime(2018, 2, 23, 23, 45, tzinfo=UTC),
            462,
        ),
    ]
    found = figure_discrepancies(ghouta, language="ar")
    assert [(d.kind, [c.value for c in d.claims]) for d in found] == [("update", [400, 462])]
    # The other way round (the exact count first) the floor tells nothing new.
    earlier = [ghouta[0], ghouta[1]]
    earlier[1] = claim(
        "bbc-0100", "bbc", ghouta[1].sentence, datetime(2018, 2, 23, 1, 0, tzinfo=UTC), 462
    )
    assert figure_discrepancies(earlier, language="ar") == []


def test_a_running_totals_start_in_its_own_clause_is_not_its_day() -> None:
    sunday = date(2018, 2, 18)
    since_sunday = (
        "وارتفع عدد القتلى منذ يوم الأحد ليصل إلى 403 قتلى، وأكد المرصد السوري لحقوق الإنسان "
        "ومركزه بريطانيا مقتل أكثر من 46 شخصاً الخميس."
    )
    pair = [
        claim("bbc-23", "bbc", since_sunday, datetime(2018, 2, 23, 1, 51, tzinfo=UTC), 403, sunday),
        claim(
            "sky-24",
            "sky",
            "وفي هذا الوقت تفاقم حصار الغوطة الشرقية، معقل فصائل المعارضة قرب دمشق، حيث قتل أكثر "
            "من 500 مدني خلال سبعة أيام من القصف المكثف الذي ينفذه النظام.",
            datetime(2018, 2, 24, 19, 18, tzinfo=UTC),
            500,
        ),
    ]
    found = figure_discrepancies(pair, language="ar")
    assert [(d.kind, [c.value for c in d.claims]) for d in found] == [("update", [403, 500])]
