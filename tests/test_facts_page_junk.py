"""Issue 18, ninth round: junk an editor saw on every story page, each kind on the February 2018
ANT sentence it was found in: numbers with the Egyptian "ر" separator, minutes and age groups
read as figures, entities from a word of another sense."""

from __future__ import annotations

import pytest

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities


def figures(text: str) -> list[tuple[object, str | None]]:
    """(value, counted noun) of each figure of a sentence."""
    return [(m.value, m.unit) for m in quantities(text, month_words=MONTH_WORDS)]


def test_digits_around_ra_are_one_number() -> None:
    # Logical order: the right-hand group comes first; one digit after it is the decimals.
    text = "وقدرت الصحيفة ثمن هذه الممتلكات بـ 6ر9 مليون ريال (2.9 مليون دولار)."
    assert figures(text)[0] == (9_600_000, "ريال")
    # Three digits before ر are the thousands' remainder (the form the issue cites, 29,225).
    assert figures("شنت الطائرات 225ر29 غارة")[0] == (29_225, "غاره")


@pytest.mark.parametrize(
    "sentence",
    [
        "أضاف هدفين آخرين في الدقيقتين 43 و71، فيما كان الهدفان الآخران من ضربتي جزاء",
        "وسجل زكرياء حذراف (45 و64) ووليد الكرتي (61) وأيوب الكعبي",
        "ولعب مع ميلان السابق على منتخبي دون 20 و21 عاما، قبل أن يمنح مهمة الإشراف",
        "وسبقت له المشاركة مع منتخبي البرازيل تحت 17 و20 عاما.",
        "وهاجم تشيلسي السابق انضم لأكاديمية الفريق تحت 19 عاما.",
        "لا يجوز لأي فرد غير مؤهل بموجب المادتين 62 و63 من الدستور أن يتولى رئاسة حزب",
    ],
)
def test_minutes_articles_and_age_groups_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_figure_after_and_is_no_counted_noun() -> None:
    # "و21" is the list's next figure, not what 14 counts.
    found = figures("خمسا وثلاثين فتاة بين سن 14 و21 عاما، بعضهن من اوساط متواضعة")
    assert (14, "و21") not in found
    assert (14, None) in found
