"""Two articles whose first sentences state different weekdays and whose headlines and leads
name cities or regions, none in common, tell two events of one kind (a missile on Jazan on
Thursday, one on Najran on Saturday), not one: they count less for stories, in the digest and
the store alike (localities.other_days_rows, with Settings.other_places_weight; issue 19,
round 28)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from marsad.cluster import TermCounts
from marsad.eval.story_check import month_stories
from marsad.evidence import EVENT_PLACE, HELD, apart_named, named_columns, named_terms
from marsad.localities import (
    EVENT_DAY,
    event_days,
    localities_apart,
    other_days_apart,
    other_days_rows,
)
from marsad.model import Document
from marsad.settings import Settings
from marsad.stream import places_of
from storydocs import body_document, digest_stories, stream_stories

# One story of the February 2018 month digest: Al Arabiya on the Saudi envoy's invitation in
# Beirut (Monday), CNN on the king receiving Hariri in Riyadh (Wednesday); real headlines and
# first sentences.
INVITED = "موفد سعودي في لبنان.. دعوة للحريري لزيارة المملكة"
INVITED_LEAD = (
    "أكد موفد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، المستشار في الديوان الملكي "
    'نزار العلولا، للمسؤولين اللبنانيين الذين التقاهم الاثنين في بيروت وبعبدا، أن "لبنان في '
    'قلب القيادة السعودية وفكرها"، بحسب ما أوردت صحيفة الشرق الأوسط. وسلم العلولا رئيس '
    "الوزراء اللبناني سعد الحريري دعوة رسمية لزيارة المملكة."
)
RECEIVED = "الملك سلمان يلتقي الحريري بأول زيارة له بعد رجوعه عن استقالته"
RECEIVED_LEAD = (
    "استقبل العاهل السعودي الملك سلمان بن عبدالعزيز في مكتبه بقصر اليمامة في الرياض الأربعاء "
    "رئيس الوزراء اللبناني، سعدالدين الحريري، الذي يزور المملكة للمرة الأولى منذ مطلع "
    "نوفمبر/تشرين الثاني الماضي، عندما خرج بشكل مفاجئ من العاصمة السعودية معلنا استقالته من "
    "منصبه بسبب تدخلات إيران وحزب الله."
)
# The same visit told on the Wednesday from Beirut's side would hold: both name Riyadh.
LEFT = "الحريري يصل السعودية.. ولقاء مرتقب مع الملك سلمان"
LEFT_LEAD = (
    "أعلن المكتب الإعلامي لرئيس الوزراء اللبناني، سعد الحريري، أنه غادر إلى الرياض، مساء أمس "
    "الثلاثاء، في أول زيارة إلى العاصمة السعودية منذ أن أعلن استقالته من هناك في الرابع من "
    "نوفمبر الماضي."
)
DAY = datetime(2018, 2, 27, 8, 14, tzinfo=UTC)
# Two articles alone: the bars at 0.15 stand for the story's other reports (in the month the
# invitation and the visit were one story of four).
ON = Settings(
    other_places_weight=0.5,
    story_threshold=0.15,
    storyline_threshold=0.12,
    stream_story_threshold=0.15,
    stream_storyline_threshold=0.12,
)
OFF = replace(ON, other_places_weight=1.0)

_document = partial(body_document, DAY)


def _visit() -> list[Document]:
    return [
        _document("a", INVITED, INVITED_LEAD, "AL", 0),
        _document("b", RECEIVED, RECEIVED_LEAD, "CN", 27.2),
    ]


def test_the_first_sentence_states_the_event_day() -> None:
    assert event_days("التقاهم الاثنين في بيروت") == [EVENT_DAY + "0"]
    assert event_days("استقبل الملك، يوم الأربعاء، والخميس") == [EVENT_DAY + "2", EVENT_DAY + "3"]
    assert event_days("يلتقي الفريقان الخميس المقبل") == []  # a day to come
    assert event_days("قتل مدنيون في دمشق") == []


def test_a_capital_is_an_event_place_only_after_a_locative() -> None:
    # A capital as the subject stands for its government: the four countries' statement on
    # Iran (February 2018) names no place of an event; in Riyadh, to Riyadh, in Sanaa do.
    document = _document("s", "", "واشنطن ولندن وباريس وبرلين تدين طهران", "SK", 0)
    found = named_terms("واشنطن ولندن وباريس وبرلين تدين طهران", document)
    assert any(term.startswith(HELD) for term in found)
    assert not any(term.startswith(EVENT_PLACE) for term in found)
    for text in ("استقبله في الرياض", "غادر إلى الرياض", "غارات بمحافظة صنعاء", "قصف في حلب"):
        assert any(term.startswith(EVENT_PLACE) for term in named_terms(text, document)), text


def test_two_cities_on_two_weekdays_are_apart_one_city_is_not() -> None:
    invited, received = (places_of(document) for document in _visit())
    assert any(term.startswith(HELD) for term in invited)
    assert other_days_apart(invited, received)
    # The rules before this one keep them: a name in common, no locality.
    assert not apart_named(invited, received) and not localities_apart(invited, received)
    left = places_of(_document("c", LEFT, LEFT_LEAD, "AL", 23))
    assert not other_days_apart(left, received)  # both name Riyadh
    assert not other_days_apart(invited, invited)


def test_other_days_rows_is_other_days_apart_pair_by_pair() -> None:
    documents = [*_visit(), _document("c", LEFT, LEFT_LEAD, "AL", 23)]
    counts = TermCounts.of(documents, marked=True)
    columns = named_columns(counts.vocabulary)
    pairs = np.array([(0, 1), (0, 2), (1, 2)])
    found = other_days_rows(counts.counts[:, columns], counts.vocabulary[columns], pairs)
    named = [places_of(document) for document in documents]
    assert found.tolist() == [other_days_apart(named[i], named[j]) for i, j in pairs.tolist()]
    assert found.tolist()[0] and not found.tolist()[-1]


def test_the_invitation_and_the_visit_are_two_stories_in_the_digest_and_the_store() -> None:
    documents = _visit()
    for settings, expected in ((OFF, 1), (ON, 2)):
        assert digest_stories(documents, settings) == expected
        assert stream_stories(documents, settings) == expected


def test_the_february_digest_parts_two_days_of_one_kind(shared_data: Callable[[str], Path]) -> None:
    """The month's stories of the kind (read by title) part at the defaults (before the rule
    each pair was one story): the coalition's strikes on four provinces (Friday-Saturday) from
    its strikes on the west coast (Monday); Jubeir at the Sahel conference (Friday, Brussels)
    from Jubeir at the European Parliament (Thursday). The four countries' statement on Iran
    ("واشنطن ولندن وباريس وبرلين تدين طهران", capitals as governments) stays with the veto."""
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    stories = month_stories(data, "2018-02", Settings())
    provinces, coast = "AL-internationalNews-189-20180224", "SK-middleEast-111-20180226"
    parliament, sahel = "SK-middleEast-23-20180222", "CN-middleEast-79-20180223"
    assert stories[provinces] != stories[coast] and stories[parliament] != stories[sahel]
    assert stories[parliament] == stories["CN-middleEast-59-20180222"]
    assert stories["SK-middleEast-129-20180228"] == stories["SK-middleEast-104-20180226"]
