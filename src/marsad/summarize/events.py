"""One event told by two outlets: the figures that identify it and the test that two sentences
of different articles state it.

Outlets word one event apart ("استشهاد فلسطينيين اثنين في غزة" / "قتل فلسطينيان برصاص …",
"فاز … 5-0" / "… بخماسية نظيفة، الفوز الحادي عشر على التوالي"), so neither cosine nor the pair
classifier always sees one fact. What identifies a report of an event is its key figures: the
toll it counts and the score of a match, not the background numbers beside them (a streak, a
date, an age). Two sentences with the same key figures (a toll close enough: 5 dead and 4 women
killed) that also share names of the story are one event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.caches import cached
from marsad.facts.quantities import quantities
from marsad.lang.arabic import normalize_digits
from marsad.lang.names import skeleton

# A match score: "5-0", "3 - 1" (not a date "2018-02-14"; a colon would read times as scores).
_SCORE = re.compile(r"(?<![\d.,/-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d.,/-])")
_ZERO = re.compile(r"(\d\s?[-–]\s?)صفر")
# A score in words ("بهدفين نظيفين", "بخماسية نظيفة", "بثلاثة أهداف مقابل هدف"), as ANT's
# Arabic outlets write it beside another outlet's "2-0".
_GOALS = {
    "هدف": 1,
    "هدفين": 2,
    "هدفان": 2,
    "ثلاثة": 3,
    "ثلاثية": 3,
    "أربعة": 4,
    "اربعة": 4,
    "رباعية": 4,
    "خمسة": 5,
    "خماسية": 5,
    "ستة": 6,
    "سداسية": 6,
    "سبعة": 7,
    "سباعية": 7,
}
_GOAL = r"(?:ب|ب?ال)?(" + "|".join(_GOALS) + r")(?:\s+(?:أهداف|اهداف))?"
# The loser's goals follow "مقابل" or the preposition ل written on them ("بثلاثة أهداف لهدف
# واحد", "بهدفين لهدف": February's report of Real Madrid's 3-1 beside another outlet's "3-1").
_WORD_SCORE = re.compile(
    _GOAL + r"\s+(?:(نظيفة|نظيفين|نظيف|دون\s+رد|دون\s+مقابل)|(?:مقابل\s+|ل)" + _GOAL + r")"
)
# A sentence without a digit nor these words states no score (a toll may be in words).
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_MAYBE_KEY = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]|نظيف|مقابل|صفر|دون")
# The counted thing of a toll, in the words ANT outlets use (February 2018).
_COUNTED = (
    r"(?:قتيل|قتلى|قتيلا|قتيلاً|شهيد|شهداء|شهيدا|شهيداً|جريح|جرحى|جريحا|جريحاً|مصاب|مصابين|مصابا"
    r"|ضحية|ضحايا|أشخاص|اشخاص|شخص|شخصا|شخصاً|مدني|مدنيين|مدنيا|فلسطيني|فلسطينيين|فلسطينيا"
    r"|أطفال|اطفال|طفل|طفلا|نساء|امرأة|جنود|جندي|جنديا|عناصر|مسلحين|معتقلين|معتقلا"
    r"|killed|dead|deaths|died|injured|wounded|people|civilians|victims|soldiers|children"
    r"|women|palestinians|militants|fighters)"
)
# "5 قتلى", "12 people were killed" (the number first, up to two words before the noun) and
# "مقتل 5", "killing 12" (the verb or noun of death first).
_TOLL_AFTER = re.compile(r"(?<![\d.,])(\d+)(?![\d.,])(?:\s+\S+){0,2}?\s+" + _COUNTED, re.IGNORECASE)
_TOLL_BEFORE = re.compile(
    r"(?:مقتل|استشهاد|إصابة|اصابة|مصرع|وفاة|إصابات|killing|killed|kills|wounding|injuring)"
    r"\s+(?:\S+\s+)?(\d+)(?![\d.,])",
    re.IGNORECASE,
)
# A word of death or injury, without which no figure of a sentence is a toll: the cheap test
# before the facts stage's quantity reader (which tokenizes) is asked for tolls in words.
_TOLL_WORD = re.compile(
    r"قتل|قتيل|مقتل|مصرع|وفا|توفي|حتف|ضحي|ضحايا|شهيد|شهدا|جرح|جريح|مصاب|صاب|صيب|عناية|علاج|مستشف"
    r"|killed|dead|died|deaths|injured|wounded|hospital",
    re.IGNORECASE,
)
# The start of a number word ("خمسة", "بثلاثة", "الألفين", "five"), the other cheap test.
_NUMBER_WORD = re.compile(
    r"(?<!\w)[وفبلك]?(?:ال)?(?:واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|ألف|الف|آلاف"
    r"|ملي|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|hundred"
    r"|thousand)",
    re.IGNORECASE,
)
# What the facts stage's figures count when they are a toll (``QuantityMention.counted``).
TOLL_CONCEPTS = frozenset({"killed", "injured"})
# A toll this close to another (relative to the larger) counts as the same event's toll: outlets
# count a moment apart or count a part (5 dead / 4 women killed). At 0.25, February merged a
# Ghouta toll of 28 with the next day's 36 and kept the older.
CLOSE_TOLL = 0.2
# Two sentences of one event share at least this many names or content words of the story
# (compared in their loose spelling, lang.names.skeleton: transliterations differ in vowels).
SHARED_WORDS = 3
# ... and this TF-IDF cosine and "same fact" logit of the pair classifier (pairs.py): floors
# against one score or toll in two unrelated sentences. On the February gold, Barcelona's 2-0
# win over Eibar told by two outlets: cosine 0.10, logit -0.56; the same story's 2-0 loss to
# Malaga a season ago against that win: cosine 0.17, logit -1.41. Two leads of the win: cosine
# 0.06, logit -1.36, so two leads need neither (select._same_event).
EVENT_COSINE = 0.08
EVENT_LOGIT = -1.0


# A sentence's scores and tolls are asked by each summary rule that compares events (its event
# keys, the lead and off-event rules, the core figure): read once. In February's stories stage
# 2,500 of 11,600 toll readings and 4,300 of 9,300 score readings repeat one before.
@cached(16384)
def scores(text: str) -> frozenset[tuple[int, int]]:
    """The match scores a sentence states, each as (first, second) goals, in digits or words."""
    digits = _ZERO.sub(r"\g<1>0", normalize_digits(text))  # "2 -صفر" is 2-0
    found = {(int(a), int(b)) for a, b in _SCORE.findall(digits)}
    for first, clean, second in _WORD_SCORE.findall(text):
        found.add((_GOALS[first], 0 if clean else _GOALS[second]))
    return frozenset(found)


@cached(16384)
def tolls(text: str) -> frozenset[int]:
    """The tolls a sentence counts (killed, wounded, people, civilians …), in digits, else in
    words ("مقتل 5 أشخاص" and "قتل خمسة أشخاص" count 5). Beside a toll in digits, one in words
    is a second count ("اعتقال 300 شخص … مقتل خمسة من رجال الأمن"), not the event's key."""
    found: set[int] = set()
    if _DIGIT.search(text):
        digits = normalize_digits(text)
        found = {int(n) for n in _TOLL_AFTER.findall(digits)} | {
            int(n) for n in _TOLL_BEFORE.findall(digits)
        }
    if not found and _NUMBER_WORD.search(text) and _TOLL_WORD.search(text):
        found.update(
            int(value)
            for value, counted in _worded(text)
            if counted in TOLL_CONCEPTS and value.is_integer()
        )
    return frozenset(found)


def worded_figures(text: str) -> frozenset[str]:
    """The numbers a sentence writes in words, as ``pairs.sentence_figures`` writes digits
    ("خمسة أشخاص" and "خمس سنوات" state 5): outlets write one figure both ways."""
    return frozenset(figure_text(value) for value, _ in _worded(text))


def figure_text(value: float) -> str:
    """A figure's value as ``pairs.sentence_figures`` writes it ("71", "73.9")."""
    return str(int(value)) if value.is_integer() else str(value)


def _worded(text: str) -> list[tuple[float, str]]:
    """The exact figures written in words (no digit), with what the facts stage says they
    count (``facts.quantities``), and those written after a preposition (``_after_preposition``)."""
    found = [
        (float(mention.value), mention.counted)
        for mention in quantities(text)
        if mention.value is not None
        and mention.value_kind == "exact"
        and not any(character.isdigit() for character in mention.text)
    ]
    return found + _after_preposition(text)


# A number word with the preposition ل or ب written on it ("لخمسة أعوام", "لعشر سنوات",
# "لأربع مباريات", "بخمسة أهداف"): the facts stage strips only و before a number word, since
# "لست" is also "I am not" (so the bare "ست" is not read here); one outlet writes "خمس سنوات"
# where another writes "لخمسة أعوام".
_PREPOSITION_NUMBER = re.compile(
    r"(?<!\w)([لب])((?:ال)?(?:(?:ثلاث|أربع|اربع|خمس|سبع|ثمان|تسع|عشر)\w*|ست(?:ة|ه|ين|ون)))"
)


def _after_preposition(text: str) -> list[tuple[float, str]]:
    """The figures ``_worded`` reads once a preposition is parted from its number word, kept
    only when the facts stage reads a counted noun after it (so "لست أدري" is no 6)."""
    if not _PREPOSITION_NUMBER.search(text):
        return []
    parted = _PREPOSITION_NUMBER.sub(r"\1 \2", text)
    return [
        (float(mention.value), mention.counted)
        for mention in quantities(parted)
        if mention.value is not None
        and mention.value_kind == "exact"
        and mention.unit is not None
        and mention.start > 0
        and parted[mention.start - 2 : mention.start] in ("ل ", "ب ")
        and not any(character.isdigit() for character in mention.text)
    ]


def key_figures(text: str) -> frozenset[str]:
    """The figures that identify the event a sentence reports (its tolls and match scores), as
    ``pairs.sentence_figures`` writes them; empty when it states none."""
    found = {str(n) for n in tolls(text)}
    for first, second in scores(text):
        found.update((str(first), str(second)))
    return frozenset(found)


def _close(first: frozenset[int], second: frozenset[int]) -> bool:
    return any(abs(a - b) <= CLOSE_TOLL * max(a, b) for a in first for b in second)


class StoryEvents:
    """The key figures and loose word forms of a story's sentences, read on first use (most
    sentences are never compared)."""

    def __init__(self, texts: Sequence[str], terms: Sequence[tuple[str, ...]]) -> None:
        self._texts = texts
        self._terms = terms
        self._read: dict[int, tuple[frozenset[tuple[int, int]], frozenset[int]]] = {}
        self._worded: dict[int, frozenset[str]] = {}

    def _of(self, index: int) -> tuple[frozenset[tuple[int, int]], frozenset[int]]:
        if index not in self._read:
            text = self._texts[index]
            played = (  # most sentences: one cheap search for a score
                frozenset((min(a, b), max(a, b)) for a, b in scores(text))
                if _MAYBE_KEY.search(text)
                else frozenset()
            )
            self._read[index] = (played, tolls(text))
        return self._read[index]

    def _words(self, index: int) -> frozenset[str]:
        return frozenset(skeleton(t) for t in self._terms[index])

    def worded(self, index: int) -> frozenset[str]:
        """The numbers sentence ``index`` writes in words (``worded_figures``)."""
        if index not in self._worded:
            self._worded[index] = worded_figures(self._texts[index])
        return self._worded[index]

    def has_score(self, index: int) -> bool:
        """True when sentence ``index`` states a match score."""
        return bool(self._of(index)[0])

    def has_key(self, index: int) -> bool:
        """True when sentence ``index`` states a toll or a score."""
        played, counted = self._of(index)
        return bool(played or counted)

    def states_key(
        self, index: int, others: Sequence[int], figures: Sequence[frozenset[str]]
    ) -> bool:
        """True when sentences ``others`` together state the key of sentence ``index``: its
        scores (in digits or words) and tolls; without a score, all its ``figures`` (February:
        credits for a toll alone went to reports of the shooting, not of what followed it)."""
        played, counted = self._of(index)
        told: set[tuple[int, int]] = set()
        stated: set[str] = set()
        for other in others:
            told |= self._of(other)[0]
            stated |= figures[other] | self.worded(other)
        tolled = {str(n) for n in counted}
        if not played:  # a toll is often background ("17 قتيلا" beside what a survivor said)
            return figures[index] | tolled <= stated
        return played <= told and tolled <= stated

    def clash(self, first: int, second: int) -> bool:
        """True when two sentences both give a match score and share none, or both count a toll
        and share no figure of it: the sentence with another figure ("مقتل 50" against "55
        قتيلا") does not state the other's fact, whatever words they share."""
        one_played, one_counted = self._of(first)
        two_played, two_counted = self._of(second)
        if one_played and two_played and not one_played & two_played:
            return True
        return bool(one_counted and two_counted and not one_counted & two_counted)

    def same_event(self, first: int, second: int) -> bool:
        """True when two sentences report one event by its key figures: the same match score
        (either side first), or close tolls when neither states a score, and ``SHARED_WORDS``
        words in common (the TF-IDF cosine floor is the caller's)."""
        one_played, one_counted = self._of(first)
        two_played, two_counted = self._of(second)
        if one_played or two_played:
            if not one_played & two_played:
                return False
        elif not (one_counted and two_counted and _close(one_counted, two_counted)):
            return False
        return len(self._words(first) & self._words(second)) >= SHARED_WORDS
