"""Two articles on one theme in two countries (headlines naming other places, no place,
person or organisation in common) count less for stories, in the digest and the store alike
(Settings.other_places_weight; issue 17, round 9)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from marsad.cluster import TermCounts, cluster_documents
from marsad.evidence import apart_named, apart_rows, named_columns, named_terms
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.pipeline import batch_params
from marsad.settings import Settings
from marsad.stream import StreamingClusterer, stream_params

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
DAY = datetime(2018, 2, 22, 22, 41, tzinfo=UTC)
ON = Settings()
OFF = Settings(other_places_weight=1.0)


def _document(aid: str, title: str, body: str, source: str, hours: float) -> Document:
    article = Article(
        id=aid, title=title, text=body, source=source, published=DAY + timedelta(hours=hours)
    )
    return analyse(CleanArticle(article=article, paragraphs=(body,)))


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


def test_one_theme_in_two_countries_is_two_stories() -> None:
    documents = _pair()
    assert len(cluster_documents(documents, batch_params(OFF)).groups) == 1
    assert len(cluster_documents(documents, batch_params(ON)).groups) == 2
    for settings, stories in ((OFF, 1), (ON, 2)):
        stream = StreamingClusterer(params=stream_params(settings))
        assert len({stream.resolve(stream.add(d)) for d in documents}) == stories
