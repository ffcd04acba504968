"""Discrepancies: figures about the same thing that differ, classified as conflict, update,
scope or internal. Two figures are compared only when they count the same concept."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from marsad.facts.dates import DateMention
from marsad.facts.quantities import CUMULATIVE, QuantityMention
from marsad.lang.arabic import normalize_digits
from marsad.model import Claim, Discrepancy, DiscrepancyKind

LABELS = {
    "ar": {"killed": "عدد القتلى", "injured": "عدد الجرحى", "arrested": "عدد المعتقلين",
           "troops": "عدد الجنود", "displaced": "عدد النازحين", "missing": "عدد المفقودين",
           "crowd": "عدد المشاركين", "protesters": "المحتجون",
           "security": "قوات الأمن", "civilians": "المدنيون", "children": "الأطفال"},
    "en": {"killed": "killed", "injured": "injured", "arrested": "arrested", "troops": "troops",
           "displaced": "displaced", "missing": "missing", "crowd": "crowd size",
           "protesters": "protesters", "security": "security forces",
           "civilians": "civilians", "children": "children"},
}  # fmt: skip
_WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureClaim:
    """A figure as one article states it, with the sentence and the article's date."""

    article: str
    mention: QuantityMention
    outlet: str = ""
    sentence: str
    published: date | None
    places: frozenset[str] = frozenset()  # places named in the sentence: the event's where


@dataclass(slots=True)
class _Group:
    """Claims that state the same value for the same concept and scope."""

    claims: list[FigureClaim]

    @property
    def first(self) -> QuantityMention:
        return self.claims[0].mention

    @property
    def earliest(self) -> date | None:
        days = [c.published for c in self.claims if c.published]
        return min(days) if days else None

    def overlaps(self, other: _Group) -> bool:
        a, b = self.first, other.first
        low_a, low_b = a.low or 0, b.low or 0
        high_a, high_b = a.high or float("inf"), b.high or float("inf")
        return low_a <= high_b and low_b <= high_a

    def midpoint(self) -> float:
        m = self.first
        if m.value is not None:
            return float(m.value)
        return ((m.low or 0) + (m.high or m.low or 0)) / 2

    def claim(self) -> Claim:
        m = self.first
        value: Any = m.value if m.value is not None else {"min": m.low, "max": m.high}
        sources = tuple(dict.fromkeys(c.article for c in self.claims))
        day = self.earliest
        return Claim(
            value=value,
            text=self.claims[0].sentence,
            sources=sources,
            date=day.isoformat() if day else None,
        )


def _label(name: str, language: str) -> str:
    return LABELS.get(language, LABELS["en"]).get(name, name)


def _groups(claims: Sequence[FigureClaim]) -> list[_Group]:
    grouped: dict[tuple[object, ...], _Group] = {}
    for claim in claims:
        grouped.setdefault(claim.mention.key, _Group(claims=[])).claims.append(claim)
    return list(grouped.values())


def _components(groups: list[_Group]) -> list[list[_Group]]:
    """Groups joined when their values are compatible ("أكثر من 400" and "403")."""
    # A figure compatible with every other one ("الآلاف" beside 6000 and 8000) would join
    # them all; it disagrees with none, so it is left out of the comparison.
    groups = [g for g in groups if not all(g.overlaps(o) for o in groups)]
    components: list[list[_Group]] = []
    for group in groups:
        joined = [c for c in components if any(group.overlaps(other) for other in c)]
        merged = [group]
        for component in joined:
            merged += component
            components.remove(component)
        components.append(merged)
    return components


def _key(component: list[_Group]) -> tuple[float, date, float]:
    """Order of a growing count: period covered, then report date, then value."""
    exact = [g for g in component if g.first.value is not None] or component
    return (
        max(g.first.period or 0.0 for g in component),
        min(g.earliest or date.max for g in component),
        min(g.midpoint() for g in exact),
    )


def _judge(concept: str, components: list[list[_Group]], language: str) -> Discrepancy | None:
    """Conflict, or update when a cumulative count grows report after report."""
    if len(components) < 2:
        return None
    ordered = sorted(components, key=_key)
    keys = [_key(c) for c in ordered]
    growing = [k[2] for k in keys] == sorted(k[2] for k in keys)
    update = concept in CUMULATIVE and growing and len({k[:2] for k in keys}) == len(keys)
    if update and not _across_outlets(ordered):
        return None
    if not update:
        ordered = _comparable(ordered)
        if len(ordered) < 2 or not _across_outlets(ordered):
            return None  # a conflict is outlets disagreeing (one outlet's two figures: two things)
    kind: DiscrepancyKind = "update" if update else "conflict"
    groups = [g for c in ordered for g in sorted(c, key=_progress)]
    return Discrepancy(
        subject=_label(concept, language),
        kind=kind,
        claims=tuple(g.claim() for g in groups),
        explanation=_reason(kind, groups),
    )


def _across_outlets(components: list[list[_Group]]) -> bool:
    """True when two components hold claims from different outlets whose sentences do not
    each state both values (one sentence giving two figures, copied by two outlets, counts
    two things: it is not a conflict between them)."""
    claims = [[c for g in component for c in g.claims] for component in components]
    return any(
        _apart(x, y)
        for i, first in enumerate(claims)
        for second in claims[i + 1 :]
        for x in first
        for y in second
    )


def _apart(x: FigureClaim, y: FigureClaim) -> bool:
    if (x.outlet or x.article) == (y.outlet or y.article):
        return False
    return x.mention.text not in y.sentence and y.mention.text not in x.sentence


def _shown(group: _Group) -> str:
    m = group.first
    if m.value is not None:
        value = f"{m.value:g}"
    else:
        value = f"{m.low:g}–{m.high:g}" if m.high is not None else f">{m.low:g}"
    outlets = ", ".join(sorted({c.outlet or c.article for c in group.claims}))
    day = group.earliest.isoformat() if group.earliest else "undated"
    return f"{value} ({outlets}, {day})"


_WHY = {
    "conflict": "the same count at the same time, with different values",
    "update": "a later report of a growing count",
}


def _reason(kind: str, groups: list[_Group], why: str = "") -> str:
    """One line an editor can check: the values, who gives them and when, and the kind's why."""
    place = _place(groups)
    values = " vs ".join(_shown(g) for g in groups[:4])
    more = f" (+{len(groups) - 4} more)" if len(groups) > 4 else ""
    where = f" in {place}" if place else ""
    return f"{values}{more}{where}: {why or _WHY.get(kind, kind)}"


def _place(groups: list[_Group]) -> str | None:
    named = [c.places for g in groups for c in g.claims if c.places]
    shared = frozenset.intersection(*named) if named else frozenset()
    return sorted(shared)[0] if shared else None


# Figures at least twice apart count different things far more often than outlets disagree
# that much about one thing (read on ANT, March 2018: a town's toll beside a region's, one
# night's beside the war's, another crash's): only closer figures are called a conflict.
CONFLICT_RATIO = 2.0


def _bounds(component: list[_Group]) -> tuple[float, float]:
    lows = [g.first.low if g.first.low is not None else g.midpoint() for g in component]
    highs = [g.first.high if g.first.high is not None else g.midpoint() for g in component]
    return min(lows), max(highs)


def _comparable(components: list[list[_Group]]) -> list[list[_Group]]:
    """The largest run of components (by value) whose figures are less than CONFLICT_RATIO
    apart: the largest lower bound over the smallest upper bound."""
    ordered = sorted(components, key=lambda c: sum(_bounds(c)))
    best: list[list[_Group]] = []
    for start in range(len(ordered)):
        for end in range(len(ordered), start + 1, -1):
            window = ordered[start:end]
            largest_low = max(_bounds(c)[0] for c in window)
            smallest_high = min(_bounds(c)[1] for c in window)
            if largest_low < CONFLICT_RATIO * max(smallest_high, 1e-9) and len(window) > len(best):
                best = window
                break
    return best


def _progress(group: _Group) -> tuple[float, date, float]:
    return (group.first.period or 0.0, group.earliest or date.min, group.midpoint())


def _articles(groups: list[_Group]) -> set[str]:
    return {claim.article for group in groups for claim in group.claims}


def _outlets(groups: list[_Group]) -> set[str]:
    return {claim.outlet or claim.article for group in groups for claim in group.claims}


def _same_scope(concept: str, groups: list[_Group], language: str) -> list[Discrepancy]:
    """Within one period, differing values conflict (or update); across periods of a
    cumulative count, a longer period with a larger count is an update."""
    if len(_outlets(groups)) < 2:
        # One outlet giving two tolls counts two things (a strike, a day, a war): what
        # outlets disagree on needs two outlets. Weekday slips are checked separately.
        return []
    components = _components(groups)
    by_period: dict[float, list[list[_Group]]] = {}
    for component in components:
        by_period.setdefault(_key(component)[0], []).append(component)
    found = [d for cs in by_period.values() if (d := _judge(concept, cs, language))]
    if len(by_period) > 1:
        # One representative per period: the earliest report of it.
        firsts = [[min(cs, key=_key)[0]] for cs in by_period.values()]
        if (across := _judge(concept, firsts, language)) is not None:
            found.append(across)
    return found


def _scope(
    concept: str, by_scope: dict[str | None, list[_Group]], language: str
) -> Discrepancy | None:
    """Figures that look alike but count different people, periods or counters, when two
    outlets differ that way (one outlet's toll and its children's toll are one report)."""
    values: dict[tuple[object, ...], str | None] = {}
    for scope, groups in by_scope.items():
        for group in groups:
            values.setdefault(group.first.key[2:], scope)
    # The same value under two scopes is one figure read twice, not a difference.
    kept = {
        scope: [g for g in groups if values[g.first.key[2:]] == scope]
        for scope, groups in by_scope.items()
    }
    kept = {scope: groups for scope, groups in kept.items() if groups}
    if len(kept) < 2 or not _across_outlets(list(kept.values())):
        return None
    names = [
        " · ".join(_label(p, language) for p in scope.split(" · ")) if scope else "all"
        for scope in kept
    ]
    groups = [g for gs in kept.values() for g in gs]
    return Discrepancy(
        subject=_label(concept, language),
        kind="scope",
        claims=tuple(g.claim() for g in groups),
        explanation=_reason("scope", groups, "different things counted: " + " / ".join(names)),
    )


_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def _historical(claim: FigureClaim) -> bool:
    """A figure told with an earlier year ("في كانون الأول/ديسمبر 2016 تحطمت طائرة", "منذ مقتل
    20 طفلا في عام 2012") is about another event; "منذ 2013" (since that year) is not."""
    if claim.published is None:
        return False
    start, end = claim.mention.start, claim.mention.end
    rest = claim.sentence[:start] + " " * (end - start) + claim.sentence[end:]  # "2000 جندي"
    rest = normalize_digits(rest)
    for match in _YEAR.finditer(rest):
        if int(match.group(1)) < claim.published.year and not _SINCE_YEAR.search(
            rest[max(0, match.start() - 10) : match.start()]
        ):
            return True
    return False


_SINCE_YEAR = re.compile(r"منذ\s+(?:عام\s+)?$")


def _events(claims: list[FigureClaim]) -> list[list[FigureClaim]]:
    """Claims of one event: those whose sentences name a common place. Claims naming no place
    join the only event there is; with several, they are left out (they could be any)."""
    placed = [c for c in claims if c.places]
    events: list[tuple[set[str], list[FigureClaim]]] = []
    for claim in placed:
        joined = [e for e in events if e[0] & claim.places]
        places, members = set(claim.places), [claim]
        for event in joined:
            places |= event[0]
            members += event[1]
            events.remove(event)
        events.append((places, members))
    unplaced = [c for c in claims if not c.places]
    if len(events) <= 1:
        return [[*members, *unplaced] for _, members in events] or [unplaced]
    return [members for _, members in events]


def figure_discrepancies(claims: Sequence[FigureClaim], *, language: str) -> list[Discrepancy]:
    """Align figures by counted thing, event and scope; one kind for each set of differing
    values. Vague amounts ("عشرات") are never compared as numbers."""
    by_concept: dict[str, list[FigureClaim]] = {}
    for claim in claims:
        mention = claim.mention
        if mention.concept and mention.value_kind != "vague" and not _historical(claim):
            by_concept.setdefault(mention.concept, []).append(claim)
    found = []
    for concept, items in by_concept.items():
        # Tolls of two battles are two counts; a force's or a crowd's size has no such place.
        events = _events(items) if concept in CUMULATIVE else [items]
        for event in events:
            found += _event_discrepancies(concept, event, language)
    return found


def _event_discrepancies(
    concept: str, claims: list[FigureClaim], language: str
) -> list[Discrepancy]:
    by_scope: dict[str | None, list[_Group]] = {}
    for group in _groups(claims):
        # A single day's count is a different thing from a total ("45 on Wednesday").
        day = "one day" if group.first.period == 1 else ""
        scope = " · ".join(filter(None, (group.first.scope, day))) or None
        by_scope.setdefault(scope, []).append(group)
    found = []
    for groups in by_scope.values():
        found += _same_scope(concept, groups, language)
    if len(by_scope) > 1 and (scoped := _scope(concept, by_scope, language)) is not None:
        found.append(scoped)
    return found


def weekday_discrepancy(
    mention: DateMention, article: str, sentence: str, published: date | None
) -> Discrepancy | None:
    """An internal discrepancy when a weekday is written next to a date it does not fall on."""
    day = mention.absolute
    if day is None or mention.weekday is None or not mention.weekday_mismatch:
        return None
    when = published.isoformat() if published else None
    actual = _WEEKDAY_NAMES[day.weekday()]
    return Discrepancy(
        subject=mention.text,
        kind="internal",
        claims=(
            Claim(value=day.isoformat(), text=sentence, sources=(article,), date=when),
            Claim(
                value=_WEEKDAY_NAMES[mention.weekday], text=sentence, sources=(article,), date=when
            ),
        ),
        explanation=f"{day.isoformat()} was a {actual} ({day.strftime('%A')}), "
        f"not {_WEEKDAY_NAMES[mention.weekday]}",
    )
