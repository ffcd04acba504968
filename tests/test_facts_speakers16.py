"""Issue 18, round 24 (speakers16): the speaker named after the words ("«...»، قال X",
"«...»، بحسب X", "...، على حد تعبير X", "... هذا ما أكدت X", "حسبما قال X"), never a news
agency, a statement or what opens another clause; a group of companies named after its kind
("مجموعة ليبرتي ميديا") is a body that speaks."""

from __future__ import annotations

from marsad.facts._said_after import said_after
from marsad.facts._speech_verbs import is_speech_verb
from speakerkit import quote_speakers
from speakerkit import sentence_speakers as _speakers


def test_a_quote_then_the_verb_and_its_subject() -> None:
    text = '"نحن مستعدون للحرب في أي وقت"، قال وزير الدفاع الإسرائيلي أفيغدور ليبرمان.'
    assert _speakers(text) == ["أفيغدور ليبرمان"]
    text = '"نحن مستعدون للحرب في أي وقت" هذا ما قاله الرئيس الأمريكي دونالد ترامب.'
    assert _speakers(text) == ["دونالد ترامب"]


def test_a_quote_then_according_to_or_in_the_words_of() -> None:
    text = '"نحن مستعدون للحرب في أي وقت"، بحسب وزير الدفاع الإسرائيلي أفيغدور ليبرمان.'
    assert _speakers(text) == ["أفيغدور ليبرمان"]
    text = '"نحن مستعدون للحرب في أي وقت"، على حد تعبير رئيس الوزراء سعد الحريري.'
    assert _speakers(text) == ["سعد الحريري"]


def test_an_agency_after_the_quote_relays_it_and_speaks_for_no_one() -> None:
    assert _speakers('"نحن مستعدون للحرب في أي وقت"، بحسب فرانس برس.') == [None]


def test_a_verb_that_opens_another_statement_is_not_the_quote_s() -> None:
    text = '"نحن مستعدون للحرب في أي وقت"، قال ترامب إن الحرب قادمة.'
    assert said_after(text, text.index("،"), is_speech_verb) is None


def test_a_clause_then_the_one_who_said_it() -> None:
    text = (
        "سيعوض الأطفال العارضات على خط انطلاق السباقات، هذا ما أكدت مجموعة ليبرتي ميديا "
        "مالكة حقوق تنظيم بطولة العالم للفورمولا واحد الاثنين."
    )
    assert _speakers(text)[0] is not None and _speakers(text)[0].startswith("مجموعة ليبرتي")
    text = "الحكومة لن تتراجع عن قرارها مهما كلف الأمر، على حد تعبير رئيس الوزراء سعد الحريري."
    assert _speakers(text) == ["سعد الحريري"]


def test_according_to_a_speech_verb_that_is_a_stop_word() -> None:
    text = (
        "ويحاول المحققون تحديد ما إذا كان الأسود ضالعا في حصار مدينة ماراوي العام الماضي، "
        "حسبما قال ديلا روزا."
    )
    assert _speakers(text) == ["ديلا روزا"]


def test_a_bare_verb_after_a_clause_opens_the_next_clause() -> None:
    text = "وأحرز لوك مباه أيه موتي 15 من نقاطه في الربع الأخير، وأضاف كريس بول 15 نقطة."
    assert _speakers(text) == []


def test_also_with_an_object_or_another_clause_names_no_speaker() -> None:
    text = (
        "وأوردت وسائل إعلام أن الجيش سيساعد الأكراد في عفرين، لكن لم تظهر أية إشارات على "
        "الأرض، كما نفت وحدات حماية الشعب الكردية إبرام اتفاق مع دمشق."
    )
    assert "وحدات حماية الشعب الكردية" not in _speakers(text)
    # a clause after the name: not told apart from one the cue is not about (a loss accepted)
    text = (
        "وشنت إسرائيل سلسلة غارات جوية في سوريا على أهداف إيرانية، بحسب الجيش الإسرائيلي، "
        "لكن طهران نفت هذا الأمر بشدة."
    )
    assert "الجيش الإسرائيلي" not in [s for s in _speakers(text) if s]


def test_a_statement_after_the_quote_is_no_speaker() -> None:
    text = '"الجامعة ترفض أي تدخل في الأراضي العربية تحت أية ذريعة"، حسب البيان ذاته.'
    assert _speakers(text) == [None]


def test_a_group_named_after_its_kind_speaks_not_a_group_of_people() -> None:
    assert quote_speakers(
        "وقالت مجموعة لويدز المصرفية البريطانية الأحد إنها ستحظر استخدام بطاقات الائتمان "
        "لشراء العملات الرقمية."
    ) == ["مجموعة لويدز المصرفية البريطانية"]
    assert quote_speakers("وقالت مجموعة من الخبراء إن أي مقارنة بينهما ليست واردة.") == [None]
