"""Issue 18, round 15: facts-panel junk an editor named, each kind on a February 2018 ANT
sentence (shortened): quoted names taken for quotes, the seconds of "N دقائق وM ثانية" read as
a time of their own, a club after a title read as a person."""

from __future__ import annotations

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.entities import entity_mentions
from marsad.facts.quantities import quantities
from marsad.facts.quotes import ArticleNames
from marsad.lang.arabic import normalize
from speakerkit import sentence_quotes


def quotes(text: str) -> list[str]:
    """The quoted words of a sentence."""
    return [q.text for q in sentence_quotes(text)]


def figures(text: str) -> list[tuple[object, str | None]]:
    """(value, counted noun) of each figure of a sentence."""
    return [(m.value, m.unit) for m in quantities(text, month_words=MONTH_WORDS)]


def test_quoted_name_of_a_channel_is_no_quote() -> None:
    text = (
        'وأوضح نيمار الأب، فجر الأربعاء، للقناة البرازيلية لشبكة "إي إس بي إن" الرياضية '
        '"باريس سان جرمان يعرف تماما أنه لا يستطيع الاعتماد على نيمار".'
    )
    assert quotes(text) == ["باريس سان جرمان يعرف تماما أنه لا يستطيع الاعتماد على نيمار"]
    assert quotes('وفقاً لما ذكره شرطة مقاطعة لوغان لقناة "دبليو كيه آر إن".') == []


def test_quoted_title_or_group_name_is_no_quote() -> None:
    assert quotes('ويحذر تقرير بعنوان "الاستخدامات الخبيثة للذكاء الاصطناعي" من أن الذكاء') == []
    assert (
        quotes('تكتب صحيفة "القدس العربي" في مقال تحت عنوان "واشنطن تفشل في منع وصول عباس".') == []
    )
    assert quotes('ويحكم ائتلاف "جبهة الشعب الديمقراطية الثورية" أثيوبيا منذ أكثر من ربع قرن') == []


def test_quote_after_a_definite_noun_is_kept() -> None:
    # A definite noun before the quote is its subject, and the quote what it says.
    text = 'وقال النادي "أي شخص تثبت إدانته بارتكاب هذا السلوك سيواجه عقوبة من النادي".'
    assert quotes(text) == ["أي شخص تثبت إدانته بارتكاب هذا السلوك سيواجه عقوبة من النادي"]


def test_seconds_after_minutes_are_no_time_of_their_own() -> None:
    text = "وعزز الفريق الزائر تقدمه قبل 7 دقائق و52 ثانية على نهاية الربع."
    assert (52, "ثانيه") not in figures(text)
    # The hours head the time as "7 دقائق" does above (read since round 17 reads "بثلاث");
    # the minutes and seconds after them are its remainder.
    assert figures("بثلاث ساعات ودقيقتين و55 ثانية، متفوقا بفارق") == [(3, "ساعه")]
    # Seconds alone, or after another figure, stay.
    assert figures("وصل إلى المبنى بعد نحو 90 ثانية من انطلاق الرصاصة الأولى") == [(90, "ثانيه")]
    assert (3, "جندي") in figures("قتل 5 أشخاص و3 جنود خلال ساعتين")


def test_club_after_a_title_is_no_person() -> None:
    persons = [
        m.text
        for m in entity_mentions("وقال رئيس نادي الجزيرة إن الفريق جاهز")
        if m.type == "person"
    ]
    assert persons == []
    persons = [
        m.text for m in entity_mentions("وقال الرئيس الأمريكي دونالد ترامب") if m.type == "person"
    ]
    assert persons == ["دونالد ترامب"]


def test_that_spelled_inside_a_quoted_name_opens_no_speech() -> None:
    # "سي أن بي سي": the letters "أن" inside a channel's name are no complementizer.
    text = (
        'وأكد الخبير آندرو زمباليست على قناة "سي أن بي سي"، أن كوريا الجنوبية ستخسر أكثر من '
        "10 مليارات دولار."
    )
    found = [q.text for q in sentence_quotes(text)]
    assert found == ["كوريا الجنوبية ستخسر أكثر من 10 مليارات دولار."]


def test_country_is_no_family_name_of_a_speaker() -> None:
    # "شمال إسرائيل" (north of Israel) is no person whose family name is Israel: "قالت
    # إسرائيل" keeps the country as its speaker.
    names = ArticleNames(["لكن الطيار قفز قبل تحطمها شمال إسرائيل، فيما قالت إسرائيل إنها ردت."])
    assert names.get(normalize("إسرائيل")) is None
    assert ArticleNames(["وقال بارنبي جويس إنه لن يستقيل."]).get("جويس") == "بارنبي جويس"


def test_phone_and_card_numbers_are_no_counts() -> None:
    text = "تقديم شكوى لدى إدارة حماية العملاء على الرقم المجاني 8001256666 لدى المؤسسة"
    assert figures(text) == []
    assert figures("وحمل بطاقة رقمها القومي 29801011234567") == []
    # Counts keep their digits, short leading zeros included.
    assert figures("دفعت الشركة 2500000 دولار") == [(2_500_000, "دولار")]
    assert figures("قتل 05 أشخاص") == [(5, "شخص")]
