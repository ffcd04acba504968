"""Another outlet's sentence that restates the shown one: its figures, names and day, in its words.

Outlets word one fact their own way ("أعلنت شركة طيران الإمارات عن تجديد عقد شراكتها مع نادي
أرسنال لخمسة أعوام" / "أعلن نادي أرسنال ... توقيع عقد رعاية جديد لمدة 5 سنوات مع شركة طيران
الإمارات"): the credit model, wanting every detail in the article's words, leaves such an outlet
uncredited. A sentence of another article is a restatement when the pair classifier reads the
two as one fact both ways with confidence and it gives every figure (in digits or words), every
named person, organization and place, and every weekday of the shown sentence: what is said
beside the fact (a second speaker, the day) is what a paraphrase leaves out, and the names,
figures and day are where an outlet that tells less shows it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from marsad.caches import cached
from marsad.facts._calendar import WEEKDAYS
from marsad.facts.entities import entity_mentions
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.summarize.signature import MAX_APART

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# The pair classifier's "same fact" logit, both ways (p 0.92). On the February blind gold, over
# every sentence that may be shown and every article its credits leave out, a sentence with the
# figures, names and weekdays is right 5 times of 5 at 2.5 (8 of 8 at 2.0, 13 of 19 at 1.5). In
# the February digest's summaries, 2.0 (without the score condition) credited 22 sentences more,
# 2 wrongly (an 80-year-old runner honoured / the Riyadh marathon's winner, at 2.11) and 5 for
# part of their fact; 2.5 credits 14, none wrongly, 2 for part of their fact (Buffon's career
# without his retirement).
RESTATED_LOGIT = 2.5
# An outlet that tells a fact in its own words changes the verbs and the order and keeps its
# anchors: the people, bodies and places, the day and the figures ("ومورست على جويس ضغوط كبيرة
# ليقدم استقالته بعد ... علاقة تربطه بمستشارته الإعلامية السابقة ... التي تحمل الآن طفلا منه" /
# "وقع تحت ضغط كبير للاستقالة بسبب علاقة ربطته بسكرتيرته الإعلامية السابقة التي تحمل الآن طفلا
# منه"). With every anchor given, a pair the classifier reads as one fact with confidence both
# ways ("same" logit 1.5, p 0.82) credits when it leans to "the other states all of it" a little
# under its own bar (p 0.4, logit -0.41): "states" logit -1.0 (p 0.27). On the February gold,
# over every sentence in a unit and every article its credits leave out: 7 right of 7 (8 of 8
# without the length test below; without the anchors 12 of 13; "same" at 1.0, 12 of 14). At
# "states" -1.5 the gold gave 12 of 12, but the February digest 7 right, 6 for part of their fact
# and 3 wrong (an 80-year-old runner honoured / the marathon's winner, at -1.35).
TOLD_SAME = 1.5
TOLD_STATES = -1.0
# A demonstrative before a definite noun anywhere in the sentence ("إلى أن تناول تلك المشروبات
# بين الوجبات …"): the thing is named in an earlier sentence, so the anchors of the fact are not
# all in this one and another outlet's sentence with the same names may speak of another thing
# (February: King's College's finding on "those drinks" credited to the same study's warning
# against salted crisps). Not a time ("هذا العام") nor a noun the sentence defines ("هذه
# الدراسة التي …").
_POINTING = re.compile(
    r"(?<![\u0621-\u064a])(?:و|ف|ب|ل|وب|ول)?(?:هذا|هذه|ذلك|تلك|هذين|هاتين|هؤلاء|أولئك)\s+"
    r"ال(?!شهر|عام|أسبوع|اسبوع|يوم|موسم|صباح|مساء|أثناء|وقت|سنة)[\u0621-\u064a]+"
    r"(?![\u0621-\u064a])(?!\s+(?:الذي|التي|الذين))"
)
_NAMED = frozenset({"person", "organization", "city", "country", "region"})
_WORD = re.compile(r"\w+")


@cached(20_000)
def anchors(text: str) -> tuple[frozenset[str], frozenset[int]]:
    """The people, organizations and places ``text`` names (canonical names) and the weekdays
    it names (Monday 0)."""
    names = frozenset(
        m.canonical for m in entity_mentions(text) if m.type in _NAMED and m.canonical
    )
    days = frozenset(
        WEEKDAYS[form]
        for word in _WORD.findall(normalize(text))
        for form in stems(word)
        if form in WEEKDAYS
    )
    return names, days


def others_near(story: StoryText, index: int, floor: float) -> list[int]:
    """Sentences of other articles whose "same fact" logit with sentence ``index`` is at least
    ``floor`` both ways, published within ``signature.MAX_APART`` of its article, and giving
    no toll or score it does not give (a result beside a preview or a context)."""
    logits = story.pair_logits
    if logits is None:
        return []
    same = logits["same"]
    found = np.flatnonzero((same[index] >= floor) & (same[:, index] >= floor))
    start = story.articles.start(index)
    found = found[(found < start) | (found >= story.articles.end(start))]  # nor itself
    if not found.size:  # most shown sentences
        return []
    sentences = story.sentences
    published = {d.id: d.article.published for d in story.documents}
    when = published.get(sentences[index].article)
    events = story.events
    keyed = events.has_key(index)
    near = []
    for j in found.tolist():
        other = published.get(sentences[j].article)
        if when and other and abs(when - other) > MAX_APART:
            continue
        if keyed or not events.has_key(j):
            near.append(j)
    return near


def restating(story: StoryText, index: int) -> list[int]:
    """Sentences of other articles, published within ``signature.MAX_APART`` of sentence
    ``index``'s, that restate it: the "same fact" logit both ways at ``RESTATED_LOGIT``, and
    every figure, name and weekday of it given."""
    return _anchored(story, index, others_near(story, index, RESTATED_LOGIT))


def told_whole(story: StoryText, index: int) -> list[int]:
    """Sentences of other articles, published within ``signature.MAX_APART`` of sentence
    ``index``'s, that tell its fact whole in their words: "same fact" at ``TOLD_SAME`` both
    ways, "states it" at ``TOLD_STATES``, as many words at least, and every figure, name and
    weekday of it given; not for a sentence pointing to a thing named before it (``_POINTING``)."""
    logits = story.pair_logits
    if logits is None or _POINTING.search(story.sentences[index].text):
        return []
    # Told in other words, a fact is not told shorter: a shorter sentence with the same names
    # leaves a detail out (Sky's "أقر ريك غيتس ... ويتعاون مع التحقيق" under the BBC's lead that
    # adds "التعاون الكامل وفي كل الجوانب" with the investigation Mueller leads).
    words = story.sentences[index].word_count
    found = [
        j
        for j in others_near(story, index, TOLD_SAME)
        if logits["states"][index, j] >= TOLD_STATES and story.sentences[j].word_count >= words
    ]
    return _anchored(story, index, found)


def _anchored(story: StoryText, index: int, found: list[int]) -> list[int]:
    """Of the sentences ``found``, those giving every figure (digits or words), person,
    organization, place and weekday that sentence ``index`` gives."""
    if not found:
        return []
    sentences = story.sentences
    names, days = anchors(sentences[index].text)
    figures: frozenset[str] | None = None  # read for the first sentence that gets that far
    restated = []
    for j in found:
        # names and days first: the entities are read for the facts stage anyway (cached),
        # the numbers in words are not
        their_names, their_days = anchors(sentences[j].text)
        if not (names <= their_names and days <= their_days):
            continue
        if figures is None:
            figures = story.stated_figures(index)
        if figures <= story.figures[j] or figures <= story.stated_figures(j):
            restated.append(j)
    return restated
