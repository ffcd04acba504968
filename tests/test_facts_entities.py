"""Entities and quotes: lexicon variants, clitics, nisba, titled and partial names, speakers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.facts.entities import entity_mentions, partial_mentions, person_key
from marsad.facts.quotes import quote_mentions
from marsad.lang.names import fold, skeleton


def names(text: str) -> list[tuple[str, str]]:
    return [(m.canonical, m.form) for m in entity_mentions(text)]


def test_transliteration_variants_share_one_name() -> None:
    assert fold("توكاييف") == fold("توكايف")
    assert names("قال توكايف")[0][0] == names("قال توكاييف")[0][0] == "قاسم جومارت توكاييف"
    assert names("في ألما آتا")[0][0] == names("في ألماتي")[0][0] == "ألماتي"


def test_clitics_on_names() -> None:
    assert names("وبكازاخستان") == [("كازاخستان", "name")]
    assert names("ولكازاخستان") == [("كازاخستان", "name")]


def test_nisba_adjectives_point_to_their_country() -> None:
    for word in ("الكازاخستانية", "الكازاخية", "الكازاخستاني", "الروسية", "الروس", "الأميركي"):
        assert names(f"السلطات {word}")[-1][1] == "nisba", word
    assert names("السلطات الكازاخية")[-1][0] == "كازاخستان"
    assert names("وزارة الخارجية الأمريكية")[0][0] == "وزارة الخارجية (الولايات المتحدة)"


def test_multiword_organizations_and_places() -> None:
    assert names("تحت راية منظمة معاهدة الأمن الجماعي")[0][0] == "منظمة معاهدة الأمن الجماعي"
    assert names("في آسيا الوسطى")[0][0] == "آسيا الوسطى"


def test_titled_person_after_office_and_nisba() -> None:
    assert ("أندري سيرديوكوف", "titled") in names("وقال الجنرال الروسي أندري سيرديوكوف إن")
    found = names("وخلال اجتماع مع الأمين العام لمنظمة معاهدة الأمن الجماعي ستانيسلاف زاس، قال")
    assert ("ستانيسلاف زاس", "titled") in found


def test_title_before_a_common_noun_is_no_person() -> None:
    assert all(kind != "person" for _, kind in names("قائد كتيبة تابعة للمنظمة"))
    assert ("قوله", "titled") not in names("نقلت عن نائب عمدة مدينة ألماتي قوله إن")


def test_partial_names_join_the_full_name() -> None:
    people = {person_key("أندري سيرديوكوف"): "أندري سيرديوكوف"}
    found = partial_mentions("وسيرديوكوف هو قائد كتيبة", people)
    assert [(m.canonical, m.form) for m in found] == [("أندري سيرديوكوف", "partial")]
    assert skeleton("جومارت") == skeleton("جومرت")


def test_political_is_not_sisi() -> None:
    assert names("على المستوى السياسي") == []


def test_direct_quote_in_guillemets_with_speaker() -> None:
    text = "وقال الجنرال الروسي أندري سيرديوكوف إن «عملية حفظ السلام انتهت والمهام أنجزت»."
    quote = quote_mentions(text, entity_mentions(text))[0]
    assert (quote.kind, quote.speaker) == ("direct", "أندري سيرديوكوف")
    assert quote.text == "عملية حفظ السلام انتهت والمهام أنجزت"


def test_curly_and_straight_quotes() -> None:
    for left, right in (("“", "”"), ('"', '"')):
        text = f"وقال بوتين: {left}لن نسمح بثورات ملونة في المنطقة{right}"
        quote = quote_mentions(text, entity_mentions(text))[0]
        assert quote.speaker == "فلاديمير بوتين"


def test_scare_quotes_are_not_quotes() -> None:
    assert quote_mentions('ووصفت السلطات الأحداث بأنها عدوان "إرهابي" أجنبي.', []) == []


def test_reported_speech_after_that() -> None:
    text = "وقال توكاييف إن المهمة الرئيسية لقوات حفظ السلام أنجزت بنجاح"
    quote = quote_mentions(text, entity_mentions(text))[0]
    assert (quote.kind, quote.speaker) == ("reported", "قاسم جومارت توكاييف")
    assert quote.text.startswith("المهمة الرئيسية")


def test_subject_first_speaker() -> None:
    text = 'وزارة الدفاع الروسية قالت في بيان إن "الوحدات بدأت تحضير معداتها للعودة"'
    quote = quote_mentions(text, entity_mentions(text))[0]
    assert quote.speaker == "وزارة الدفاع (روسيا)"


def test_added_continues_the_previous_speaker() -> None:
    text = 'وأضاف: "من دون أدنى شك كان لديها أهمية معنوية كبيرة"'
    quote = quote_mentions(text, [], previous_speaker="قاسم جومارت توكاييف")[0]
    assert quote.speaker == "قاسم جومارت توكاييف"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_entities_and_quotes_never_crash(text: str) -> None:
    found = entity_mentions(text)
    quote_mentions(text, found, previous_speaker="x")


def test_word_test_asks_each_word_once_and_starts_again_past_its_limit() -> None:
    from marsad.lang.words import WordTest

    asked: list[str] = []

    def long_word(word: str) -> bool:
        asked.append(word)
        return len(word) > 3

    test = WordTest(long_word, limit=3)
    assert test.among(frozenset({"قال", "الرئيس", "في"})) == {"الرئيس"}
    assert test.among(frozenset({"الرئيس", "الوزير"})) == {"الرئيس", "الوزير"}
    assert sorted(asked) == sorted(["قال", "الرئيس", "في", "الوزير"])
    # Past the limit the sets start again: words are asked anew, answers unchanged.
    assert test.among(frozenset({"قال", "موسكو"})) == {"موسكو"}
    assert asked.count("قال") == 2


def test_a_definite_last_name_after_a_titled_first_name() -> None:
    # quote-feb3-130: not "عبدالفتاح" alone.
    text = "علّق الرئيس المصري عبدالفتاح السيسي على الضجة التي أُثيرت خلال الساعات الماضية"
    people = [e.text for e in entity_mentions(text) if e.type == "person"]
    assert people == ["عبدالفتاح السيسي"]
    # A day after the name is not part of it.
    text = "وقال وزير الخارجية عادل جبير الأحد إن المملكة ترحب بذلك"
    assert [e.text for e in entity_mentions(text) if e.type == "person"] == ["عادل جبير"]


def test_mentions_are_read_once_per_text_and_each_caller_gets_its_own_list() -> None:
    from marsad.facts.entities import _entity_mentions

    text = "التقى وزير الخارجية الأمريكي ريكس تيلرسون نظيره الروسي سيرغي لافروف في موسكو"
    _entity_mentions.cache_clear()
    first = entity_mentions(text)
    first.clear()  # a caller that edits its list must not change what the next one reads
    second = entity_mentions(text)
    assert {m.canonical for m in second} >= {"موسكو"}
    assert _entity_mentions.cache_info().hits == 1


def people(text: str) -> list[str]:
    """The names of the titled people a sentence gives."""
    return [m.canonical for m in entity_mentions(text) if m.type == "person" and m.form == "titled"]


def test_a_title_that_describes_the_word_before_is_no_title() -> None:
    # Issue 18, round 23 (February 2018 panels): "الحاكم"/"المحافظ" after a definite word are
    # its adjectives (ruling, conservative), and "آل الشيخ" is a family name.
    assert people("انتقد قادة في الحزب الحاكم قرار المحكمة العليا") == []
    assert people("وأضاف أن التيار المحافظ ربما لم ينته تماما") == []
    assert people("وأصدر آل الشيخ قرارا بتكليف مدير جديد") == []
    assert people("وقال المحافظ سامي الأحمد إن الطرق مغلقة") == ["سامي الأحمد"]


def test_words_after_a_title_that_name_no_one() -> None:
    # "مدير عام" is one office; a hospital heads no name; "د." abbreviates a title; "ليس" is
    # the verb of negation.
    assert people("وقال بيتر سلامة نائب مدير عام المنظمة لبرنامج الطوارئ") == []
    assert people("وقال مدير مستشفى عفرين، إن الجرحى كثيرون") == []
    assert people("كشفت مدير عام دبي الذكية د. عائشة بن بطي") == []
    assert people("معالي المستشار ليس فوق النقد") == []
