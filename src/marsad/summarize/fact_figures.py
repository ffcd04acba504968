"""Which of a sentence's figures are its fact's own, for the credit gates that ask another
sentence to state them all: a background year or a currency conversion is not the fact, and
an outlet that leaves it out still states the fact (issue 19, round 18)."""

from __future__ import annotations

import re

from marsad.lang.arabic import normalize_digits

_NUMBER = r"\d+(?:[.,]\d+)?"
_YEAR = r"(?:19|20)\d\d"
# "منذ 2012", "عام 2011", "في العام 1979", "منذ عام 2012": a year after "since" or "the year"
# dates background (the last time, the treaty), not the reported event; the news of the day
# tells its own time by weekday or "أمس". A year in a name ("كأس العالم 2018") has no such word.
_BACKGROUND_YEAR = re.compile(
    rf"(?:^|\s)(?:منذ|[وف]?(?:ب|ل|في\s+)?(?:ال)?عام)\s+(?:عام\s+)?({_YEAR})(?!\d)"
)
_ANY_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
# "240 مليار ريال بما يعادل 64 مليار دولار", "(نحو 12 مليون دولار)": a sum given in a second
# currency; one outlet writes the riyals, another the dollars: the sum is stated by either.
_CONVERSION = re.compile(
    rf"(?:(?:ب|أي\s+)?ما\s+(?:يعادل|يساوي|يوازي)|\(\s*(?:أي\s+|ما\s+يعادل\s+)?(?:نحو|حوالي|قرابة)?)"
    rf"\s*({_NUMBER})"
)
_CURRENCY = re.compile(r"دولار|يورو|جنيه|ريال|درهم|دينار|ليرة|روبل|يوان|استرليني")
_BEFORE = re.compile(rf"({_NUMBER})(?!.*\d)")


def background_years(text: str) -> frozenset[str]:
    """The years the sentence gives as background ("منذ 2012", "في العام 1979")."""
    return frozenset(m.group(1) for m in _BACKGROUND_YEAR.finditer(normalize_digits(text)))


def conversions(text: str) -> tuple[frozenset[str], ...]:
    """Each sum told in two currencies, as the pair of its figures (the first figure before
    the conversion, the converted one); a parenthesis without a currency is not one."""
    text = normalize_digits(text).replace("،", " ")
    found = []
    for match in _CONVERSION.finditer(text):
        end = text.find(")", match.end()) if match.group(0).startswith("(") else -1
        tail = text[match.end() : end if end >= 0 else match.end() + 40]
        before = _BEFORE.search(text[max(0, match.start() - 60) : match.start()])
        if before is None or not _CURRENCY.search(tail):
            continue
        found.append(frozenset({before.group(1).replace(",", ""), match.group(1).replace(",", "")}))
    return tuple(found)


def fact_figures_held(text: str, own: frozenset[str], other: frozenset[str]) -> bool:
    """True when ``other`` (another sentence's figures) holds every figure of ``own`` (this
    sentence's, from ``text``) that is its fact's own: a background year need not be held
    when ``other`` states no year (another year may be a clash), and a converted sum is held
    by either of its two figures."""
    if own <= other:
        return True
    rest = set(own)
    if not any(_ANY_YEAR.fullmatch(figure) for figure in other):
        rest -= background_years(text)
    for pair in conversions(text):
        if not pair & other:
            return False
        rest -= pair
    return rest <= other
