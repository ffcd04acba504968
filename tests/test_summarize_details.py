"""An outlet is credited on the first line only when its article gives the shown sentence's
details (its toll or score, counts, participants and place), not only its event; a one-line
flash goes to the second line (issue 19, item 2, credit5)."""

import importlib

import pytest

from marsad.model import Document
from marsad.settings import Settings
from marsad.summarize import also_told as also_module
from marsad.summarize.base import StoryText
from marsad.summarize.details import anchors_held, gives_details
from storydocs import sentences_document

FULL = [
    "قتل 95 شخصا وأصيب 158 آخرون في انفجار سيارة إسعاف مفخخة في العاصمة الأفغانية كابول،"
    " بحسب وزارة الداخلية الأفغانية.",
    "وأعلنت حركة طالبان مسؤوليتها عن الهجوم.",
]
FLASH = ["انفجار قوي يهز العاصمة الأفغانية كابول."]
OTHER_WORDS = [
    "أدى انفجار سيارة مفخخة في العاصمة الأفغانية إلى مقتل خمسة وتسعين شخصا وإصابة 158 آخرين.",
    "وتبنت حركة طالبان الهجوم.",
]
FIRE = ["وقالت إدارة الإطفاء في مدينة ليستر إنها أرسلت 6 سيارات إطفاء إلى موقع الانفجار."]
FIRE_WORDS = ["وقالت إدارة الإطفاء بالمدينة إنها أرسلت ست عربات إطفاء إلى الموقع بعد الانفجار."]
SETTINGS = Settings()


def _story(*articles: tuple[str, str, list[str]]) -> StoryText:
    documents: list[Document] = [
        sentences_document(article_id, source, "2018-01-27T12:00:00+00:00", "عنوان", sentences)
        for article_id, source, sentences in articles
    ]
    return StoryText.build(documents, attribution_threshold=SETTINGS.attribution_threshold)


def _first(story: StoryText, article: str) -> int:
    return next(k for k, s in enumerate(story.sentences) if s.article == article)


def _blast() -> StoryText:
    return _story(("full", "A", FULL), ("flash", "B", FLASH), ("words", "C", OTHER_WORDS))


def test_a_flash_without_the_toll_gives_no_details() -> None:
    story = _blast()
    assert not gives_details(story, _first(story, "full"), _first(story, "flash"))


def test_the_toll_in_words_and_the_place_are_the_details() -> None:
    story = _blast()
    assert gives_details(story, _first(story, "full"), _first(story, "words"))


def test_a_count_in_words_is_held() -> None:
    story = _story(("digits", "A", FIRE), ("words", "B", FIRE_WORDS))
    assert gives_details(story, _first(story, "digits"), _first(story, "words"))


def test_the_flash_is_credited_on_the_second_line(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _blast()
    shown, flash, words = _first(story, "full"), _first(story, "flash"), _first(story, "words")
    select = importlib.import_module("marsad.summarize.select")  # the package names a function
    monkeypatch.setattr(select, "_stating", lambda story, index, also=(): [shown, flash, words])
    sentence = select._credited(story, shown)
    assert sentence.sources == ("full", "words")
    assert "flash" in sentence.also
    # without the details test the flash is credited on the first line
    monkeypatch.setattr(select, "gives_details", lambda story, index, credit: True)
    assert "flash" in select._credited(story, shown).sources


def test_every_anchor_in_other_words_and_figure_writing_is_held() -> None:
    story = _blast()
    shown = _first(story, "full")
    assert anchors_held(story, shown, _first(story, "words")) == (3, 3)  # 95 in words, 158, place
    assert anchors_held(story, shown, _first(story, "flash")) is None  # no toll


def test_an_outlet_giving_every_anchor_is_listed_on_the_second_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _blast()
    shown, words = _first(story, "full"), _first(story, "words")
    monkeypatch.setattr(also_module, "ALSO_SAME", 50.0)  # the pair classifier alone: no list
    monkeypatch.setattr(also_module, "ROOT_SHARE", 50.0)  # nor the words by root (credit9)
    assert also_module.also_told(story, shown, frozenset({"A"})) == [words]
    monkeypatch.setattr(also_module, "ALSO_ANCHORED", 50.0)
    assert also_module.also_told(story, shown, frozenset({"A"})) == []


def test_a_source_word_inside_another_word_does_not_make_a_name_a_source() -> None:
    from marsad.summarize.details import _cited

    text = "وقال وزير النقل يوسف العلي إن الطريق سيفتح."
    assert not _cited(text, text.index("يوسف"), "يوسف العلي")  # "النقل": the ministry's
    text = "ونقل عن يوسف العلي أن الطريق سيفتح."
    assert _cited(text, text.index("يوسف"), "يوسف العلي")
