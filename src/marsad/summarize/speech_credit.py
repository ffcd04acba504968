"""One statement told by two outlets in their own words: the same speaker saying the same claim.

Outlets report a speaker in their wording ("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن
تسمح بتقسيم سوريا" / "أكد لافروف أن روسيا لن تسمح بتقسيم سوريا"); the event frame keeps speech
verbs out (they join any two statements of one speaker), and the pair classifier reads such
pairs anywhere under its credit floors. What an editor checks is who speaks (the facts stage's
quote speaker, matched by name: a person's surname, a body by its name, a ministry never for its
unnamed minister) and what is said (the claim's stems, one polarity, the figures given).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.facts.entities import EntityMention, entity_mentions
from marsad.facts.quotes import has_speech_verb, quote_mentions, without_adverb
from marsad.lang.arabic import normalize
from marsad.lang.clitics import without_proclitic
from marsad.lang.names import fold, skeleton
from marsad.lang.stopwords import ARABIC as ARABIC_STOPWORDS
from marsad.lang.terms import terms
from marsad.lang.words import word_set
from marsad.summarize.frames import FRAME_LOGIT, part_of_all
from marsad.summarize.restated import others_near

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText


@dataclass(frozen=True, slots=True)
class Statement:
    """Who speaks in a sentence (``speaker``: the words of the name, ``_speaker_keys``) and the
    stems of what is said (``claim``: ``terms``), with whether it is denied or negated."""

    speaker: frozenset[str]
    claim: frozenset[str]
    negated: bool


# A negation inside the claim, or a verb of denial, reverses what is said: "نفى ... أن تكون
# بلاده استخدمت" is not "أكد ... أن بلاده استخدمت"; "لن تسمح" is not "تسمح".
_NEGATION = re.compile(
    r"(?<!\w)[وف]?(?:لم|لن|لا|ليس|ليست|عدم|غير|نفى|نفت|ينفي|تنفي|نافيا|نافية|not|no|never)(?!\w)"
)
# The proclitics written onto a word of a name (normalized; the article and "و" most): "والشرطة"
# and "الشرطة" are one speaker.
_PROCLITICS = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف")
_PUNCTUATION = "\"'()،,.:؛«»“”!؟?-"
# Words that name a person's office, never who he is: an unnamed holder is the office
# (``_OFFICE``), not a body whose name has the same other words ("وزير الخارجية" is not
# "وزارة الخارجية": a ministry is its minister only when he is named, and then by his name).
_OFFICE_WORDS = frozenset(
    fold(word)
    for word in word_set(
        "وزير وزيرة رئيس رئيسة الرئيس المتحدث متحدث متحدثة باسم الناطق ناطق ناطقة مدير مديرة"
        " سفير سفيرة مسؤول مسؤولة مسؤولون مصدر مصادر نائب عضو أمين الأمين زعيم قائد"
        " الوزير المدير المسؤول السفير النائب القائد الزعيم المصدر"
    )
)
_OFFICE = "~office"


def _content(word: str) -> str:
    """A word of a speaker's name without punctuation and proclitics, "" for a stop word or a
    short word."""
    word = fold(word.strip(_PUNCTUATION))
    if word in ARABIC_STOPWORDS or not word.isalpha():
        return ""
    word = without_proclitic(word, _PROCLITICS)
    return "" if word in ARABIC_STOPWORDS or len(word) < 3 else word


@cached(20_000)
def statement(text: str) -> Statement | None:
    """The first statement of ``text`` whose speaker the quote extraction names, or None (no
    speech verb, no speaker, or a claim of fewer than ``MIN_CLAIM`` content words)."""
    if not has_speech_verb(text):
        return None
    entities = entity_mentions(text)
    for quote in quote_mentions(text, entities):
        if quote.speaker is None or quote.continued or quote.announced:
            continue  # an announcement ("أعلن X عن إطلاق ...") is a decision, not words quoted
        claim = frozenset(terms(quote.text, "ar"))
        if len(claim) < MIN_CLAIM:
            continue
        speaker = without_adverb(quote.speaker)
        keys = _speaker_keys(speaker, entities) if speaker else frozenset()
        if not keys:
            continue
        negated = bool(_NEGATION.search(normalize(text[: quote.end])))
        return Statement(keys, claim, negated)
    return None


MIN_CLAIM = 3  # content words a claim needs to be compared: "إنه سيحضر" says too little


def _speaker_keys(speaker: str, entities: Sequence[EntityMention]) -> frozenset[str]:
    """The words of a speaker's name (``skeleton``, without proclitics; office words as one
    ``_OFFICE``): the canonical name of the person or body it names (the entity whose text it
    holds; a title resolved to its holder's name), else its own words."""
    for entity in entities:
        named = entity.canonical and entity.canonical != entity.text
        kind = entity.type in ("person", "organization") or (entity.type == "role" and named)
        if kind and entity.canonical and entity.text in speaker:
            speaker = entity.canonical
            break
    words = normalize(speaker).split()
    office = {_OFFICE} if any(fold(w) in _OFFICE_WORDS for w in words) else set()
    names = (_content(w) for w in words if fold(w) not in _OFFICE_WORDS)
    return frozenset({skeleton(w) for w in names if w and w not in _OFFICE_WORDS} | office)


def same_speaker(one: Statement, two: Statement) -> bool:
    """One speaker: the words of one name are all in the other's ("جويس" / "بارنبي جويس",
    "الشرطة" / "الشرطة البريطانية"); a ministry is not its minister ("وزير" and "وزارة" are
    office words, so the minister's key is his name)."""
    return one.speaker <= two.speaker or two.speaker <= one.speaker


# The stems two claims of one speaker must share: this many, and this share of the shorter
# claim's (one outlet quotes a part of what the other reports: "وأوضح المرصد السوري أن الغارات
# الجوية استهدفت منطقة الشيفونية" / "وقال المرصد ... إن مقاتلات النظام استهدفت منطقة
# الشيفونية"). February, over the 42 pairs of one speaker at the "same fact" logit -1.0 that no
# rule credited: at a third, none of another claim passes ("Mattis needs more information on
# the contractors" / "the US is not sure who attacked", 0.32). Two stems were too few: the
# police's "all emergency services are dealing with this" took "we are dealing with a major
# incident" by "تتعامل" and "حادث" alone, and the March report gate's attribution precision
# fell from 0.958 to 0.948 (one wrong credit, not read: March).
MIN_SHARED = 3
CLAIM_SHARE = 1 / 3


def same_claim(shown: Statement, other: Statement) -> bool:
    """The two claims share ``MIN_SHARED`` stems and ``CLAIM_SHARE`` of the shorter one's, with
    one polarity."""
    shared = len(shown.claim & other.claim)
    return (
        shown.negated == other.negated
        and shared >= MIN_SHARED
        and shared >= CLAIM_SHARE * min(len(shown.claim), len(other.claim))
    )


def spoken(story: StoryText, index: int) -> list[int]:
    """Sentences of other articles, published within ``signature.MAX_APART`` of sentence
    ``index``'s, in which its speaker says its claim (``same_speaker``, ``same_claim``) with
    every figure it gives: their outlets report the statement in their words."""
    text = story.sentences[index].text
    if not has_speech_verb(text):  # most shown sentences: one set test
        return []
    found = others_near(story, index, FRAME_LOGIT)
    own = statement(text) if found else None  # read only when needed
    if own is None:
        return []
    figures = story.stated_figures(index)
    credited = []
    for j in found:
        theirs = statement(story.sentences[j].text)
        if theirs is None or not (same_speaker(own, theirs) and same_claim(own, theirs)):
            continue
        if part_of_all(text, story.sentences[j].text):
            continue
        if figures <= story.stated_figures(j):
            credited.append(j)
    return credited
