"""Sentences dated before the story's days (issue 19, round 27): a report's aside on an earlier
statement or event, dated "earlier this month / season" at the end of its clause ("وزعم بليز
ماتودي … أنه تعرض لإهانات عنصرية … في وقت سابق هذا الموسم" beside Batshuayi's abuse at
Atalanta), or another attack's toll told in the pluperfect with its own date ("وكان حاجز
التفتيش … تعرض لهجوم انتحاري أسفر عن سقوط ستة قتلى في 25 كانون الثاني" beside Kabul's attack
of February 24): another event than the story's, however many outlets carry the wire's line."""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np

from marsad.facts.dates import date_mentions, resolve
from marsad.lang.arabic import normalize
from marsad.summarize.base import StoryText
from marsad.summarize.events import tolls

# "Earlier this week / month / year / season", in the matching form, closing its clause: at the
# sentence's end, before a comma, or before "أن/إن" (what was said then). February: the 6 such
# marks after a lead in stories of two articles or more, read, date the sentence's main clause
# (Tillerson's "the ball is in Pyongyang's court", Reach's and Snapchat's earlier statements,
# the Games' opening in a story of their close, Matuidi's abuse); the 4 followed by other words
# ("عن نيتها"، "لمكافحة الإرهاب"، "للتحريض") mostly date a noun of a current clause and are left.
EARLIER_THIS = re.compile(
    r"(?:في|فى)\s+وقت\s+سابق\s+(?:من\s+)?(?:(?:هذا|هذه)\s+)?(?:ال)?"
    r"(?:اسبوع|شهر|عام|سنه|موسم)(?:\s+(?:الجاري|الحالي))?"
    r"(?:\s*(?:[.,،؛!]|$)|\s+[اإأ]ن\s)"
)
# ... searched only where "سابق" is (most sentences have none).
EARLIER_HINT = "سابق"
# A sentence opening in the pluperfect ("وكان …"، "وكانت …") tells what happened before the news.
PLUPERFECT = re.compile(r"^\W*[وف]?كان(?:ت)?\s")
# A toll dated this long before the story's first article is another event's: February's 20
# summary sentences of multi-article stories dated only a week or more before their story were
# read; of those in the pluperfect with a toll, the one (Kabul's January attack) is another's.
BEFORE = timedelta(days=7)


def dated_before(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that tell an earlier statement or event
    (``EARLIER_THIS``) or, in the pluperfect, a toll dated ``BEFORE`` the story's first article
    or more (``earlier_toll``); in stories of two articles or more."""
    found = np.zeros(len(story.sentences), dtype=bool)
    if len(story.documents) < 2:
        return found
    days = [d.article.published.date() for d in story.documents if d.article.published]
    first = min(days) if days else None
    for n, sentence in enumerate(story.sentences):
        if not sentence.index:
            continue
        text = sentence.text
        found[n] = (EARLIER_HINT in text and bool(EARLIER_THIS.search(normalize(text)))) or (
            first is not None and earlier_toll(text, first)
        )
    return found


def earlier_toll(text: str, first: date) -> bool:
    """True when ``text`` opens in the pluperfect, counts a toll and names dates, every one of
    which falls ``BEFORE`` ``first`` or more (dates resolved against ``first``)."""
    if not PLUPERFECT.search(text) or not tolls(text):
        return False
    dated = [
        day
        for mention in date_mentions(text)
        if mention.day is not None
        if (day := resolve(mention, first, "stated")[0]) is not None
    ]
    return bool(dated) and all(first - day >= BEFORE for day in dated)
