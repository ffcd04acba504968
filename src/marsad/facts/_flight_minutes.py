"""Minutes from a plane's take-off to its crash or loss (issue 18, round 20): outlets that give
the flight different lengths ("بعد 20 دقيقة من إقلاعها" against "بعد نحو 45 دقيقة من
إقلاعها") disagree about one fact of the crash, which no counted thing of the lexicon holds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.facts._event_scope import background_month
from marsad.facts._goal_minutes import minutes_conflict
from marsad.model import Discrepancy, Document

LABEL = {"ar": "مدة الرحلة قبل الحادث", "en": "minutes after take-off"}
# The root ق-ل-ع of take-off (أقلعت، إقلاعها، الإقلاع): a body without it tells no flight time.
_TAKE_OFF = re.compile(r"[أإا]قلع|[إا]قلاع")
# "بعد 20 دقيقة", "بعد مرور 50 دقيقة", "بعد مضي 50 دقيقة", "بعد نحو 45 دقيقة": a time elapsed.
_AFTER_MINUTES = re.compile(
    r"(?<![\w])[وف]?بعد\s+(?:(?:مرور|مضي|نحو|حوالي|حوالى|قرابة)\s+)*(\d{1,3})\s+(?:دقيقة|دقائق)"
)
# Elapsed since the take-off: "من إقلاعها", "على إقلاعها", "من الإقلاع".
_FROM_TAKE_OFF = re.compile(r"^\s+(?:من|على)\s+(?:ال)?[إا]قلاع")
# What ends the flight, for a time told without "من إقلاعها" right after it: the plane hit,
# crashed, fell, vanished from the radar or lost contact ("بعد مرور 50 دقيقة ... اصطدمت بجبال"
# after "الطائرة التي أقلعت من مطار مهرآباد").
_FLIGHT_ENDS = re.compile(r"اصطدم|تحطم|سقط|اختف|انقطع|فقد")
# Two lengths within a fifth of the larger are one told roundly ("نحو 45" against "50" to the
# impact, labelled compatible by the blind annotators, February 2018); 20 against 45 is not.
ROUNDING = 0.2


@dataclass(frozen=True, slots=True)
class FlightMinutes:
    """One article's minutes from take-off to the crash, with its sentence."""

    article: str
    outlet: str
    minutes: int
    sentence: str


def sentence_flight_minutes(sentence: str, previous: str) -> list[int]:
    """The take-off-to-crash minutes a sentence gives: "بعد N دقيقة من إقلاعها", or "بعد N
    دقيقة" with a verb ending the flight when this sentence or the one before names the
    take-off; none in a sentence dated to an earlier month (another crash)."""
    found = []
    for match in _AFTER_MINUTES.finditer(sentence):
        tied = _FROM_TAKE_OFF.match(sentence, match.end()) is not None
        if not tied and _FLIGHT_ENDS.search(sentence) is not None:
            tied = _TAKE_OFF.search(previous + " " + sentence) is not None
        if tied:
            found.append(int(match.group(1)))
    return found


def _article_minutes(document: Document) -> FlightMinutes | None:
    """The one length an article gives its flight, or None (none, or two: which is which)."""
    published = document.article.published
    day = published.date() if published is not None else None
    given: dict[int, str] = {}
    previous = ""
    for sentence in document.sentences:
        for minutes in sentence_flight_minutes(sentence.text, previous):
            if background_month(sentence.text, day) is None:
                given.setdefault(minutes, sentence.text)
        previous = sentence.text
    if len(given) != 1:
        return None
    ((minutes, text),) = given.items()
    return FlightMinutes(document.id, document.article.source, minutes, text)


def flight_minute_conflicts(items: Sequence[FlightMinutes], *, language: str) -> list[Discrepancy]:
    """Conflicts between outlets that give one flight lengths more than rounding apart. An
    outlet may give both (Sky's "20" of a minister, then "50" two days later): it is shown on
    both sides, and a length only one outlet gives against itself is no conflict."""
    by_minutes: dict[int, list[FlightMinutes]] = {}
    for item in items:
        by_minutes.setdefault(item.minutes, []).append(item)
    values = sorted(by_minutes)
    return [
        _conflict(by_minutes[low], by_minutes[high], language=language)
        for i, low in enumerate(values)
        for high in values[i + 1 :]
        if high - low > ROUNDING * high and _two_outlets(by_minutes[low], by_minutes[high])
    ]


def _two_outlets(low: Sequence[FlightMinutes], high: Sequence[FlightMinutes]) -> bool:
    """True when some outlet on one side is not on the other."""
    return {i.outlet for i in low} != {i.outlet for i in high}


def _conflict(low: list[FlightMinutes], high: list[FlightMinutes], *, language: str) -> Discrepancy:
    """The discrepancy of two lengths of one flight, with a reason naming who gives each."""
    sides = [(group[0].minutes, group) for group in (low, high)]
    subject = LABEL.get(language, LABEL["en"])
    return minutes_conflict(subject, "minutes from take-off to the crash", sides)


def story_flight_conflicts(documents: Sequence[Document], *, language: str) -> list[Discrepancy]:
    """Flight-length conflicts of one story (nothing unless two outlets tell a take-off)."""
    told = [d for d in documents if _TAKE_OFF.search(d.body)]
    if len({d.article.source for d in told}) < 2:
        return []
    items = [item for d in told if (item := _article_minutes(d)) is not None]
    return flight_minute_conflicts(items, language=language)
