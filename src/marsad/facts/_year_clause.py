"""A sentence opened by a time adverbial naming a year ("في عام 2014، ..."، "وفي مارس 2011
..."، "خلال العام 1990"): a bare weekday or a day and month told after it belong to that year,
not to the days around publication (issue 18). The caller compares the year with the
publication's: a year before it leaves a weekday unresolved and dates a day and month in it,
both with the certainty "low" (``dates.resolve``)."""

from __future__ import annotations

from marsad.facts._calendar import MONTHS
from marsad.facts._numbers import digit_value
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# The prepositions of a time adverbial ("في", "خلال"), with or without a written "و".
_IN = word_set("في فى وفي وفى خلال وخلال")
_YEAR_WORDS = word_set("عام العام سنة السنة")
_YEARS = range(1800, 2100)


def opening_year(tokens: list[Token]) -> tuple[int, int] | None:
    """(year, index of the year's token) when the sentence opens with "في/خلال", then "عام"
    or a month name (or nothing), then a four-digit year; None otherwise. "منذ 2011" (since)
    counts up to now and is not such an opening."""
    if not tokens or tokens[0].norm not in _IN:
        return None
    j = 1
    if j < len(tokens) and tokens[j].norm in _YEAR_WORDS:
        j += 1
    else:
        for size in (2, 1):
            if tuple(t.norm for t in tokens[j : j + size]) in MONTHS:
                j += size
                break
    if j >= len(tokens) or len(tokens[j].text) != 4 or not tokens[j].text[0].isdigit():
        return None
    value = digit_value(tokens[j].text)
    if value is None or not float(value).is_integer() or int(value) not in _YEARS:
        return None
    return int(value), j
