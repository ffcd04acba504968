"""The shipped entity lexicons (lexicons/*.tsv), loaded once and folded for matching (the
folding rules live in ``marsad.lang.names``)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from marsad.caches import cached
from marsad.lang.arabic import normalize
from marsad.lang.names import fold

_LEXICONS = ("places.tsv", "organizations.tsv", "people.tsv")


# The entity types that are places.
PLACE_TYPES = frozenset({"country", "city", "region"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon entity: canonical name and type (country, city, region, organization, person)."""

    canonical: str
    type: str


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
    # News agencies (a name or variant "وكالة ..."): the outlet relaying the story, credited
    # as such, not one of its actors ("بحسب وكالة الأنباء الإماراتية (وام)").
    agencies: frozenset[str] = frozenset()


def lexicon_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a shipped lexicon, comments and empty lines left out."""
    text = files("marsad.facts").joinpath("lexicons", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cached()
def gazetteer() -> Gazetteer:
    """The lexicons shipped with marsad, folded for matching."""
    phrases: dict[tuple[str, ...], Entry] = {}
    nisba: dict[str, Entry] = {}
    agencies: set[str] = set()
    for name in _LEXICONS:
        for row in lexicon_rows(name):
            entry = Entry(canonical=row[0], type=row[1])
            variants = [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else [])]
            for variant in variants:
                phrases.setdefault(tuple(fold(w) for w in variant.split()), entry)
            if any(v.startswith(("وكالة", "الوكالة")) for v in variants):
                agencies.add(entry.canonical)
            for stem in row[3].split("|") if len(row) > 3 and row[3] else []:
                nisba.setdefault(normalize(stem), entry)
    titles = frozenset(
        tuple(fold(w) for w in line[0].split()) for line in lexicon_rows("titles.txt") if line[0]
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
        agencies=frozenset(agencies),
    )
