"""Core units in the opening (issue 19, item 4, round 18), on February 2018 ANT reports: the
summary shows the lead that says all the chosen one says and more, never at the cost of a
credit (Liverpool's 4-1 over West Ham, February 24; the Mueller indictments, February 16-17),
and opens with an article's first sentence (the four states' reply to Qatar, February 28)."""

import importlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from marsad.clean import clean_article
from marsad.eval.facts import ant_articles
from marsad.lang import analyse
from marsad.model import Document
from marsad.settings import Settings
from marsad.summarize import StoryText, summarize
from marsad.summarize.fuller import fuller_leads

LIVERPOOL = {"SK-sport-112-20180224", "AL-sport-236-20180224"}
MUELLER = {
    "CN-internationalNews-16-20180216",
    "CN-internationalNews-14-20180217",
    "BB-internationalNews-7-20180217",
    "CN-internationalNews-8-20180217",
    "BB-internationalNews-4-20180217",
}
# skynews' lead: the 4-1, second place, Saturday, and the unbeaten home run al-Arabiya's lacks.
UNBEATEN = "مدد ليفربول سجله الخالي من الهزيمة على ملعبه"


def _story(shared_data: Callable[[str], Path], ids: set[str]) -> list[Document]:
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz")
    articles = sorted(ant_articles(ant, ids), key=lambda a: (a.published, a.id))
    assert len(articles) == len(ids)
    return [analyse(clean_article(article)) for article in articles]


def test_the_fuller_lead_is_found(shared_data: Callable[[str], Path]) -> None:
    documents = _story(shared_data, LIVERPOOL)
    story = StoryText.build(documents, attribution_threshold=Settings().attribution_threshold)
    key = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    everyone = np.ones(len(story.sentences), dtype=bool)
    short, full = key[("AL-sport-236-20180224", 0)], key[("SK-sport-112-20180224", 0)]
    assert fuller_leads(story, short, everyone) == [full]
    assert fuller_leads(story, full, everyone) == []  # not the other way


def test_the_summary_shows_the_fuller_lead(
    monkeypatch: pytest.MonkeyPatch, shared_data: Callable[[str], Path]
) -> None:
    """Before, the summary opened with al-Arabiya's shorter lead and kept another match's
    result (West Brom's defeat) in the room skynews' fuller lead now takes."""
    documents = _story(shared_data, LIVERPOOL)
    shown = summarize(documents)
    assert shown[0].text.startswith(UNBEATEN)
    assert set(shown[0].sources) == LIVERPOOL  # both outlets credited, as before
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "fuller_leads", lambda *_: [])
    assert not any(s.text.startswith(UNBEATEN) for s in summarize(documents))


def test_no_article_loses_its_credit(
    monkeypatch: pytest.MonkeyPatch, shared_data: Callable[[str], Path]
) -> None:
    """CNN's analysis ("اعتبرنا أخبار توجيه … مولر") says all its report's lead says and
    more, but only its own article is credited for it: the lead credited to three stays."""
    documents = _story(shared_data, MUELLER)
    lead = summarize(documents)[0]
    assert lead.article == "CN-internationalNews-16-20180216" and len(lead.sources) == 3
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "_credited", lambda *_: frozenset())
    assert summarize(documents)[0].article != "CN-internationalNews-16-20180216"


ZAABI = {"SK-middleEast-141-20180228", "CN-middleEast-134-20180228"}


def test_a_summary_opens_with_a_first_sentence(
    monkeypatch: pytest.MonkeyPatch, shared_data: Callable[[str], Path]
) -> None:
    """The four states' reply to Qatar at the Human Rights Council (February 28): before, the
    summary was CNN's second sentence alone ("ونقلت وكالة الأنباء الإماراتية … على لسان الزغابي
    قوله"), never saying who al-Zaabi is; now an article's first sentence opens it."""
    documents = _story(shared_data, ZAABI)
    shown = summarize(documents)
    assert shown[0].sentence == 0 and "عبيد سالم" in shown[0].text
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "_open_with_a_lead", lambda *_: None)
    assert all(s.sentence > 0 for s in summarize(documents))
