"""A capacity is no crowd: "الملعب يتسع لأكثر من 99 ألف متفرج", "يستوعب 40 ألف مشجع" count
the seats of a place, not people at an event (issue 18)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# Verbs and nouns of holding (February 2018: a stadium's capacity read as a crowd, twice).
# A count of people in a condition ("لو جاء عشرة آلاف متفرج") was tried as no fact too: the
# blind gold labels such counts as their counted thing (March lost 4 right, no wrong).
_HOLDS = word_set(
    "يتسع تتسع يتسعان اتسع يستوعب تستوعب استوعب يستوعبان سعه سعته سعتها بسعه طاقته "
    "طاقتها الاستيعابيه استيعابيه"
)
_HOLD_REACH = 4  # tokens back from the figure: "يتسع لأكثر من", "طاقته الاستيعابية نحو"


def capacity(tokens: list[Token], start: int) -> bool:
    """True when a word of holding ("يتسع", "يستوعب", "سعة") stands just before the figure."""
    for token in tokens[max(0, start - _HOLD_REACH) : start]:
        if any(form in _HOLDS for form in stems(token.norm)):
            return True
    return False
