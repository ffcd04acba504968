"""Issue 18: figures read whole (compound amounts, ranges with one scale) and counted right
(the next clause's verb, "وليس", helpers and residents are people, the FBI is no amount)."""

from __future__ import annotations

from marsad.facts.quantities import quantities


def read(text: str) -> list[tuple[float | None, float | None, float | None, str]]:
    return [(q.value, q.low, q.high, q.counted) for q in quantities(text)]


def test_an_amount_with_a_second_part_after_and_is_one_figure() -> None:
    assert read("بلغ العجز 8 مليارات و900 مليون دولار") == [(8.9e9, 8.9e9, 8.9e9, "money")]
    assert read("خصص مبلغ 2 مليون و300 ألف دولار") == [(2.3e6, 2.3e6, 2.3e6, "money")]
    assert read("لتصل الى ستة آلاف و86 تريليون ين")[0][0] == 6086e12
    assert read("عجزا بقيمة 1,02 تريليون ين")[0][0] == 1.02e12


def test_a_range_shares_its_scale() -> None:
    assert read("بين 6.3 إلى 6.5 مليون قدم مكعب") == [(None, 6.3e6, 6.5e6, "other")]
    assert read("ما يتراوح بين 800 مليون و 1.2 مليار قدم") == [(None, 8e8, 1.2e9, "other")]
    assert read("قتل بين 20 و30 شخصا") == [(None, 20, 30, "killed")]


def test_what_a_figure_counts() -> None:
    assert read("قتل فيها اثنان وأصيب آخرون برصاص الشرطة") == [(2, 2, 2, "killed")]
    assert read("إن عدد قتلى هذا الحادث 65 وليس 66")[0] == (65, 65, 65, "killed")
    assert read("اعتقلت الشرطة أبو الفتوح وخمسة من مساعديه") == [(5, 5, 5, "arrested")]
    assert read("وتسببت في نزوح مئات الآلاف من السكان")[0][3] == "displaced"
    assert read("توفي 10 وفيات")[0][3] == "killed"  # the و of وفيات is its own
    assert read("وصفها تقرير الأف بي آي") == []  # the FBI, not thousands


def test_models_resolutions_ranks_and_clock_times_are_no_figures() -> None:
    assert read("بموجب قرار مجلس الأمن 2254") == []
    assert read("ويمثل خرقا لقرارات مجلس الأمن 476 و478 لعام 1980") == []
    assert read("صواريخ إس-400 الروسية ومقاتلات إف-16") == []
    assert read("طائرة بوينغ 737 تقل 66 شخصا") == [(66, 66, 66, "on_board")]  # round 32
    assert read("احتل المركز 3 في الدوري") == []
    assert read("بدأ الهجوم الساعة 10 صباحا") == []
    # A count below 100 stays; a death sentence counts the sentenced (the guide's "arrested").
    assert read("قرار بإعدام 5 أشخاص") == [(5, 5, 5, "arrested")]


def test_the_active_verb_wounded_before_a_figure_counts_the_injured() -> None:
    concepts = [
        q.concept for q in quantities("وقال إن المسلحين قتلوا ستة أشخاص وأصابوا أربعة آخرين بجروح.")
    ]
    assert concepts == ["killed", "injured"]
    (crowd,) = [q for q in quantities("فيقتل 9 أشخاص ويصيب العشرات بجروح.") if q.value is None]
    assert crowd.concept == "injured"
    # the imperfect without a wound tells of an illness, a target is not people
    assert [q.concept for q in quantities("المرض الذي يصيب 300 مليون شخص في العالم")] == [None]
    assert [q.concept for q in quantities("وقال الجيش إن الضربات أصابت 12 هدفا")] == [None]


def test_digits_with_a_leading_zero_joined_or_of_four_are_no_counts() -> None:
    assert read("لمدة 5 ساعات يوميا (0600 حتى 1100 بتوقيت غرينتش).") == [(5, 5, 5, "other")]
    assert read("كما ينص قانون الرياضة 20-07 في فصله الثالث") == []
    assert read("وفق بنود اتفاق 12-09-2016.") == []
    assert read("مقتل 05 أشخاص") == [(5, 5, 5, "killed")]
