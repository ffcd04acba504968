"""Numbers that label rather than count: a side's age band ("منتخب تحت 19 عاما", "فريق 19
سنة"), a street number ("83 شارع ديينا") and the dual of "day" before the days it names
("يومي الثلاثاء والأربعاء": two dates, no length of time). The guide lists none of them."""

from __future__ import annotations

from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.facts.gazetteer import lexicon_rows
from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# The words of ``lexicons/labels.tsv`` by kind.
_WORDS = {row[0]: word_set(row[1]) for row in lexicon_rows("labels.tsv")}
_DAY_DUALS = word_set("يومي يوما")
_TEAM_REACH = 3  # words from the band word back to the side it qualifies ("منتخب مصر تحت")


def labels(tokens: list[Token], first: int, last: int) -> bool:
    """True when the number at ``first``..``last`` labels a thing (an age band, an address,
    named days) rather than counts it."""
    return (
        _age_band(tokens, first, last)
        or _street(tokens, first, last)
        or _named_days(tokens, first, last)
    )


def _has(token: Token, kind: str) -> bool:
    return any(form in _WORDS[kind] for form in (token.norm, *stems(token.norm)))


def _age_band(tokens: list[Token], first: int, last: int) -> bool:
    """An age band: "N عاما" after a side ("فريق 19 سنة") or after "تحت" that follows one."""
    if last + 1 >= len(tokens) or not _has(tokens[last + 1], "years") or first < 1:
        return False
    if _has(tokens[first - 1], "team"):
        return True
    if not _has(tokens[first - 1], "band"):
        return False
    return any(_has(t, "team") for t in tokens[max(0, first - 1 - _TEAM_REACH) : first - 1])


def _street(tokens: list[Token], first: int, last: int) -> bool:
    """Digits then the singular of a way, then its name: an address ("83 شارع ديينا")."""
    if first != last or not tokens[first].text.isdigit() or last + 2 >= len(tokens):
        return False
    way, name = tokens[last + 1], tokens[last + 2]
    return way.norm in _WORDS["street"] and name.text[:1].isalpha()


def _named_days(tokens: list[Token], first: int, last: int) -> bool:
    """The dual "يومي" before a weekday: the days it names ("يومي الثلاثاء والأربعاء")."""
    if first != last or tokens[first].norm not in _DAY_DUALS or last + 1 >= len(tokens):
        return False
    day = tokens[last + 1].norm
    return day in ARABIC_WEEKDAYS or day.removeprefix("ال") in ARABIC_WEEKDAYS
