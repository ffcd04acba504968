"""A roundup of one night's matches is not one story with another match's report: two match
reports whose headlines name sides, one stating a result, neither headline naming a side of
the other's, count other_sides_weight (Settings.headline_sides; issue 17, round 13). The
roundup's lead names the other match, so the headline-and-lead test (sides_rows) misses it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from marsad.cluster import TermCounts
from marsad.eval.story_check import month_stories
from marsad.evidence import (
    HEADLINE_SIDE,
    match_sides,
    named_columns,
    sides_apart,
    sides_rows,
)
from marsad.model import Document
from marsad.settings import Settings
from storydocs import body_document, digest_stories, stream_stories

# A glued story of the February 2018 month digest (real headlines and first sentences): Al
# Arabiya's Europa League night, headed by Napoli-Leipzig, its third sentence Atletico's win;
# Sky News's report of Atletico-Copenhagen three hours earlier.
ROUNDUP = "الدوري الأوروبي: نابولي يهزم لايبزيغ ويغادر البطولة"
ROUNDUP_LEAD = (
    'بلغ لايبزيغ الألماني الدور ثمن النهائي لمسابقة الدوري الأوروبي "يوروبا ليغ" في كرة القدم، '
    "وذلك رغم خسارته أمام ضيفه نابولي الإيطالي صفر-2 الخميس في اياب الدور الثاني. "
    'وسجل البولندي بيوتر زيلينسكي "33" ولورنزو إينسيني "86" هدفي المباراة، لكن ذلك لم يكن كافيا '
    "للحؤول دون خروج فريقهما وتأهل لايبزيغ إلى ثمن النهائي في أول مشاركة قارية له، وذلك بفضل "
    'فوزه ذهابا على ملعب "سان باولو" بنتيجة 3-1. '
    'وبلغ أتليتيكو مدريد الإسباني الدور ثمن النهائي لمسابقة الدوري الأوروبي "يوروبا ليغ" في كرة '
    'القدم، وذلك بفوزه يوم الخميس على ضيفه كوبنهاغن الدنماركي 1-صفر على ملعب "واندا متروبوليتانو" '
    "في مدريد."
)
REPORT = "أتلتيكو لثمن نهائي يوروبا ليغ"
REPORT_LEAD = (
    'بلغ أتلتيكو مدريد الإسباني الدور ثمن النهائي لمسابقة الدوري الأوروبي "يوروبا ليغ" في كرة '
    'القدم، وذلك بفوزه على ضيفه كوبنهاغن الدنماركي 1-صفر على ملعب "واندا متروبوليتانو" في مدريد. '
    "وكان أتلتيكو حسم أيضا لقاء الذهاب خارج قواعده بنتيجة كبيرة 4-1."
)
# Another report of the roundup's own match: its headline names the roundup's sides.
OWN = "نابولي يفوز على لايبزيغ ويودع الدوري الأوروبي"
OWN_LEAD = (
    "فاز نابولي الإيطالي على مضيفه لايبزيغ الألماني 2-صفر الخميس في إياب الدور الثاني من "
    "الدوري الأوروبي، لكنه ودع المسابقة لخسارته ذهابا 1-3."
)
DAY = datetime(2018, 2, 22, 20, 50, tzinfo=UTC)
ON = Settings()
OFF = Settings(headline_sides=False)

_document = partial(body_document, DAY)


def _night() -> list[Document]:
    return [
        _document("a", REPORT, REPORT_LEAD, "SK", 0),
        _document("b", ROUNDUP, ROUNDUP_LEAD, "AL", 3.3),
        _document("c", OWN, OWN_LEAD, "BB", 2.0),
    ]


def _sides(document: Document) -> list[str]:
    return match_sides(document.article.title, document)


def test_the_headline_sides_are_kept_apart_from_the_leads() -> None:
    report, roundup, _ = (_sides(d) for d in _night())
    assert [t for t in roundup if t.startswith(HEADLINE_SIDE)]  # لايبزيغ after يهزم
    assert [t for t in report if t.startswith(HEADLINE_SIDE)]  # أتلتيكو, the first word


def test_a_roundup_and_another_match_are_apart_by_their_headlines_only() -> None:
    report, roundup, own = (_sides(d) for d in _night())
    assert not sides_apart(report, roundup)  # the roundup's lead names Atletico
    assert sides_apart(report, roundup, headlines=True)
    assert not sides_apart(roundup, own, headlines=True)  # one match: Napoli, Leipzig


def test_headlines_without_a_result_are_not_apart() -> None:
    report = _sides(_night()[0])
    quiet = _sides(
        _document("q", "مخاوف من غياب نيمار", "خسر الفريق 1-3 أمام ريال مدريد.", "AL", 1)
    )
    assert quiet and not sides_apart(report, quiet, headlines=True)


def test_sides_rows_with_headlines_is_sides_apart_pair_by_pair() -> None:
    documents = _night()
    counts = TermCounts.of(documents, marked=True)
    columns = named_columns(counts.vocabulary)
    pairs = np.array([(0, 1), (0, 2), (1, 2), (1, 1)])
    named, words = counts.counts[:, columns], counts.vocabulary[columns]
    found = sides_rows(named, words, pairs, headlines=True)
    sides = [_sides(d) for d in documents]
    assert found.tolist() == [sides_apart(sides[i], sides[j], True) for i, j in pairs.tolist()]
    assert found.tolist()[0] and not found.tolist()[2]


def test_a_roundup_and_another_match_are_two_stories_in_the_digest_and_the_store() -> None:
    documents = _night()[:2]
    for settings, expected in ((OFF, 1), (ON, 2)):
        assert digest_stories(documents, settings) == expected
        assert stream_stories(documents, settings) == expected


def test_the_february_digest_parts_the_europa_league_roundup(
    shared_data: Callable[[str], Path],
) -> None:
    """The month's glued roundup parts from Atletico's report at the defaults; the night's
    other roundup (Barcelona's draw and Bayern's five) stays with Barcelona's story."""
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    roundup, report = "AL-sport-193-20180223", "SK-sport-67-20180222"
    night, barcelona = "SK-sport-53-20180220", "CN-sport-30-20180220"
    before, after = (month_stories(data, "2018-02", s) for s in (OFF, ON))
    assert before[roundup] == before[report] and after[roundup] != after[report]
    assert after[night] == after[barcelona]
