"""The blind gold's false disagreements by why, counts only (``marsad eval facts --split …
--why``): marsad's conflict or update pairs the gold labels scope, none or another kind, each
put in the first class its two sentences show, so a split nobody tunes on can be diagnosed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from marsad.facts.entities import entity_mentions

WHYS = (
    "a part against its whole",
    "one attack against a cumulative count",
    "different places named",
    "different counters",
    "different days",
    "different counted things",
    "vague against exact",
    "other",
)
# A part of a toll: "بينهم"، "منهم" (those among the dead), "على الفور"، "في الحال"، "فورا"،
# "في موقع الحادث" (those killed at once, a part of the final toll).
_PART = re.compile(
    r"(?<!\w)(?:بينهم|بينهن|منهم|منهن|على الفور|في الحال|فورا|في موقع|في مكان الحادث"
    r"|instantly|on the spot|at the scene|including)(?!\w)"
)
# A count over a campaign or since a day: "منذ"، "حصيلة"، "إجمالي"، "since", "in total".
_CUMULATIVE = re.compile(r"(?<!\w)(?:و?منذ|(?:ال)?(?:حصيلة|إجمالي|اجمالي)|since|total|toll)(?!\w)")
# Who gives a count: the word after "حسب"، "بحسب"، "وفق"، "according to".
_COUNTER = re.compile(r"(?<!\w)(?:حسب|بحسب|وفق|وفقا\s+ل|نقلا\s+عن|according\s+to)\s*(\S+)")
_DAYS = re.compile(
    r"(?<!\w)(?:ال)?(?:سبت|أحد|احد|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|أمس|امس|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|yesterday)(?!\w)"
)
_LOCAL = frozenset({"city", "region"})


@dataclass(frozen=True, slots=True, kw_only=True)
class FalseFlag:
    """One false conflict or update: marsad's kind, the gold's labels, and its two sides."""

    kind: str
    gold: tuple[str, ...]
    texts: tuple[str, str]
    vague: tuple[bool, bool]


def _places(text: str) -> frozenset[str]:
    return frozenset(e.canonical for e in entity_mentions(text) if e.type in _LOCAL)


def _one_side(pattern: re.Pattern[str], texts: tuple[str, str]) -> bool:
    found = [pattern.search(text) is not None for text in texts]
    return found[0] != found[1]


def why_of(flag: FalseFlag) -> str:
    """The first class of ``WHYS`` the flag's two sentences show."""
    texts = (flag.texts[0].lower(), flag.texts[1].lower())
    if flag.texts[0] != flag.texts[1] and any(_PART.search(text) for text in texts):
        return WHYS[0]
    if _one_side(_CUMULATIVE, texts):
        return WHYS[1]
    places = [_places(text) for text in flag.texts]
    if all(places) and not places[0] & places[1]:
        return WHYS[2]
    counters = [set(_COUNTER.findall(text)) for text in texts]
    if all(counters) and not counters[0] & counters[1]:
        return WHYS[3]
    days = [set(_DAYS.findall(text)) for text in texts]
    if all(days) and not days[0] & days[1]:
        return WHYS[4]
    if not any(flag.gold):
        return WHYS[5]  # no gold pair of these two figures as one counted thing
    if flag.vague[0] != flag.vague[1]:
        return WHYS[6]
    return WHYS[7]


def why_counts(flags: Iterable[FalseFlag]) -> list[tuple[str, int, int]]:
    """(why, false conflicts, false updates) for each class of ``WHYS``, in order."""
    counts = {why: [0, 0] for why in WHYS}
    for flag in flags:
        counts[why_of(flag)][flag.kind == "update"] += 1
    return [(why, conflicts, updates) for why, (conflicts, updates) in counts.items()]
