"""A second level of credit: outlets that tell a summary sentence's fact in part or in other words.

A sentence's ``sources`` are the articles that state all of it (every detail). Readers also count
as a source an outlet whose own article tells the sentence's main fact in other words or without
one of its details; adding those to ``sources`` made wrong credits rise (docs/evaluation.md,
rounds 19 and 22). They are listed apart instead (``SummarySentence.also``): an article of an
outlet not credited, with a sentence the pair classifier reads as the shown one's fact both ways
and that the credit model does not rule out for the article (or whose article gives every anchor
of it), published near it, with no clashing figure or claim; or a sentence near its fact that
holds half its words as such or by root (``root_cover``); or the same fact reported up to three
days later with every anchor of it (``later_report``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import numpy as np

from marsad.summarize.contradiction import contradicts
from marsad.summarize.credit import article_features, shipped_credit_model
from marsad.summarize.details import anchors_held
from marsad.summarize.root_cover import root_share
from marsad.summarize.signature import MAX_APART
from marsad.summarize.speech_credit import same_speaker, statement

if TYPE_CHECKING:
    from datetime import datetime

    from marsad.summarize.base import StoryText

# The pair classifier's "same fact" logit, both ways (p 0.62). On the February pyramid gold
# (both tune files, 27 stories), over every summary sentence in a unit and every article its
# credits leave out, published within MAX_APART: an article whose best sentence reaches it
# states at least one of the sentence's units 38 times of 40 (0.0: 48 of 52; 1.0: 24 of 25).
ALSO_SAME = 0.5
# The credit model's logit for the article (p 0.27; it credits at 1.39): under it the article
# seldom tells the sentence at all. With it, 38 of 39 on the same pairs (at 0.0: 21 of 22).
# The model reads words, and an outlet telling the fact in its own words falls under it: a
# sentence at ``ALSO_SAME`` whose article gives every anchor of the shown one (at least one)
# is listed whatever the logit (round 25: 13 more February sentences, 10 of them read right).
ALSO_CREDIT = -1.0
# A sentence that leans to the shown one's fact both ways (logit 0, p 0.5) tells it when its
# article gives every anchor of it, at least two (``details.anchors_held``: its toll and
# counts in digits, words or rounded, its participants, its place): one fact in other words
# and other figure writing.
ALSO_ANCHORED = 0.0
# One fact in other forms of its words (``root_cover``): a sentence near the shown one's fact
# both ways (logit -0.5), whose article the credit model does not rule out, holding this share
# of the shown one's content words as such or by root, and ``ROOT_BACK`` of its own held back
# (one fact, not a long sentence that names the same people). On February's month, 0.5 one
# way alone listed 9 more articles, 5 right, 3 wrong (Abbas "expected to call" for another
# mediator; Tuesday's market fall for Wednesday's), 1 borderline; with 0.3 back, 2, both right.
ROOT_SAME = -0.5
ROOT_SHARE = 0.5
ROOT_BACK = 0.3
# Anchors a sentence leaning to the shown one's fact (``ALSO_ANCHORED``) must find in its
# article, all of them, the credit model not ruling the article out. Round 31 (credits32)
# tried 1: on February's month 15 more articles, 9 right ("بأمر من الرئيس عمر البشير" /
# "وفقا لتوجيهات الرئيس عمر البشير"), 5 wrong (Russia's snow for Britain's cold wave, another
# statement of one minister), 1 borderline: left at 2.
ANCHORS_LEAST = 2
# A later report of the same fact (``later_report``): the pair classifier sure of one fact
# both ways (logit 1.5, p 0.82), the credit model for the article (logit 0, p 0.5), every
# anchor of the shown sentence in the article, published up to this long apart (beyond
# ``MAX_APART``): a wire fact an outlet runs two days later. Round 27 listed 13 articles at
# 72 hours without the anchors, 4 of them wrong. With the anchors, round 31 (credits32) read 8
# more February articles, 6 right; the 2 wrong were other statements (``_other_speaker``).
LATER_SAME = 1.5
LATER_CREDIT = 0.0
LATER_APART = timedelta(hours=72)


def also_told(story: StoryText, index: int, credited: frozenset[str]) -> list[int]:
    """For each article of an outlet not in ``credited`` (outlet names) that tells sentence
    ``index``'s fact in part or in other words, its sentence that tells it best (its
    "same fact" logit both ways), in story order; empty for a one-article story."""
    logits = story.pair_logits
    if logits is None:
        return []
    same = np.minimum(logits["same"][index], logits["same"][:, index])
    # one event in other words (``signature.event_pairs``, by the listed words or the root's
    # class): its verb class, main actor or place, and no clashing figure, whatever the logit
    event = logits["event"][index] if "event" in logits else np.zeros(same.shape, dtype=bool)
    outlets = story.sources
    text = story.sentences[index].text
    language = story.documents[0].language
    close = [
        j
        for j in np.flatnonzero((same >= ROOT_SAME) | event).tolist()
        if outlets[j] not in credited
        and story.sentences[j].article != story.sentences[index].article
        and (
            event[j]
            or same[j] >= ALSO_SAME
            or (same[j] >= ALSO_ANCHORED and _anchored(story, index, j, least=ANCHORS_LEAST))
            or _rooted(text, story.sentences[j].text, language)
        )
    ]
    if not close:  # the credit model is read only for the few sentences with a candidate
        return []
    firsts, rows = article_features(story, index)
    logit = dict(zip(firsts, shipped_credit_model().logit(rows).tolist(), strict=True))
    published = {d.id: d.article.published for d in story.documents}
    best: dict[str, int] = {}
    for j in close:
        article = story.sentences[j].article
        # the model reads words: every anchor given, the fact is told in other words (the
        # anchors read only under the model's bar)
        if logit.get(story.articles.start(j), -np.inf) < ALSO_CREDIT and not (
            (same[j] >= ALSO_SAME or event[j]) and _anchored(story, index, j, least=1)
        ):
            continue
        if not _near(published, story, index, j) and not (
            same[j] >= LATER_SAME
            and logit.get(story.articles.start(j), -np.inf) >= LATER_CREDIT
            and later_report(published, story, index, j)
        ):
            continue
        # tolls are read in words only without digits ("مقتل خمسة وتسعين … وإصابة 158"): a
        # clash of tolls is none when the article gives every anchor, tolls included
        if story.events.clash(index, j) and not _anchored(story, index, j):
            continue
        if contradicts(text, story.sentences[j].text):
            continue
        if article not in best or same[j] > same[best[article]]:
            best[article] = j
    return sorted(best.values())


def _anchored(story: StoryText, index: int, j: int, least: int = 2) -> bool:
    """True when the article of sentence ``j`` gives every anchor of sentence ``index``, at
    least ``least`` of them (``details.anchors_held``)."""
    found = anchors_held(story, index, j)
    return found is not None and found[1] >= least and found[0] == found[1]


def _rooted(text: str, other: str, language: str) -> bool:
    """True when ``other`` holds ``ROOT_SHARE`` of ``text``'s content words and ``text``
    ``ROOT_BACK`` of ``other``'s, as such or by root (``root_cover.root_share``): one fact in
    other forms of its words."""
    return (
        root_share(text, other, language) >= ROOT_SHARE
        and root_share(other, text, language) >= ROOT_BACK
    )


def later_report(
    published: dict[str, datetime | None], story: StoryText, one: int, two: int
) -> bool:
    """True when sentence ``two``'s article, published up to ``LATER_APART`` from sentence
    ``one``'s, gives every anchor of it, at least one (its figures, participants, place): the
    same fact reported again, not a later development told with other figures or people."""
    first = published[story.sentences[one].article]
    second = published[story.sentences[two].article]
    if first is None or second is None or abs(first - second) > LATER_APART:
        return False
    text, other = story.sentences[one].text, story.sentences[two].text
    return _anchored(story, one, two, least=1) and not _other_speaker(text, other)


def _other_speaker(text: str, other: str) -> bool:
    """True when both sentences quote a named speaker (``speech_credit.statement``) and not
    the same one: "diplomats said the vote was a showdown with Nebenzia" is not Nebenzia's
    own statement, though it names him."""
    shown, told = statement(text), statement(other)
    return shown is not None and told is not None and not same_speaker(shown, told)


def _near(published: dict[str, datetime | None], story: StoryText, one: int, two: int) -> bool:
    """True when the two sentences' articles were published within ``MAX_APART`` (or either
    is undated): a report days apart tells another development."""
    first = published[story.sentences[one].article]
    second = published[story.sentences[two].article]
    return first is None or second is None or abs(first - second) <= MAX_APART
