"""Whether a counted figure is an earlier event's, told as background in a story's article:
the facts panel shows it as that event's figure, not as this story's toll (issue 18)."""

from __future__ import annotations

import re
from datetime import date

from marsad.facts._calendar import MONTHS
from marsad.facts._event_scope import AGO, MONTH_NAMES, MONTHS_BACK, NEXT_WORDS
from marsad.facts.quantities import QuantityMention
from marsad.lang.arabic import normalize, normalize_digits

_YEAR = re.compile(r"(?<![\d.,،])(?:19|20)\d\d(?![\d.,،]?\d)")
# A year dates an event only after a word of dating ("عام 2002", "في 2013", "أغسطس 2005",
# "ديسمبر/ كانون الأول 2016"); "أكثر من 2000 شخص" is a count, not a year.
_DATING = frozenset(
    {normalize(w) for w in ("عام", "العام", "سنة", "السنة", "عامي", "في", "فى", "و")}
    | {normalize(words[-1]) for words, (calendar, _) in MONTHS.items() if calendar == "gregorian"}
)
# "منذ" opens a running total from a day, a year or an event ("منذ مارس/ آذار 2011", "منذ
# محاولة انقلاب عام 2016", "ومنذ ديسمبر، اعتقلت نحو 30 امرأة"): a figure outside that phrase is
# counted up to now, not an earlier event's; one inside it is ("منذ مقتل 20 طفلا ... في عام 2012").
_SINCE = re.compile(r"(?:^|\s)و?منذ(?!\w)")
SINCE_REACH = 50  # characters from "منذ" to the year or month it starts from
# A date after the figure dates it only close to it ("قتل فيه 92 شخصا يوم 25 ديسمبر"); farther
# on it dates another clause ("اعتقال 170 شخصا للاشتباه في صلتهم بشبكة ... الانقلاب عام 2016",
# "المتهم بقتل 17 شخصا ... خضع لتحقيقات ... عام 2016"): read on February 2018 ANT.
AFTER_REACH = 40


def earlier_event(mention: QuantityMention, sentence: str, published: date | None) -> bool:
    """True when a counted figure's sentence dates it to an earlier event: a past year, a
    month 2-6 months back or "months/years ago" (``AGO``) before the figure or just after it
    (``AFTER_REACH``), not the start of a running total (``_SINCE``)."""
    if mention.concept is None or published is None:
        return False
    text = normalize_digits(sentence)
    return any(
        _dates_it(mention, text, start, end)
        for start, end in [*_past_years(text, published), *_past_months(text, published)]
        + [m.span() for m in AGO.finditer(text)]
        if end <= mention.start or start >= mention.end
    )


def _dates_it(mention: QuantityMention, text: str, start: int, end: int) -> bool:
    if start >= mention.end and start - mention.end > AFTER_REACH:
        return False
    since = list(_SINCE.finditer(text, max(0, start - SINCE_REACH), start))
    if since and not re.search(r"[،,.]", text[since[-1].end() : start]):
        return since[-1].end() <= mention.start < start  # the figure is inside the phrase
    return True


def _past_years(text: str, published: date) -> list[tuple[int, int]]:
    """Spans of years before ``published`` written after a word of dating (``_DATING``)."""
    found = []
    for match in _YEAR.finditer(text):
        words = text[max(0, match.start() - 20) : match.start()].replace("/", " ").split()
        if int(match.group()) < published.year and any(
            normalize(w.strip("،,.:()")) in _DATING for w in words[-3:]
        ):
            found.append(match.span())
    return found


def _past_months(text: str, published: date) -> list[tuple[int, int]]:
    """Spans of months named without a year 2-6 months before ``published`` ("وفي أغسطس
    الماضي" in February), not a coming one ("مارس المقبل")."""
    found = []
    words = list(re.finditer(r"[^\s/]+", text))
    for i, word in enumerate(words):
        bare = normalize(word.group().strip("،,.:\"'()"))
        bare = bare[1:] if bare[:1] in ("ف", "و", "ب") and bare[1:] in MONTH_NAMES else bare
        number = MONTH_NAMES.get(bare)
        if number is None or (i + 1 < len(words) and normalize(words[i + 1].group()) in NEXT_WORDS):
            continue
        if _YEAR.match(" ".join(w.group() for w in words[i + 1 : i + 3])):
            continue  # a year follows: ``_past_years`` reads it
        if MONTHS_BACK[0] <= (published.month - number) % 12 <= MONTHS_BACK[1]:
            found.append(word.span())
    return found
