"""Issue 18: each pair of differing figures gets one kind (conflict, update, scope) only with
evidence that they count one thing, and a reason that names that evidence."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

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
        claim("sky", "قتل 12 طفلا في الهجوم"),
        claim("cnn", "قتل 33 شخصا في الهجوم"),
    )
    kinds = sorted((d.kind, tuple(sorted(c.value for c in d.claims))) for d in pairs)
    assert kinds == [("conflict", (30, 33)), ("scope", (12, 30)), ("scope", (12, 33))]
    scope = next(d for d in pairs if d.kind == "scope")
    assert "different people counted: children / all" in scope.explanation or (
        "all / children" in scope.explanation
    )


def test_civilians_and_all_are_one_toll() -> None:
    # The February gold reads "مقتل نحو 80 مدنيا" and "100 شخص" as one toll (an update).
    pairs = found(
        claim("sky", "قتل 30 شخصا في الهجوم"),
        claim("bbc", "قتل 33 مدنيا في الهجوم"),
    )
    assert [d.kind for d in pairs] == ["conflict"]


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


def timed(
    outlet: str, sentence: str, hour: int, minute: int = 0, *, lead: bool = True
) -> FigureClaim:
    """A claim published on 28 February 2018 at the given UTC time."""
    return replace(
        claim(outlet, sentence, day=date(2018, 2, 28)),
        article=f"{outlet}-{hour}{minute}",
        at=datetime(2018, 2, 28, hour, minute, tzinfo=UTC),
        lead=lead,
    )


# ANT, 28 February 2018: the Kom Hamada train crash, hour by hour.
SKY_1156 = "قال متحدث باسم وزارة الصحة المصرية، الأربعاء، إن 10 أشخاص على الأقل قتلوا"
CNN_1246 = "لقي 20 شخصا حتفهم وأصيب 40 آخرين بجروح، الأربعاء"
BBC_1337 = "لقي 16 شخصا مصرعهم وأصيب آخرون إثر حادث تصادم بين قطارين"


def test_a_toll_of_the_dead_rises_hour_by_hour_and_a_later_lower_one_is_a_conflict() -> None:
    pairs = found(timed("sky", SKY_1156, 11, 56), timed("cnn", CNN_1246, 12, 46))
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("update", [10, 20])]
    pairs = found(timed("cnn", CNN_1246, 12, 46), timed("bbc", BBC_1337, 13, 37))
    assert [(d.kind, sorted(c.value for c in d.claims)) for d in pairs] == [("conflict", [16, 20])]
    assert "a later report gives a lower count" in pairs[0].explanation


def test_arrests_reported_minutes_apart_are_no_update() -> None:
    # Only the dead and injured are counted again hour by hour; arrests of one raid are not.
    five = "واعتقلت الشرطة خمسة أشخاص من أعضاء الحزب"
    six = "واعتقلت الشرطة ستة أشخاص من أعضاء الحزب"
    pairs = found(timed("france24", five, 8, 48), timed("bbc", six, 9, 14))
    assert [d.kind for d in pairs] == ["conflict"]


def test_the_opening_sentences_tell_the_story_event_when_background_tolls_name_places() -> None:
    # The crash's place is in no gazetteer; the background names two others.
    alexandria, cairo = frozenset({"الإسكندرية"}), frozenset({"القاهرة"})
    background = "وفي أغسطس الماضي قتل 41 شخصا في حادث قطار في الإسكندرية"
    pairs = found(
        timed("sky", SKY_1156, 11, 56),
        timed("cnn", CNN_1246, 12, 46),
        replace(timed("bbc", background, 13, 37, lead=False), places=alexandria),
        replace(timed("sky", "قتل 44 شخصا في الإسكندرية", 11, 56, lead=False), places=alexandria),
        replace(timed("sky", "قتل 27 شخصا في القاهرة", 11, 56, lead=False), places=cairo),
        timed("bbc", "قتل 12 شخصا في حادث آخر", 13, 37, lead=False),
    )
    kinds = sorted((d.kind, tuple(sorted(c.value for c in d.claims))) for d in pairs)
    assert kinds == [("conflict", (41, 44)), ("update", (10, 20))]


def test_a_part_after_among_them_is_not_compared() -> None:
    # France 24, 19 February 2018, and a report the next morning (CNN's, with fewer children).
    pairs = found(
        claim("france24", "أعلن المرصد عن مقتل نحو 80 مدنيا بينهم ما لا يقل عن 20 طفلا", 1),
        claim("cnn", "قتل نحو 80 مدنيا بينهم 15 طفلاً", 1, date(2018, 2, 20)),
    )
    assert pairs == []


def test_a_day_toll_beside_a_later_day_report_is_another_count() -> None:
    # France 24, 18 February 2018 (Sunday's toll), and Monday's two days later.
    sunday = "قتل 14 شخصا على الأقل الأحد في الغوطة الشرقية"
    later = "قتل 20 شخصا الاثنين في الغوطة الشرقية"
    assert found(claim("france24", sunday, 0, date(2018, 2, 18)),
                 claim("cnn", later, 0, date(2018, 2, 20))) == []  # fmt: skip
    # The same day named on both sides: one count, grown.
    pairs = found(
        replace(claim("france24", sunday, 0, date(2018, 2, 18)), day=date(2018, 2, 18)),
        replace(claim("cnn", later, 0, date(2018, 2, 20)), day=date(2018, 2, 18)),
    )
    assert [d.kind for d in pairs] == ["update"]


def test_a_toll_dated_to_the_day_before_its_report_is_that_day_count() -> None:
    # France 24, Monday 19 February 2018: Sunday evening's 17 dead; CNN the next morning
    # gives the toll of the past 24 hours (the annotators: scope, another period).
    sunday = (
        "قبل ان يستأنف مجددا مساء الأحد باستهداف قوات النظام الغوطة مجددا، ما أودى بحياة 17 مدنيا"
    )
    cnn = "قتل أكثر من 100 مدني في الغوطة الشرقية"
    on_sunday = replace(claim("france24", sunday), day=date(2018, 2, 18))
    assert found(on_sunday, claim("cnn", cnn, 0, date(2018, 2, 20))) == []
    # Dated to its own publication day, the same toll is an earlier report of one count.
    on_monday = replace(on_sunday, day=MONDAY)
    pairs = found(on_monday, claim("cnn", cnn, 0, date(2018, 2, 20)))
    assert [d.kind for d in pairs] == ["update"]


def test_displaced_counted_by_a_named_body_beside_an_unnamed_count_is_scope() -> None:
    # Al Arabiya, 12 February 2018 (Iraq's minister), and BBC two days later citing AFP.
    minister = "مشيراً إلى وجود 2,5 مليون نازح بحاجة للمساعدة"
    afp = (
        "ولا يزال هناك 2.6 مليون نازح يقيمون في مخيمات في مناطق مختلفة من البلاد، "
        "بحسب ما أوردت وكالة فرانس برس."
    )
    pairs = found(
        claim("alarabia", minister, 0, date(2018, 2, 12)),
        claim("bbc", afp, 0, date(2018, 2, 14)),
    )
    assert [d.kind for d in pairs] == ["scope"]
    assert "different counters" in pairs[0].explanation


# France 24, Monday 19 February 2018 evening, and CNN the next morning.
DOZENS = "استهدفت قوات النظام الاثنين منطقة الغوطة الشرقية موقعة عشرات القتلى المدنيين"
OVER_100 = "قتل أكثر من 100 مدني في منطقة الغوطة الشرقية خلال الـ24 ساعة الماضية"
TUESDAY = date(2018, 2, 20)


def test_dozens_then_a_later_exact_count_within_reach_is_an_update() -> None:
    pairs = found(claim("france24", DOZENS), claim("cnn", OVER_100, 0, TUESDAY))
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [
        ("update", [{"min": 20, "max": 99}, 100])
    ]
    assert "a later count above the earlier عشرات القتلى" in pairs[0].explanation


def test_a_vague_amount_of_a_toll_is_never_a_conflict() -> None:
    # The exact count first, "dozens" later and lower: nothing new, and no conflict.
    assert found(claim("cnn", OVER_100), claim("france24", DOZENS, 0, TUESDAY)) == []
    # Far past the word's reach (twice its ceiling): another count.
    far = "قتل أكثر من 300 مدني في منطقة الغوطة الشرقية"
    assert found(claim("france24", DOZENS), claim("cnn", far, 0, TUESDAY)) == []
    # Within the range: agreement. Two vague words: no comparison at all.
    assert found(claim("france24", DOZENS), claim("cnn", "قتل 60 مدنيا", 0, TUESDAY)) == []
    assert found(claim("france24", DOZENS), claim("cnn", "قتل مئات المدنيين", 0, TUESDAY)) == []


def test_a_toll_dated_to_the_day_another_outlet_reported_is_one_count() -> None:
    # France 24 on Monday 19 February 2018 (no day named), BBC on Tuesday of Monday's toll.
    bbc = "وقتل في الغارات الجوية والقصف المدفعي الاثنين على المنطقة أكثر من 100 شخص"
    pairs = found(
        claim("france24", "وأعلن المرصد السوري لحقوق الإنسان عن مقتل نحو 80 مدنيا"),
        replace(claim("bbc", bbc, 0, date(2018, 2, 20)), day=MONDAY),
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("update", [80, 100])]


def test_the_article_own_date_with_a_slipped_year_is_no_earlier_event() -> None:
    # Sky News Arabia, Wednesday 28 February 2018: "2017" is a slip of the year (28 February
    # 2017 was a Tuesday). Its 14:16 article repeats the 10 dead of its 11:56 one, before
    # CNN's 20 at 12:46 (the gold: both Sky figures are the earlier count of an update).
    wednesday = date(2018, 2, 28)
    sky = (
        "وقال متحدث باسم وزارة الصحة المصرية، الأربعاء 28 فبراير 2017، إن 10 أشخاص على الأقل "
        "قتلوا وأصيب 15 آخرون جراء تصادم قطاري ركاب في محافظة البحيرة بشمال البلاد."
    )

    def at(hour: int, minute: int) -> datetime:
        return datetime(2018, 2, 28, hour, minute, tzinfo=UTC)

    first = replace(
        claim("sky", sky.replace("2017", "2018"), 1, wednesday),
        article="sky-1156",
        at=at(11, 56),
        day=wednesday,
    )
    cnn = replace(claim("cnn", "لقي 20 شخصا حتفهم", 0, wednesday), at=at(12, 46))
    # The dates module reads the written day, 28 February 2017.
    repeated = replace(
        claim("sky", sky, 1, wednesday), article="sky-1416", at=at(14, 16), day=date(2017, 2, 28)
    )
    pairs = found(first, cnn, repeated)
    assert [(d.kind, [c.sources for c in d.claims]) for d in pairs] == [
        ("update", [("sky-1156", "sky-1416"), ("cnn-2018-02-28",)])
    ]
    # Another weekday before the date: a year ago, another event; the 14:16 figure is left out.
    tuesday = replace(repeated, sentence=sky.replace("الأربعاء", "الثلاثاء"))
    assert [[c.sources for c in d.claims] for d in found(first, cnn, tuesday)] == [
        [("sky-1156",), ("cnn-2018-02-28",)]
    ]


def test_figures_that_name_no_place_join_their_article_own_event() -> None:
    # France 24, Monday 19 February 2018: its lead places the toll in Eastern Ghouta; later
    # sentences name no place. CNN and BBC give more than 100 the next morning (gold: updates).
    ghouta, damascus = frozenset({"الغوطة الشرقية"}), frozenset({"دمشق"})
    lead = (
        "ارتفعت حصيلة القتلى جراء قصف قوات النظام السوري للغوطة الشرقية المحاصرة الاثنين مرة "
        "جديدة لتصل إلى نحو 80 قتيلا مدنيا، وفق ما أفاد المرصد السوري لحقوق الإنسان."
    )
    first = (
        "وكان المرصد أفاد في حصيلة أولية عن 18 قتيلا، إلا أنها واصلت الارتفاع تدريجيا طوال النهار"
    )
    morgue = "وفي مشرحة المستشفى، شاهد مراسل وكالة الأنباء الفرنسية 11 جثة ممددة على الأرض"
    town = "وسجلت مدينة حمورية أعلى حصيلة إذ قتل فيها 20 مدنيا على الأقل جراء الغارات."
    shells = "وقتل أكثر من 20 مدنيا في قذائف على دمشق."
    cnn = "قتل أكثر من 100 مدني في منطقة الغوطة الشرقية خلال الـ24 ساعة الماضية"
    bbc = "وقتل في الغارات الجوية والقصف المدفعي الاثنين على المنطقة أكثر من 100 شخص"
    pairs = found(
        replace(claim("france24", lead, where=ghouta), lead=True),
        claim("france24", first),
        claim("france24", morgue),
        claim("france24", town),
        claim("france24", shells, where=damascus),
        replace(claim("cnn", cnn, 0, TUESDAY, where=ghouta), lead=True),
        replace(claim("bbc", bbc, 0, TUESDAY), lead=True),
    )
    assert sorted((d.kind, [c.value for c in d.claims], d.claims[1].sources) for d in pairs) == [
        ("update", [18, 100], ("bbc-2018-02-20",)),
        ("update", [18, 100], ("cnn-2018-02-20",)),
        ("update", [80, 100], ("bbc-2018-02-20",)),
        ("update", [80, 100], ("cnn-2018-02-20",)),
    ]
    # Without a lead that places the article's figures, the initial 18 is left out.
    alone = found(
        claim("france24", first),
        claim("france24", shells, where=damascus),
        replace(claim("cnn", cnn, 0, TUESDAY, where=ghouta), lead=True),
    )
    assert alone == []


def test_a_count_half_another_of_the_same_crash_is_a_conflict() -> None:
    # Kom Hamada, Wednesday 28 February 2018: Sky at 11:56, CNN at 12:46 (gold: conflict).
    wednesday = date(2018, 2, 28)
    sky = "وقال متحدث باسم وزارة الصحة المصرية إن 10 أشخاص على الأقل قتلوا"
    cnn = (
        "من جهته قال هشام بدوي من المكتب الإعلامي بوزارة الصحة المصرية، إن عدد القتلى المؤكد "
        "يبلغ خمسة أشخاص"
    )
    pairs = found(
        replace(claim("sky", sky, 0, wednesday), at=datetime(2018, 2, 28, 11, 56, tzinfo=UTC)),
        replace(claim("cnn", cnn, 0, wednesday), at=datetime(2018, 2, 28, 12, 46, tzinfo=UTC)),
    )
    assert [(d.kind, sorted(c.value for c in d.claims)) for d in pairs] == [("conflict", [5, 10])]
    assert pairs[0].explanation.endswith("a later report gives a lower count of the same event")


def test_a_weekday_that_dates_the_telling_is_not_the_count_day() -> None:
    # BBC, 14 February 2018; France 24, Saturday 17 February: Moscow announced on Thursday
    # the dead of the strikes a week earlier (the gold: a later report, an update).
    bbc = (
        "وقُتل اثنان من المقاتلين الروس، على الأقل، في ضربات جوية أمريكية شمال شرقي سوريا "
        "الأسبوع الماضي، بحسب ما أبلغ أقران لهما بي بي سي."
    )
    france24 = (
        "بعد نحو أسبوع من الصمت، أعلنت موسكو الخميس مقتل خمسة مواطنين، لا ينتمون للجيش الروسي، "
        "في الغارة الأمريكية على دير الزور شمال سوريا الأسبوع الماضي."
    )
    told = quantities(france24)[0]
    assert (told.value, told.period, told.time_scope) == (5, None, "unclear")
    moscow = replace(claim("france24", france24, 0, date(2018, 2, 17)), day=date(2018, 2, 15))
    pairs = found(claim("bbc", bbc, 0, date(2018, 2, 14)), moscow)
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("update", [2, 5])]
    # A weekday the count is told of is still its day: "قتل 45 شخصا الخميس".
    assert quantities("وقتل 45 شخصا الخميس")[0].period == 1
