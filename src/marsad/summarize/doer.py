"""The doer of a sentence's event read from the sentence itself, when the entity lexicon does
not know it: the last word of each noun phrase near the event word.

"أعلن نائب رئيس وزراء أستراليا بارنبي جويس ... إنه سيستقيل" / "وقرر جويس الاستقالة": one
resignation, and the lexicon knows neither Joyce nor Abou el-Fotouh ("اعتقلت الشرطة المصرية
الأربعاء عبد المنعم أبو الفتوح" / "ألقت القبض على أبو الفتوح"). Arabic names a person by title
first and name last ("نائب رئيس الوزراء بارنبي جويس"), and a later mention by the last name
alone, so a noun phrase's last word is what two outlets share: phrases are the runs of words
between punctuation, function words, time words and the event word, around the event word in
VSO (the subject or object after it) or SVO order (before it). A run's first word opening the
sentence is its verb; a phrase ending in a nisba ("الشرطة المصرية") or one word with the article
("الشرطة") is a common noun, no one's name.
"""

from __future__ import annotations

import re

from marsad.caches import cached
from marsad.facts._calendar import WEEKDAYS
from marsad.facts._numbers import NUMBER_WORDS
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.names import skeleton
from marsad.lang.stopwords import ARABIC, ENGLISH
from marsad.summarize.signature import VERB_WITHIN, verb_class, verb_match
from marsad.summarize.verb_roots import word_class

# Words after the event word read for its subject or object (VSO: "اعتقلت الشرطة المصرية
# الأربعاء عبد المنعم أبو الفتوح", the name seventh).
AFTER = 7
_PUNCTUATION = tuple(".,:;!?،؛\"'«»()“”")
# Time words that end a phrase as the weekdays do ("مساء أمس", "صباح الأحد").
_TIME = frozenset(map(normalize, ("مساء", "صباح", "فجر", "ليل", "ليله", "امس", "غدا", "الان")))
_LETTERS = re.compile(r"\w+")
_ARTICLE = ("ال", "وال", "بال", "فال", "لل", "كال")
# The future سـ or the purpose لـ before an imperfect prefix: a verb ("سيستقيل", "ليقدم").
_VERB_SHAPE = re.compile(r"^[سل][يتن]\w{3,}$")


def _bare(word: str) -> str:
    """``word`` normalized without the conjunction و/ف (on a word of four letters or more)."""
    word = normalize(word)
    return word[1:] if word[:1] in {"و", "ف"} and len(word) > 4 else word


def _no_article(word: str) -> str:
    """``word`` without the definite article and the prepositions written onto it."""
    for prefix in _ARTICLE:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _breaks(word: str, event: str) -> bool:
    """True when ``word`` ends a noun phrase: a function or time word, a figure (in digits or
    words), a weekday, or a word of the event's class."""
    plain = _bare(word.strip("".join(_PUNCTUATION)))
    if not plain or plain in ARABIC or plain.lower() in ENGLISH or normalize(word) in ARABIC:
        return True
    if plain in _TIME or any(form in WEEKDAYS for form in stems(plain)):
        return True
    if any(ch.isdigit() for ch in plain) or any(form in NUMBER_WORDS for form in stems(plain)):
        return True
    return word_class(plain) == event or verb_class_of(plain) == event


def verb_class_of(word: str) -> str | None:
    """The listed event class (``signature``'s word lists) of one word, or None."""
    found = verb_match(word)
    return verb_class(found) if found else None


def _nisba(word: str) -> bool:
    """True for a nisba adjective's shape ("المصرية", "الإسرائيلي", "الأمريكيين")."""
    plain = _no_article(word)
    return plain.endswith(("ي", "يه", "يين", "يون")) and len(plain) >= 4


def _event_at(words: list[str], event: str) -> int | None:
    """The position of the first word of class ``event`` among ``words``' first
    ``VERB_WITHIN``."""
    for k, word in enumerate(words[:VERB_WITHIN]):
        plain = word.strip("".join(_PUNCTUATION))
        if word_class(plain) == event or verb_class_of(plain) == event:
            return k
    return None


@cached(20_000)
def doer_words(text: str, event: str) -> frozenset[str]:
    """The loosely spelled last words of the noun phrases around ``text``'s first word of
    class ``event`` (every phrase before it among the first ``VERB_WITHIN`` words, those of the
    ``AFTER`` words after it): its doer and the one it acts on, by name; empty when none."""
    words = text.split()
    at = _event_at(words, event)
    if at is None:
        return frozenset()
    runs: list[list[tuple[int, str]]] = [[]]
    for k, word in enumerate(words[: at + 1 + AFTER]):
        if _breaks(word, event):
            runs.append([])
            continue
        runs[-1].append((k, word))
        if word.endswith(_PUNCTUATION):
            runs.append([])
    found: set[str] = set()
    for run in runs:
        if run and run[0][0] == 0:  # the sentence's first word: its verb
            run = run[1:]
        if not run:
            continue
        last = _bare(run[-1][1].strip("".join(_PUNCTUATION)))
        if _LETTERS.fullmatch(last) is None or (last.isascii() and not last[:1].isupper()):
            continue
        if _nisba(last) or _VERB_SHAPE.match(last) or (len(run) == 1 and _no_article(last) != last):
            continue
        name = skeleton(_no_article(last))
        if len(name) >= 3:
            found.add(name)
    return frozenset(found)


def same_doer(first: str, second: str, event: str) -> bool:
    """True when two sentences of class ``event`` share a doer read from their words
    (``doer_words``)."""
    return bool(doer_words(first, event) & doer_words(second, event))
