"""Issue 18, round 23 (conflicts10): figures the pairing used to drop as an earlier year's,
floors told by "تجاوز", a count told as terms of a sum, a floor then a larger count days later,
and why each claim left out before pairing was left out (``discrepancies.pairing``)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from marsad.facts.discrepancies import FigureClaim, figure_discrepancies, pairing
from marsad.facts.quantities import quantities

FRIDAY = date(2018, 2, 16)
# France 24 and Al Arabiya, 16 February 2018: the year dates the charge, the verdict is Friday's.
VERDICT = (
    "حكمت محكمة تركية الجمعة على ستة صحافيين بالسجن المؤبد بتهمة التورط في محاولة الانقلاب "
    "الفاشل التي وقعت في البلاد في 15 تموز/يوليو 2016."
)


def claim(
    sentence: str,
    value: float,
    article: str,
    *,
    outlet: str = "",
    at: datetime | None = None,
    day: date | None = None,
) -> FigureClaim:
    """The figure of ``sentence`` with this value, as one article states it."""
    found = [m for m in quantities(sentence) if m.value == value]
    mention = next((m for m in found if m.concept), found[0])  # a counted one, if any
    published = at.date() if at else FRIDAY
    return FigureClaim(
        article=article, outlet=outlet or article, mention=mention, sentence=sentence,
        published=published, at=at, day=day, lead=True,
    )  # fmt: skip


def test_a_year_of_another_clause_leaves_a_dated_figure_in_its_event() -> None:
    lists, left = pairing([claim(VERDICT, 6, "fr24", day=FRIDAY), claim(VERDICT, 6, "al")])
    # With no day of its own, the figure is 2016's: judged with that year's counts.
    assert [(item.how, [c.article for c in item.claims]) for item in lists] == [
        ("earlier year", ["al"]),
        ("event", ["fr24"]),
    ]
    assert left == {}
    comma = VERDICT.replace("التي وقعت", "، التي وقعت")  # the year in another clause: dropped
    assert list(pairing([claim(comma, 6, "al")])[1].values()) == ["past event: a year"]


def test_why_claims_were_left_out_before_pairing() -> None:
    part = "قتل 14 شخصا بينهم أربعة أطفال في القصف."
    found = [claim(part, 14, "a"), claim(part, 4, "a")]
    lists, left = pairing(found)
    assert list(left.values()) == ["a part of a count"]
    assert [len(item.claims) for item in lists] == [1]


def test_exceeded_is_a_floor() -> None:
    found = quantities("قال إن عدد القتلى في الغوطة تجاوز 400 قتيل منذ الأحد.")
    assert [(m.value, m.qualifier, m.low, m.high) for m in found] == [(400, "more_than", 400, None)]


def test_a_count_told_as_terms_of_a_sum_is_a_part_not_a_conflict() -> None:
    # France 24: three known journalists "مع ثلاثة آخرين"; Al Arabiya three, BBC six.
    terms = (
        "حكمت محكمة تركية الجمعة على ثلاثة صحافيين معروفين، هم الشقيقان أحمد ومحمد ألتان ونازلي "
        "إليجاك، مع ثلاثة آخرين من زملائهم بالسجن المؤبد بتهمة التورط في الانقلاب الفاشل في 15 "
        "تموز/يوليو 2016."
    )
    three = "أصدرت محكمة تركية، الجمعة، حكما بالسجن المؤبد على ثلاثة صحافيين معروفين."
    six = "وصفت الفيدرالية العربية الحكم بالسجن المؤبد على 6 صحفيين أتراك بأنه هجوم غير مسبوق."
    told = [claim(terms, 3, "fr24", day=FRIDAY), claim(three, 3, "al"), claim(six, 6, "bbc")]
    assert [d.kind for d in figure_discrepancies(told, language="ar")] == []
    alone = [claim(three, 3, "al"), claim(six, 6, "bbc")]
    assert [d.kind for d in figure_discrepancies(alone, language="ar")] == ["conflict"]


def test_a_floor_then_a_larger_count_days_later_is_an_update() -> None:
    floor = "وأسفرت الغارات على الغوطة الشرقية عن مقتل أكثر من 400 مدني."
    count = "وأسفرت الغارات على الغوطة الشرقية عن مقتل 470 مدنيا."
    found = figure_discrepancies(
        [
            claim(floor, 400, "sky", at=datetime(2018, 2, 22, 5, tzinfo=UTC)),
            claim(count, 470, "bbc", at=datetime(2018, 2, 25, 9, tzinfo=UTC)),
        ],
        language="ar",
    )
    assert [(d.kind, d.claims[0].value, d.claims[1].value) for d in found] == [("update", 400, 470)]
