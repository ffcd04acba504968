"""One outlet's market reports whose headlines move differently (up, then down) are two
sessions from a quarter of a day apart, in the digest and the store alike
(Settings.recurring_report_moved_after_days; issue 17, round 8)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import numpy as np
from scipy.sparse import csr_matrix

from marsad.evidence import TITLE, market_move, move_rows, moved
from marsad.lang.terms import terms
from marsad.model import Document
from marsad.settings import Settings
from storydocs import body_document, digest_joins, stream_joins

# Sky News's oil reports of 22 February 2018 22:21 and 23 February 07:12 (real titles, 8.8 h
# apart, one story of the February digest before this rule), and made-up bodies of the
# session-report template.
UP = "النفط يرتفع بفعل الدولار ومخزونات الخام الأميركية"
DOWN = "تراجع أسعار النفط بفعل صادرات أميركا"
# Sky News's dollar reports of 27 February 21:33 and 28 February 09:43: the dollar's reaction
# to Powell's testimony, judged one event by the blind February check (group 24).
HIGH = "الدولار يسجل أعلى مستوى مع التوقعات برفع أسعار الفائدة"
BACKED = "الدولار يتلقى دعما من المراهنة على رفع الفائدة الأميركية"
BODY_1 = (
    "ارتفعت أسعار النفط في العقود الآجلة لخام برنت اليوم بعد أن تراجع الدولار "
    "وانخفضت مخزونات الخام الأميركية أكثر من المتوقع في تداولات نشطة بالأسواق."
)
BODY_2 = (
    "تراجعت أسعار النفط في العقود الآجلة لخام برنت اليوم مع زيادة صادرات الخام "
    "الأميركية إلى مستوى قياسي وتزايد الإنتاج الصخري في تداولات هادئة بالأسواق."
)
CUP = "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في النهائي."
DAY = datetime(2018, 2, 22, 22, 21, tzinfo=UTC)
ON = Settings()
OFF = Settings(recurring_report_moved_after_days=0.55)  # the session bar alone


_document = partial(body_document, DAY)


def _documents(first: str, second: str, hours: float) -> list[Document]:
    return [
        _document("a", first, BODY_1, "skynews", 0),
        _document("c", "منتخب يفوز بالكأس", CUP, "BBC", 1),
        _document("b", second, BODY_2, "skynews", hours),
    ]


def test_moves_of_market_headlines() -> None:
    assert market_move(terms(UP, "ar")) == 1  # up
    assert market_move(terms(DOWN, "ar")) == 2  # down
    assert market_move(terms("النفط يغلق بلا تغير وسط توقعات بزيادة في المخزونات", "ar")) == 4
    assert market_move(terms("أسعار النفط تتراجع مع ارتفاع الدولار", "ar")) == 3  # both named
    assert market_move(terms(BACKED, "ar")) == 0
    assert market_move(terms("Oil steadies after gold falls", "en")) == 6
    assert moved(1, 2) and moved(3, 4) and not moved(1, 1) and not moved(0, 1)
    words = np.array(sorted(TITLE + t for t in {*terms(UP, "ar"), *terms(DOWN, "ar")}))
    rows = csr_matrix(
        np.array([[w[1:] in terms(title, "ar") for w in words] for title in (UP, DOWN, BACKED)])
    )
    assert move_rows(rows, words).tolist() == [1, 2, 0]


def test_reports_that_move_differently_are_two_sessions() -> None:
    turned = _documents(UP, DOWN, 8.8)
    assert digest_joins(turned, OFF) and stream_joins(turned, OFF)
    assert not digest_joins(turned, ON) and not stream_joins(turned, ON)
    # An update within a quarter of a day stays one story, and so do two reports that do not
    # state different moves (the dollar's reaction to one testimony, 12 h apart).
    update = _documents(UP, DOWN, 3)
    assert digest_joins(update, ON) and stream_joins(update, ON)
    same = _documents(HIGH, BACKED, 12.2)
    assert digest_joins(same, ON) and stream_joins(same, ON)
