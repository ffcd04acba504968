"""Folding of names for lexicon matching: spelling variants of one name made one form, and the
nisba adjective's stem (الروسية → روسي)."""

from __future__ import annotations

import re

from marsad.caches import cached
from marsad.lang.arabic import normalize

_DOUBLED = re.compile(r"(.)\1+")
# Feminine and plural endings of a nisba adjective, already normalized: الروسية → روسي.
_NISBA_ENDINGS = ("يين", "يون", "يه", "ين", "ون", "ه")
_NISBA_LAST_LETTERS = frozenset({*(ending[-1] for ending in _NISBA_ENDINGS), "ي"})


@cached(200_000)
def fold(word: str) -> str:
    """Lexicon matching form of a word: normalized, doubled letters collapsed (توكاييف and
    توكايف are one spelling)."""
    word = normalize(word).lower()
    # Most words double no letter: the search is several times cheaper than a substitution
    # that finds nothing (its template is read again at every call).
    return _DOUBLED.sub(r"\1", word) if _DOUBLED.search(word) else word


@cached(200_000)
def skeleton(word: str) -> str:
    """Looser form for names of people met in the story: inner alef and waw dropped too, as
    transliterations differ in long vowels (جومارت / جومرت). Too loose for common words
    (السياسي / السيسي), so it is only used against names already found with a title."""
    word = fold(word)
    if len(word) > 3:
        word = word[0] + word[1:-1].replace("ا", "").replace("و", "") + word[-1]
    return word


def nisba_stem(word: str) -> str | None:
    """The masculine stem of a nisba adjective (``الروسية`` → ``روسي``), or None."""
    if word[-1:] not in _NISBA_LAST_LETTERS:
        return None  # no ending below, nor a bare ي
    for ending in _NISBA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            return stem if stem.endswith("ي") else stem + "ي" if ending.startswith("ي") else None
    return word if word.endswith("ي") and len(word) >= 4 else None
