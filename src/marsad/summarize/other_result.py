"""Another match's result in a round-up (issue 19, round 21): a match report goes on to the
round's other results in sentences of their own ("وخسر إينتراخت فرانكفورت … 1-صفر أمام
شتوتغارت" after Hertha 0-0 Bayern) or lists them after "the round also saw" ("وشهدت أيضا هذه
الجولة تعادل كولون مع هانوفر 1 - 1 …"), with no "وفي مباراة أخرى" (``offevent.other_match``) to
mark the turn; such a sentence is another event than the story's, however it scores."""

from __future__ import annotations

import re

import numpy as np

from marsad.lang.arabic import normalize
from marsad.summarize.base import StoryText
from marsad.summarize.events import scores

# A result sentence opens with "و"/"ف" + a perfect verb of winning, losing, drawing or going
# through, then its side ("وخسر إينتراخت فرانكفورت …"، "وفاز ريال سوسيداد 3-صفر على …"،
# "وتأهل برايتون … بفوزه على كوفنتري سيتي 3-1"), "فريق/نادي/منتخب" skipped; in the matching
# form (``normalize``). February: every sentence after a lead of a multi-article story that opens
# so, gives a score and names a side no title or lead of the story names, read: 3 of 3 another
# match of the round (Frankfurt's, Real Sociedad's, Brighton's).
RESULT_OPENING = re.compile(
    r"^\W*[وف](?:فاز|خسر|تعادل|تغلب|هزم|تاهل|سحق|اكتسح)\s+(?:(?:فريق|نادي|منتخب)\s+)?(\w+)"
)
# ... searched only in sentences opening so before normalizing (most sentences open otherwise).
RESULT_HINT = re.compile(r"^\W*[وف](?:فاز|خسر|تعادل|تغلب|هزم|تأهل|تاهل|سحق|اكتسح)\s")
# A round-up lists the round's other results after "the round (also) saw / opened with", in the
# matching form: "وشهدت أيضا هذه الجولة تعادل كولون مع هانوفر 1 - 1 …"، "كما شهدت نفس المرحلة
# اليوم فوز شتوتغارت …"، "وكانت المرحلة قد افتتحت السبت بفوز ليفربول على وست هام 4-1 …"; the
# side is the first word after the result noun. February: the 4 such sentences with a score of
# the 2,291 articles, read, all list other matches than the story's.
ROUND_RESULTS = re.compile(
    r"(?:شهدت|افتتحت|اختتمت)\s+(?:ايضا\s+)?(?:نفس\s+|هذه\s+)?(?:ال)?(?:مرحله|جوله)"
    r"|(?:ال)?(?:مرحله|جوله)\s+(?:قد\s+)?(?:شهدت|افتتحت|اختتمت)"
)
ROUND_SIDE = re.compile(r"(?<!\w)ب?(?:فوز|تعادل|خساره|هزيمه)\s+(\w+)")
# ... searched only where a word of the round is (most sentences name none).
ROUND_HINT = re.compile(r"الجولة|المرحلة|الجوله|المرحله")
# A nisba after "ال" ("وهزم السويسري، 36 عاما، الهولندي …": Federer) describes a player the
# story names, not another side: such a subject is never read as another match's (a club named
# so, "الأهلي", is left alone too: a missed removal, not a wrong one).
_NISBA = re.compile(r"^ال\w+ي$")


def other_result(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that tell a match's result (``scores``)
    opening on a side (``RESULT_OPENING``) or list the round's results (``ROUND_RESULTS``)
    from a side no article's title or first sentence names, in stories of two articles or
    more: the round's other matches, not the story's."""
    found = np.zeros(len(story.sentences), dtype=bool)
    if len(story.documents) < 2:
        return found
    rows = [
        n
        for n, s in enumerate(story.sentences)
        if s.index and (RESULT_HINT.search(s.text) or ROUND_HINT.search(s.text)) and scores(s.text)
    ]
    if not rows:
        return found
    leads = " ".join(
        [normalize(d.article.title) for d in story.documents]
        + [normalize(s.text) for s in story.sentences if not s.index]
    )
    for n in rows:
        side = _side(normalize(story.sentences[n].text))
        found[n] = side is not None and len(side) > 2 and side not in leads
    return found


def _side(text: str) -> str | None:
    """The side whose result a sentence tells (``RESULT_OPENING``, else the first of a
    round's results, ``ROUND_RESULTS``), without "ال"; None when it tells none or names a
    player by his nationality (``_NISBA``)."""
    opening = RESULT_OPENING.search(text)
    if opening is None and (cue := ROUND_RESULTS.search(text)):
        opening = ROUND_SIDE.search(text, cue.end())
    if opening is None or _NISBA.match(opening.group(1)):
        return None
    return opening.group(1).removeprefix("ال")
