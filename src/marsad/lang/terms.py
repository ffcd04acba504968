"""Matching terms of a text: normalized, stop words removed, Snowball-stemmed (PyStemmer)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat

import Stemmer

from marsad.caches import cached
from marsad.lang.arabic import light_normalize, normalize
from marsad.lang.stopwords import stopwords_for

_WORD = re.compile(r"\w+")
_STEMMER_NAMES = {"ar": "arabic", "en": "english", "fr": "french", "de": "german", "es": "spanish"}
# Words whose stems PyStemmer keeps (news vocabulary is Zipfian; the cache changes no output).
STEM_CACHE = 200_000


@cached()
def stemmer_for(language: str) -> Stemmer.Stemmer | None:
    """The Snowball stemmer of a language code, one per process (None: no stemmer)."""
    name = _STEMMER_NAMES.get(language)
    return Stemmer.Stemmer(name, STEM_CACHE) if name else None


def tokens(text: str) -> list[str]:
    """Word tokens of the normalized text (Unicode-aware: Arabic letters and digits kept)."""
    return _WORD.findall(normalize(text))


# A private-use character: not a word character, untouched by normalization, absent from news.
_SEPARATOR = "\ue000"


def sentence_tokens(texts: Sequence[str]) -> list[list[str]]:
    """``tokens`` of each text, normalizing all of them in one call."""
    parts = normalize(_SEPARATOR.join(texts)).split(_SEPARATOR)
    if len(parts) != len(texts):  # a text held the separator itself
        return [tokens(text) for text in texts]
    return [_WORD.findall(part) for part in parts]


# Word frequencies are Zipfian: a bounded cache answers most lookups of a large corpus.
@cached(500_000)
def _term(word: str, language: str) -> str | None:
    """The matching term of one light-normalized, lower-cased word; None for a stop word."""
    if len(word) == 1 and word.isalpha():
        return None
    if normalize(word) in stopwords_for(language):
        return None
    stemmer = stemmer_for(language)
    return normalize(stemmer.stemWord(word) if stemmer else word) or None


def terms(text: str, language: str) -> tuple[str, ...]:
    """Stems of the content words of ``text``, in order, for matching and TF-IDF."""
    words = _WORD.findall(light_normalize(text).lower())
    return tuple(filter(None, map(_term, words, repeat(language))))  # no Python loop per word
