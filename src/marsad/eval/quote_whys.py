"""The blind gold's quotes given no speaker or a wrong one, by why, counts only (``marsad eval
facts --split … --why``): the construction the gold's speaker is written in, read with plain
patterns from the sentence, the one before and the title, so the split nobody tunes on (March)
tells the next round which class is largest without its sentences being read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from marsad.facts._quote_words import BODY_HEADS, QUOTE_MARKS
from marsad.facts._speaker_words import is_title
from marsad.facts._speech_verbs import has_speech_verb
from marsad.lang.names import fold

# In the order tested: a quote matching two is counted under the first.
WHYS = (
    "a 'بحسب/وفق/نقلا عن/حسب' attribution",
    "a passive 'قيل'",
    "the speaker after the words",
    "a title alone ('الوزير')",
    "a pronoun subject, no antecedent found",
    "the speaker in an earlier sentence or the title",
    "a body or unnamed speaker withheld",
    "no speech verb found",
    "a verb found, its subject not parsed",
    "the gold names none",
)
# Arabic: "بحسب/حسب/وفق/وفقا ل/نقلا عن/طبقا ل" credit the words to the noun after them.
_ACCORDING = re.compile(r"(?:^|\s)(?:و?ب?حسب|و?وفق|و?وفقا|و?نقلا\s+عن|و?طبقا)(?=\s|$)")
# "قيل/يقال": the passive names no one.
_PASSIVE = re.compile(r"(?:^|\s)[وف]?(?:قيل|يقال)(?=\s|$)")
# A sentence opening with a bare speech verb and its complement: the subject is a pronoun
# ("وأضاف أن"، "وتابع:"، "وقالت إن").
_BARE_OPENING = re.compile(
    r"^\W*[وف]?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أوضح|أوضحت|أكد|أكدت|أشار|أشارت|ذكر|ذكرت|"
    r"صرح|صرحت|أعلن|أعلنت|أردف|أردفت|لفت|لفتت|يقول|تقول|يضيف|تضيف)(?:\s*:|\s+(?:أن|إن|أنه|"
    r"إنه|أنها|إنها|إلى|في|قائلا|قائلة|بأن|لـ?|ل)\b|\s*[،,])"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteCase:
    """One gold quote marsad missed or got wrong: its sentence, the one before, the article's
    title, the gold speaker and its type (person, body, unnamed, none)."""

    sentence: str
    before: str
    title: str
    speaker: str
    speaker_type: str


def _words(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"\w+", text)]


def _named_in(name: str, text: str) -> int:
    """Where the gold name's first long word is in ``text`` (folded words), or -1."""
    words = [w for w in _words(name) if len(w) >= 3] or _words(name)
    hay = _words(text)
    for at, word in enumerate(hay):
        if any(word == w or (word.endswith(w) and len(word) - len(w) <= 2) for w in words):
            return at
    return -1


def _after_words(case: QuoteCase) -> bool:
    """The speaker is named after a closing quotation mark or after a mid-sentence verb that
    follows the words ("«...»، قال X", "... على ما أوضح X")."""
    text = case.sentence
    last_mark = max((text.rfind(m) for m in QUOTE_MARKS), default=-1)
    if last_mark <= 0:
        return False
    tail = text[last_mark:]
    return _named_in(case.speaker, tail) >= 0 and _named_in(case.speaker, text[:last_mark]) < 0


def _titled(word: str) -> bool:
    """A title or a kind of body alone ("الوزير", "الوزارة", "المصدر"), not a name."""
    folded = fold(word)
    return is_title(word) or folded in BODY_HEADS or folded.removeprefix("ال") in BODY_HEADS


def why_of(case: QuoteCase) -> str:
    """The first of ``WHYS`` the case matches."""
    text = case.sentence
    if case.speaker_type == "none" or not case.speaker or case.speaker == "none":
        return WHYS[9]
    if _ACCORDING.search(text):
        return WHYS[0]
    if _PASSIVE.search(text):
        return WHYS[1]
    if _after_words(case):
        return WHYS[2]
    words = case.speaker.split()
    in_sentence = _named_in(case.speaker, text) >= 0
    if len(words) == 1 and in_sentence and _titled(words[0]):
        return WHYS[3]
    if not in_sentence:
        if _BARE_OPENING.match(text):
            return WHYS[4]
        return WHYS[5]
    if case.speaker_type in ("body", "unnamed"):
        return WHYS[6]
    if not has_speech_verb(text):
        return WHYS[7]
    return WHYS[8]


def why_counts(cases: Iterable[tuple[QuoteCase, bool]]) -> list[tuple[str, int, int]]:
    """(why, no speaker, wrong speaker) for each class of ``WHYS``, in order; ``cases`` pairs a
    case with True when marsad gave a wrong speaker, False when it gave none."""
    none = dict.fromkeys(WHYS, 0)
    wrong = dict.fromkeys(WHYS, 0)
    for case, is_wrong in cases:
        (wrong if is_wrong else none)[why_of(case)] += 1
    return [(why, none[why], wrong[why]) for why in WHYS]
