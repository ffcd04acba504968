"""Whether a counted figure is an earlier event's, told as background in a story's article:
the facts panel shows it as that event's figure, not as this story's toll (issue 18)."""

from __future__ import annotations

import re
from datetime import date

from marsad.facts._calendar import MONTHS
from marsad.facts._event_scope import AGO, past_months
from marsad.facts._figure_dating import dates_figure
from marsad.facts.quantities import QuantityMention
from marsad.lang.arabic import normalize, normalize_digits

_YEAR = re.compile(r"(?<![\d.,،])(?:19|20)\d\d(?![\d.,،]?\d)")
# A year dates an event only after a word of dating ("عام 2002", "في 2013", "أغسطس 2005",
# "ديسمبر/ كانون الأول 2016"); "أكثر من 2000 شخص" is a count, not a year.
_DATING = frozenset(
    {normalize(w) for w in ("عام", "العام", "سنة", "السنة", "عامي", "في", "فى", "و")}
    | {normalize(words[-1]) for words, (calendar, _) in MONTHS.items() if calendar == "gregorian"}
)
# A season or a span from a past year to this one is the current one ("في موسم 2017/2018",
# "2017-2018"): its figures are this season's (February 2018 ANT, round 29).
_TO_YEAR = re.compile(r"\s*[/\-–]\s*((?:19|20)?\d\d)(?!\d)")


def earlier_event(mention: QuantityMention, sentence: str, published: date | None) -> bool:
    """True when a counted figure's sentence dates it to an earlier event: a past year, a
    month 2-6 months back or "months/years ago" (``AGO``) before the figure or just after it
    (``dates_figure``), not the start of a running total."""
    if mention.concept is None or published is None:
        return False
    text = normalize_digits(sentence)
    figure = (mention.start, mention.end)
    return bool(dated_years(mention, sentence, published)) or any(
        dates_figure(figure, text, start, end)
        for start, end in [
            *((s, e) for s, e, _ in past_months(text, published)),
            *(m.span() for m in AGO.finditer(text)),
        ]
    )


def dated_years(
    mention: QuantityMention, sentence: str, published: date
) -> list[tuple[int, int, int]]:
    """(start, end, year) of the years before ``published`` that date a figure (of any counted
    thing): written after a word of dating (``_DATING``), where they can date it
    (``dates_figure``); ``sentence`` with its digits as ``normalize_digits`` gives them."""
    text = normalize_digits(sentence)
    figure = (mention.start, mention.end)
    return [
        (start, end, year) for start, end, year in past_years(text, published)
        if dates_figure(figure, text, start, end)
    ]  # fmt: skip


def past_years(text: str, published: date) -> list[tuple[int, int, int]]:
    """(start, end, year) of years before ``published`` written after a word of dating
    (``_DATING``), less a span that reaches this year (``_TO_YEAR``)."""
    found = []
    for match in _YEAR.finditer(text):
        words = text[max(0, match.start() - 20) : match.start()].replace("/", " ").split()
        year = int(match.group())
        if year >= published.year or _reaches(text[match.end() :], year, published.year):
            continue
        if any(normalize(w.strip("،,.:()")) in _DATING for w in words[-3:]):
            found.append((*match.span(), year))
    return found


def _reaches(after: str, year: int, this_year: int) -> bool:
    """True when a span from ``year`` written after it ends this year or later ("2017/2018")."""
    to = _TO_YEAR.match(after)
    if to is None:
        return False
    end = int(to.group(1)) if len(to.group(1)) == 4 else year // 100 * 100 + int(to.group(1))
    return end >= this_year
