"""Tokens with character spans, and the Arabic clitic rules shared by the fact extractors."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from marsad.lang.arabic import normalize

# Digit runs (any script, with thousands/decimal separators) come before words so that "2022ء"
# splits into the number and the abbreviation letter; words keep their diacritics (tanween).
_TOKEN = re.compile(
    r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|[^\W\d_][\w\u064b-\u065f\u0670\u0640]*|\S"
)
# Clause punctuation: a figure's subject is looked for inside its own clause.
CLAUSE_BREAKS = frozenset({",", "،", ";", "؛", ".", ":", "(", ")", "?", "؟", "!", "-", "–", "—"})
# Proclitics written attached to the next word: conjunctions و/ف, prepositions ب/ل/ك, article ال.
_PREFIXES = (
    "وبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "لل",
    "وب",
    "ول",
    "فب",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)


class Token(NamedTuple):
    """One token of a sentence: original text, matching form (lower-case), span in the sentence."""

    # A named tuple: sentences hold many tokens, and tuples are the cheapest to build.
    text: str
    norm: str
    start: int
    end: int


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    """Matching form of one word (cached: news vocabulary is Zipfian)."""
    return normalize(word)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with spans; punctuation marks are tokens of their own."""
    return list(_tokens(text))


# Each sentence is read by four extractors in a row: tokenize it once. Tokens are built with
# tuple.__new__, a quarter faster than calling the named tuple, with names bound locally (12 %
# more on ANT sentences): the hottest loop of facts.
@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[Token, ...]:
    new, token, normal = tuple.__new__, Token, norm
    found: list[Token] = []
    append = found.append
    for match in _TOKEN.finditer(text):
        word = match[0]
        start, end = match.span()
        append(new(token, (word, normal(word), start, end)))
    return tuple(found)


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """The normalized word and its forms without proclitics (longest first stripped last).

    Arabic writes conjunctions, prepositions and the article onto the word: "وبالعشرات" holds
    و + ب + ال + عشرات. A bare stem must keep at least two letters.
    """
    forms = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            forms.append(word[len(prefix) :])
    return tuple(dict.fromkeys(forms))


def is_arabic_word(word: str) -> bool:
    """True when the word starts with an Arabic letter."""
    return bool(word) and "\u0621" <= word[0] <= "\u06d3"


def word_set(text: str) -> frozenset[str]:
    """The matching forms of the space-separated words of a hand-written list."""
    return frozenset(normalize(word) for word in text.split())


def with_clitics(words: frozenset[str]) -> frozenset[str]:
    """The words with every proclitic written before them (for a fast per-sentence test)."""
    return frozenset(words | {prefix + word for prefix in _PREFIXES for word in words})


def words_of(text: str) -> frozenset[str]:
    """The distinct matching forms of the tokens of ``text``."""
    return _words_and_digit(text)[0]


def has_any(text: str, words: frozenset[str]) -> bool:
    """True when a token of ``text`` (matching form) is in ``words`` or starts with a digit."""
    norms, digit = _words_and_digit(text)
    return digit or not words.isdisjoint(norms)


# Dates and figures both ask, of the same sentence: computed once.
@lru_cache(maxsize=16384)
def _words_and_digit(text: str) -> tuple[frozenset[str], bool]:
    tokens = _tokens(text)
    return frozenset(t.norm for t in tokens), any(t.text[0].isdigit() for t in tokens)
