"""Issue 18, item 4 (speakers22): speakers of quotes February's blind gold left with none, read
from February (ANT 2018): a teller named after "وبحسب ما نقلت", groups no one names, a body
written with its kind after "وكان"/"يذكر أن"."""

from __future__ import annotations

from speakerkit import article_speakers, sentence_speakers

_TAIL = " في المنطقة منذ سنوات طويلة بسبب الخلافات المتواصلة بين الطرفين."


def test_a_teller_named_after_according_to_what_opens_the_sentence() -> None:
    assert sentence_speakers(
        'وبحسب ما نقلت صحيفة "ديلي ميل" البريطانية، فإن للطائرة جناحين كبيرين' + _TAIL
    ) == ["صحيفة ديلي ميل"]
    assert sentence_speakers("ووفقا لما نقلته وكالة رويترز، فإن للطائرة جناحين كبيرين" + _TAIL) == [
        "وكالة رويترز"
    ]


def test_a_verb_after_the_teller_keeps_its_own_subject() -> None:
    speakers = sentence_speakers(
        "وبحسب ما ذكرت وكالة رويترز، قال وزير الخارجية سامح شكري إن المفاوضات مستمرة" + _TAIL
    )
    assert speakers == ["سامح شكري"]


def test_what_is_told_names_no_teller() -> None:
    assert sentence_speakers("وبحسب ما يبدو، فإن للطائرة جناحين كبيرين" + _TAIL) == []


def test_groups_no_one_names_head_a_speaker() -> None:
    assert sentence_speakers(
        "وقال أعضاء الهيئة التدريسية في قسم علم الاجتماع في الجامعة إنهم لم يروا أدلة" + _TAIL
    ) == ["أعضاء الهيئة التدريسية"]
    assert sentence_speakers(
        "وأشار الخبراء الاقتصاديين إلى أن الانقلاب على الدولار تقوده الحكومة الأمريكية" + _TAIL
    ) == ["الخبراء الاقتصاديين"]


def test_a_body_written_with_its_kind_before_kan_and_the_verb() -> None:
    assert sentence_speakers(
        "وكانت الحكومة المصرية قد أعلنت أن العملية العسكرية مستمرة" + _TAIL
    ) == ["الحكومة المصرية"]


def test_how_many_of_a_group_spoke() -> None:
    assert sentence_speakers(
        "قال عدد من الأهالي في نيجيريا إن أكثر من 100 فتاة مفقودات بعد الهجوم" + _TAIL
    ) == ["عدد من الأهالي"]


def test_a_group_is_never_a_name_written_after_it() -> None:
    speakers = article_speakers(
        "كذلك أشار عدد من الدبلوماسيين من الذين حضروا النقاش، وطلبوا عدم الكشف عن اسمائهم، "
        'إلى أن المسؤولين الأميركيين كانا شديدي "الود واللطف" في المنطقة.'
    )
    assert speakers == ["عدد من الدبلوماسيين"]
    assert sentence_speakers(
        "وقال عدد من شهود العيان كانوا داخل المبنى لحظة الحادث لوسائل الإعلام إن جرس انذار "
        "الحريق انطلق لحظة بدء إطلاق النار."
    ) == ["عدد من شهود العيان"]
