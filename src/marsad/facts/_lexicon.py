"""The shipped entity lexicons (lexicons/*.tsv), loaded once, and the name-folding rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

from marsad.caches import cached
from marsad.lang.arabic import normalize

_DOUBLED = re.compile(r"(.)\1+")
_LEXICONS = ("places.tsv", "organizations.tsv", "people.tsv")
# Feminine and plural endings of a nisba adjective, already normalized: الروسية → روسي.
_NISBA_ENDINGS = ("يين", "يون", "يه", "ين", "ون", "ه")


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon entity: canonical name and type (country, city, region, organization, person)."""

    canonical: str
    type: str


@cached(200_000)
def fold(word: str) -> str:
    """Lexicon matching form of a word: normalized, doubled letters collapsed (توكاييف and
    توكايف are one spelling)."""
    return _DOUBLED.sub(r"\1", normalize(word).lower())


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
    for ending in _NISBA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            return stem if stem.endswith("ي") else stem + "ي" if ending.startswith("ي") else None
    return word if word.endswith("ي") and len(word) >= 4 else None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Folded phrases and nisba stems mapped to entities, and the titles that introduce names."""

    phrases: dict[tuple[str, ...], Entry]
    nisba: dict[str, Entry]
    titles: frozenset[tuple[str, ...]]
    longest: int
    first_words: frozenset[str]  # first words of phrases and titles: a cheap test per token
    # Word counts of the phrases starting with each first word, longest first: a phrase
    # lookup tries only those (most first words start one or two phrases).
    lengths: dict[str, tuple[int, ...]]


def _rows(name: str) -> list[list[str]]:
    text = files("marsad.facts").joinpath("lexicons", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cached()
def gazetteer() -> Gazetteer:
    """The lexicons shipped with marsad, folded for matching."""
    phrases: dict[tuple[str, ...], Entry] = {}
    nisba: dict[str, Entry] = {}
    for name in _LEXICONS:
        for row in _rows(name):
            entry = Entry(canonical=row[0], type=row[1])
            variants = [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else [])]
            for variant in variants:
                phrases.setdefault(tuple(fold(w) for w in variant.split()), entry)
            for stem in row[3].split("|") if len(row) > 3 and row[3] else []:
                nisba.setdefault(normalize(stem), entry)
    titles = frozenset(
        tuple(fold(w) for w in line[0].split()) for line in _rows("titles.txt") if line[0]
    )
    longest = max(len(key) for key in phrases)
    first_words = frozenset(key[0] for key in (*phrases, *titles))
    sizes: dict[str, set[int]] = {}
    for key in phrases:
        sizes.setdefault(key[0], set()).add(len(key))
    lengths = {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}
    return Gazetteer(
        phrases=phrases,
        nisba=nisba,
        titles=titles,
        longest=longest,
        first_words=first_words,
        lengths=lengths,
    )
