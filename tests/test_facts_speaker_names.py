"""Issue 18, round 14: speakers whose names no lexicon knows, read from the grammar around
them on February sentences (ANT 2018): two plain words after the speech verb closed by "من"
(where the person works) or by the bracket of an age, and compound first names ("علاء الدين");
never a quantity, a report, a participle of manner or an age phrase."""

from __future__ import annotations

import json

import marsad
from marsad.model import Article
from marsad.report import render_json
from speakerkit import quote_speakers


def test_a_name_closed_by_where_the_person_works() -> None:
    speakers = quote_speakers(
        "وقالت ميرنا وايسمان من معهد الطب النفسي في جامعة كولومبيا بمدينة نيويورك إن فحص "
        "النساء دوريا بعد الإصابة باكتئاب ما بعد الولادة يمكن أن يفيد."
    )
    assert speakers == ["ميرنا وايسمان"]


def test_a_compound_first_name_closed_by_an_age() -> None:
    speakers = quote_speakers(
        'وقال علاء الدين (23 عاما) أحد سكان مدينة الحمورية "مصير الغوطة مجهول، ليس لدينا إلا '
        'رحمة الله واللجوء إلى الأقبية".'
    )
    assert speakers == ["علاء الدين"]


def test_how_many_spoke_is_no_name() -> None:
    speakers = quote_speakers(
        "وقالت غالبية ساحقة من السكان إن الوضع سيء جدا في المدينة منذ أسابيع طويلة."
    )
    assert speakers == [None]


def test_a_participle_of_manner_is_no_second_name() -> None:
    speakers = quote_speakers(
        "وأشاد الرئيس الأمريكي، دونالد ترامب، الجمعة بمساعده بورتر.",
        'وقال ترامب متحدثا من المكتب البيضاوي: "لقد اكتشفنا ذلك مؤخرا، وفوجئت بذلك، لكننا '
        'بالطبع نتمنى له الخير".',
    )
    assert "ترامب متحدثا" not in speakers


def test_an_age_phrase_is_no_name() -> None:
    speakers = quote_speakers(
        'وقالت فتاة تبلغ من العمر 15 سنة شاركت في المسح إن "شركات التواصل الاجتماعي ينبغي أن '
        'تأخذ المسألة بجدية أكثر".'
    )
    assert "فتاة تبلغ" not in speakers


def test_reports_are_no_speaker() -> None:
    speakers = quote_speakers(
        "أشارت تقارير إعلامية من إسبانيا، إلى رغبة نادي ريال مدريد في التعاقد مع النجم الدولي "
        "المصري محمد صلاح."
    )
    assert all(speaker is None for speaker in speakers)


def test_a_verb_that_opens_the_sentence_reaches_a_far_quote() -> None:
    speakers = quote_speakers(
        "وقالت ليساندرا زيبيدا كبيرة الباحثين وهي طالبة دكتوراة في جامعة كوبنهاجن أثناء البحث "
        'الذي نشر في مطبوعة (نيتشر إيكولوجيأند إيفولشن) "قررنا دراسة هذه الأنواع لأن نظامها '
        'الغذائي غريب للغاية".'
    )
    assert speakers == ["ليساندرا زيبيدا"]


def test_a_far_inna_after_a_relative_clause() -> None:
    speakers = quote_speakers(
        "وقال إلوود، الذي فقد شقيقه في هجوم إرهابي في بالي عام 2002، وكان موجودا بنفسه في مسرح "
        "هجوم وستمنستر العام الماضي، إنه ينبغي محاكمة كوتيه والشيخ في لاهاي."
    )
    assert speakers == ["إلوود"]


def test_a_far_anna_is_another_verbs() -> None:
    """The far "أن" is "غادر"'s: Mueller did not say "يدلي بتصريح". Since round 20 the sentence
    is his announcement, read from after the day between commas (tests/test_facts_announcements.py)."""
    article = Article(
        id="q1",
        title="تصريحات",
        text="وأعلن مولر، الثلاثاء، ملاحقة أليكس فان دير زوان، الذي أقر بالذنب بعد الظهر أمام "
        "قاض في واشنطن، وغادر دون أن يدلي بتصريح أمام الصحافيين في المحكمة.",
        source="outlet",
        lang="ar",
    )
    story = json.loads(render_json(marsad.digest([article])))["stories"][0]
    quotes = [(f["speaker"], f["text"]) for f in story["facts"] if f["kind"] == "quote"]
    assert all(not text.startswith("يدلي") for _, text in quotes)
    assert all(speaker is None or text.startswith("ملاحقة") for speaker, text in quotes)


def test_a_far_quote_after_a_title_waits_for_the_name() -> None:
    speakers = quote_speakers(
        "وقال مدير الإدارة العامة لتقنية المعلومات والاتصالات بوزارة المالية السودانية، الطيب "
        "أبوكساوي، في مقابلة عبر الهاتف مع الصحيفة يوم الأحد الماضي في العاصمة الخرطوم، إن "
        "وزارة المالية واثقة من نجاح خطوة تحويل الرواتب."
    )
    assert all(speaker is None or not speaker.startswith("مدير") for speaker in speakers)


def test_a_far_quote_after_another_quote_is_no_ones() -> None:
    speakers = quote_speakers(
        'وأضاف شامانوف، القائد السابق للمظليين والذي انتخب نائبا "لقد أظهر ذلك فعالية الأسلحة '
        'الروسية أمام العالم أجمع"، وذلك في كلمة بمناسبة "يوم المدافعين عن الأمة في روسيا".'
    )
    assert speakers.count("شامانوف") <= 1


def test_a_far_quote_with_two_people_in_the_subject_is_no_ones() -> None:
    # In so long a subject either may speak ("أكد موفد ... الملك سلمان ...، المستشار ... نزار
    # العلولا، ... أن"): no speaker rather than a guess, even where the guess would be right.
    speakers = quote_speakers(
        "وقال مستشار الرئيس الروسي فلاديمير بوتين، ديمتري بيسكوف، الذي رافق الرئيس في زيارته "
        "إلى الصين الأسبوع الماضي ولقاءاته هناك مع كبار المسؤولين الصينيين في العاصمة بكين، إن "
        "الزيارة كانت ناجحة جدا."
    )
    assert all(speaker is None for speaker in speakers)


def test_the_day_after_a_subject_is_not_its_name() -> None:
    speakers = quote_speakers(
        "وقال المسؤول الفلسطيني ناصر القدوة الاثنين إن السلطة لن تقبل بأي وساطة أمريكية بعد "
        "اليوم في المفاوضات."
    )
    assert speakers and all(s is None or not s.endswith("الاثنين") for s in speakers)


def test_the_evening_of_a_day_after_a_subject_is_not_its_name() -> None:
    speakers = quote_speakers(
        "وقالت الشرطة البريطانية مساء الأحد إنها تتعامل مع الحادث على أنه عمل إرهابي في لندن."
    )
    assert speakers == ["الشرطة البريطانية"]
