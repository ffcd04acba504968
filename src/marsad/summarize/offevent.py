"""Sentences about another event than the story's (issue 19, round 14): a match a report turns
to after its own ("وفي مباراة أخرى …"), and a preview of the match that the story's later
articles report ("يواجه برشلونة … يوم الثلاثاء" beside "تعادل برشلونة … 1-1"): the guesses
before the match are stale once the result is told."""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np

from marsad.lang.arabic import normalize
from marsad.summarize.base import StoryText
from marsad.summarize.events import scores

# A result is told by an article's first sentences: the score of a match report's lead.
RESULT_LEAD = 2
# A roundup turns to its next match with "وفي" + a match that is another, second, third ("وفي
# مباراة أخرى،", "وفي المباراة الثانية،", "وفي لقاء آخر") or the rest of them ("وفي باقي
# المباريات", "وفي المواجهات الأخرى"): February's sports reports, every such opening read.
_ANOTHER = r"(?:ال)?(?:[أا]خر[ىي]|آخر|[اأ]خر|ثاني[ةه]|ثالث[ةه]|رابع[ةه]|خامس[ةه])"
OTHER_MATCH = re.compile(
    r"^\W*(?:و|ف)?(?:في|فى|ضمن)\s+(?:"
    r"(?:ال)?(?:مبارا[ةه]|مواجه[ةه]|لقاء|قم[ةه])\s+" + _ANOTHER
    + r"|(?:(?:باقي|بقي[ةه])\s+)?(?:ال)?(?:مباريات|مواجهات|لقاءات)\s+" + _ANOTHER
    + r"|(?:باقي|بقي[ةه])\s+(?:ال)?(?:مباريات|مواجهات|لقاءات))"
)
# A match announced, in the matching form (``normalize``): a lead opening, within its first
# seven words, with the imperfect of a verb of facing or preparing ("يواجه برشلونة …",
# "يستضيف الأربعاء ملعب …", "بعد تصحيح المسار … يدخل الوداد … تحدي السوبر"; a played match's
# report leads with the perfect: فاز، تعادل، تغلب), a future of one ("التي ستجمعه، السبت",
# "وسيلتقي"; "الاستعداد للمباراة"), "when it plays" ("عندما يخوض", "حينما يحل ضيفا") or a stadium "the stage of"
# a match ("سيكون ملعب … مسرحا لمواجهة"). February's preview leads, read.
_MEETS = r"(?:واجه|لتقي|لاقي|ستضيف|خوض|حل|زور|لعب|ستقبل|نازل)"
PREVIEW = re.compile(
    r"^(?:\S+\s+){0,6}?(?:ي|ت)(?:" + _MEETS[3:-1] + r"|دخل|ستعد|سعي|بحث|تطلع)\s"
    r"|(?<!\w)و?س(?:ي|ت)(?:" + _MEETS[3:-1] + r"|جمع)|(?:عندما|حينما|حين)\s+(?:ي|ت)" + _MEETS
    + r"|مسرحا\s+ل(?:مواجهه|مباراه|لقاء|قمه)|الاستعداد\s+لل?(?:مواجهه|مبارا?ه|لقاء|قمه|خوض)"
)


def other_event(story: StoryText) -> np.ndarray:
    """Mask of the sentences that tell another event than the story's, in stories of two
    articles or more (one article's summary is its own): ``other_match`` | ``stale_preview``."""
    if len(story.documents) < 2:
        return np.zeros(len(story.sentences), dtype=bool)
    found: np.ndarray = other_match(story) | stale_preview(story)
    return found


def other_match(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that turn to another match ("وفي مباراة
    أخرى، …", "وفي المباراة الثانية، …", "وفي باقي المباريات …"): a roundup's next item, not
    the event of its lead, however many outlets carry the same roundup (February: Bayern's 5-0
    over Besiktas, credited to three outlets, in the story of Chelsea 1-1 Barcelona)."""
    return np.array(
        [bool(s.index) and bool(OTHER_MATCH.search(s.text)) for s in story.sentences], dtype=bool
    )


def stale_preview(story: StoryText) -> np.ndarray:
    """Mask of the sentences of a preview article (its first sentence announces a match:
    ``PREVIEW``, and gives no score) published before the story's first article whose lead
    gives a score: once the match is reported, its build-up is stale (February: "وسيسعى زملاء
    … نيمار إلى الإطاحة بـ"ملك" أوروبا" beside Real Madrid's 3-1 over PSG; the Wydad's
    "يدخل الوداد … تحدي السوبر الأفريقي" opening the summary of its 1-0 win)."""
    found = np.zeros(len(story.sentences), dtype=bool)
    published = {d.id: d.article.published for d in story.documents}
    first = _first_result(story, published)
    if first is None:
        return found
    previews = {
        s.article
        for s in story.sentences
        if s.index == 0
        and (when := published[s.article]) is not None
        and when < first
        and _announces_match(s.text)
    }
    if previews:
        found[:] = [s.article in previews for s in story.sentences]
    return found


def _first_result(story: StoryText, published: dict[str, datetime | None]) -> datetime | None:
    """Publication time of the earliest dated article whose lead gives a match score."""
    times = [
        when
        for s in story.sentences
        if s.index < RESULT_LEAD and (when := published[s.article]) is not None
        if scores(s.text)
    ]
    return min(times) if times else None


def _announces_match(text: str) -> bool:
    """True when a first sentence announces a match to come and gives no score."""
    return bool(PREVIEW.search(normalize(text))) and not scores(text)
