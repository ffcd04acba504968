"""A running count named far back in its clause: "ارتفع عدد القتلى جراء ... إلى مئة مدني".

The figure after "إلى" is the new value of the "عدد/حصيلة X" that opens the clause, however
many words (the cause, the place, the day) stand between: X is what it counts."""

from __future__ import annotations

from collections.abc import Callable

from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

# "إلى" before the figure (or before its qualifier: "إلى نحو 100 مدني").
_TO = word_set("إلى الى")
# The count's own noun, in construct with what it counts: "عدد القتلى", "حصيلة الجرحى".
_COUNT_NOUNS = word_set("عدد حصيلة الحصيلة")
# February 2018's longest such clause puts 14 tokens between "عدد القتلى" and the figure.
_REACH = 20


def risen_count(
    tokens: list[Token], start: int, concept: Callable[[str], str | None], kinds: frozenset[str]
) -> str | None:
    """What a figure at ``start`` counts when "إلى" comes right before it and its clause,
    back to the nearest break, opens with "عدد/حصيلة" then a word of a counted thing of
    ``kinds`` (``concept`` reads a word): "ارتفع عدد القتلى ... إلى 100 مدني" (killed)."""
    if start < 1 or tokens[start - 1].norm not in _TO:
        return None
    for i in range(start - 2, max(-1, start - 2 - _REACH), -1):
        if tokens[i].text in CLAUSE_BREAKS:
            return None
        if tokens[i].norm in _COUNT_NOUNS and i + 1 < start - 1:
            found = concept(tokens[i + 1].norm)
            return found if found in kinds else None
    return None


# "قضى" right before a count of people is "died" ("وقضى شخصان جراء الصقيع"); elsewhere it is
# "spent" or "ruled" ("قضى عامين في السجن", "قضت المحكمة"), so it is no word of the lexicon.
_DIED = word_set("قضى وقضى فقضى قضوا وقضوا قضت وقضت")


def died_before(tokens: list[Token], start: int) -> bool:
    """True when "قضى" (died) comes right before the figure at ``start``."""
    return start >= 1 and tokens[start - 1].norm in _DIED
