"""Years written in words ("عام ألفين وثلاثة عشر", "مونديال ألفين وثمانية عشر"): a date or a
name's year, never a count, and their parts are no counts either ("وثلاثة عشر" read as 13)."""

from __future__ import annotations

from collections.abc import Callable

from marsad.facts._numbers import TENS, UNITS
from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# Arabic reads a year of this century as "ألفين" then "و" and the rest in words, units before
# tens ("ألفين واثنين وعشرين" 2022, "ألفين وأحد عشر" 2011); French and BBC Arabic scripts of
# spoken reports write them so. Read on ANT, February 2018: all 6 such were split into "2000"
# and "13"/"22"/"10", the second read as a count. A count so written is rare and names what it
# counts ("ألفين وخمسين جنديا"): a counted noun after it keeps it a figure.
_TWO_THOUSAND = word_set("ألفين ألفان")
_TEEN = word_set("عشر عشرة")
_LATEST = 2029  # the highest year read so: later ones are counts ("ألفين وخمسين")
_REACH = 4  # tokens from the year's first word to its last ("ألف وتسعمئة وستة وثمانين")


def _rest(tokens: list[Token], i: int, *, joined: bool = True) -> tuple[int, int] | None:
    """The units and tens after "و" from token ``i`` (with no "و" when not ``joined``):
    (value, last index), or None."""
    word = tokens[i].norm if i < len(tokens) else ""
    if joined and not word.startswith("و"):
        return None
    bare = word[1:] if joined else word
    if bare in TENS:
        return TENS[bare], i
    if bare not in UNITS:
        return None
    value, last = UNITS[bare], i
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if nxt in _TEEN and value < 10:
        return value + 10, i + 1
    if nxt.startswith("و") and nxt[1:] in TENS:
        return value + TENS[nxt[1:]], i + 1
    return value, last


# A year of the last century reads "ألف وتسعمئة" then the rest, with or without "و" ("ألف
# وتسعمائة وستة وثمانين", "ألف وتسعمائة ستة وثمانين"): read as 1986 with the next word as its
# noun ("انفجر"), or as 1900 and 86. A count so written names what it counts after it.
_THOUSAND = word_set("ألف")
_NINE_HUNDRED = word_set("وتسعمئة وتسعمائة")


def _last_century(tokens: list[Token], i: int) -> int | None:
    """The last index of "ألف وتسعمئة [و]X [و]Y" from token ``i``, or None."""
    if i + 1 >= len(tokens) or not any(form in _THOUSAND for form in stems(tokens[i].norm)):
        return None
    if tokens[i + 1].norm not in _NINE_HUNDRED:
        return None
    rest = _rest(tokens, i + 2) or _rest(tokens, i + 2, joined=False)
    return rest[1] if rest is not None else i + 1


def _year_from(tokens: list[Token], i: int) -> int | None:
    """The last index of a year in words that starts at token ``i``, or None."""
    if (last := _last_century(tokens, i)) is not None:
        return last
    if not any(form in _TWO_THOUSAND for form in stems(tokens[i].norm)):
        return None
    rest = _rest(tokens, i + 1)
    if rest is None or 2000 + rest[0] > _LATEST:
        return None
    return rest[1]


def in_word_year(tokens: list[Token], i: int, counted_noun: Callable[[str], bool]) -> bool:
    """True when token ``i`` starts or continues a year written in words that no counted noun
    follows (``counted_noun`` of the word after it)."""
    for start in range(i, max(-1, i - _REACH - 1), -1):
        last = _year_from(tokens, start)
        if last is not None and last >= i:
            after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
            return not (after and counted_noun(after))
    return False
