"""What the store's full-text search sees and how a query is read: normalized words plus the
stems the clusterer uses, made here so that the store needs no language analysis."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.lang.arabic import normalize
from marsad.lang.terms import terms

_WORD = re.compile(r"\w+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# A query is cut to this many words: search is for finding stories, not for pasting articles.
MAX_QUERY_WORDS = 12


def search_text(parts: Iterable[str], language: str) -> str:
    """What the full-text index sees: normalized words (alef forms, diacritics, digits folded)
    and, on a second line, the stems the clusterer uses (so clitics and suffixes match)."""
    text = "\n".join(part for part in parts if part)
    return normalize(text) + "\n" + " ".join(terms(text, language))


def match_words(query: str) -> list[list[str]]:
    """Each query word with its alternatives (the word, its stem); every word must match."""
    language = "ar" if _ARABIC_LETTER.search(query) else "en"
    groups: list[list[str]] = []
    for word in _WORD.findall(normalize(query))[:MAX_QUERY_WORDS]:
        alternatives = [word, *terms(word, language)]
        groups.append(list(dict.fromkeys(a for a in alternatives if _WORD.fullmatch(a))))
    return [group for group in groups if group]
