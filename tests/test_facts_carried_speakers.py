"""Issue 18, round 26 (speakers19): a bare speech verb takes the subject of the sentence
before when that sentence opens with a circumstance and then its verb and subject, and only
when the two verbs agree in gender."""

from __future__ import annotations

from marsad.facts._agreement import opening_genders
from speakerkit import quote_speakers


def test_a_bare_verb_after_a_subject_that_follows_a_circumstance() -> None:
    speakers = quote_speakers(
        "ويدرس ترامب بحذر تغييرات على قوانين الأسلحة ويتعرض لضغوط بسبب موجة نشاط طلابي.",
        "لكن في مستهل رابع مناقشة متعلقة بسياسة الأسلحة يجريها في أسبوع، طالب ترامب الكونغرس "
        "بالتوصل لحلول بشأن مشروع القانون.",
        'وقال إنه أبلغ مسؤولي اللجنة الوطنية للبنادق بأنه "حان الوقت للتحرك. علينا أن نضع حدا '
        'لهذا الهراء. حان الوقت".',
    )
    assert speakers[-1] is not None and "ترامب" in speakers[-1]


def test_a_masculine_verb_does_not_take_a_subject_of_a_feminine_one() -> None:
    speakers = quote_speakers(
        'ورفع المتظاهرون لافتات كتب عليها "أميركا جزء من المشكلة وليس الحل".',
        "ودانت وزارة الخارجية الأميركية الأحداث.",
        'وقال إن "الولايات المتحدة تعارض بالكامل اللجوء إلى العنف للتعبير عن آراء سياسية".',
    )
    assert speakers[-1] is None or "الخارجية" not in speakers[-1]


def test_only_a_named_subject_after_a_circumstance() -> None:
    speakers = quote_speakers(
        "في حديقة السفارة البريطانية بوسط الخرطوم، فوجئ السفير بحضور عدد من تلامذته وزملائه "
        "القدامى.",
        'وأضاف: "أعجبت بشكل كبير بالتفاني والخبرة التي يمتلكها العديد من السودانيين".',
    )
    assert "بحضور عدد" not in speakers


def test_no_country_for_its_adjective_after_a_circumstance() -> None:
    speakers = quote_speakers(
        "وفي قاعة المحكمة، أكدت الفرنسية التي كانت ترتدي عباءة سوداء أنها دخلت العراق.",
        'وقالت إنها "لم تشارك في أي قتال".',
    )
    assert "فرنسا" not in speakers


def test_the_gender_of_an_opening_verb() -> None:
    assert opening_genders("ودانت وزارة الخارجية الأحداث", "وزارة الخارجية") == ("f",)
    assert opening_genders("طالب ترامب الكونغرس", "ترامب") == ("m",)
    # "ولفت" is و + لفت (masculine) or a feminine four-letter stem: both
    assert opening_genders("ولفت زيد إلى", "زيد") == ("m", "f")
    # no verb before the opener: no agreement to read
    assert opening_genders("الرئيس ترامب قال", "ترامب") == ("m", "f")
