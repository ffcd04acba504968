"""Openers read against the summary shown before a sentence (round 32): a turn such as
"إلى ذلك،" or "من جهة أخرى،" carries no fact and is dropped from a sentence shown away from its
article's previous sentence (``without_turn``); a word of time such as "عندها" or "حينها" among
the first words points to a moment only that previous sentence told (``told_then``).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from marsad.lang.arabic import normalize, written_pattern

DATA_FILE = "openers.toml"
# How many of a sentence's first words may hold the word of time: "عليك حينها النقر",
# "وقال آنذاك سليل شيتي" (February); further on the sentence has usually said when.
THEN_WITHIN = 3
_WORD = re.compile(r"[\u0621-\u064a]+")


@cache
def _lexicon() -> dict[str, list[str]]:
    """The lists of ``openers.toml``."""
    text = resources.files("marsad.summarize").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return {key: list(value) for key, value in tomllib.loads(text).items()}


@cache
def _turn() -> re.Pattern[str]:
    """A dropped opener at the start of a sentence, with an optional "و", the comma or colon
    after it and the spaces; what follows must be a word."""
    forms = sorted((normalize(phrase) for phrase in _lexicon()["dropped"]), key=len, reverse=True)
    alternatives = "|".join(written_pattern(form) for form in forms)
    return re.compile(rf"^\W*(?:و)?(?:{alternatives})(?![\u0621-\u064a])\s*[،,:]?\s*(?=\w)")


@cache
def _then_words() -> frozenset[str]:
    """The one-word words of time, normalized."""
    return frozenset(normalize(word) for word in _lexicon()["then"] if " " not in word)


@cache
def _then_phrases() -> re.Pattern[str]:
    """The words of time of more than one word ("من ثم"), at the start of a sentence."""
    phrases = [normalize(word) for word in _lexicon()["then"] if " " in word]
    alternatives = "|".join(written_pattern(phrase) for phrase in phrases)
    return re.compile(rf"^\W*(?:و|ف)?(?:{alternatives})(?![\u0621-\u064a])")


def without_turn(text: str, language: str) -> str:
    """``text`` without an opening turn to another point ("إلى ذلك، كشف …" → "كشف …"); the
    text itself when it has none, or when nothing would be left. Arabic only."""
    if language != "ar":
        return text
    found = _turn().match(text)
    if found is None or len(_WORD.findall(text[found.end() :])) < 3:
        return text
    return text[found.end() :]


def told_then(text: str, language: str) -> bool:
    """True when one of the first ``THEN_WITHIN`` words is a word of time that points back
    ("عندها", "حينها", "آنذاك", "ومن ثم"), with or without "و"/"ف". Arabic only."""
    if language != "ar":
        return False
    if _then_phrases().match(text):
        return True
    words = [normalize(word) for word in _WORD.findall(text)[:THEN_WITHIN]]
    return any(
        word in _then_words() or (word[:1] in "وف" and word[1:] in _then_words()) for word in words
    )
