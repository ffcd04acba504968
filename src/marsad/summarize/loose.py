"""Articles only loosely attached to their story (issue 19, round 25): a press review, whose
lead says what the papers covered ("اهتمت الصحف العالمية الصادرة اليوم بما يجري في …"), not
what happened, and which the clustering files under one of its topics. Its sentences are shown
only when the story has nothing else, so never the summary's opening."""

from __future__ import annotations

import re

import numpy as np

from marsad.lang.arabic import normalize
from marsad.summarize.base import StoryText

# A press review's lead, in the matching form: a verb of attention whose subject is "the papers"
# ("اهتمت الصحف العالمية الصادرة اليوم بـ"، "تابعت الصحف العالمية الصادرة اليوم الوضع في …",
# France 24's daily review, February: the only 2 such first sentences of the 2,291 articles;
# "ناقشت صحف عربية، بنسختيها الورقية والإلكترونية، …", BBC's), dated to the papers' issue
# ("الصادرة", "اليوم", "بنسختيها") within four words. A paper's report on one event names its
# paper ("كشفت صحيفة …") and is not matched.
PRESS_REVIEW = re.compile(
    r"^\W*(?:\S+\s+){0,2}?[وف]?(?:اهتمت|تابعت|تناولت|ركزت|سلطت|ابرزت|ناقشت|انشغلت|افردت|خصصت"
    r"|استعرضت|تصدرت)\s+(?:ال)?صحف\s+(?:\S+\s+){0,3}?(?:ال)?(?:صادره|يوم|بنسختيها)(?!\w)"
    r"|^\W*(?:\S+\s+){0,3}?(?:newspapers|papers|the press)\s+(?:\S+\s+){0,3}?"
    r"(?:today|this morning)\b",
    re.IGNORECASE,
)


def loose_articles(story: StoryText) -> frozenset[str]:
    """The press reviews (``press_reviews``) of a story of two articles or more; one article's
    summary is its own."""
    if len(story.documents) < 2:
        return frozenset()
    return frozenset(press_reviews(story))


def press_reviews(story: StoryText) -> set[str]:
    """The articles whose first sentence opens a press review (``PRESS_REVIEW``)."""
    return {
        s.article for s in story.sentences if not s.index and PRESS_REVIEW.search(normalize(s.text))
    }


def loose_sentences(story: StoryText) -> np.ndarray:
    """Mask of the sentences of ``loose_articles``."""
    loose = loose_articles(story)
    return np.array([s.article in loose for s in story.sentences], dtype=bool)
