"""Where a figure's counted thing happened, as the panel shows it: the place its own clause
sets it in ("في/ب" + place), else a place its clause names, else for a lead sentence the
article's place (the lead's), else none rather than a place named for something else."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize

# A clause ends at a sentence's stop (not a decimal point: "2.6 مليون") or where a new clause
# opens: "فيما/بينما/في حين" (while), a speech verb after "و" ("وقال"), "كما" (also): "أصيب 5
# فلسطينيين في غزة، فيما قتل جندي في إسرائيل" places the wounded in Gaza, not in the place
# named nearer to the next figure.
_CLAUSE_END = re.compile(
    r"(?<!\d)\.|\.(?!\d)|[؛;!?؟\n]"
    r"|(?:^|\s|[،,])\s*(?:فيما|بينما|في\s+حين|وفي\s+حين|كما"
    r"|و(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت))(?!\w)"
)
# "في" (in) or "داخل" before the place, a kind of place or a side between ("في مدينة دوما",
# "في شمال سوريا"), or "ب" on such a noun ("بمدينة البصرة"); "ب" on the place itself
# ("بسوريا", "بالقاهرة") is read off the mention's own text (``_located``).
_PLACE_NOUN = (
    r"(?:مدينة|محافظة|ولاية|منطقة|بلدة|قرية|إقليم|العاصمة|مقاطعة|حي|ريف|جنوب|شمال|شرق|غرب|وسط"
    r"|جنوبي|شمالي|شرقي|غربي|ضواحي)"
)
_IN_BEFORE = re.compile(
    rf"(?:^|\s)[وف]?(?:(?:في|فى|داخل)\s+(?:{_PLACE_NOUN}\s+)?|ب{_PLACE_NOUN}\s+)$"
)
_BEFORE_CHARS = 30  # "في محافظة " and a place noun's length, before a place


def figure_place(
    places: Sequence[EntityMention], sentence: str, at: int, story_place: str | None
) -> str | None:
    """The place of the figure at character ``at`` of ``sentence``: the nearest place its
    clause sets it in with "في/ب", else the nearest its clause names at all (a nisba too:
    "محكمة تركية"), else ``story_place`` (which the caller gives only for a lead sentence)."""
    low, high = _clause(sentence, at)
    inside = [p for p in places if low <= p.start and p.end <= high]
    located = [p for p in inside if _located(p, sentence)]
    if located or inside:
        return min(located or inside, key=lambda p: abs(p.start - at)).canonical
    return story_place


def lead_place(places: Sequence[EntityMention], sentence: str) -> str | None:
    """The first place a lead sentence sets its news in ("في/ب" + place), if any."""
    located = [p for p in places if p.form != "nisba" and _located(p, sentence)]
    return min(located, key=lambda p: p.start).canonical if located else None


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """Character bounds of the clause holding ``at`` (``_CLAUSE_END``)."""
    low, high = 0, len(sentence)
    for match in _CLAUSE_END.finditer(sentence):
        if match.end() <= at:
            low = match.end()
        elif match.start() >= at:
            high = match.start()
            break
    return low, high


def _located(place: EntityMention, sentence: str) -> bool:
    """True for a place set after "في"/"داخل" or "ب" (``_IN_BEFORE``), or written with "ب"
    on it ("بسوريا", "بالقاهرة", "ببغداد"; not the ب of "بغداد" itself)."""
    if place.form == "nisba":
        return False
    written = normalize(place.text.removeprefix("و"))
    if written.startswith("ب") and written[1:3] == normalize(place.canonical)[:2]:
        return True
    before = sentence[max(0, place.start - _BEFORE_CHARS) : place.start]
    return _IN_BEFORE.search(before) is not None
