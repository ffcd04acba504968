"""Issue 18 (garbled): a speaker's span that caught words of the clause around the name (an
editor's read of story pages: "البيان أنهما", "سابق إثر", "الداخلية وجاء فيه", "لشركة
كامبريدج", "متحدث باسم", "تعليق كلوب") is cut to the name, or given to no one."""

from __future__ import annotations

from marsad.facts._loose_words import without_loose_words
from speakerkit import quote_speakers


def _known(name: str) -> bool:
    return name == "كلوب"


def test_a_particle_after_the_name_is_cut_off() -> None:
    assert without_loose_words("الاتحاد الأوروبي من", _known) == "الاتحاد الأوروبي"
    assert without_loose_words("البيان أنهما", _known) == "البيان"
    assert without_loose_words("باخشوين عقب", _known) == "باخشوين"
    assert without_loose_words("منوتشين لبرنامج", _known) == "منوتشين"
    assert without_loose_words("نبيل أبو ردينة لوسائل", _known) == "نبيل أبو ردينة"
    assert without_loose_words("الداخلية وجاء فيه", _known) == "الداخلية"


def test_a_pronoun_before_the_name_is_cut_off() -> None:
    assert without_loose_words("وهو رحيم غول", _known) == "رحيم غول"
    assert without_loose_words("بحسب رويترز", _known) == "رويترز"


def test_a_span_with_no_name_left_is_nobodys() -> None:
    assert without_loose_words("سابق إثر", _known) is None
    assert without_loose_words("متحدث باسم", _known) is None
    assert without_loose_words("لشؤون الإعلام", _known) is None
    assert without_loose_words("ديفيد ابن", _known) is None
    assert without_loose_words("لإيرادات الحوثيين", _known) is None
    assert without_loose_words("لكنه توقع", _known) is None
    assert without_loose_words("إنهما", _known) is None
    assert without_loose_words("توزيع المياه", _known) is None


def test_a_preposition_on_a_body_is_cut_off() -> None:
    assert without_loose_words("لشركة كامبريدج", _known) == "شركة كامبريدج"
    assert without_loose_words("لحكومة هونغ كونغ", _known) == "حكومة هونغ كونغ"


def test_a_verbal_noun_before_a_person_named_is_cut_off() -> None:
    assert without_loose_words("تعليق كلوب", _known) == "كلوب"
    assert without_loose_words("تعليق أحد", _known) is None


def test_names_and_bodies_with_the_same_letters_stay() -> None:
    for name in ("سيرغي لافروف", "يوسي أبو", "مسؤولون بالشرطة", "بيل غيتس", "لوكاس مورا"):
        assert without_loose_words(name, _known) == name
    assert without_loose_words("المرصد السوري لحقوق الإنسان", _known) == (
        "المرصد السوري لحقوق الإنسان"
    )


def test_the_quote_of_a_body_that_warned_is_the_bodys() -> None:
    speakers = quote_speakers(
        'وحذرت منظمة الصحة العالمية من أن "وباء الكوليرا في اليمن قد يعود مع موسم الأمطار".'
    )
    assert speakers == ["منظمة الصحة العالمية"]


def test_a_span_that_opens_a_new_clause_is_nobodys() -> None:
    assert without_loose_words("وجاء فيه", _known) is None
