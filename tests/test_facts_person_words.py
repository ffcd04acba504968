"""Words no person's span holds, round 19 of issue 18 (speakers7): a hollow verb's imperfect,
a verbal noun of form II, a future particle, a plural title (ANT February 2018)."""

from __future__ import annotations

from marsad.facts._name_words import named_speaker, not_a_person_word
from marsad.facts.entities import entity_mentions
from marsad.lang.tokens import tokenize


def _persons(text: str) -> list[str]:
    return [m.text for m in entity_mentions(text) if m.type == "person"]


def _not_person(word: str) -> bool:
    token = tokenize(word)[0]
    return not_a_person_word(token.norm, token.text)


def test_a_hollow_verb_is_no_speaker() -> None:
    # February speaker "يقوم عصمان" (the imperfect يفول of a hollow root).
    assert named_speaker("يقوم عصمان") is None
    assert named_speaker("يقول") is None
    # Names of four letters hold their و second or a long ا/ي: "يونس", "ياسر", "يزيد".
    for name in ("يونس", "ياسر", "يزيد", "يوسف"):
        assert named_speaker(name) == name, name


def test_a_verbal_noun_of_form_two_is_no_person() -> None:
    # February persons "تحرير مجلة" (after "رئيس"), "تشديد إجراءات", "تقديم".
    for word in ("تحرير", "تشديد", "تقديم", "تطبيق", "تنسيق", "وتوزيع"):
        assert _not_person(word), word
    assert _persons("الصحفي سليم لوزى رئيس تحرير مجلة الحوادث") == []
    assert _persons("قرار الرئيس الأميركي دونالد ترمب تطبيق عقوبات جديدة") == ["دونالد ترمب"]
    assert _persons("من إعلان رئيس الوزراء تقديم استقالته") == []
    # Given names of the shape stay: "تحسين", "تغريد", "تسنيم", "توفيق", "تيسير".
    for name in ("تحسين", "تغريد", "تسنيم", "توفيق", "وتيسير"):
        assert not _not_person(name), name


def test_a_future_particle_or_a_plural_title_is_no_person() -> None:
    # February persons "سوف" ("إن الملك سوف يتمكن") and "وزراء".
    assert _not_person("سوف") and _not_person("وزراء")
    assert _persons("وقالت الوكالة إن الملك سوف يتمكن من استئناف عمله") == []


def test_a_plural_title_is_no_first_name() -> None:
    # "نائب رئيس وزراء أستراليا بارنبي جويس" had the person and speaker "وزراء أستراليا بارنبي
    # جويس": the plural ends the span before it starts, and the speaker is the name after it.
    assert not any("وزراء" in p for p in _persons("نائب رئيس وزراء أستراليا بارنبي جويس"))
