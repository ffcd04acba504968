"""Places below the country that a headline or lead names by their kind: two fronts of one war.

Arabic news names a place inside a country by its kind noun and its name ("في مديرية ناطع
بمحافظة البيضاء", "في جبهة صرواح", "بلدة الشيفونية"); the country is the theme, the locality
is where the event happened. Two articles that each name such a locality, neither naming (in
its headline and lead) a locality of the other or a city or region of the other, tell events in
two places of one country: the army's losses for the Houthis in Nate'a and the coalition's
strikes on the west coast the next day are two events of one war, not one (issue 19, round 20).
Their pair counts ``Settings.other_places_weight`` more for stories, as round 9's two countries
do; storylines still link them.

The same holds for two articles whose first sentences state different weekdays and whose
headlines and leads name cities or regions, none in common: a missile on Jazan on Thursday and
one on Najran on Saturday, an envoy's visit to Beirut and the premier's to Riyadh two days
later, are two events of one storyline (issue 19, round 28).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
from scipy.sparse import csr_matrix

from marsad.evidence import (
    EVENT_PLACE,
    HELD,
    LEAD_SENTENCES,
    NAMED,
    _marked,
    _side_matrices,
    side_keys,
)
from marsad.facts._calendar import WEEKDAYS
from marsad.lang.arabic import normalize
from marsad.model import Document

# What marks a locality (its loose keys, ``side_keys``) and every word of the headline and
# lead of an article that names one (so the other article's localities can be looked up).
LOCALITY = NAMED + "k:"
LOCALITY_WORD = NAMED + "x:"
# The weekday the first sentence states the event on (its number, Monday 0).
EVENT_DAY = NAMED + "w:"
# A weekday followed by these is to come, not the event's ("الخميس المقبل").
_TO_COME = frozenset(map(normalize, ("المقبل", "القادم", "المقبلة", "القادمة")))
# Kind nouns that introduce a place's name below the country, read on February's leads. Left
# out as ambiguous: ولاية (a term of office: "لولاية ثانية"), قضاء (the judiciary, "قضاء عطلة"),
# ناحية ("من ناحية أخرى"), منطقة ("منطقة الجزاء"), مدينة and حي (a flight's origin and the
# crash's town: "حي ومباشر"), which name places of one event as often as of two.
KINDS = ("محافظة", "مديرية", "جبهة", "بلدة", "قرية", "إقليم")
# Words after a kind noun that are no place's name (another, the same, a front's party).
NOT_NAMES = (
    *("أخرى", "الأخرى", "واحدة", "جديدة", "مجاورة", "قريبة", "نفسها", "ذاتها", "على"),
    *("النصرة", "البوليساريو", "التحرير", "الإنقاذ", "الوطنية", "الشعبية", "الإسلامية"),
    *("الداخلية", "فتح", "الشام"),
)
_KIND = "|".join(map(normalize, KINDS))
# A kind noun, alone or after و/ب/ل/ف and ب/ل ("وبمحافظة"), then its name (a hashtag's # dropped).
_LOCALITY = re.compile(rf"(?<!\w)[وفبل]?[بل]?(?:{_KIND})\s+#?(\w+)")
_NOT_NAME = frozenset(map(normalize, NOT_NAMES))
_WORDS = re.compile(r"\w+")


def localities(title: str, document: Document) -> list[str]:
    """The ``LOCALITY`` keys of the places a headline and its lead name by a kind noun, and the
    ``LOCALITY_WORD`` keys of all their words; none when they name no locality. (The cities and
    regions they name are ``evidence.named_terms``'s ``HELD`` keys.)"""
    texts = [title, *(sentence.text for sentence in document.sentences[:LEAD_SENTENCES])]
    first = document.sentences[0].text if document.sentences else ""
    return [*located(texts), *event_days(first)]


def event_days(sentence: str) -> list[str]:
    """The ``EVENT_DAY`` keys of the weekdays a sentence states (with و/ب/ل glued or after
    "يوم"), leaving out the days to come."""
    words = _WORDS.findall(normalize(sentence))
    found: dict[str, None] = {}
    for number, word in enumerate(words):
        day = WEEKDAYS.get(word)
        if day is None and word[:1] in "وبل":
            day = WEEKDAYS.get(word[1:])
        following = words[number + 1] if number + 1 < len(words) else ""
        if day is not None and following not in _TO_COME:
            found[EVENT_DAY + str(day)] = None
    return list(found)


def located(texts: Sequence[str]) -> list[str]:
    """``localities`` of some texts (a headline and its lead sentences)."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _LOCALITY.finditer(normalize(text)):
            if (name := match.group(1)) not in _NOT_NAME and not name.isdigit():
                found.update(dict.fromkeys(LOCALITY + key for key in side_keys(name)))
    if not found:
        return []
    for text in texts:
        for word in _WORDS.findall(normalize(text)):
            if not word.isdigit():
                found.update(dict.fromkeys(LOCALITY_WORD + key for key in side_keys(word)))
    return list(found)


def localities_rows(named: csr_matrix, words: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Of each pair of rows of named-term counts (``words``: their columns' terms), whether both
    name a locality and neither names, in its headline and lead, a locality, city or region of
    the other: two places of one country."""
    found = np.zeros(len(pairs), dtype=bool)
    if not len(pairs) or not len(words):
        return found
    text = words.astype(str)
    own = _side_matrices(named, text, (LOCALITY, LOCALITY_WORD))
    if own is None:
        return found
    _, places, saids = own
    placed = np.asarray(places.sum(axis=1)).ravel() > 0
    both = placed[pairs[:, 0]] & placed[pairs[:, 1]]
    first, second = pairs[both, 0], pairs[both, 1]
    named_by = _named_by(places, saids, first, second)
    held = _side_matrices(named, text, (HELD, LOCALITY_WORD))
    if held is not None:
        named_by += _named_by(held[1], held[2], first, second)
    found[both] = named_by == 0
    return found


def other_days_rows(named: csr_matrix, words: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Of each pair of rows of named-term counts, whether both first sentences state a weekday,
    none in common, and both headlines and leads name a city or region where something happens
    (``evidence.EVENT_PLACE``: a capital only after a locative), none in common: two events of
    one kind on two days in two places."""
    if not len(pairs) or not len(words):
        return np.zeros(len(pairs), dtype=bool)
    text = words.astype(str)
    present = csr_matrix((named > 0).astype(np.float64))
    shared = present[pairs[:, 0]].multiply(present[pairs[:, 1]])
    found = np.ones(len(pairs), dtype=bool)
    for mark in (EVENT_DAY, EVENT_PLACE):
        columns = np.char.startswith(text, mark).astype(np.float64)
        stated = np.asarray(present @ columns).ravel() > 0
        common = np.asarray(shared @ columns).ravel()
        found &= stated[pairs[:, 0]] & stated[pairs[:, 1]] & (common == 0)
    return found


def _named_by(
    places: csr_matrix, saids: csr_matrix, first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """Per pair, how many places of one row the other row's words name, both ways."""
    named_by = places[first].multiply(saids[second]) + places[second].multiply(saids[first])
    counted: np.ndarray = np.asarray(named_by.sum(axis=1)).ravel()
    return counted


def localities_apart(first: Iterable[str], second: Iterable[str]) -> bool:
    """``localities_rows`` of one pair of articles from their named terms (the store's
    streaming clusterer weighs its pairs one at a time)."""
    one, two = set(first), set(second)
    places_one, places_two = _marked(one, LOCALITY), _marked(two, LOCALITY)
    if not places_one or not places_two:
        return False
    said_one, said_two = _marked(one, LOCALITY_WORD), _marked(two, LOCALITY_WORD)
    places_one |= _marked(one, HELD)
    places_two |= _marked(two, HELD)
    return not (places_one & said_two or places_two & said_one)


def other_days_apart(first: Iterable[str], second: Iterable[str]) -> bool:
    """``other_days_rows`` of one pair of articles from their named terms (the store)."""
    one, two = set(first), set(second)
    for mark in (EVENT_DAY, EVENT_PLACE):
        marked_one, marked_two = _marked(one, mark), _marked(two, mark)
        if not marked_one or not marked_two or marked_one & marked_two:
            return False
    return True
