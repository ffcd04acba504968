"""A count of "them" ("تسعة منهم") whose sentence names no counted thing counts the people of
the nearest earlier figure of the article: "أعلنت موسكو مقتل خمسة مواطنين ... وتعرف محللون
على تسعة منهم" tells nine killed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from marsad.caches import cached
from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import CUMULATIVE, QuantityMention, quantities

_OF_THEM = re.compile(r"\s*(?:منهم|منهن)(?!\w)")
# Sentences searched back for the figure "them" stands for: in France 24's article of 17
# February 2018 the five Russians killed are told five sentences before "تسعة منهم".
BACK = 5


def speaks_of_them(text: str) -> bool:
    """True when ``text`` holds "منهم"/"منهن": the cheap test before anything is read."""
    return "منهم" in text or "منهن" in text


@cached(4096)
def _of_them(text: str) -> tuple[QuantityMention, ...]:
    """The figures of ``text`` withheld as unsure that "منهم" follows and nothing types."""
    if not speaks_of_them(text):
        return ()
    return tuple(
        m
        for m in quantities(text, month_words=MONTH_WORDS)
        if not m.sure
        and m.unit is None
        and m.concept is None
        and m.value_kind == "exact"
        and _OF_THEM.match(text, m.end) is not None
    )


def counts_of_them(
    text: str, index: int, earlier: Sequence[tuple[int, QuantityMention]]
) -> list[QuantityMention]:
    """The "N منهم" figures of sentence ``index``, each typed as the counted thing of the
    nearest figure of ``earlier`` (sentence index, figure) when that is a toll of people told
    within ``BACK`` sentences; figures that find none are left out."""
    found = _of_them(text)
    if not found:
        return []
    near = [m for i, m in earlier if index - BACK <= i < index]
    if not near or near[-1].concept not in CUMULATIVE:
        return []
    concept = near[-1].concept
    return [
        replace(m, concept=concept, counted=concept, time_scope=near[-1].time_scope, sure=True)
        for m in found
    ]
