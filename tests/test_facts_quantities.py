"""Quantities: one test per Arabic number rule, English, and a never-crash property."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import QuantityMention, quantities


def one(text: str) -> QuantityMention:
    found = quantities(text, month_words=MONTH_WORDS)
    assert len(found) == 1, found
    return found[0]


def test_western_arabic_indic_and_persian_digits() -> None:
    assert one("تضم 2030 جندياً").value == 2030
    assert one("تضم ٢٠٣٠ جندياً").value == 2030
    assert one("تضم ۲۰۳۰ جندياً").value == 2030


def test_thousands_separators() -> None:
    assert one("أصيب 1,300 شخص").value == 1300
    assert one("أصيب ١٬٣٠٠ شخص").value == 1300


def test_counted_noun_lemma_drops_tanween_alef_and_plural() -> None:
    assert one("تضم 2030 جندياً").unit == "جندي"
    assert one("بلغ 164 شخصاً").unit == "شخص"
    assert one("لمدة ثلاثة أيام").unit == "يوم"


def test_number_words_units_teens_tens_compounds() -> None:
    assert one("ستستغرق عشرة أيام").value == 10
    assert one("مقتل ثلاثة عشر شخصا").value == 13
    assert one("مقتل خمسة وعشرين شخصا").value == 25
    assert one("نحو ثلاثمئة شخص").value == 300


def test_one_of_is_not_a_figure() -> None:
    assert quantities("قال أحد المسؤولين إن الوضع مستقر") == []


def test_dual_of_thousand_and_of_nouns() -> None:
    assert one("ألفي جندي").value == 2000
    assert one("نشر ألفين من الجنود").value == 2000
    trip = one("خلال يومين سيبدأ الانسحاب")
    assert (trip.value, trip.unit) == (2, "يوم")


def test_plural_of_thousands_after_a_unit() -> None:
    assert one("اقترب من 6 آلاف شخص").value == 6000
    assert one("أوقف نحو ثمانية آلاف شخص").value == 8000


def test_vague_quantities_are_ranges_without_a_value() -> None:
    dozens = one("أوقعت أعمال العنف عشرات القتلى")
    assert dozens.value is None
    assert (dozens.low, dozens.high, dozens.qualifier) == (20, 99, "vague")
    assert one("وجرح المئات").low == 200
    assert one("اعتقال عشرات الآلاف").low == 20000


def test_definite_vague_word_stands_alone() -> None:
    found = quantities("وأسفرت عن مقتل العشرات وجرح المئات")
    assert [(m.concept, m.unit) for m in found] == [("killed", None), ("injured", None)]


def test_qualifiers() -> None:
    assert one("أوقف نحو ثمانية آلاف شخص").qualifier == "about"
    more = one("أكثر من 1300 عنصر أمن أصيبوا")
    assert (more.qualifier, more.low, more.high) == ("more_than", 1300, None)
    assert one("اقترب من 6 آلاف شخص").qualifier == "about"


def test_concept_and_scope_from_the_clause() -> None:
    protesters = one("في حين قُتل 26 محتجا، حسب الداخلية")
    assert (protesters.concept, protesters.scope) == ("killed", "protesters")
    security = one("وأن أكثر من 1300 عنصر أمن أصيبوا أثناء حماية النظام العام")
    assert (security.concept, security.scope) == ("injured", "security")
    assert one("قوة قوامها 2000 عنصر").concept == "troops"
    assert one("بلغ عدد قتلى الاضطرابات 164 شخصاً").concept == "killed"


def test_the_clause_is_read_back_from_before_the_qualifier() -> None:
    # France 24, 19 February 2018: "مقتل" is nine words before "20", five before "ما لا يقل عن".
    sentence = "وأعلن المرصد السوري عن مقتل نحو 80 مدنيا بينهم ما لا يقل عن 20 طفلا"
    children = quantities(sentence, month_words=MONTH_WORDS)[1]
    assert (children.value, children.concept, children.scope) == (20, "killed", "children")


def test_next_clause_does_not_lend_its_concept() -> None:
    sentence = "بلغ 164 شخصاً، وأن عدد المعتقلين اقترب من 6 آلاف شخص"
    first, second = quantities(sentence, month_words=MONTH_WORDS)
    assert first.concept is None and second.concept == "arrested"


def test_durations_have_no_concept() -> None:
    assert one("لن تستغرق أكثر من 10 أيام").concept is None


def test_years_days_of_month_and_dateline_marks_are_not_quantities() -> None:
    assert quantities("حكم من 1989 حتى 2019", month_words=MONTH_WORDS) == []
    assert quantities("في 9 كانون الثاني", month_words=MONTH_WORDS) == []
    assert quantities("سبوتنيك - 11 كانون الثاني 2022ء", month_words=MONTH_WORDS) == []
    assert quantities("الخميس 14 يناير", month_words=MONTH_WORDS) == []


def test_year_like_number_with_a_counted_noun_is_a_quantity() -> None:
    assert one("تضم 2030 جندياً").value == 2030


def test_english() -> None:
    troops = one("a force of about 2,030 troops")
    assert (troops.value, troops.qualifier, troops.unit) == (2030, "about", "troop")
    assert one("dozens of people were killed").low == 24


def test_span_points_at_the_text() -> None:
    text = "وقالت إن 2000 جندي وصلوا"
    mention = one(text)
    assert text[mention.start : mention.end] == mention.text == "2000 جندي"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    for mention in quantities(text, month_words=MONTH_WORDS):
        assert 0 <= mention.start <= mention.end <= len(text)


ALPHABET = st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹,.٫٬ ")) | st.sampled_from(
    ["ألف", "آلاف", "ألفي", "عشرات", "نحو", "أكثر", "من", "مليون", "جندي", "و", "عشرة", "مئة"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map(" ".join))
def test_never_crashes_on_number_like_text(text: str) -> None:
    quantities(text, month_words=MONTH_WORDS)


def test_period_of_a_count() -> None:
    found = quantities("ليرتفع عدد القتلى إلى 305 أشخاص خلال 3 أيام", month_words=MONTH_WORDS)
    assert found[0].period == 3
    assert one("أفادت تقارير بقتل 14 مدنيا ليلا").period == 1
    assert one("ارتفعت الحصيلة إلى 709 قتلى منذ بدء الحملة").period == 10_000


def test_a_figure_about_an_earlier_year_is_never_compared() -> None:
    from datetime import date

    from marsad.facts.discrepancies import FigureClaim, figure_discrepancies

    old = "في كانون الأول/ديسمبر 2016 تحطمت طائرة وقتل 92 شخصا"
    new = "أدى الحادث إلى مصرع 39 شخصا"
    claims = [
        FigureClaim(article=a, mention=quantities(t)[-1], sentence=t, published=date(2018, 3, 6))
        for a, t in (("a", old), ("b", new))
    ]
    assert figure_discrepancies(claims, language="ar") == []


def _kinds(*stated: tuple[str, str]) -> list[str]:
    from datetime import date

    from marsad.facts.discrepancies import FigureClaim, figure_discrepancies

    claims = [
        FigureClaim(
            article=f"{outlet}-{n}",
            outlet=outlet,
            mention=quantities(t)[-1],
            sentence=t,
            published=date(2018, 3, 6),
        )
        for n, (outlet, t) in enumerate(stated)
    ]
    return [d.kind for d in figure_discrepancies(claims, language="ar")]


def test_close_figures_from_two_outlets_conflict() -> None:
    assert _kinds(
        ("cnn", "أدى الحادث إلى مصرع 32 شخصا"), ("afp", "أدى الحادث إلى مصرع 39 شخصا")
    ) == ["conflict"]


def test_figures_twice_apart_are_not_called_a_conflict() -> None:
    # Four soldiers in one ambush, eight in another attack: different events, not a dispute.
    assert _kinds(("bbc", "قتل أربعة جنود في كمين"), ("cnn", "أعلنت مقتل ثمانية عسكريين")) == []


def test_one_outlets_two_figures_are_not_a_conflict() -> None:
    assert _kinds(("afp", "قتل عشرة أشخاص في البلدة"), ("afp", "أسفر القصف عن 14 قتيلا")) == []


def values(text: str) -> list[tuple[object, str]]:
    """(value or bounds, counted thing) of the figures the facts keep (the sure ones)."""
    return [
        (m.value if m.value is not None else (m.low, m.high), m.counted)
        for m in quantities(text, month_words=MONTH_WORDS)
        if m.sure
    ]


def test_a_figure_written_onto_a_word_is_read_but_not_a_name_or_a_model() -> None:
    assert values("كانت على متنها66 شخصا") == [(66, "on_board")]  # round 32: on board
    assert values("وتوفي أكثر من2200  شخص") == [(2200, "killed")]
    assert values("وقال لفرانس24 إن الوضع سيئ") == []  # the outlet France 24 (lexicon)
    assert values("هاتف غالاكسي إس9 الجديد") == []  # a model after a Latin letter's name
    assert values("بلغ التضخم 9ر6 في المئة") == [(6.9, "percent")]


def test_a_scale_word_and_the_rest_of_the_number_after_and() -> None:
    assert values("قتل ألف وثمانمئة شخص") == [(1800, "killed")]
    assert values("سفينة تحمل ألفا و200 لاجئ") == [(1200, "displaced")]
    assert values("قتل ألفين وثلاثمئة شخص") == [(2300, "killed")]
    assert values("نزح مليون وخمسمئة ألف شخص") == [(1500000, "displaced")]
    assert values("قتل ثلاثة آلاف وخمسة وعشرون شخصا") == [(3025, "killed")]
    assert values("بلغ مليون دولار") == [(1000000, "money")]
    assert values("مونديال ألفين وثمانية عشر") == []  # a year in words
    assert values("منذ ألف وتسعمئة وتسعين") == []  # a year: neither it nor its parts


def test_a_list_written_before_its_percent_sign_is_all_percent() -> None:
    found = values("بالرغم أن نسبة حيازة سكان آيسلندا وفنلندا على 30 و 45 في المئة على التوالي")
    assert found == [(30, "percent"), (45, "percent")]
    assert values("أيد بين 35 و40 في المئة منهم") == [((35, 40), "percent")]  # one range


def test_the_killed_and_the_wounded_together_are_neither() -> None:
    assert values("وراح ضحيتها عشرات القتلى والجرحى.") == []
    # A verb of wounding opens the next clause with its own count.
    found = values("وشهد الأحد مقتل نحو 30 قتيلا وجرح العشرات بغارات")
    assert found == [(30, "killed"), ((20, 99), "injured")]
    assert values("وذكرت أن العملية قتل وأصيب فيها العشرات من قوات الجيش.") == []


def test_victims_are_the_dead_only_when_the_sentence_tells_of_death() -> None:
    assert values("وأوضح أن الاتهامات تشمل 54 ضحية") == [(54, "other")]
    assert values("واحدة من أكثر من مئة ضحية اعتدى عليهن جنسيا") == [(100, "other")]
    assert values("وبلغ عدد الضحايا 50 شخصا") == [(50, "killed")]  # dead by default
    assert values("وراح ضحية الحادث 71 شخصا") == [(71, "killed")]
    assert values("ارتفاع حصيلة الضحايا إلى 14 شخصاً") == [(14, "killed")]


def test_a_death_verb_after_the_count() -> None:
    assert values("أن أربعة من عناصرها ماتوا بعد ضرب الكتيبة") == [(4, "killed")]


def test_codes_and_models_are_no_counts() -> None:
    assert values("بالسلالة (إتش7 إن4) من فيروس") == []  # "إن" written onto the digits
    assert values("1229 دولارا لإس9 بلس") == [(1229, "money")]
    assert values("ارتفاع ضغط الدم لدى 56 في المئة") == [(56, "percent")]  # "لدى" is no "D"
    assert values("من طراز ATR 72-500 بمحركين") == []
    assert values("6- اثنان من حملة ترامب") == [(2, "other")]


def test_a_clock_closed_by_a_bracket_before_gmt() -> None:
    assert values("مهلة تنتهي الخميس (22,00) ت غ) للاعتراض") == []


def test_a_sound_plural_in_construct_with_a_pronoun_counts_people() -> None:
    assert values("وأقرت الحركة بأن خمسة من مقاتليها لقوا مصرعهم") == [(5, "killed")]


def test_thousands_written_with_dots_after_a_scale_and_and() -> None:
    assert values("بحوالي مليون و200.000 شخص، ينتمي") == [(1200000, "other")]


def test_a_figure_with_nothing_that_says_what_it_counts_is_not_given() -> None:
    # A count whose counted thing is elided or a market reading: no unit, no noun, no "%".
    assert values("بتشكيل قوة كردية حدودية تحوي 30 ألفاً في شمال شرقي سوريا.") == []
    assert values("مرتفعا عند 90.417 بعد أن سجل في وقت سابق 90.498 .") == []
    # With a noun, a sign, a currency or one borrowed from the list it stays.
    assert values("تحوي 30 ألف مقاتل") == [(30000, "troops")]
    assert values("ارتفع 0.63 بالمئة") == [(0.63, "percent")]
    assert values("إلى 20 ريالاً بعد أن وصلت إلى 50") == [(20, "money"), (50, "money")]
    # A side of a result joined by a dash is a count of goals or points (``other``).
    assert values("وخسر 125-105.") == [(125, "other"), (105, "other")]
    # A vague word alone keeps its kind: it is no bare digit.
    assert [m.value_kind for m in quantities("وقتل العشرات") if m.sure] == ["vague"]


def test_troops_read_off_the_clause_are_not_given() -> None:
    # What the troops search for or fight is no force's size (the clause's weak word).
    assert values("حملة واسعة للبحث عن 110 تلميذات يعتقد أن مسلحين اختطفوهن") == []
    # Named by the figure's own noun or the word that governs it, a force's size stays.
    assert values("ضد قوة مهاجمة من 500 مقاتل") == [(500, "troops")]
    assert values("تشكيل قوة قوامها 30 ألفا") == [(30000, "troops")]


def test_a_qualifier_after_the_figure_or_an_upper_bound_is_kept() -> None:
    # Issue 18, round 23: "تقريبا" written after the figure and its noun, "لا يزيد عن/على"
    # (at most), and "على" written with its alef maqsura in every "يزيد/يقل على" form.
    about = quantities("قتل 200 شخص تقريبا في الهجوم.")[0]
    assert (about.value, about.qualifier, about.unit) == (200, "about", "شخص")
    at_most = quantities("أصيب ما لا يزيد عن 30 شخصا.")[0]
    assert (at_most.qualifier, at_most.low, at_most.high) == ("up_to", 0, 30)
    assert quantities("أصيب ما لا يزيد على 30 شخصا.")[0].qualifier == "up_to"
    assert quantities("قتل ما يزيد على 100 شخص.")[0].qualifier == "more_than"
    assert quantities("شارك ما لا يقل على 40 ألف شخص.")[0].qualifier == "at_least"
    assert quantities("قتل 200 تقريبا.")[0].unit is None
