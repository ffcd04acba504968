"""A credit refused where the outlet's own sentence tells the shown one's event otherwise.

Readers of March (issue 19, blind reading 23) found outlets credited for a sentence whose own
best-matching sentence gives another value of the same slot: a transfer to another club, "wins"
where the outlet says "is expected to win", another count of the same thing. Word overlap is high
in such pairs, so the credit and pair models take them for one fact. The two sentences are read
slot by slot with the readers the project already has: the event frame (``frames.frame``: verb
class, doers, places, mood, polarity), the counted figures (``frames.counts_otherwise``) and what
a call asks for (``claims.conflict``). Only the same event (one verb class and one main doer)
told with a clashing slot is a contradiction: two events of one story are not.
"""

from __future__ import annotations

from marsad.caches import cached
from marsad.summarize.claims import conflict
from marsad.summarize.events import scores, tolls
from marsad.summarize.frames import Frame, frame
from marsad.summarize.signature import weekdays


@cached(20_000)
def contradicts(shown: str, other: str) -> bool:
    """True when ``other`` tells ``shown``'s event with a clashing slot (``slot_clash``) or
    claims otherwise (``claims.conflict``: another figure of one counted thing, another call)."""
    return (
        conflict(shown, other)
        or slot_clash(shown, other) is not None
        or keyed_other_day(shown, other)
    )


def keyed_other_day(shown: str, other: str) -> bool:
    """True when the two sentences give one match score or toll (``events.scores``,
    ``events.tolls``: the event's key) and each names a weekday, none in common: one result
    told of another day ("6-1 ... اليوم الأحد" / "6 -1 يوم السبت")."""
    if not (scores(shown) & scores(other) or tolls(shown) & tolls(other)):
        return False
    return _apart(weekdays(shown), weekdays(other))


def slot_clash(shown: str, other: str) -> str | None:
    """The slot in which ``other`` tells ``shown``'s event otherwise, or None: ``"mood"``
    (done against expected), ``"polarity"`` (told against denied), ``"day"`` (other
    weekdays), ``"object"`` (the same doer's
    event with other participants: a transfer to another club, a meeting with another leader),
    ``"place"`` (other cities, or other countries where neither names a city). One event means
    one verb class and one main doer named by both (``frames.frame``)."""
    one, two = frame(shown), frame(other)
    if one is None or two is None or not _one_event(one, two):
        return None
    if one.future != two.future:
        return "mood"
    if one.negated != two.negated:
        return "polarity"
    if _apart(one.named.days, two.named.days):
        return "day"
    rest_one, rest_two = set(one.named.actors[1:]), set(two.named.actors[1:])
    if rest_one and rest_two and not rest_one & rest_two:
        return "object"
    if _apart(one.named.cities, two.named.cities) or (
        not one.named.cities
        and not two.named.cities
        and _apart(one.named.countries, two.named.countries)
    ):
        return "place"
    return None


def _one_event(one: Frame, two: Frame) -> bool:
    """One verb class and one main doer (each one's first actor)."""
    return (
        one.verb == two.verb
        and bool(one.named.actors)
        and bool(two.named.actors)
        and one.named.actors[0] == two.named.actors[0]
    )


def _apart(first: frozenset[str] | frozenset[int], second: frozenset[str] | frozenset[int]) -> bool:
    """Both name some and share none."""
    return bool(first) and bool(second) and not first & second
