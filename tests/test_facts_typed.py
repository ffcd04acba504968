"""Issue 18: typed figures, discrepancies within one event, future weekdays, the dual, speakers."""

from __future__ import annotations

from datetime import date

from marsad.facts.dates import date_mentions, resolve
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.facts.entities import entity_mentions
from marsad.facts.quantities import QuantityMention, quantities
from marsad.facts.quotes import quote_mentions

THURSDAY = date(2018, 3, 15)


def one(text: str) -> QuantityMention:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_a_percentage_is_a_percent_not_a_count_of_people() -> None:
    rate = one("بلغت نسبة الوفيات 70% في المستشفى")
    assert (rate.unit, rate.counted, rate.concept) == ("percent", "percent", None)
    assert one("وانخفضت البطالة إلى 11.3 في المئة").counted == "percent"


def test_numbers_that_name_are_no_figures() -> None:
    assert quantities("تبنى مجلس الأمن القرار 2401 بالإجماع") == []
    assert quantities("أطلقت سامسونغ هاتف غالاكسي نوت 9") == []
    assert quantities("أصيب اللاعب في الدقيقة 26") == []


def test_money_and_the_displaced_are_their_own_counted_things() -> None:
    assert one("وقع العقد بقيمة 15 مليار دولار").counted == "money"
    displaced = one("نزح 156 ألف شخص من الغوطة")
    assert (displaced.value, displaced.counted) == (156000, "displaced")
    assert one("ارتفع عدد المفقودين إلى 40 شخصا").counted == "missing"


def test_value_kinds_exact_range_vague() -> None:
    assert one("قتل 17 شخصا").value_kind == "exact"
    span = one("قتل بين 20 و30 شخصا")
    assert (span.value_kind, span.value, span.low, span.high) == ("range", None, 20, 30)
    many = one("قتل الملايين في الحرب")
    assert (many.value_kind, many.value) == ("vague", None)


def test_a_crowd_yields_to_a_toll_in_the_same_clause() -> None:
    assert one("خرج عشرات الآلاف من المتظاهرين").counted == "crowd"
    killed = one("مقتل 26 متظاهرا")
    assert (killed.counted, killed.scope) == ("killed", "protesters")


def test_source_inside_the_text() -> None:
    assert one("قتل 20 شخصا وفقا للشرطة").source == "الشرطة"
    assert one("أفادت الشرطة الأمريكية بمقتل 17 شخصا").source == "الشرطة الأمريكية"
    assert one("قتل 17 شخصا في الهجوم").source is None


def test_cumulative_and_one_day_counts() -> None:
    assert one("ارتفعت حصيلة القتلى إلى 80 قتيلا").time_scope == "cumulative"
    assert one("قتل 45 شخصا الأربعاء").time_scope == "one_day"
    assert one("قتل 45 شخصا في الهجوم").time_scope == "unclear"


def day_of(text: str, published: date = THURSDAY) -> date | None:
    mentions = date_mentions(text)
    assert len(mentions) == 1, mentions
    return resolve(mentions[0], published, "stated")[0]


def test_future_weekdays_resolve_forward() -> None:
    assert day_of("ويلتقي الفريقان السبت في مدريد") == date(2018, 3, 17)
    assert day_of("عشية مباراة السبت أمام ليفربول") == date(2018, 3, 17)
    assert day_of("ومن المقرر أن يصوت البرلمان الاثنين") == date(2018, 3, 19)
    assert day_of("وقتل شخصان في غارة يوم الثلاثاء") == date(2018, 3, 13)


def test_the_dual_is_not_monday() -> None:
    assert date_mentions("وقال المتهمين الاثنين إنهما بريئان") == []
    assert date_mentions("وأكد الزعيمان الاثنين معا التزامهما") == []
    assert day_of("وقال الرئيس الاثنين إن الحكومة ستستقيل") == date(2018, 3, 12)


def speaker(text: str) -> str | None:
    found = quote_mentions(text, entity_mentions(text))
    assert len(found) == 1, found
    return found[0].speaker


def test_an_office_speaks_rather_than_its_country() -> None:
    assert speaker("وقال وزير خارجية قطر إن المفاوضات ستستمر لأسابيع أخرى") == "وزير خارجية قطر"


def test_the_agency_only_reports_the_speaker_after_an() -> None:
    text = "ونقلت رويترز عن البنك المركزي قوله إن التضخم سيتراجع في الأشهر المقبلة"
    assert speaker(text) == "البنك المركزي"


def test_reports_and_unknown_people_give_no_speaker() -> None:
    assert speaker("وقالت التقارير إن المفاوضات ستستمر لأسابيع أخرى") is None
    assert speaker("وأضاف اللاعب أن الفريق سيعود أقوى في المباراة المقبلة") is None
    assert speaker("وقالت الشرطة إن المهاجم فتح النار على المصلين") == "الشرطة"


def claim(
    article: str, outlet: str, sentence: str, places: frozenset[str] = frozenset()
) -> FigureClaim:
    return FigureClaim(
        article=article,
        outlet=outlet,
        mention=quantities(sentence)[0],
        sentence=sentence,
        published=THURSDAY,
        places=places,
    )


def test_two_outlets_disagreeing_is_a_conflict_with_a_reason() -> None:
    found = figure_discrepancies(
        [claim("a", "bbc", "قتل 6 أشخاص في التفجير"), claim("b", "sky", "قتل 8 أشخاص في التفجير")],
        language="ar",
    )
    assert [d.kind for d in found] == ["conflict"]
    assert "6 (bbc, 2018-03-15) vs 8 (sky, 2018-03-15)" in found[0].explanation


def test_tolls_of_two_places_are_not_compared() -> None:
    claims = [
        claim("a", "bbc", "قتل 20 شخصا في حمورية", frozenset({"حمورية"})),
        claim("b", "sky", "قتل 25 شخصا في دوما", frozenset({"دوما"})),
    ]
    assert figure_discrepancies(claims, language="ar") == []


def test_one_sentence_with_two_figures_copied_by_two_outlets_is_no_conflict() -> None:
    sentence = "قتل 5 أشخاص في الهجوم بعد أن قتل 3 أشخاص في هجوم سابق"
    claims = [
        claim("a", "bbc", sentence),
        FigureClaim(article="a", outlet="bbc", mention=quantities(sentence)[1],
                    sentence=sentence, published=THURSDAY),
        claim("b", "sky", sentence),
        FigureClaim(article="b", outlet="sky", mention=quantities(sentence)[1],
                    sentence=sentence, published=THURSDAY),
    ]  # fmt: skip
    assert figure_discrepancies(claims, language="ar") == []


def test_vague_amounts_are_never_compared_as_numbers() -> None:
    claims = [claim("a", "bbc", "قتل عشرات الأشخاص"), claim("b", "sky", "قتل 164 شخصا")]
    assert figure_discrepancies(claims, language="ar") == []


def test_next_weekday_said_on_that_weekday_is_a_week_ahead() -> None:
    tuesday = date(2018, 2, 27)
    assert day_of("أمام ريال مدريد يوم الثلاثاء المقبل", tuesday) == date(2018, 3, 6)
    assert day_of("ستبدأ العملية الثلاثاء", tuesday) == tuesday  # a plan for the day itself


def test_last_night_tomorrow_and_between_the_two() -> None:
    assert day_of("بتغلبه على فينكس صنز الليلة الماضية") == date(2018, 3, 14)
    assert day_of("خلال المعرض بدءاً من يوم غد") == date(2018, 3, 16)
    assert date_mentions("والرياضة المصرية حائرة بين الاثنين تنتظر من يخلصها") == []


def test_years_list_markers_and_ordinals_are_no_figures() -> None:
    assert quantities("وترشح في انتخابات الرئاسة في 2012 وجاء في المركز الرابع") == []
    assert quantities("لنراجع الحقائق: 1- انغمست روسيا في محاولة التدخل") == []
    assert quantities("ويعد الهجوم حادث إطلاق النار الـ 18 هذا العام") == []
    assert one("ضمت القوة 2030 جنديا").value == 2030


def test_the_guides_cues_for_released_detainees_evacuees_and_troops() -> None:
    released = one("أفرجت السلطات السودانية الأحد عن العشرات من الناشطين والمعارضين")
    assert released.counted == "arrested"
    assert one("أطلقت السلطات مساء الأحد سراح العشرات من الناشطين").counted == "arrested"
    assert one("وتم إجلاء 300 شخص من المنطقة").counted == "displaced"
    assert one("وانتشر 500 عنصر في شوارع المدينة").counted == "troops"


def test_a_sum_named_before_its_number_is_money() -> None:
    assert one("ومبلغ 2 مليون للحالات الإنسانية").counted == "money"
    assert one("وتم تخصيص 2 مليون للحالات الإنسانية").counted == "other"


def test_a_scale_word_alone_before_a_currency_is_one_of_it() -> None:
    assert (one("فقد تم تخصيص مليون دولار للطلاب").value, "money") == (1_000_000, "money")
    assert one("نحو مليار دولار سنويا").value == 1_000_000_000
    assert quantities("وصل عدد المشاهدين إلى مليون شخص") == []  # left alone: not a sum
