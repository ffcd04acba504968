"""Tokens with character spans, and the Arabic clitic rules shared by the fact extractors."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from marsad.caches import cached, register_clearer
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


# Matching forms of the words met so far (news vocabulary is Zipfian): a plain dict read with
# one C-level map per sentence; started again past this many words.
_NORMS: dict[str, str] = {}
NORMS_LIMIT = 300_000
register_clearer(f"{__name__}._NORMS", _NORMS.clear)


def _norms(words: list[str]) -> list[str]:
    """Matching forms of the words, in order."""
    known = _NORMS
    found = list(map(known.get, words))
    if None in found:
        if len(known) > NORMS_LIMIT:
            known.clear()
        for k, word in enumerate(words):
            if found[k] is None:
                found[k] = known[word] = normalize(word)
    return found  # type: ignore[return-value]  # no None left


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with spans; punctuation marks are tokens of their own."""
    return list(_tokens(text))


# Each sentence is read by four extractors in a row: tokenize it once. Tokens are built by
# C-level maps (tuple.__new__ over zipped fields), without a Python statement per token: the
# hottest loop of facts, 22 % faster than a loop over the matches.
@cached(16384)
def _tokens(text: str) -> tuple[Token, ...]:
    matches = list(_TOKEN.finditer(text))
    words = list(map(_MATCHED, matches))
    fields = zip(words, _norms(words), map(_START, matches), map(_END, matches), strict=True)
    return tuple(map(tuple.__new__, repeat(Token), fields))


_MATCHED = itemgetter(0)
_START = re.Match.start
_END = re.Match.end


@cached(200_000)
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


def word_set(text: str) -> frozenset[str]:
    """The matching forms of the space-separated words of a hand-written list."""
    return frozenset(normalize(word) for word in text.split())


def with_clitics(words: frozenset[str]) -> frozenset[str]:
    """The words with every proclitic written before them (for a fast per-sentence test)."""
    return frozenset(words | {prefix + word for prefix in _PREFIXES for word in words})


def words_of(text: str) -> frozenset[str]:
    """The distinct matching forms of the tokens of ``text``."""
    return _words_and_digit(text)[0]


class WordTest:
    """A test of single words remembered as two sets, so that the distinct words of a sentence
    are sorted with set operations instead of a function call per word (the test runs once per
    word; the sets start again past ``limit`` words, as an lru_cache would drop old ones)."""

    def __init__(self, test: Callable[[str], bool], limit: int = 300_000) -> None:
        self._test = test
        self._limit = limit
        self._passed: set[str] = set()
        self._failed: set[str] = set()

    def among(self, words: frozenset[str]) -> set[str]:
        """The words that pass."""
        passed, failed = self._passed, self._failed  # the same sets throughout, across threads
        if len(passed) + len(failed) > self._limit:
            passed, failed = self._passed, self._failed = set(), set()
        for word in words.difference(passed, failed):
            (passed if self._test(word) else failed).add(word)
        return passed.intersection(words)


def words_among(text: str, words: frozenset[str]) -> tuple[frozenset[str], bool]:
    """The matching forms of the tokens of ``text`` that are in ``words``, and whether a token
    starts with a digit: the test extractors make of every sentence before a token loop."""
    norms, digit = _words_and_digit(text)
    return norms & words, digit


# Dates and figures both ask, of the same sentence: computed once.
@cached(16384)
def _words_and_digit(text: str) -> tuple[frozenset[str], bool]:
    tokens = _tokens(text)
    firsts = map(_MATCHED, map(_MATCHED, tokens))  # first character of each token's text
    return frozenset(map(_NORM, tokens)), any(map(str.isdigit, firsts))


_NORM = attrgetter("norm")
