"""Issue 18, tenth round: errors read on February 2018 stories outside the blind gold, each
cause on the ANT sentence it was found in: a day and month with "الماضي", digits glued to a
word, numbers that name, and speakers that are a clause of manner."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from figurekit import figure_claim
from marsad.facts.dates import MONTH_WORDS, date_mentions, resolve
from marsad.facts.discrepancies import FigureClaim, _part, figure_discrepancies
from marsad.facts.quantities import quantities
from marsad.facts.quotes import could_name, without_adverb
from speakerkit import article_speakers as speakers


def day_of(text: str, published: date) -> date | None:
    """The day the first date mention of ``text`` resolves to."""
    return resolve(date_mentions(text)[0], published, "resolved")[0]


def test_a_past_day_and_month_is_last_year_when_it_is_still_to_come() -> None:
    # Published 27 February 2018: the Westminster attack of 22 March 2017.
    text = 'حادث مشابه وقع يوم 22 مارس الماضي، حين دهس إرهابي يدعى "خالد مسعود" عددا من الأشخاص'
    assert day_of(text, date(2018, 2, 27)) == date(2017, 3, 22)
    assert day_of("في 20 فبراير الماضي", date(2018, 2, 27)) == date(2018, 2, 20)


def test_a_coming_day_and_month_is_after_the_publication_day() -> None:
    text = "ويرتقب أن يبدأ شحن الهاتف في الثامن من مارس المقبل"
    assert day_of(text, date(2018, 2, 20)) == date(2018, 3, 8)
    assert day_of("تنطلق البطولة في 5 فبراير المقبل", date(2018, 2, 27)) == date(2019, 2, 5)
    # Without a cue, the nearest as before.
    assert day_of("وقع الحادث في 22 مارس", date(2018, 2, 27)) == date(2018, 3, 22)


def figures(text: str) -> list[tuple[object, str | None]]:
    """(value, counted noun) of each figure of a sentence."""
    return [(m.value, m.unit) for m in quantities(text, month_words=MONTH_WORDS)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("بين 2.2 مليار و2.6 مليار لاعب.", 2_600_000_000),
        ("وهبطت العقود الأميركية للذهب 25 دولارا أو1.8 بالمئة لتبلغ 1331.20 دولار", 1.8),
        ("وهناك أكثر من13,1 مليون سوري بحاجة حاليا إلى مساعدات إنسانية", 13_100_000),
    ],
)  # fmt: skip
def test_digits_glued_to_a_word_keep_their_decimals(sentence: str, value: float) -> None:
    assert value in [v for v, _ in figures(sentence)]
    assert all(v not in (6_000_000_000, 8, 1_000_000) for v, _ in figures(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        'أكثر من 1600 مكالمة استغاثة وهمية على الرقم "911"، ما أثار إزعاج الشرطة.',
        "تصدت القوات للهجوم الذي نفذه أربعة مسلحين على مقر الكتيبة 101، التي تتمركز فيها",
        "احتل المركز الثالث في بطولة العالم لسباقات الفورمولا 1 الموسم المنصرم",
    ],
)
def test_a_number_that_names_is_no_figure(sentence: str) -> None:
    values = [v for v, _ in figures(sentence)]
    assert 911 not in values and 101 not in values and 1 not in values


def test_a_clause_of_manner_is_no_speaker_nor_the_next_quotes() -> None:
    found = speakers(
        'وخاطبت السفيرة الأميركية الرئيس الفلسطيني وكأنه موجود بالقاعة قائلة: "أرحب بك، '
        'سأتجاهل نصيحة تلقيتها مؤخراً من كبير مفاوضيكم، لن أخرس، وسأواصل الحديث".',
        'وأضافت أن المفاوضين الأميركيين "يجلسون خلفي وهم مستعدون لإجراء محادثات، ولكننا لن '
        'نطاردك، الخيار لك يا سيادة الرئيس".',
    )  # fmt: skip
    assert found == [None, None]


def test_could_name_refuses_clauses_and_keeps_names() -> None:
    assert not could_name("وكأنه موجود بالقاعة")
    assert could_name("نيكي هيلي") and could_name("وزير الخارجية") and could_name("كأس العالم")


def test_an_adverb_closing_a_speaker_is_left_off() -> None:
    assert without_adverb("شركة فيسبوك أيضا") == "شركة فيسبوك"
    assert without_adverb("المتحدث أيضاً") == "المتحدث"
    # A title's place ("عمدة لندن مجددا إن"): the name came before it.
    assert without_adverb("لندن مجددا") is None
    assert without_adverb("سيرغي لافروف") == "سيرغي لافروف"


claim = partial(figure_claim, outlet="", article="a", published=None)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # A part named after its whole: 2 of the 4 injured soldiers.
        ('أدى إلى جرح أربعة جنود إسرائيليين اصابة اثنين منهم "بالغة" وذلك لدى مرور آليتهم', 2),
        # One term of a toll told as a sum (17 killed elsewhere in the story).
        ("في أعقاب إطلاق النار، الذي أسفر عن مقتل 14 طالبا و3 من العاملين بالمدرسة.", 14),
    ],
)  # fmt: skip
def test_a_part_of_a_count_is_not_compared(sentence: str, value: float) -> None:
    assert _part(claim(sentence, value))


def test_a_whole_count_is_compared() -> None:
    assert not _part(claim("أدى إلى جرح أربعة جنود إسرائيليين اصابة اثنين منهم", 4))
    assert not _part(claim("قتل 5 أشخاص و20 جريحا في الهجوم.", 5))
    assert not _part(claim("وقتل 17 شخصا في مدرسة ثانوية بولاية فلوريدا.", 17))


def test_the_part_makes_no_conflict_with_the_whole() -> None:
    part = claim("أسفر عن مقتل 14 طالبا و3 من العاملين بالمدرسة.", 14)
    whole = claim("فتح النار في مدرسة ثانوية بولاية فلوريدا فقتل 17 شخصا.", 17)
    other = FigureClaim(
        article="b", mention=whole.mention, sentence=whole.sentence, published=None, outlet="cnn"
    )
    assert figure_discrepancies([part, other], language="ar") == []
