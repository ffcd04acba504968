"""The second level of credit: an outlet telling a shown sentence's fact in part or in other
words is listed apart (``SummarySentence.also``), never in ``sources`` (issue 19, credit4), on
real February 2018 sentences: Al Arabiya's and Sky's reports of Real Madrid's bid for Hazard
(story 6e4f6196). Al Arabiya's lead gives the 100 million pounds Sky's lead leaves out."""

import pytest

from marsad.summarize import also_told as module
from marsad.summarize.also_told import also_told
from marsad.summarize.select import _credited
from test_summarize_told_whole import _at, _hazard


def test_an_outlet_telling_the_fact_without_a_detail_is_listed_apart() -> None:
    story = _hazard()
    shown, theirs = _at(story, "arabiya", 0), _at(story, "sky", 0)
    sentence = _credited(story, shown)
    assert "sky" not in sentence.sources  # Sky's lead does not give the 100 million
    assert sentence.also == ("sky",)
    assert [ref.sentence for ref in sentence.also_refs] == [story.sentences[theirs].index]


def test_an_outlet_already_credited_is_not_listed_again() -> None:
    story = _hazard()
    shown = _at(story, "arabiya", 0)
    assert also_told(story, shown, frozenset({"skynews"})) == []


def test_an_article_the_credit_model_rules_out_is_not_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _hazard()
    shown = _at(story, "arabiya", 0)
    monkeypatch.setattr(module, "ALSO_CREDIT", 50.0)
    # an article giving every anchor is listed whatever the model (the test below): not here
    monkeypatch.setattr(module, "anchors_held", lambda story, index, j: (0, 1))
    assert also_told(story, shown, frozenset()) == []


def test_a_sentence_the_classifier_does_not_read_as_the_fact_is_not_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _hazard()
    shown = _at(story, "arabiya", 0)
    monkeypatch.setattr(module, "ALSO_SAME", 50.0)
    monkeypatch.setattr(module, "ALSO_ANCHORED", 50.0)  # nor one giving every anchor
    assert also_told(story, shown, frozenset()) == []


def test_an_article_giving_every_anchor_is_listed_whatever_the_credit_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Sky's lead has one anchor (Hazard); Al Arabiya's article names him and its lead reads as
    # Sky's fact both ways: the credit model, reading words, no longer rules it out (round 25)
    story = _hazard()
    shown, theirs = _at(story, "sky", 0), _at(story, "arabiya", 0)
    monkeypatch.setattr(module, "ALSO_CREDIT", 50.0)
    assert also_told(story, shown, frozenset()) == [theirs]
    monkeypatch.setattr(module, "ALSO_SAME", 50.0)  # not read as the fact: the model's bar holds
    assert also_told(story, shown, frozenset()) == []
