"""A sentence that leans to the shown one's fact and holds its words by root, listed on the second
credit line (issue 19, credit10). Engineer-written sentences after February 2018's Ghouta story
(Lavrov on the chlorine claims)."""

import numpy as np
import pytest

from marsad.summarize import also_told as module
from marsad.summarize.also_told import LEAN_SHARE, also_told
from marsad.summarize.base import StoryText
from marsad.summarize.root_cover import root_share
from test_summarize_told_whole import _at, _story

SHOWN = "وقال لافروف إن المزاعم بشأن استخدام غاز الكلور في الغوطة الشرقية هي محض استفزازات."
# the claim in other words: "reports" for "claims", "a deception" for "provocations"
TOLD = "ورد لافروف بأن ما يتردد عن هجوم بغاز الكلور في الغوطة الشرقية مجرد خدعة."
OTHER = "وأعلن الجيش الروسي فتح ممر إنساني لخروج المدنيين من المنطقة يوم الثلاثاء."

BBC = ["طلب بوتين هدنة إنسانية يومية في الغوطة الشرقية بدءا من الثلاثاء.", SHOWN]
CNN = ["أمر الرئيس الروسي بهدنة إنسانية يومية في الغوطة الشرقية اعتبارا من الثلاثاء.", TOLD, OTHER]


def _ghouta() -> StoryText:
    return _story(
        ("bbc", "BBC", "2018-02-26T14:33:00+00:00", BBC),
        ("cnn", "CNN", "2018-02-26T14:47:00+00:00", CNN),
    )


def _leaning(monkeypatch: pytest.MonkeyPatch, story: StoryText, shown: int, theirs: int) -> None:
    """The classifier leans to one fact for the pair (logit 0.2 both ways, under ``ALSO_SAME``)
    and not for the rest; no anchors, no root path of credit9, the credit model passing."""
    same = np.full((len(story.sentences),) * 2, -5.0)
    same[shown, theirs] = same[theirs, shown] = 0.2
    logits = dict(story.pair_logits or {})
    logits["same"] = same
    logits.pop("event", None)
    monkeypatch.setitem(story.__dict__, "pair_logits", logits)
    monkeypatch.setattr(module, "anchors_held", lambda story, index, j: None)
    monkeypatch.setattr(module, "ROOT_SHARE", 1.01)
    monkeypatch.setattr(module, "ALSO_CREDIT", -np.inf)


def test_the_claim_in_other_words_holds_a_share_by_root() -> None:
    assert root_share(SHOWN, TOLD, "ar") >= LEAN_SHARE
    assert root_share(TOLD, SHOWN, "ar") >= LEAN_SHARE
    assert root_share(SHOWN, OTHER, "ar") < LEAN_SHARE


def test_a_leaning_sentence_holding_the_words_is_listed_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _ghouta()
    shown, theirs = _at(story, "bbc", 1), _at(story, "cnn", 1)
    _leaning(monkeypatch, story, shown, theirs)
    assert also_told(story, shown, frozenset({"BBC"})) == [theirs]
    monkeypatch.setattr(module, "LEAN_SHARE", 1.01)  # the words not held: the lean alone is not
    assert also_told(story, shown, frozenset({"BBC"})) == []


def test_a_leaning_sentence_of_other_words_is_not_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _ghouta()
    shown, other = _at(story, "bbc", 1), _at(story, "cnn", 2)
    _leaning(monkeypatch, story, shown, other)
    assert also_told(story, shown, frozenset({"BBC"})) == []
