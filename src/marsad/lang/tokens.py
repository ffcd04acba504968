"""Tokens with character spans (punctuation kept, digits apart from letters) and the word sets of
a sentence: the fact extractors' view of a text. ``terms.tokens`` is the other tokenizer: bare
normalized ``\\w+`` words, for ROUGE, LexRank and dedupe."""

from __future__ import annotations

import re
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from marsad.caches import cached, register_clearer
from marsad.lang.arabic import normalize

# Digit runs (any script, with thousands/decimal separators) come before words so that "2022ء"
# splits into the number and the abbreviation letter; words keep their diacritics (tanween).
# An Arabic word of two letters or more written onto digits is a missing space, and the word
# and the digits are two tokens: France 24 writes "متنها66 شخصا", "مقتل17  شخصا", "لتبلغ8,6"
# (13 February articles). Left whole: one letter, which is a proclitic ("و200", "ب5") or the
# Egyptian decimal mark ر ("6ر9" = 9.6, read by the figures); a proclitic pair ("وب50") and a
# tatweel before the digits ("بـ50", "الـ15"); Latin letters ("G7", "5G"), which name a thing.
_DIGITS = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_ARABIC_LETTERS = r"[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670\u0671-\u06d3]"
_TOKEN = re.compile(
    rf"{_DIGITS}+(?:[.,\u066b\u066c]{_DIGITS}+)*"
    rf"|(?![وف]?[بلك]?{_DIGITS}){_ARABIC_LETTERS}{{2,}}+(?={_DIGITS})"
    r"|[^\W\d_][\w\u064b-\u065f\u0670\u0640]*|\S"
)
# Clause punctuation: a figure's subject is looked for inside its own clause.
CLAUSE_BREAKS = frozenset({",", "،", ";", "؛", ".", ":", "(", ")", "?", "؟", "!", "-", "–", "—"})


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


def words_of(text: str) -> frozenset[str]:
    """The distinct matching forms of the tokens of ``text``."""
    return _words_and_digit(text)[0]


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
