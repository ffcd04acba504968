"""Disagreements on named measures that are not counts of people: a percentage, a sum of
money or a quantity with its unit, compared across outlets only when the words just before
each figure name the same measure (``lexicons/measures.tsv``: growth, inflation, a harvest, a
payload ...), in the same period and place, each the only figure of its kind in its sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from itertools import combinations
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.facts._counted import CURRENCIES
from marsad.facts.quantities import TIME_UNITS, QuantityMention
from marsad.lang.arabic import normalize, normalize_digits
from marsad.lang.clitics import stems
from marsad.lang.words import word_set
from marsad.model import Claim, Discrepancy, DiscrepancyKind

if TYPE_CHECKING:
    from marsad.facts.discrepancies import FigureClaim

# How many words before a figure may name its measure ("معدل النمو بلغ 5.5%": three back).
_REACH = 8
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Words that set a figure apart from a settled value: a forecast, a target, a part of a year.
_FORECAST = word_set(
    "توقع توقعات يتوقع تتوقع متوقع المتوقع المتوقعة توقعت مستهدف المستهدف تستهدف يستهدف "
    "expected forecast forecasts target projected"
)
_PART_OF_YEAR = word_set("الربع ربع الفصل النصف نصف شهر الشهر quarter half month")
# A later report that says the figure was revised: an update, not a conflict.
_REVISED = word_set(
    "عدل عدلت عدّل تعديل رفع رفعت خفض خفضت خفّض مراجعة revised raised lowered cut upgraded downgraded"
)
_CLAUSE = re.compile(r"[،,؛;:.!?()\"«»]")


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure of the lexicon: its key and its labels."""

    name: str
    labels: dict[str, str]


@cached()
def measure_units() -> frozenset[str]:
    """The units of a measured quantity (the lexicon's "unit" line; "_" joins two words)."""
    text = files("marsad.facts").joinpath("lexicons", "measures.tsv").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("unit\t"))
    return frozenset(normalize(word.replace("_", " ")) for word in line.split("\t")[3].split())


@cached()
def load_measures() -> dict[str, Measure]:
    """Each matching form of a measure word, with its measure (``lexicons/measures.tsv``)."""
    text = files("marsad.facts").joinpath("lexicons", "measures.tsv").read_text(encoding="utf-8")
    found: dict[str, Measure] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, arabic, english, listed = line.split("\t")
        if name == "unit":
            continue
        measure = Measure(name, {"ar": arabic, "en": english})
        for word in word_set(listed):
            found.setdefault(word, measure)
    return found


def unit_class(mention: QuantityMention) -> str | None:
    """What a figure measures in: percent, a currency, or a unit that counts no people nor
    time; None for counts of people, untyped figures and vague amounts."""
    if mention.value_kind != "exact" or mention.value is None:
        return None
    if mention.qualifier not in (None, "about"):
        return None  # a floor or a ceiling ("أكثر من 190 مليون دولار") states no value
    if mention.counted == "percent":
        return "%"
    if mention.counted == "money":
        return mention.unit or None
    if mention.counted != "other" or not mention.unit or mention.unit in TIME_UNITS:
        return None
    unit = normalize(mention.unit)
    return unit if unit in measure_units() else None


def measure_of(sentence: str, mention: QuantityMention) -> Measure | None:
    """The measure named by the nearest measure word in the clause just before the figure."""
    clauses = _CLAUSE.split(sentence[: mention.start])
    words = clauses[-1].split()
    if not words and len(clauses) > 1 and sentence[: mention.start].rstrip().endswith("("):
        # a figure in brackets converts the one before it: its measure is that one's
        return _nearest(clauses[-2].split()[-_REACH - 4 :])
    return _nearest(words[-_REACH:])


def _nearest(words: list[str]) -> Measure | None:
    lexicon = load_measures()
    for word in reversed(words):
        for form in stems(normalize(word)):
            if form in lexicon:
                return lexicon[form]
    return None


def _period(sentence: str) -> tuple[frozenset[str], bool, bool]:
    """The years a sentence names, and whether it tells a forecast or a part of a year."""
    words = {f for w in sentence.split() for f in stems(normalize(w.strip("،,.:\"'()«»")))}
    years = frozenset(_YEAR.findall(normalize_digits(sentence)))
    return years, bool(words & _FORECAST), bool(words & _PART_OF_YEAR)


@dataclass(frozen=True, slots=True)
class _Side:
    claim: FigureClaim
    key: tuple[str, str]
    measure: Measure
    years: frozenset[str]
    forecast: bool
    part: bool


def _sides(claims: Sequence[FigureClaim]) -> list[_Side]:
    """The claims that state one named measure, each the only figure of its unit in its
    sentence (two in one sentence are two things compared: "11.3% مقابل 12.4%")."""
    units = {id(c): unit_class(c.mention) for c in claims}
    per_sentence: dict[tuple[str, str, str], int] = {}
    for c in claims:
        unit = units[id(c)]
        if unit is not None:
            where = (c.article, c.sentence, unit)
            per_sentence[where] = per_sentence.get(where, 0) + 1
    sides = []
    for c in claims:
        unit = units[id(c)]
        if unit is None or per_sentence[(c.article, c.sentence, unit)] > 1:
            continue
        measure = measure_of(c.sentence, c.mention)
        if measure is not None:
            years, forecast, part = _period(c.sentence)
            sides.append(_Side(c, (measure.name, unit), measure, years, forecast, part))
    return sides


def _digits_step(value: float) -> float:
    """Half the place of the last significant digit ("6" 0.5, "6.6" 0.05, "650" 5)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10.0 ** -len(text.split(".")[1])
    stripped = text.rstrip("0")
    return 0.5 * 10.0 ** (len(text) - len(stripped))


def rounded_alike(a: float, b: float) -> bool:
    """True when one value is the other rounded ("943" and "943.4", "12" and "12.2")."""
    return abs(a - b) <= max(_digits_step(a), _digits_step(b)) + 1e-9


def _revised(sentence: str) -> bool:
    return any(form in _REVISED for w in sentence.split() for form in stems(normalize(w)))


def _judge(first: _Side, second: _Side) -> DiscrepancyKind | None:
    """The kind of a pair of claims of one measure from two outlets, or None (no dispute)."""
    a, b = first.claim, second.claim
    if a.outlet == b.outlet or a.article == b.article:
        return None
    va, vb = float(a.mention.value or 0), float(b.mention.value or 0)
    if rounded_alike(va, vb):
        return None
    if a.places and b.places and not a.places & b.places:
        return None  # two places' figures
    if first.forecast != second.forecast or first.part != second.part:
        return None  # a forecast against a result, a quarter against a year
    if first.years != second.years:
        return "scope" if first.years and second.years else None
    later = b if _when(b) > _when(a) else a
    return "update" if _revised(later.sentence) else "conflict"


def _when(claim: FigureClaim) -> str:
    """When an article was published, as sortable text (the time when known, else the day)."""
    if claim.at is not None:
        return claim.at.isoformat()
    return claim.published.isoformat() if claim.published else ""


def _claim(side: _Side) -> Claim:
    c = side.claim
    return Claim(
        value=c.mention.value,
        text=c.sentence,
        sources=(c.article,),
        date=c.published.isoformat() if c.published else None,
    )


def subject(measure: Measure, unit: str, language: str) -> str:
    """The subject shown for a measure: its label and unit ("النمو (%)")."""
    return f"{measure.labels.get(language, measure.labels['en'])} ({unit})"


def counted_of(subject_text: str) -> str | None:
    """The annotation guide's counted kind of a subject made by ``subject``: percent, money
    or other; None for any other subject."""
    match = re.fullmatch(r"(.+) \((.+)\)", subject_text)
    labels = {label for m in load_measures().values() for label in m.labels.values()}
    if match is None or match.group(1) not in labels:
        return None
    unit = match.group(2)
    return "percent" if unit == "%" else "money" if normalize(unit) in CURRENCIES else "other"


def measure_discrepancies(claims: Sequence[FigureClaim], *, language: str) -> list[Discrepancy]:
    """Pairs of one named measure from two outlets whose values differ beyond rounding: a
    conflict, an update when the later report says it was revised, or a scope when they name
    two different years."""
    sides = _sides(claims)
    told: dict[tuple[str, str], set[float]] = {}
    for side in sides:
        told.setdefault((side.claim.article, side.key[0]), set()).add(
            float(side.claim.mention.value or 0)
        )
    found = []
    for first, second in combinations(sides, 2):
        if first.key != second.key:
            continue
        a, b = first.claim, second.claim
        va, vb = float(a.mention.value or 0), float(b.mention.value or 0)
        # an article that gives both values tells two things ("from 5.5% to 5.8%")
        if vb in told[(a.article, first.key[0])] or va in told[(b.article, first.key[0])]:
            continue
        kind = _judge(first, second)
        if kind is None:
            continue
        unit = first.key[1]
        text = subject(first.measure, unit, language)
        found.append(
            Discrepancy(
                subject=text,
                kind=kind,
                claims=(_claim(first), _claim(second)),
                explanation=f"{text}: {va:g} ({a.outlet}) vs {vb:g} ({b.outlet})",
            )
        )
    return found
