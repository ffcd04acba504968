"""Whose count a figure is: the people, nationality or side its counted noun names ("أربعة جنود
إسرائيليين", "17 فلسطينيا", "اثنين بجروح في الجانب الفلسطيني", "12 من مشجعي الأهلي"). Counts
of two peoples are two counted things, never one count told twice (``discrepancies``)."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.caches import cached
from marsad.facts.gazetteer import gazetteer, lexicon_rows
from marsad.facts.quantities import QuantityMention
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.names import nisba_stem

_KINDS: dict[str, str] = {normalize(row[0]): row[1] for row in lexicon_rows("peoples.tsv")}
_REACH = 4  # words after the value read: "اثنين بجروح في الجانب الفلسطيني"
_NISBA_AT = 2  # a nisba names the counted people right after the value or after its noun
_OF = frozenset({"من"})  # "4 من الفلسطينيين": the partitive before the people


def people(mention: QuantityMention, sentence: str) -> str | None:
    """The country whose people a figure counts (a nisba right after the value or its noun,
    or after a side word), "fans of X" for a team's fans, or None when its words name none."""
    words = _after_value(mention, sentence)
    nouns = [w for w in words[: _NISBA_AT + 1] if normalize(w) not in _OF][:_NISBA_AT]
    for word in nouns:
        if (country := country_of(word)) is not None:
            return country
    for i, word in enumerate(words[:-1]):
        kind = _kind(word)
        if kind == "side" and (country := country_of(words[i + 1])) is not None:
            return country
        if kind == "fans":
            return "fans of " + normalize(words[i + 1].strip("«»\"'()"))
    return None


def other_peoples(one: Iterable[str | None], other: Iterable[str | None]) -> bool:
    """True when both sides name the people they count and no people is on both."""
    first, second = {p for p in one if p}, {p for p in other if p}
    return bool(first and second) and not first & second


def _after_value(mention: QuantityMention, sentence: str) -> list[str]:
    """The figure's words after its value and the words after it, to the clause's end or the
    next figure (``_REACH`` in all)."""
    words = mention.text.split()[1:]
    for word in sentence[mention.end :].split():
        if len(words) >= _REACH or word[:1].isdigit() or word.startswith("و"):
            break
        words.append(word)
        if word[-1] in "،,.:؛":
            break
    return [w.strip("،,.:؛") for w in words[:_REACH]]


def _kind(word: str) -> str | None:
    return next((_KINDS[form] for form in stems(normalize(word)) if form in _KINDS), None)


@cached(50_000)
def country_of(word: str) -> str | None:
    """The country a nisba names ("الإسرائيليين", "فلسطينيا", "روس"), or None."""
    nisba = gazetteer().nisba
    for form in stems(normalize(word.strip("«»\"'()"))):
        # the accusative singular after 11-99 ("17 فلسطينيا") is the nisba and an alif
        forms = (form, form[:-1]) if form.endswith("يا") and len(form) > 4 else (form,)
        for bare in forms:
            entry = nisba.get(bare) or nisba.get(nisba_stem(bare) or "")
            if entry is not None and entry.type == "country":
                return entry.canonical
    return None
