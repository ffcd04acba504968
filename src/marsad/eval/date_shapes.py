"""The wrong and unresolved dates of the blind gold by expression kind and error shape, counts
only (``marsad eval facts --split … --why``): the shape of the errors tells which rule to work
on without reading the items, so the split nobody tunes on (March) can be diagnosed too."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from marsad.facts._calendar import MONTHS, WEEKDAYS
from marsad.lang.arabic import normalize
from marsad.lang.words import word_set

KINDS = (
    "weekday",
    "weekday + الماضي/المقبل",
    "اليوم/الليلة",
    "أمس",
    "غدا",
    "dual الاثنين",
    "written date",
    "other",
)
SHAPES = (
    "a week off",
    "a day off",
    "past read as future",
    "future read as past",
    "other day",
    "left unresolved",
    "not a date read as one",
)
_TENSE_WORDS = word_set("الماضي الماضية المقبل المقبلة القادم القادمة")
_TODAY = word_set("اليوم الليلة الليله")
_YESTERDAY = word_set("أمس امس البارحة")
_TOMORROW = word_set("غدا غد غداً")
_MONDAY = word_set("الاثنين الإثنين")
_WEEK = 7


@dataclass(frozen=True, slots=True)
class DateError:
    """One wrong gold date: its expression kind and error shape."""

    kind: str
    shape: str


def expression_kind(expression: str, gold_kind: str) -> str:
    """The kind of a gold date expression ("يوم السبت الماضي" → weekday + الماضي/المقبل); a bare
    "الاثنين" the annotator judged no date is the dual "the two"."""
    words = [normalize(w).removeprefix("و") for w in expression.split()]
    if any(ch.isdigit() for ch in expression) or any((w,) in MONTHS for w in words):
        return "written date"
    if gold_kind == "not_date" and words and words[-1] in _MONDAY:
        return "dual الاثنين"
    if any(w in WEEKDAYS for w in words):
        return "weekday + الماضي/المقبل" if _TENSE_WORDS & set(words) else "weekday"
    if _YESTERDAY & set(words):
        return "أمس"
    if _TOMORROW & set(words):
        return "غدا"
    if _TODAY & set(words):
        return "اليوم/الليلة"
    return "other"


def error_shape(found: Iterable[str], expected: str | None, published: date) -> str | None:
    """How the days marsad gives (ISO) miss the gold day (None: not a date); None when right."""
    days = sorted(set(found))
    if days == ([expected] if expected else []):
        return None
    if expected is None:
        return "not a date read as one"
    if not days:
        return "left unresolved"
    want = date.fromisoformat(expected)
    got = min((date.fromisoformat(d) for d in days), key=lambda d: abs((d - want).days))
    gap = abs((got - want).days)
    if gap == _WEEK:
        return "a week off"
    if gap == 1:
        return "a day off"
    if want < published < got or (want <= published < got and gap > 1):
        return "past read as future"
    if got < published < want or (got < published <= want and gap > 1):
        return "future read as past"
    return "other day"


def shape_table(errors: Iterable[DateError]) -> list[tuple[str, dict[str, int]]]:
    """Rows of kind → {shape: count}, kinds with no error left out, in ``KINDS`` order."""
    counts = Counter(errors)
    rows = []
    for kind in KINDS:
        row = {shape: counts[DateError(kind, shape)] for shape in SHAPES}
        if any(row.values()):
            rows.append((kind, row))
    return rows


def totals(rows: Iterable[tuple[str, Mapping[str, int]]]) -> dict[str, int]:
    """The column sums of ``shape_table``."""
    sums: Counter[str] = Counter()
    for _, row in rows:
        sums.update(row)
    return {shape: sums[shape] for shape in SHAPES}
