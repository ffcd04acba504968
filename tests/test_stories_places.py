"""Two articles on one theme in two countries (headlines naming other places, no place or
person in common) count less for stories, in the digest and the store alike
(Settings.other_places_weight; issue 17, round 9; a shared organisation, round 10)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from marsad.clean import clean_articles
from marsad.cluster import TermCounts
from marsad.eval.noise import read_month
from marsad.eval.story_check import month_stories
from marsad.evidence import apart_named, apart_rows, named_columns, named_terms
from marsad.lang import analyse
from marsad.model import Document
from marsad.settings import Settings
from storydocs import body_document, digest_stories, stream_stories

# Headlines of the February 2018 digest's one story that the rule parts: Al Arabiya on 23
# February 04:09 and Sky News on 22 February 22:41 (real titles; made-up leads of the theme).
NIGERIA = "اختفاء 100 فتاة في نيجيريا بعد هجوم لبوكو حرام"
CAMEROON = "قتلى في هجومين لبوكو حرام الإرهابية في الكاميرون وتشاد"
NIGERIA_LEAD = (
    "قالت الشرطة إن مئة فتاة اختفين بعد هجوم شنه مسلحون من جماعة بوكو حرام المتشددة على "
    "مدرسة داخلية للبنات في بلدة دابتشي شمال شرقي نيجيريا مساء الاثنين."
)
CAMEROON_LEAD = (
    "قتل عدد من الأشخاص في هجومين شنهما مسلحون من جماعة بوكو حرام المتشددة على قريتين "
    "في أقصى شمال الكاميرون وغرب تشاد قرب بحيرة تشاد مساء الاثنين بحسب مصادر أمنية."
)
# One event, each article naming Britain (the Leicester explosion, 25-26 February 2018).
LEICESTER = "انفجار هائل يدمر متجرا ومنزلا في ليستر بوسط بريطانيا"
POLICE = "الشرطة البريطانية: انفجار ليستر ليس إرهابيا"
# One theme (a man who tried to join ISIS) in Israel and in the US: Sky News on 26 February
# 23:31 and Al Arabiya on 28 February 10:50, real headlines and first lead sentences. They share
# ISIS, an organisation: the theme, not the event (round 10).
ISRAEL = "إسرائيل.. السجن لأول يهودي حاول الانضمام لداعش"
ISRAEL_LEAD = (
    "حكمت محكمة إسرائيلية على يهودي اعتنق الإسلام بالسجن 38 شهرا إثر إدانته بمحاولة الالتحاق "
    "بتنظيم داعش في سوريا."
)
AMERICAN = "اعتقال أميركي حاول الانضمام إلى داعش في ليبيا"
AMERICAN_LEAD = (
    "أعلن الادعاء العام أن مواطناً أميركياً اعتنق الأفكار المتطرفة عبر الإنترنت سافر إلى "
    "الخارج في محاولة منه للانضمام إلى فرع لتنظيم داعش في ليبيا."
)
DAY = datetime(2018, 2, 22, 22, 41, tzinfo=UTC)
ON = Settings()
OFF = Settings(other_places_weight=1.0)


_document = partial(body_document, DAY)


def _pair() -> list[Document]:
    return [
        _document("a", CAMEROON, CAMEROON_LEAD, "skynews", 0),
        _document("b", NIGERIA, NIGERIA_LEAD, "alarabia", 5.5),
    ]


def test_named_terms_of_headline_and_lead() -> None:
    nigeria, cameroon = (named_terms(d.article.title, d) for d in reversed(_pair()))
    assert "\x00h:نيجيريا" in nigeria and "\x00p:نيجيريا" in nigeria
    assert "\x00h:تشاد" in cameroon  # Cameroon is not in the place lexicon
    assert apart_named(nigeria, cameroon)
    leicester, police = (
        named_terms(d.article.title, d)
        for d in (
            _document("c", LEICESTER, LEICESTER, "alarabia", 0),
            _document("d", POLICE, POLICE, "skynews", 8),
        )
    )
    assert not apart_named(leicester, police)  # both name Britain
    assert not apart_named(nigeria, [])  # a headline without a place: no rule


def test_apart_rows_is_apart_named_row_by_row() -> None:
    documents = [
        *_pair(),
        _document("c", LEICESTER, LEICESTER, "alarabia", 0),
        _document("d", POLICE, POLICE, "skynews", 8),
    ]
    counts = TermCounts.of(documents, marked=True)
    columns = named_columns(counts.vocabulary)
    pairs = np.array([(i, j) for i in range(4) for j in range(i + 1, 4)])
    found = apart_rows(counts.counts[:, columns], counts.vocabulary[columns], pairs)
    named = [named_terms(d.article.title, d) for d in documents]
    assert found.tolist() == [apart_named(named[i], named[j]) for i, j in pairs.tolist()]
    assert found.tolist()[0]  # the Boko Haram pair


def test_a_shared_organisation_is_the_theme_not_the_event() -> None:
    israel, american = (
        named_terms(d.article.title, d)
        for d in (
            _document("e", ISRAEL, ISRAEL_LEAD, "skynews", 0),
            _document("f", AMERICAN, AMERICAN_LEAD, "alarabia", 35),
        )
    )
    assert "\x00o:تنظيم الدولة الإسلامية" in israel and "\x00o:تنظيم الدولة الإسلامية" in american
    assert apart_named(israel, american)  # Israel (Syria) beside the US and Libya
    jubeir = [*israel, "\x00n:الجبير"]
    assert not apart_named(jubeir, [*american, "\x00n:الجبير"])  # a shared person still holds


def test_one_theme_in_two_countries_is_two_stories() -> None:
    isis = [
        _document("e", ISRAEL, ISRAEL_LEAD, "skynews", 0),
        _document("f", AMERICAN, AMERICAN_LEAD, "alarabia", 35),
    ]
    for documents in (_pair(), isis):
        assert digest_stories(documents, OFF) == 1
        assert digest_stories(documents, ON) == 2
        for settings, stories in ((OFF, 1), (ON, 2)):
            assert stream_stories(documents, settings) == stories


def test_the_february_digest_parts_one_theme_in_two_countries(
    shared_data: Callable[[str], Path],
) -> None:
    """The month's two glued stories of the kind (read by title) part; their right halves stay."""
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    nigeria, cameroon = "AL-internationalNews-172-20180223", "SK-internationalNews-70-20180222"
    israel, american = "SK-middleEast-100-20180226", "AL-internationalNews-258-20180228"
    geneva, strike, gaza = (
        "AL-internationalNews-212-20180225",
        "SK-internationalNews-125-20180225",
        "AL-internationalNews-234-20180226",
    )
    articles = {a.id: a for a in read_month(data, "2018-02")}
    chosen = (nigeria, cameroon, geneva, strike, gaza, israel, american)
    cleaned = clean_articles([articles[i] for i in chosen])
    documents = [analyse(c) for c in cleaned]
    named = {d.article.id: named_terms(d.article.title, d) for d in documents}
    assert apart_named(named[nigeria], named[cameroon])
    assert apart_named(named[geneva], named[gaza])
    assert not apart_named(named[geneva], named[strike])
    assert apart_named(named[israel], named[american])
    before, after = (month_stories(data, "2018-02", s) for s in (OFF, ON))
    assert before[nigeria] == before[cameroon] and before[geneva] == before[gaza]
    assert after[nigeria] != after[cameroon] and after[geneva] != after[gaza]
    assert after[geneva] == after[strike]
    assert before[israel] == before[american] and after[israel] != after[american]
