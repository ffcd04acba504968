"""Publication dates inferred from an article's own text, when its source gives none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from marsad.facts.dates import DateMention, near_year, nearest_weekday

# The lead or dateline ("سبوتنيك - 11 كانون الثاني 2022") carries the day of the report.
LEAD_SENTENCES = 2
# Candidate days searched around the story's anchor date.
WINDOW_DAYS = 21
# Mentions of days still to come ("الخميس المقبل") do not date the article.
_AHEAD = ("future", "next")


def story_anchor(known: Sequence[date], mentions: Sequence[DateMention]) -> date | None:
    """The story's central day: median of known publication days and fully written dates,
    with day-month mentions ("السادس من يناير") placed in the year nearest to them."""
    days = list(known) + [d for m in mentions if (d := m.absolute) is not None]
    if not days:
        return None
    rough = sorted(days)[(len(days) - 1) // 2]
    days += [
        d
        for m in mentions
        if m.absolute is None and m.month and m.day and (d := near_year(m.month, m.day, rough))
    ]
    return sorted(days)[(len(days) - 1) // 2]


def infer_published(
    mentions: Sequence[tuple[int, DateMention]], anchor: date | None
) -> date | None:
    """The most likely publication day of an article from its date mentions (sentence, mention):
    a full date in the lead, else the day that all "today"/"yesterday" weekdays fit and that
    puts its bare weekday mentions closest in the past."""
    for index, mention in mentions:
        if index < LEAD_SENTENCES and mention.absolute and mention.direction not in _AHEAD:
            return mention.absolute
    informative = [m for _, m in mentions if m.weekday is not None or m.day is not None]
    if anchor is None or not informative:
        return None
    candidates = [anchor + timedelta(days=n) for n in range(-WINDOW_DAYS, WINDOW_DAYS + 1)]
    valid = [day for day in candidates if all(_fits(m, day) for m in informative)]
    if not valid:
        return None
    return min(valid, key=lambda day: (_score(informative, day, anchor), day))


def _fits(mention: DateMention, day: date) -> bool:
    """Hard constraints: "اليوم الأحد" fixes the weekday; dated past events precede the day."""
    if mention.offset is not None and mention.weekday is not None:
        return (day + timedelta(days=mention.offset)).weekday() == mention.weekday
    if mention.this_month and mention.day is not None:
        return day.day > mention.day
    if mention.absolute is not None:
        return mention.absolute <= day
    if mention.month and mention.day and mention.direction not in _AHEAD:
        # A dated event told without "today" happened before the report was written.
        past = near_year(mention.month, mention.day, day, mention.direction)
        return past is not None and past < day
    return True


def _score(mentions: Sequence[DateMention], day: date, anchor: date) -> float:
    """Days back to each bare weekday (news tells of recent days), and distance to the anchor."""
    back = sum(
        (day - nearest_weekday(day, m.weekday, m.direction)).days
        for m in mentions
        if m.weekday is not None and m.offset is None and m.direction not in _AHEAD
    )
    return back + 0.1 * abs((day - anchor).days)
