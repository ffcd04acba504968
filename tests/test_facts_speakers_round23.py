"""Issue 18, round 23 (speakers14): a verb of stance ("وصف", "أدان", "اتهم", "طالبت", "ندد")
cites a quote in marks, however short, when a person or body the lexicons know is written right
after it; a verb with no subject of its own shares the one of the verb before; short marks after
a speech verb that takes a clause, or inside speech reported after إن, stay scare quotes."""

from __future__ import annotations

from marsad.facts._marked_verbs import marked_verb_positions
from speakerkit import sentence_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in sentence_quotes(text)]


def test_a_stance_verb_cites_a_short_quote_of_its_subject() -> None:
    text = 'ووصفت منظمة العفو الدولية الحملة بـ"انتهاك صارخ" للقانون.'
    assert _quotes(text) == [("انتهاك صارخ", "منظمة العفو الدولية")]


def test_a_verb_with_no_subject_shares_the_one_before() -> None:
    text = 'اتهمت منظمة العفو الدولية الحكومة بالتقصير، وطالبت بـ"تحقيق مستقل".'
    assert _quotes(text) == [("تحقيق مستقل", "منظمة العفو الدولية")]


def test_a_stance_verb_without_a_named_subject_cites_nothing() -> None:
    # the object after the verb is not its subject: no speaker rather than a wrong one
    assert _quotes('وطالبت بـ"تحقيق مستقل" في الحادث.') == []
    assert _quotes('ووصف الكاتب الحملة بـ"انتهاك صارخ" للقانون.') == []


def test_short_marks_inside_reported_speech_stay_scare_quotes() -> None:
    text = 'قال المرصد السوري لحقوق الإنسان إن طائرات قصفت مواقع "الثوار" في الغوطة.'
    assert [quote for quote, _ in _quotes(text)] == ['طائرات قصفت مواقع "الثوار" في الغوطة.']


def test_stance_verbs_are_verbs_not_nouns() -> None:
    text = "ووصفت الوزارة القرار، ويتهم الوصف الطالب"
    assert [text[a:b] for a, b in marked_verb_positions(text)] == ["ووصفت", "ويتهم"]


def test_a_short_quote_after_a_speech_verb_stays_a_scare_quote() -> None:
    # "نفى" takes a clause: a short quote after it is the outlet's marks, not the words
    assert _quotes('ونفت إيران الأمر بشكل "قاطع".') == []


def test_a_speech_verb_that_takes_a_noun_cites_a_short_quote() -> None:
    text = 'نددت الولايات المتحدة "بالمسؤولية الخاصة" لروسيا.'
    assert _quotes(text) == [("بالمسؤولية الخاصة", "الولايات المتحدة")]
