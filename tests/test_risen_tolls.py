"""Counts whose counted thing is named far back ("ارتفع عدد القتلى ... إلى") or by "قضى"."""

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities


def _one(text: str) -> tuple[str | None, bool]:
    (mention,) = quantities(text, month_words=MONTH_WORDS)
    return mention.concept, mention.sure


def test_a_toll_named_far_back_counts_its_thing() -> None:
    text = (
        "ارتفع عدد القتلى جراء القصف المدفعي على البلدة الصغيرة في الريف يوم الاثنين إلى 40 مدنيا."
    )
    assert _one(text) == ("killed", True)


def test_a_toll_of_the_injured_far_back() -> None:
    text = "وصل عدد المصابين في الحادث الذي وقع على الطريق السريع صباح اليوم إلى 12 شخصا."
    assert _one(text) == ("injured", True)


def test_a_toll_of_dead_and_wounded_stays_withheld() -> None:
    text = (
        "ارتفعت حصيلة قتلى الهجمات التي شهدتها المدينة مساء الخميس إلى نحو 60 شخصا بين جريح وقتيل."
    )
    assert _one(text) == (None, False)


def test_a_count_of_another_thing_is_no_toll() -> None:
    assert (
        _one("ارتفع عدد السياح القادمين إلى المدينة خلال الشهر الماضي إلى 40 ألف سائح.")[0] is None
    )


def test_a_break_ends_the_clause() -> None:
    text = "ارتفع عدد القتلى في البلدة، وقال المسؤول إن الشرطة نقلت إلى 5 أشخاص."
    assert _one(text)[0] is None


def test_qada_right_before_people_is_died() -> None:
    assert _one("وفي المدينة، قضى شخصان جراء البرد ليل الجمعة.") == ("killed", True)
    assert _one("وقضى 3 أشخاص غرقا في النهر.") == ("killed", True)


def test_qada_elsewhere_is_no_death() -> None:
    found = quantities("قضى الرئيس يومين في المدينة مع 30 طالبا.", month_words=MONTH_WORDS)
    assert [m.concept for m in found] == [None, None]
