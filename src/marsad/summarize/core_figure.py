"""The figure that is the news (issue 19, item 4, round 17): a match's score, a sum of money, a
share, a toll or a count of people arrested, displaced or missing that most outlets of a story
give in their leads. A summary that states none of them misses its core fact ("فاز … 2-1" shown
without the score, a sponsorship deal without its 200 million)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.facts.quantities import quantities
from marsad.summarize.base import StoryText
from marsad.summarize.events import figure_text, scores

# What the facts stage counts (``QuantityMention.counted``) when a figure is the news: money, a
# share, and the people an event killed, injured, arrested, displaced or left missing (not a
# crowd's or a force's size, nor a distance or an age: February's shared "500 كلم", "66 شخصا").
CORE_COUNTED = frozenset(
    {"money", "percent", "killed", "injured", "arrested", "displaced", "missing"}
)
# An article tells its news in its first sentences; a figure further down is often background
# (February: the 86 dead of Nice beside a singer's withdrawal, Marawi's 1,100 dead beside an
# arrest in Manila, Neymar's 222 million beside Lewandowski's new agent).
CORE_LEAD = 3
# A figure is the story's when at least this many outlets give it in a lead, and at least half
# of the story's outlets: one outlet's figure is its detail.
MIN_OUTLETS = 2

# A figure told as likely or as what unnamed reports say is an estimate, not the news an outlet
# states: "من المرجح أن تزيد قيمة الصفقة على 200 مليون" (skynews beside CNN's "بقيمة 200
# مليون": February's blind gold keeps the two apart), "في صفقة قدرتها تقارير … بـ40 مليون".
HEDGE = re.compile(
    r"من\s+ال(?:مرجح|متوقع|منتظر)|(?:^|\s)[وف]?(?:[يت]رجح|[يت]توقع|ربما)(?:\s|$)|تقارير"
)

Figure = tuple[str, float]


def figures_of(text: str) -> frozenset[Figure]:
    """The core figures a sentence states: ("score", a*100+b) for a match's score (the smaller
    side first, outlets write either team first) and (counted, value) for money, shares and
    people counted (``CORE_COUNTED``), as the facts stage reads them (values in units)."""
    found: set[Figure] = {("score", float(min(a, b) * 100 + max(a, b))) for a, b in scores(text)}
    found.update(
        (mention.counted, float(mention.value))
        for mention in quantities(text)
        if mention.counted in CORE_COUNTED
        and mention.value is not None
        and mention.value_kind == "exact"
    )
    return frozenset(found)


def core_figures(story: StoryText) -> dict[Figure, int]:
    """The figures that at least ``MIN_OUTLETS`` outlets, and half of the story's outlets,
    state in the first ``CORE_LEAD`` sentences of their articles (not as an estimate,
    ``HEDGE``), with how many outlets do."""
    outlets = set(story.sources)
    if len(outlets) < MIN_OUTLETS:
        return {}
    stating: dict[Figure, set[str]] = {}
    for index, sentence in enumerate(story.sentences):
        if sentence.index < CORE_LEAD and not HEDGE.search(sentence.text):
            for figure in figures_of(sentence.text):
                stating.setdefault(figure, set()).add(story.sources[index])
    floor = max(MIN_OUTLETS, len(outlets) / 2)
    return {figure: len(found) for figure, found in stating.items() if len(found) >= floor}


def states_core(story: StoryText, chosen: Sequence[int], core: dict[Figure, int]) -> bool:
    """True when a chosen sentence states one of the ``core`` figures, as ``figures_of`` reads
    it or, for a count, by its number alone (February: "7 من عناصر الجيش و71 فردا تكفيريا
    قتلوا" gives the 71 killed that another lead counts as "مقتل 71 شخصا")."""
    counts = {figure_text(value) for kind, value in core if kind not in ("score", "money")}
    return any(
        figures_of(story.sentences[i].text) & core.keys() or counts & story.stated_figures(i)
        for i in chosen
    )
