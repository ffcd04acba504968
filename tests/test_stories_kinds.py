"""One actor's next step and another day's market session are other stories (issue 19, round
31): headlines a day apart reporting different kinds of action (headline_kinds.py), and two
outlets' market reports of two days (Settings.market_sessions_after_days)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from marsad.headline_kinds import KIND, headline_kinds, kinds_apart, kinds_rows
from marsad.model import Article, Document
from marsad.newsroom import Newsroom, open_store
from marsad.settings import Settings
from storydocs import body_document, digest_joins, stream_joins

DAY = datetime(2018, 2, 10, 9, 0, tzinfo=UTC)
_document = partial(body_document, DAY)
# Made-up reports of one opposition leader: his assets frozen, then (a day later) his detention
# renewed; the same names and much of the same background.
FROZEN = "تجميد أموال رئيس حزب النهضة الجديدة سالم العمري"
HELD = "تجديد حبس رئيس حزب النهضة الجديدة سالم العمري"
BODY_FROZEN = (
    "أمرت النيابة العامة اليوم بتجميد أموال رئيس حزب النهضة الجديدة المعارض سالم العمري "
    "وأسرته بعد أن ثبت لديها استخدام جزء منها في تمويل جماعة محظورة، وقال محامي العمري "
    "إن موكله سيطعن في القرار أمام القضاء، فيما ينفي الحزب كل التهم الموجهة إلى رئيسه."
)
BODY_HELD = (
    "جددت محكمة الجنايات في العاصمة حبس سالم العمري رئيس حزب النهضة الجديدة خمسة عشر يوما "
    "على ذمة التحقيق، ورفضت طلب الدفاع إخلاء سبيله بكفالة، ويواجه العمري تهمة الانتماء إلى "
    "جماعة محظورة منذ توقيفه عقب مقابلة تلفزيونية انتقد فيها الحكومة."
)
BODY_MORE = (
    "أمرت النيابة العامة اليوم بتجميد حساب مصرفي آخر لرئيس حزب النهضة الجديدة سالم العمري "
    "في أحد البنوك الخاصة بعد تجميد أمواله وأموال أسرته أمس، وقال محامي العمري إن موكله "
    "سيطعن في القرارين أمام القضاء، فيما ينفي الحزب كل التهم الموجهة إلى رئيسه."
)
OTHER = "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في النهائي."
ON = Settings(other_kinds_weight=0.25, market_sessions_after_days=float("inf"))
OFF = Settings(other_kinds_weight=1.0, market_sessions_after_days=float("inf"))


def _steps(hours: float, second: str = HELD, body: str = BODY_HELD) -> list[Document]:
    return [
        _document("a", FROZEN, BODY_FROZEN, "skynews", 0),
        _document("c", "منتخب يفوز بالكأس", OTHER, "BBC", 1),
        _document("b", second, body, "alarabiya", hours),
    ]


def test_headline_kinds_read_by_root() -> None:
    assert headline_kinds(FROZEN) == [KIND + "seize"]
    assert headline_kinds(HELD) == [KIND + "arrest"]
    assert headline_kinds("رئيس فريق الدفاع عن الوزير يستقيل") == [KIND + "resign"]
    assert headline_kinds("غارات على المدينة ومقتل خمسة") == [KIND + "strike", KIND + "kill"]
    # A ministerial reshuffle is no visit, "leads to" no killing: words the table excepts.
    assert headline_kinds("تعديل وزاري يشمل حقيبة الداخلية") == []
    assert headline_kinds("المشروبات الحامضية قد تؤدي إلى تآكل الأسنان") == []


def test_kinds_apart_needs_a_kind_on_both_sides_and_none_shared() -> None:
    arrest, resign = KIND + "arrest", KIND + "resign"
    assert kinds_apart([arrest], [resign])
    assert not kinds_apart([arrest], [arrest, resign])
    assert not kinds_apart([arrest], ["\x00n:عمري"])
    words = np.array(sorted([arrest, resign, "\x00n:عمري"]))
    rows = csr_matrix(np.array([[1, 1, 0], [1, 0, 1], [1, 0, 0], [0, 1, 1]], dtype=float))
    pairs = np.array([[0, 1], [0, 2], [0, 3], [1, 3]])
    assert kinds_rows(rows, words, pairs).tolist() == [True, False, False, False]


def test_one_actors_next_step_a_day_later_is_another_story() -> None:
    later = _steps(26)
    assert digest_joins(later, OFF)
    assert not digest_joins(later, ON)
    # The same kind a day later (the assets of a second account frozen) stays one story, and
    # so do two kinds within half a day.
    assert digest_joins(_steps(26, "تجميد حساب آخر لرئيس حزب النهضة سالم العمري", BODY_MORE), ON)
    assert digest_joins(_steps(6), ON)


# Two outlets' gold reports (made-up bodies of one session-report template).
GOLD_1 = "الذهب يرتفع بسبب مخاوف التضخم"
GOLD_2 = "الذهب يرتفع مع هبوط الدولار لأدنى مستوياته"
GOLD_BODY_1 = (
    "ارتفعت أسعار الذهب في المعاملات الفورية اليوم مع تزايد مخاوف المستثمرين من التضخم، "
    "وصعد المعدن الأصفر في العقود الآجلة الأميركية وسط تداولات نشطة في الأسواق الآسيوية."
)
GOLD_BODY_2 = (
    "ارتفعت أسعار الذهب في المعاملات الفورية اليوم بعد أن هبط الدولار أمام سلة العملات، "
    "وزادت الفضة مع إقبال المشترين على الملاذ الآمن قبل بيانات الوظائف."
)


def _sessions(hours: float) -> list[Document]:
    return [
        _document("g1", GOLD_1, GOLD_BODY_1, "skynews", 0),
        _document("c", "منتخب يفوز بالكأس", OTHER, "BBC", 1),
        _document("g2", GOLD_2, GOLD_BODY_2, "alarabiya", hours),
    ]


def test_two_outlets_market_reports_of_two_days_are_two_stories() -> None:
    off = Settings(other_kinds_weight=1.0, market_sessions_after_days=float("inf"))
    on = Settings(other_kinds_weight=1.0, market_sessions_after_days=0.75)
    assert digest_joins(_sessions(20), off)
    assert not digest_joins(_sessions(20), on)
    assert digest_joins(_sessions(6), on)  # one session's two reports


def test_the_store_parts_one_actors_next_step_as_the_digest() -> None:
    """Issue 20 item 1: the store's streaming clusterer applies the rule too."""
    later = _steps(26)
    assert stream_joins(later, OFF)
    assert not stream_joins(later, ON)
    assert stream_joins(_steps(26, "تجميد حساب آخر لرئيس حزب النهضة سالم العمري", BODY_MORE), ON)
    assert stream_joins(_steps(6), ON)


def test_the_store_parts_two_outlets_sessions_as_the_digest() -> None:
    off = Settings(other_kinds_weight=1.0, market_sessions_after_days=float("inf"))
    on = Settings(other_kinds_weight=1.0, market_sessions_after_days=0.75)
    assert stream_joins(_sessions(20), off)
    assert not stream_joins(_sessions(20), on)
    assert stream_joins(_sessions(6), on)


def _store_joins(documents: list[Document], settings: Settings, path: Path) -> bool:
    """True when a store ingest (SQLite, the newsroom) puts the first and the third article
    in one story."""
    articles = [
        Article(
            id=d.id,
            title=d.article.title,
            text=d.article.text,
            source=d.article.source,
            published=d.article.published,
            published_certainty="stated",
        )
        for d in documents
    ]
    store = open_store(f"sqlite:///{path}")
    try:
        report = Newsroom(store, settings, workers=1).ingest(articles)
        stories = [store.story(story_id) for story_id in report.stories]
        members = [{a.id for a in s.story.articles} for s in stories if s is not None]
    finally:
        store.close()
    first, third = documents[0].id, documents[2].id
    return any({first, third} <= group for group in members)


def test_a_store_ingest_parts_both_rules_pairs(tmp_path: Path) -> None:
    """The digest's pairs of each rule, ingested into a store: parted with the rule only."""
    on = Settings(other_kinds_weight=1.0, market_sessions_after_days=0.75)
    off = Settings(other_kinds_weight=1.0, market_sessions_after_days=float("inf"))
    cases = ((_steps(26), ON, OFF), (_sessions(20), on, off))
    for n, (documents, with_rule, without) in enumerate(cases):
        assert _store_joins(documents, without, tmp_path / f"off{n}.db")
        assert not _store_joins(documents, with_rule, tmp_path / f"on{n}.db")
