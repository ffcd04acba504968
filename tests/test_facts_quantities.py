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
