"""A summary opens with an article's first sentence (issue 19, item 4, round 18), on February
2018 ANT reports: the four states' reply to Qatar at the Human Rights Council (February 28)."""

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.clean import clean_article
from marsad.eval.facts import ant_articles
from marsad.lang import analyse
from marsad.model import Document
from marsad.summarize import summarize

ZAABI = {"SK-middleEast-141-20180228", "CN-middleEast-134-20180228"}


def _story(shared_data: Callable[[str], Path], ids: set[str]) -> list[Document]:
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz")
    articles = sorted(ant_articles(ant, ids), key=lambda a: (a.published, a.id))
    assert len(articles) == len(ids)
    return [analyse(clean_article(article)) for article in articles]


def test_a_summary_opens_with_a_first_sentence(
    monkeypatch: pytest.MonkeyPatch, shared_data: Callable[[str], Path]
) -> None:
    """Before, the summary was CNN's second sentence alone ("ونقلت وكالة الأنباء الإماراتية …
    على لسان الزغابي قوله"), never saying who al-Zaabi is; now an article's first sentence
    opens it, credited to both outlets, and the quote it sums up is not shown beside it."""
    documents = _story(shared_data, ZAABI)
    shown = summarize(documents)
    assert shown[0].sentence == 0 and "عبيد سالم" in shown[0].text
    assert set(shown[0].sources) == ZAABI
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "_open_with_a_lead", lambda *_: None)
    assert all(s.sentence > 0 for s in summarize(documents))


def test_a_summary_with_a_first_sentence_is_left_alone(
    monkeypatch: pytest.MonkeyPatch, shared_data: Callable[[str], Path]
) -> None:
    """The rule only fills a gap: where a first sentence is chosen, nothing changes."""
    documents = _story(shared_data, {"SK-sport-112-20180224", "AL-sport-236-20180224"})
    shown = summarize(documents)
    assert any(s.sentence == 0 for s in shown)
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "_open_with_a_lead", lambda *_: None)
    assert summarize(documents) == shown
