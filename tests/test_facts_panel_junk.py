"""Issue 18: junk an editor found in the facts panel, each kind on a February 2018 ANT sentence
(or a shortened one): Arabic-comma thousands, score sides, years after "في", populations read
as tolls, short words and first names read as places, non-names after titles."""

from __future__ import annotations

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.entities import entity_mentions
from marsad.facts.quantities import quantities


def figures(text: str) -> list[tuple[object, str | None, str | None]]:
    """(value, counted noun, concept) of each figure of a sentence."""
    return [(m.value, m.unit, m.concept) for m in quantities(text, month_words=MONTH_WORDS)]


def names(text: str) -> list[tuple[str, str]]:
    """(canonical, type) of each entity of a sentence."""
    return [(m.canonical, m.type) for m in entity_mentions(text)]


def test_arabic_comma_between_thousands_is_one_number() -> None:
    text = "أن تفرض انتهاكات اللوائح غرامات عالية تصل إلى 1،250،000 دولار أميركي"
    assert figures(text) == [(1_250_000, "دولار", None)]
    assert figures("يتقاضى ما بين 3،000 و4،000 ريال")[1][:2] == (4000, "ريال")
    # A glued comma before one or two digits and a scale is a decimal one.
    assert figures("بلغ الدين 13،1 مليون دولار")[0][:2] == (13_100_000, "دولار")
    # Spaced, four-digit groups are a list of years, not one number.
    assert figures("في الأعوام 1998، 2002، و2010") == []


def test_score_sides_count_goals() -> None:
    text = "وتقدم إلى المركز الثاني في الفوز 4-1 على وست هام يونايتد، السبت."
    assert figures(text) == [(4, "goal", None), (1, "goal", None)]
    assert [f[1] for f in figures("وبورنموث مع نيوكاسل 2 - 2.")] == ["goal", "goal"]
    assert {f[1] for f in figures("واعتمد ساري على خطة 4-3-3 الجريئة")} == {"goal"}
    # A range of a count keeps its noun and its concept.
    assert figures("مقتل 5-6 من المسلحين")[1][1:] == ("مسلحين", "troops")
    # Round 26: a dash range before its noun is one range of that noun, not 3 and 4.
    assert figures("أصيب 3-4 أشخاص") == [(None, "شخص", "injured")]
    # The match's day or year after a score is no count of days or years.
    assert {f[1] for f in figures("بتغلبه على ويست هام يونايتد 4 - 1 يوم السبت")} == {"goal"}
    assert {f[1] for f in figures("خسر أمام الزمالك المصري 3-1 عام 2003.")} == {"goal"}


def test_a_year_after_fi_is_no_count() -> None:
    assert figures("بعد اتهامه بمحاولة انقلاب، وفي 2013 أفرجت السلطات عنه") == []
    assert figures("تسبب القصف في 2000 قتيل") == [(2000, "قتيل", "killed")]


def test_a_population_is_no_toll() -> None:
    text = "أصيب 20 شخصا في المدينة التي يسكنها 400 ألف نسمة"
    assert figures(text) == [(20, "شخص", "injured"), (400_000, "نسمه", None)]
    text = "أصيب العشرات في الغوطة التي يعيش فيها نحو 400 ألف شخص"
    assert figures(text)[1] == (400_000, "شخص", None)
    assert figures("مقتل 20 من السكان") == [(20, "سكان", "killed")]


def test_short_word_is_not_a_longer_place() -> None:
    assert names("وأظهر كريستيانو للجميع كيف يمكن أن يساعد") == []
    assert names("وكيف يمكن ذلك") == []
    assert names("وفي كييف قال المتحدث") == [("كييف", "city")]


def test_indefinite_nisba_after_definite_word_is_a_first_name() -> None:
    assert names("أوضح المتحدث العقيد الركن تركي المالكي أن") == []
    assert ("تركيا", "country") not in names("وعين الأمير تركي بن طلال نائبا")
    assert names("اعتقل مواطن تركي في المطار") == [("تركيا", "country")]
    assert names("طالب الادعاء بالسجن مدى الحياة لمغربي اعترف") == [("المغرب", "country")]
    assert ("تركيا", "country") in names("قال الرئيس التركي رجب طيب أردوغان إن")


def test_words_after_a_title_that_are_no_name() -> None:
    assert names("وكان وزير الداخلية متوجهاً إلى الولاية") == []
    assert names("شهد التعديل تعيين وزير جديد للداخلية") == []
    assert names("أعلن الممثل جاستن ثيرو انفصالهما بعد") == [("جاستن ثيرو", "person")]
    assert names("قال وزير الخارجية سامح شكري إن") == [("سامح شكري", "person")]
