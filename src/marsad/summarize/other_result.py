"""Another match's result told without a cue (issue 19, round 21): a match report goes on to the
round's other results in sentences of their own ("وخسر إينتراخت فرانكفورت … 1-صفر أمام
شتوتغارت" after Hertha 0-0 Bayern), with no "وفي مباراة أخرى" (``offevent.other_match``) to
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
# A nisba after "ال" ("وهزم السويسري، 36 عاما، الهولندي …": Federer) describes a player the
# story names, not another side: such a subject is never read as another match's (a club named
# so, "الأهلي", is left alone too: a missed removal, not a wrong one).
_NISBA = re.compile(r"^ال\w+ي$")


def other_result(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that tell a match's result (``scores``)
    opening on a side (``RESULT_OPENING``) no article's title or first sentence names, in
    stories of two articles or more: the round's other match, not the story's."""
    found = np.zeros(len(story.sentences), dtype=bool)
    rows = [
        n
        for n, s in enumerate(story.sentences)
        if s.index and RESULT_HINT.search(s.text) and scores(s.text)
    ]
    if not rows or len(story.documents) < 2:
        return found
    leads = " ".join(
        [normalize(d.article.title) for d in story.documents]
        + [normalize(s.text) for s in story.sentences if not s.index]
    )
    for n in rows:
        opening = RESULT_OPENING.search(normalize(story.sentences[n].text))
        if opening is None or _NISBA.match(opening.group(1)):
            continue
        side = opening.group(1).removeprefix("ال")
        found[n] = len(side) > 2 and side not in leads
    return found
