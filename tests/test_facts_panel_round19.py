"""Spans that are not facts in the facts panel, round 19 of issue 18: verbs taken for persons
and speakers, a tag's digits, a decimal's tail, a range "X إلى Y" (ANT February 2018)."""

from __future__ import annotations

from marsad.facts._name_words import named_speaker, not_a_name
from marsad.facts.quantities import quantities
from marsad.facts.quotes import quote_mentions
from marsad.lang.tokens import tokenize


def _verb(word: str) -> bool:
    token = tokenize(word)[0]
    return not_a_name(token.norm, token.text)


def test_verbs_of_derived_forms_are_no_names() -> None:
    # February speakers and persons: "هذه المرة تحلى غريب، رئيس تحرير ..." (a perfect of
    # form V), "لا يتوقع باركليز أن" (form V imperfect), "ولا يعتقد العياري أن" (form VIII),
    # "أن تقدم أوكسفام تقريرها", "توجهت منال صباح الجمعة إلى".
    for verb in ("تحلى", "يتوقع", "يتولى", "ويتطلع", "يعتقد", "يمتلك", "تقدم", "تطرق", "توجهت"):
        assert _verb(verb), verb
    assert named_speaker("يتولى") is None
    # The imperfect of a hamza-initial root: "يؤكد" and "تؤكد" (February persons).
    assert _verb("يؤكد") and _verb("وتؤكد") and _verb("يؤيد")
    assert named_speaker("يؤكد باركليز") == "باركليز"
    assert named_speaker("تطرق") is None


def test_the_subject_after_a_verb_is_the_speaker() -> None:
    # The verb comes first and its subject after it: "هذه المرة تحلى غريب، رئيس تحرير ..."
    # spoke, "لا يتوقع باركليز أن ...", "وقالت أوكسفام" after "أن تقدم أوكسفام تقريرها".
    assert named_speaker("تحلى غريب") == "غريب"
    assert named_speaker("يتوقع باركليز") == "باركليز"
    assert named_speaker("توجهت منال") == "منال"
    # A definite or a possessed noun after the verb is no name: the span is refused whole.
    assert named_speaker("يتحدث الأطفال") is None
    # A family name is definite, with the nisba's ending: "ولا يعتقد العياري أن" (February).
    assert named_speaker("يعتقد العياري") == "العياري"
    assert named_speaker("تذكر اسمها") is None
    assert named_speaker("معارضة تنشط") is None


def test_names_of_those_shapes_stay() -> None:
    # Names hold a long vowel ("تامر", "تيري", "يوسف") or end in ي, not ى ("تركي"); "فيكتور" is
    # ف + "يكتور" with a و after the ت; "ترمب" the lexicon starts a name with.
    for name in ("تامر", "تيري", "تومر", "تركي", "يوسف", "يعقوب", "تحسين", "توفيق", "يحيى"):
        assert not _verb(name), name
    assert not _verb("فيكتور")
    assert named_speaker("فيكتور أوربان") == "فيكتور أوربان"
    assert named_speaker("ترمب") == "ترمب"
    assert named_speaker("تركي آل الشيخ") == "تركي آل الشيخ"


def _figures(text: str) -> list[tuple[float | None, float | None, float | None, str]]:
    return [(m.value, m.low, m.high, m.value_kind) for m in quantities(text)]


def test_digits_glued_to_latin_letters_are_no_count() -> None:
    # "أطلق وسم #7WordsForSyria" (a hashtag named as such keeps its form), "مشروع دبي 10X".
    assert _figures("أطلق وسم #7WordsForSyria على تويتر") == []
    assert _figures("بحسب مدير مشروع دبي 10X عامر") == []
    assert _figures("شبكات 5G الجديدة") == []
    # A unit of measure written short stays a figure: "رقاقة بدقة 10nm" (February).
    assert _figures("رقاقة بدقة 10nm") == [(10, 10, 10, "exact")]


def test_a_decimal_glued_to_a_word_is_read_whole_or_not_at_all() -> None:
    # February market reports: "إلى16.87 دولار" read as 87 dollars, "عند1013.50" as 50,
    # "لتبلغ8,6 بالمئة" as 6%.
    assert _figures("وارتفعت الفضة إلى16.87 دولار للأوقية") == [(16.87, 16.87, 16.87, "exact")]
    assert _figures("بعدما سجل عند1013.50 دولار") == [(1013.5, 1013.5, 1013.5, "exact")]
    # Since the tokens split a word of two letters or more from its digits (quant8), these
    # are read whole too: 8.6%, and 6.6 billion, not 600 billion nor 1 billion.
    assert _figures("لتبلغ8,6 بالمئة في فرنسا") == [(8.6, 8.6, 8.6, "exact")]
    assert _figures("وبلغ6.600 مليار ريال لمدة 10 أعوام") == [
        (6.6e9, 6.6e9, 6.6e9, "exact"),
        (10, 10, 10, "exact"),
    ]


def test_x_to_y_without_between_is_one_range() -> None:
    # "ما بين 50 الى 60 راكبا" was one range; "بمعدل 5 الى 6%" and "12 إلى 14 سنة" (February)
    # were broken into two exact figures.
    assert _figures("يجب أن تنمو بمعدل 5 الى 6% لخلق الوظائف") == [(None, 5, 6, "range")]
    assert _figures("وكان عمره 12 إلى 14 سنة عندما") == [(None, 12, 14, "range")]
    people = quantities("ونقل 5 إلى 6 أشخاص إلى المستشفى لفترة وجيزة")
    assert [(m.low, m.high, m.value_kind, m.concept) for m in people] == [
        (5, 6, "range", "injured")
    ]
    assert _figures("فريق يتراوح من 3 إلى 10 جراحين") == [(None, 3, 10, "range")]


def test_from_x_to_y_is_a_change_and_days_stay_days() -> None:
    # "رفع السن القانونية من 18 إلى 21 عاما": a change, two figures; "26 إلى 28 مارس": days.
    assert [v for v, *_ in _figures("رفع السن القانونية من 18 إلى 21 عاما")] == [18, 21]
    days = quantities("على مدى 3 أيام 26 إلى 28 مارس", month_words=frozenset({"مارس"}))
    assert all(m.value_kind == "exact" for m in days)


def test_a_name_in_quotes_after_its_head_is_no_quote() -> None:
    # February: "ووصل مصرف "أتش أس بي سي" البريطاني", "في روايته "موسم الهجرة إلى الشمال"":
    # a bank's and a novel's names, shown as quotes without a speaker.
    assert quote_mentions('ووصل مصرف "أتش أس بي سي" البريطاني الى هذه النتائج', []) == []
    assert quote_mentions('خصوصاً في روايته "موسم الهجرة إلى الشمال" التي نالت جوائز', []) == []
    assert quote_mentions('وباع لعبة "ذا ليجند أوف زيلدا: بريث أوف ذا وايلد" بنجاح', []) == []
    # Words said stay a quote.
    said = quote_mentions('وقال الوزير "إن الوضع صعب جدا اليوم"', [])
    assert [q.text for q in said] == ["إن الوضع صعب جدا اليوم"]
