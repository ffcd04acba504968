"""Issue 18, round 24 (speakers15): a speech verb joined to the sentence's opening verb speaks
for the typed body that verb names ("وأدانت وزارة الخارجية التركية ...، وقالت إنه"), never a
news agency nor the source after "وحسب"; a phrase that turns to a new subject ("إلى ذلك،",
"من جهتها،") does not hide who the sentence before a "وقال" is about; an honorific and a name
are a person, not a title; "التقرير" speaks for the issuer of the report told before ("أفاد
تقرير للبيت الأبيض"), else for nobody, and alone names no one for the summaries."""

from __future__ import annotations

from marsad.facts._circumstance import without_turn
from speakerkit import quote_speakers, sentence_quotes


def test_a_joined_verb_speaks_for_the_body_the_opening_verb_names() -> None:
    speakers = quote_speakers(
        "وأدانت وزارة الخارجية التركية قرار البرلمان الهولندي، وقالت إنه "
        '"غير ملزم أو صحيح من الناحية القانونية".'
    )
    assert speakers == ["وزارة الخارجية (تركيا)"]


def test_an_agency_or_a_source_before_the_verb_is_no_body_speaker() -> None:
    speakers = quote_speakers(
        "وحسب فرانس برس، عبر المسؤول عن سعادته بعد القرار الجديد، وقال "
        '"إنها لحظة تاريخية بالنسبة إلى كرة القدم الأفريقية".'
    )
    assert speakers == [None]


def test_a_turn_phrase_is_blanked_with_its_offsets_kept() -> None:
    text = "من جهتها، نصحت السفارة الرعايا بالبقاء بعيدا."
    turned = without_turn(text)
    assert len(turned) == len(text) and turned.lstrip().startswith("نصحت السفارة")
    assert without_turn("إلى ذلك، كشف ثرون أن النسبة ضئيلة.").lstrip().startswith("كشف")
    # a circumstance of time or place is no turn: the verb after it may continue a speaker
    assert without_turn("وبعد ساعة من اعتقاله، قال إن") == "وبعد ساعة من اعتقاله، قال إن"


def test_the_sentence_before_a_continuation_is_read_past_its_turn_phrase() -> None:
    speakers = quote_speakers(
        "وقال الباحث الألماني سيباستيان ثرون إن التقنيات الجديدة ستغير حياة البشر.",
        "إلى ذلك، كشف ثرون أن نسبة ما حققه البشر من اكتشافات لا يتجاوز 1 في المئة.",
        'وقال في معرض رده على سؤال العلماء: "ستخطئ الحكومات إذا فكرت بكبح هذه التقنيات".',
    )
    assert speakers[-1] == "سيباستيان ثرون"


def test_an_honorific_and_a_name_open_the_sentence_for_a_joined_verb() -> None:
    speakers = quote_speakers(
        "استنكر الدكتور فتح الباري يحيى، رئيس مؤسسة خير أمة العالمية بماليزيا، الأخبار "
        "المتداولة، وقال إن مسألة تسييس الحج عمل غير مقبول."
    )
    assert speakers == ["الدكتور فتح الباري يحيى"]


def test_the_report_speaks_for_its_issuer_named_before() -> None:
    speakers = quote_speakers(
        "أفاد تقرير للبيت الأبيض بأن القرصنة الإلكترونية كلفت الولايات المتحدة مليارات الدولارات.",
        "وأشار التقرير إلى عمليات القرصنة التي استهدفت مؤسسات خاصة وعامة.",
    )
    assert speakers == ["البيت الأبيض", "البيت الأبيض"]


def test_a_report_spoken_of_by_a_source_has_no_issuer() -> None:
    # the diplomat speaks of a statement; he issued no report: no speaker rather than him
    speakers = quote_speakers(
        "وقال دبلوماسي كبير إن بيان إيران للوكالة الدولية لم يوضح شيئا جديدا عن الخطط.",
        "وأشار التقرير إلى أن إيران لم ترد بعد على طلب الوكالة.",
    )
    assert speakers == ["دبلوماسي كبير", None]


def test_the_report_alone_names_no_speaker_in_one_sentence() -> None:
    # the summaries read one sentence: a bare report is nobody's there
    text = "وأشار التقرير إلى أن إيران لم ترد بعد على طلب الوكالة الدولية."
    quotes = sentence_quotes(text)
    assert [(q.speaker, q.report) for q in quotes] == [(None, True)]


def test_a_report_that_carries_a_named_person_s_words_is_hers() -> None:
    text = (
        "ونقل التقرير على لسان المديرة التنفيذية في هيومن رايتس ووتش، سارة ليا ويتسن، قولها: "
        '"اعتقال عبد الفتوح يشدد على رسالة الحكومة بأن انتقاد الرئيس أمر محرم."'
    )
    quotes = sentence_quotes(text)
    assert [(q.speaker, q.report) for q in quotes] == [("سارة ليا ويتسن", False)]
