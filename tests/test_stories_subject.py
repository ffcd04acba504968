"""Two articles days apart whose headlines share at most their subject (a name) are one
person's or club's separate items: they count less for stories, in the digest and the store
alike (Settings.one_subject_later_weight; issue 17, round 10)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from marsad.cluster import TermCounts, block_columns
from marsad.eval.story_check import month_stories
from marsad.evidence import TITLE, marked_terms, subject_only, subject_only_rows
from marsad.lang.terms import terms
from marsad.model import Document
from marsad.settings import Settings
from storydocs import body_document, digest_stories, stream_stories

# A glued story of the February 2018 month digest: BBC on 15 February 00:02 and CNN 62 hours
# later (real headlines and first lead sentences). The headlines share only Zuma.
ZUMA = "زوما يستقيل من رئاسة جنوب أفريقيا واعتقال مقربين منه"
ZUMA_LEAD = (
    "أعلن رئيس جنوب أفريقيا جاكوب زوما، استقالته من منصبه رسميا وبشكل فوري ليترك الحكم بعد "
    "تسع سنوات، فيما اعتقلت الشرطة مقربين منه من عائلة هندية ثرية."
)
KHASHOGGI = "خاشقجي: ليت مرسي فعل مثل زوما"
KHASHOGGI_LEAD = (
    "تمنى الإعلامي السعودي، جمال خاشقجي، لو قام الرئيس المصري المعزول، محمد مرسي بما قام به "
    "رئيس جنوب أفريقيا، جاكوب زوما، الذي استقال بطلب من حزب المؤتمر الوطني الحاكم بالبلاد."
)
DAY = datetime(2018, 2, 15, 0, 2, tzinfo=UTC)
# Two articles alone are far less alike than in a month's digest (the later-report discount
# parts them at 62 hours anyway): the rule from one day, to show it on the pair.
ON = Settings(one_subject_later_after_days=1.0)
OFF = Settings(one_subject_later_after_days=1.0, one_subject_later_weight=1.0)

_document = partial(body_document, DAY)


def _pair(hours: float) -> list[Document]:
    return [
        _document("a", ZUMA, ZUMA_LEAD, "BBC", 0),
        _document("b", KHASHOGGI, KHASHOGGI_LEAD, "CNN", hours),
    ]


def _headline(document: Document) -> list[str]:
    title = terms(document.article.title, document.language)
    return [term for term in marked_terms(title, document) if term.startswith(TITLE)]


def test_subject_only_reads_the_headlines() -> None:
    zuma, khashoggi = (_headline(d) for d in _pair(62))
    assert subject_only(zuma, set(khashoggi))  # Zuma alone
    resigns = _headline(_document("c", "استقالة زوما من رئاسة جنوب أفريقيا", "", "CNN", 62))
    assert not subject_only(zuma, set(resigns))  # Zuma, resigning, the presidency ...


def test_subject_only_rows_is_subject_only_pair_by_pair() -> None:
    documents = [*_pair(62), _document("c", "استقالة زوما من رئاسة جنوب أفريقيا", "", "CNN", 62)]
    counts = TermCounts.of(documents, marked=True)
    title = block_columns(counts.vocabulary)[1]
    pairs = np.array([(0, 1), (0, 2), (1, 2)])
    found = subject_only_rows(counts.counts[:, title], pairs)
    heads = [_headline(d) for d in documents]
    assert found.tolist() == [subject_only(heads[i], set(heads[j])) for i, j in pairs.tolist()]
    assert found.tolist()[:2] == [True, False]


def test_one_subject_days_apart_is_two_stories() -> None:
    for hours, parted in ((30, True), (20, False)):  # the rule starts at one day here
        documents = _pair(hours)
        assert digest_stories(documents, OFF) == 1
        stories = digest_stories(documents, ON)
        assert stories == (2 if parted else 1)
        for settings, expected in ((OFF, 1), (ON, stories)):
            assert stream_stories(documents, settings) == expected


def test_the_february_digest_parts_one_subjects_items(
    shared_data: Callable[[str], Path],
) -> None:
    """The month's two glued stories of the kind (read by title) part at the defaults."""
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    zuma, khashoggi = "BB-internationalNews-20-20180215", "CN-middleEast-14-20180217"
    mourinho, smalling = "SK-sport-115-20180224", "SK-sport-132-20180227"
    on, off = Settings(), Settings(one_subject_later_weight=1.0)
    before, after = (month_stories(data, "2018-02", s) for s in (off, on))
    assert before[zuma] == before[khashoggi] and after[zuma] != after[khashoggi]
    assert before[mourinho] == before[smalling] and after[mourinho] != after[smalling]
