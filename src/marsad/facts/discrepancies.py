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
    "ar": {"deaths": "عدد القتلى", "injured": "عدد الجرحى", "arrests": "عدد المعتقلين",
           "troops": "عدد الجنود", "displaced": "عدد النازحين", "protesters": "المحتجون",
           "security": "قوات الأمن", "civilians": "المدنيون", "children": "الأطفال"},
    "en": {"deaths": "deaths", "injured": "injured", "arrests": "arrests", "troops": "troops",
           "displaced": "displaced", "protesters": "protesters", "security": "security forces",
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
    if not update:
        ordered = _comparable(ordered)
        if len(ordered) < 2 or len(_outlets([g for c in ordered for g in c])) < 2:
            return None  # a conflict is outlets disagreeing (one outlet's two figures: two things)
    kind: DiscrepancyKind = "update" if update else "conflict"
    explanation = (
        "a later report of a growing count"
        if update
        else "same count, different values: outlets disagree"
    )
    return Discrepancy(
        subject=_label(concept, language),
        kind=kind,
        claims=tuple(g.claim() for c in ordered for g in sorted(c, key=_progress)),
        explanation=explanation,
    )


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
    if len(_articles(groups)) < 2:
        # One article giving two tolls counts two things (a strike, a day, a war): what
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


def _scope(concept: str, by_scope: dict[str | None, list[_Group]], language: str) -> Discrepancy:
    claims = []
    names = []
    for scope, groups in by_scope.items():
        names.append(
            " · ".join(_label(p, language) for p in scope.split(" · ")) if scope else "all"
        )
        claims += [g.claim() for g in groups]
    return Discrepancy(
        subject=_label(concept, language),
        kind="scope",
        claims=tuple(claims),
        explanation="different things counted: " + " / ".join(names),
    )


_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def _historical(claim: FigureClaim) -> bool:
    """A figure told with an earlier year ("في كانون الأول/ديسمبر 2016 تحطمت طائرة") is about
    another event; "منذ 2013" (since) is not."""
    if claim.published is None or "منذ" in claim.sentence:
        return False
    start, end = claim.mention.start, claim.mention.end
    rest = claim.sentence[:start] + " " + claim.sentence[end:]  # "2000 جندي" is no year
    years = [int(y) for y in _YEAR.findall(normalize_digits(rest))]
    return any(year < claim.published.year for year in years)


def figure_discrepancies(claims: Sequence[FigureClaim], *, language: str) -> list[Discrepancy]:
    """Align figures by concept and scope; classify each set of differing values."""
    by_concept: dict[str, list[FigureClaim]] = {}
    for claim in claims:
        if claim.mention.concept and not _historical(claim):
            by_concept.setdefault(claim.mention.concept, []).append(claim)
    found = []
    for concept, items in by_concept.items():
        by_scope: dict[str | None, list[_Group]] = {}
        for group in _groups(items):
            # A single day's count is a different thing from a total ("45 on Wednesday").
            day = "one day" if group.first.period == 1 else ""
            scope = " · ".join(filter(None, (group.first.scope, day))) or None
            by_scope.setdefault(scope, []).append(group)
        for groups in by_scope.values():
            found += _same_scope(concept, groups, language)
        if len(by_scope) > 1 and len(_articles([g for gs in by_scope.values() for g in gs])) > 1:
            found.append(_scope(concept, by_scope, language))
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
