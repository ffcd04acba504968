"""Issue 18, round 17: speakers of a second February sample outside the blind gold (ANT 2018),
labelled before the change (tests/data/facts_quotes_round17/README.md), and the rules it led to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from speakerkit import quote_speakers, sample_scores

SAMPLE = Path(__file__).parent / "data" / "facts_quotes_round17"


def test_the_second_february_sample_outside_the_gold(shared_data: Callable[[str], Path]) -> None:
    """150 places of February quotes outside the blind gold and round 16's sample, labelled by
    the engineer before the change (86/139 given a speaker at 82/86 right before it)."""
    measured = sample_scores(shared_data, SAMPLE)
    assert measured["speaker precision"].value >= 0.96, measured["speaker precision"]
    # 0.647 (90/139) since the name-span test of round 17 (facts_panel_round17): the speaker
    # gone, "CNN بطلبها", was labelled wrong; precision 88/90.
    assert measured["quotes with a speaker"].value >= 0.64, measured["quotes with a speaker"]


def test_a_governor_an_officer_and_an_investigator_are_titles_before_a_name() -> None:
    speakers = quote_speakers(
        "قال محافظ بنك إنجلترا مارك كارني، الاثنين، إن بيتكوين فشلت كعملة وفقا للمؤشرات.",
        "وقال ضابط الشرطة، ويسانوساك سيوب، لبي بي سي إن الحادث وقع في محطة قطارات سامسن.",
        'قال المحقق الرئيسي في مشروع الرفاه العالمي أندرو شوارتز، في مقابلة مع قناة "العربية"، '
        "إنه يعتقد أن الناس حول العالم سعداء.",
    )
    assert speakers == ["مارك كارني", "ويسانوساك سيوب", "أندرو شوارتز"]


def test_an_officer_no_one_names_is_no_speaker() -> None:
    speakers = quote_speakers("وقال ضابط في الجيش إن الوضع في المدينة هادئ جدا الآن.")
    assert speakers == [None]


def test_a_statement_from_a_body_or_issued_by_it_is_the_bodys() -> None:
    speakers = quote_speakers(
        "وأفاد بيان من وزارة الخارجية أنه تم إبلاغ السفير الصيني بأن ما حدث مؤسف جدا.",
        "وأوضح بيان نشره المركز الإعلامي للجيش اليمني، أن المواجهات تزامنت مع قصف مدفعي عنيف.",
        "وقال بيان من ثلاث صفحات إن الحكومة ستعمل على ذلك قريبا.",
    )
    assert speakers == ["وزارة الخارجية", "المركز الإعلامي للجيش اليمني", None]


def test_a_participle_of_manner_after_the_verb_is_how_not_who() -> None:
    speakers = quote_speakers(
        'وتعهد الرئيس التركي، رجب طيب أردوغان، بأن من أسقطوا الطائرة "سيدفعون ثمنا باهظا جدا".',
        'وأضاف مخاطبا أنصار حزب العدالة والتنمية الحاكم في مدينة إسطنبول "أسقطت إحدى '
        'مروحياتنا. هذه الأشياء ستقع إذ نحن في حرب".',
    )
    assert speakers[-1] == "رجب طيب أردوغان"


def test_a_participle_of_manner_closing_the_name_is_not_part_of_it() -> None:
    speakers = quote_speakers(
        'وأضاف كارني متحدثا أمام طلاب في جامعة ريغنت بلندن "إنها فشلت بشكل كامل تقريبا حتى '
        'الآن في الجوانب التقليدية".'
    )
    assert speakers == ["كارني"]


def test_a_spokeswoman_is_no_participle_of_manner() -> None:
    speakers = quote_speakers(
        "وقالت متحدثة باسم منظمة أوكسفام إن المنظمة لا تعمل مع المجالس المحلية في جنوب سوريا."
    )
    assert speakers == ["متحدثة باسم منظمة أوكسفام"]


def test_a_name_ends_before_what_was_spoken_about() -> None:
    speakers = quote_speakers(
        "ويتحدث المحقق الأمريكي ألان فاين عن نظرة أكثر سخرية للموقف.",
        'ويقول "الكثير مما فعله كان من أجل صورته وتأكيد الاعتقاد بأنه كان رجلا ثريا".',
        "وقال المسؤول الرئيسي عن الدراسة كيفين إنغ، من مركز روزويل بارك للسرطان، إن علينا التأكد "
        "من أن لدينا الجين المناسب.",
    )
    assert speakers == ["ألان فاين", "كيفين إنغ"]


def test_a_joined_verb_said_again_has_the_opening_subject() -> None:
    speakers = quote_speakers(
        "انتقد الرئيس الأميركي دونالد ترامب، المذيعة الشهيرة أوبرا وينفري، بسبب فقرة من برنامج، "
        "وقال مرة أخرى إنه يأمل أن تنافسه في انتخابات الرئاسة عام 2020."
    )
    assert speakers == ["دونالد ترامب"]
