"""Issue 18, item 2, round 15: figures of another population, another period or an earlier event
are not compared as one count (``facts/_event_scope.py``), read on February 2018 ANT sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from figurekit import figure_claim
from marsad.facts._event_scope import (
    background,
    one_more_added,
    population,
    war_long,
    whole_of_a_part,
)
from marsad.facts.discrepancies import figure_discrepancies
from marsad.facts.quantities import quantities

FEB_17 = date(2018, 2, 17)


claim = partial(figure_claim, published=FEB_17, lead=True)


def _population(sentence: str, value: float) -> str:
    found = claim(sentence, value, "a")
    return population(found.mention, found.sentence)


def test_a_part_after_its_whole_does_not_set_the_whole_population() -> None:
    # "بينهم أربعة اطفال" names a part of the 14 dead: the 14 are all the dead.
    assert _population("تعرضت الغوطة لقصف عنيف أوقع 14 قتيلا بينهم أربعة اطفال.", 14) == "all"
    assert _population("تعرضت الغوطة لقصف عنيف أوقع 14 قتيلا بينهم أربعة اطفال.", 4) == "children"
    assert _population("قتل 40 طفلا في الغارات.", 40) == "children"


def test_soldiers_and_passengers_are_their_own_population() -> None:
    assert _population("كما أضافت بأن 35 جنديا قتلوا في هذه الهجمات.", 35) == "soldiers"
    assert _population("قتل 26 راكبا في تحطم الطائرة.", 26) == "passengers"
    assert _population("مقتل 10 أشخاص وإصابة 15 جنديا.", 10) == "all"


def test_soldiers_claimed_beside_all_the_dead_are_scope() -> None:
    one = claim("قالت الشرطة إن الانفجار أوقع 18 قتيلا.", 18, "sky")
    two = claim("وأضافت الحركة بأن 25 جنديا قتلوا في هذه الهجمات.", 25, "bbc")
    found = figure_discrepancies([one, two], language="ar")
    assert [d.kind for d in found] == ["scope"]


def test_a_war_long_total_is_scope_beside_one_event() -> None:
    since = "وقتل 45 جنديا روسيا في سوريا منذ بدء التدخل العسكري."
    assert war_long(claim(since, 45, "a").mention, since)
    assert not war_long(claim("قتل 32 شخصا في تحطم الطائرة.", 32, "a").mention, "")
    year = "قتل 300 شخص في هجمات مماثلة منذ مطلع العام."
    assert war_long(claim(year, 300, "a").mention, year)
    sunday = "وارتفع عدد القتلى منذ يوم الأحد ليصل إلى 403 قتلى."
    assert not war_long(claim(sunday, 403, "a").mention, sunday)
    war = claim("وقتل 45 شخصا في سوريا منذ بدء التدخل العسكري.", 45, "sky")
    crash = claim("قتل 32 شخصا في تحطم الطائرة.", 32, "bbc")
    found = figure_discrepancies([war, crash], language="ar")
    assert [d.kind for d in found] == ["scope"]


def test_an_earlier_event_months_back_is_not_compared() -> None:
    ago = "وذلك بعد خمسة أشهر على زلزال عنيف أودى بحياة 369 شخصا بالعاصمة."
    month = "من زلازل في سبتمبر أدت إلى دمار واسع وقتلت ما لا يقل عن 471 شخصا."
    assert background(claim(ago, 369, "a").mention, ago, FEB_17)
    assert background(claim(month, 471, "a").mention, month, FEB_17)
    coming = "سيحضر 400 شخص في أبريل المقبل."
    assert not background(quantities(coming)[0], coming, FEB_17)
    since = "قتل 400 شخص منذ ديسمبر."
    assert not background(quantities(since)[0], since, FEB_17)
    pairs = [claim(ago, 369, "alarabia"), claim(month, 471, "sky")]
    assert figure_discrepancies(pairs, language="ar") == []
    # In an event no article opens with, a figure "months ago" with no month is left out too.
    pairs = [claim(ago, 369, "alarabia", lead=False), claim(month, 471, "sky", lead=False)]
    assert figure_discrepancies(pairs, language="ar") == []


def test_two_outlets_figures_of_one_earlier_month_are_compared() -> None:
    # The story's crash, and August's Alexandria crash told by two outlets with two tolls.
    crash = claim("قتل 10 أشخاص في تصادم قطارين اليوم.", 10, "sky")
    sky = claim("وفي أغسطس الماضي، قتل 44 شخصا في حادث تصادم قطارين.", 44, "sky", lead=False)
    bbc = claim("بعد أشهر من مقتل 41 شخصا في حادث قطار في أغسطس/آب الماضي.", 41, "bbc", lead=False)
    found = figure_discrepancies([crash, sky, bbc], language="ar")
    assert [(d.kind, sorted(c.value for c in d.claims)) for d in found] == [("conflict", [41, 44])]


def test_a_group_a_part_of_which_was_hurt_is_not_the_count() -> None:
    group = "قصفت المدفعية الليلة الماضية مجموعة مكونة من 6 أشخاص حيث أصيب اثنان منهم."
    # Round 32 (panel34): the group's size is read as people present, no toll, at reading.
    assert claim(group, 6, "a").mention.counted == "present"
    assert not whole_of_a_part(claim(group, 6, "a").mention, group)
    hurt = "وفي وقت سابق السبت، جرح أربعة جنود إسرائيليين إصابة اثنين منهم بالغة."
    assert not whole_of_a_part(claim(hurt, 4, "a").mention, hurt)
    found = figure_discrepancies([claim(hurt, 4, "afp"), claim(group, 6, "bbc")], language="ar")
    assert found == []


def test_a_figure_and_one_more_is_a_term_of_the_count() -> None:
    three = "أفاد مراسل العربية بأن ثلاثة جنود أصيبوا بجروح خطيرة ورابعاً بجروح طفيفة."
    assert one_more_added(claim(three, 3, "a").mention, three)
    four = "بعد جرح أربعة جنود إسرائيليين بجهاز تفجيري قرب الحدود."
    assert not one_more_added(claim(four, 4, "a").mention, four)
    plain = "أفاد مراسل العربية بأن ثلاثة جنود أصيبوا بالرصاص ورابعاً بشظايا."
    found = figure_discrepancies(
        [claim(plain, 3, "alarabia"), claim(four, 4, "afp")], language="ar"
    )
    assert found == []
    # Told as the seriously wounded, the term is a population of its own (round 19): scope.
    found = figure_discrepancies(
        [claim(three, 3, "alarabia"), claim(four, 4, "afp")], language="ar"
    )
    assert [d.kind for d in found] == ["scope"]
