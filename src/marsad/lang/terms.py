"""Matching terms of a text: normalized, stop words removed, Snowball-stemmed (PyStemmer)."""

from __future__ import annotations

import re
from functools import cache

import Stemmer

from marsad.lang.arabic import light_normalize, normalize
from marsad.lang.stopwords import stopwords_for

_WORD = re.compile(r"\w+")
_STEMMER_NAMES = {"ar": "arabic", "en": "english", "fr": "french", "de": "german", "es": "spanish"}


@cache
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = _STEMMER_NAMES.get(language)
    return Stemmer.Stemmer(name) if name else None


def tokens(text: str) -> list[str]:
    """Word tokens of the normalized text (Unicode-aware: Arabic letters and digits kept)."""
    return _WORD.findall(normalize(text))


def terms(text: str, language: str) -> tuple[str, ...]:
    """Stems of the content words of ``text``, in order, for matching and TF-IDF."""
    stop = stopwords_for(language)
    raw = [w.lower() for w in _WORD.findall(light_normalize(text))]
    kept = [w for w in raw if normalize(w) not in stop and not (len(w) == 1 and w.isalpha())]
    stemmer = _stemmer(language)
    stems = stemmer.stemWords(kept) if stemmer else kept
    return tuple(normalize(stem) for stem in stems if stem)
