"""A coming weekday told after another with "ثم" (then): "سيتواجهان مساء الأحد في الدوري، ثم
مساء الأربعاء في الكأس" is the Wednesday after that Sunday, not the publication day (ANT,
February 2018: a Wednesday fixture told on a Wednesday, filed under that day)."""

from __future__ import annotations

from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# "ثم" and "وبعدها/وبعده" (and after it) order the next day after the one told before it.
_THEN = word_set("ثم وثم وبعدها وبعده بعدها")


def then_between(tokens: list[Token], start: int, end: int) -> bool:
    """True when "ثم" (or "وبعدها") stands between character offsets ``start`` and ``end`` of
    one sentence and no full stop ends the sentence between them."""
    between = [t for t in tokens if start <= t.start < end]
    if any(t.text == "." for t in between):
        return False
    return any(t.norm in _THEN for t in between)
