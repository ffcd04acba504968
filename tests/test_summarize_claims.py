"""A sentence's claim (predicate, mood, polarity, what a call asks for) and the credits it
refuses: a call for another thing by the same speaker is another claim (issue 19, round 19), on
February 2018 sentences (Abbas at the Security Council, 20 February)."""

import importlib
from datetime import UTC, datetime

import pytest

from marsad.settings import Settings
from marsad.summarize.base import StoryText
from marsad.summarize.claims import called, calls_otherwise, conflict
from marsad.summarize.frames import counts_otherwise, frame
from marsad.summarize.select import _summary_sentence
from storydocs import sentences_document

INITIATIVE = "دعا الرئيس الفلسطيني محمود عباس لتطبيق مبادرة السلام العربية كما هي مع إسرائيل."
CONFERENCE = (
    "دعا الرئيس الفلسطيني محمود عباس، في خطاب أمام مجلس الأمن الدولي، إلى إقامة مؤتمر دولي "
    "للسلام في الشرق الأوسط بحلول منتصف هذا العام."
)
FRAMEWORK = (
    "أعلن مسؤولون فلسطينيون الاثنين أن الرئيس الفلسطيني محمود عباس سيدعو إلى إيجاد إطار أوسع "
    "لمفاوضات السلام مع إسرائيل من دون رعاية أمريكية."
)
# one call in two outlets' words: "آلية" is spelled as "إليه" once normalized, a function word
MECHANISM = "ودعا أبومازن إلى آلية دولية متعددة الأطراف للوساطة في القضية الفلسطينية."
FORMING = 'ودعا عباس إلى "تشكيل آلية دولية متعددة الأطراف تساعد الجانبين في المفاوضات".'


def test_what_a_call_asks_for() -> None:
    found = frame(INITIATIVE)
    assert found is not None and found.verb == "call"
    assert called(INITIATIVE) == {"تطبي", "مباد"}  # the verbal noun on "ل"
    assert called(CONFERENCE) == {"اقام", "موتم"}  # after "إلى", past the asides
    assert called(FRAMEWORK) == {"ايجا", "اطار"}  # "سيدعو" in a reported clause
    assert called("تحطمت طائرة ركاب إيرانية صباح الأحد.") == frozenset()


def test_a_call_for_another_thing_conflicts() -> None:
    assert calls_otherwise(INITIATIVE, CONFERENCE)
    assert calls_otherwise(INITIATIVE, FRAMEWORK)
    assert conflict(CONFERENCE, INITIATIVE)
    assert not calls_otherwise(INITIATIVE, INITIATIVE)
    assert not calls_otherwise(MECHANISM, FORMING)  # "آلية" kept as a word, not dropped
    assert not calls_otherwise(INITIATIVE, "وقال عباس إن السلام خيار استراتيجي.")  # no call


def test_another_figure_still_conflicts() -> None:
    shown, other = "أحرز اللاعب 32 هدفاً هذا الموسم.", "سجل اللاعب 31 هدفا هذا الموسم."
    assert counts_otherwise(shown, other) and conflict(shown, other)


def _story() -> StoryText:
    published = datetime(2018, 2, 20, 18, tzinfo=UTC).isoformat()
    documents = [
        sentences_document("fr", "france24", published, "عنوان", [INITIATIVE]),
        sentences_document("bb", "bbc", published, "عنوان", [CONFERENCE]),
    ]
    return StoryText.build(documents, attribution_threshold=Settings().attribution_threshold)


def test_the_outlet_of_another_call_is_not_credited(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story()
    shown = next(i for i, s in enumerate(story.sentences) if s.article == "fr")
    assert _summary_sentence(story, shown).sources == ("fr",)
    # without the claim's object, one doer's call is one event frame: the BBC was credited
    # (the package's "select" is the function: the module by its name)
    module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(module, "contradicts", counts_otherwise)
    assert "bb" in _summary_sentence(story, shown).sources
