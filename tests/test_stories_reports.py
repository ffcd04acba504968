"""One outlet's market reports of different sessions are different stories, in the digest and
in the store alike (Settings.recurring_report_weight; issue 17)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import numpy as np
from scipy.sparse import csr_matrix

from marsad.evidence import TITLE, market_report, market_rows
from marsad.lang.terms import terms
from marsad.model import Document
from marsad.settings import Settings
from storydocs import body_document, digest_joins, stream_joins

# Sky News's gold reports of 15 February 2018 09:21 and 16 February 02:34 (real titles), and
# made-up bodies of the same session-report template.
GOLD_1 = "الذهب يرتفع بسبب مخاوف التضخم"
GOLD_2 = "الذهب يرتفع مع هبوط الدولار لأدنى مستوياته"
BODY_1 = (
    "ارتفعت أسعار الذهب في المعاملات الفورية اليوم مع تزايد مخاوف المستثمرين من التضخم "
    "وصعد المعدن الأصفر في العقود الآجلة الأميركية وسط تداولات نشطة في الأسواق."
)
BODY_2 = (
    "ارتفعت أسعار الذهب في المعاملات الفورية اليوم بعد أن هبط الدولار إلى أدنى مستوياته "
    "وصعد المعدن الأصفر في العقود الآجلة الأميركية مع إقبال المشترين على الملاذ الآمن."
)
CUP = "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في النهائي."
DAY = datetime(2018, 2, 15, 9, 21, tzinfo=UTC)
ON = Settings(recurring_report_weight=0.5)
OFF = Settings(recurring_report_weight=1.0)


_document = partial(body_document, DAY)


def _documents(hours: float) -> list[Document]:
    return [
        _document("g1", GOLD_1, BODY_1, "skynews", 0),
        _document("c", "منتخب يفوز بالكأس", CUP, "BBC", 1),
        _document("g2", GOLD_2, BODY_2, "skynews", hours),
    ]


def test_headlines_of_market_reports() -> None:
    assert market_report(terms(GOLD_1, "ar")) and market_report(terms(GOLD_2, "ar"))
    assert market_report(terms("النفط يغلق بلا تغير وسط توقعات بزيادة في المخزونات", "ar"))
    assert market_report(terms("Oil prices fall as the dollar rises", "en"))
    # A deal in dollars is not the dollar's price; a cup final names no market.
    assert not market_report(terms("اتفاق لتصدير الغاز الإسرائيلي لمصر بـ15 مليار دولار", "ar"))
    assert not market_report(terms(CUP, "ar"))
    words = np.array(sorted(TITLE + t for t in {*terms(GOLD_1, "ar"), "مليار", "دولار"}))
    rows = csr_matrix(
        np.array([[w[1:] in terms(GOLD_1, "ar") for w in words], [w[1:] != "ذهب" for w in words]])
    )
    assert market_rows(rows, words).tolist() == [True, False]  # dollars in a billion


def test_one_outlets_reports_of_two_sessions_are_two_stories() -> None:
    apart = _documents(17.2)  # the two real reports' gap
    assert digest_joins(apart, OFF) and stream_joins(apart, OFF)
    assert not digest_joins(apart, ON) and not stream_joins(apart, ON)
    # One session's update (within six hours) stays one story.
    update = _documents(3)
    assert digest_joins(update, ON) and stream_joins(update, ON)
