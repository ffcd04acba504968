"""Units of measure with their compound forms: "كيلومترا مربعا" (square kilometres, not
kilometres), "مليار قدم مكعبة يوميا" (cubic feet a day, not feet), "برميل" (whose ب is its
own letter, not the preposition: it read as "رميل")."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# Units of length, area, volume and mass, in the counted noun's lemma (``quantities.lemma``).
MEASURES = word_set(
    "متر امتار كيلومتر كيلومترات كلم كم ميل اميال قدم اقدام بوصه هكتار فدان دونم برميل "
    "براميل طن اطنان كيلوغرام كيلوجرام كغ غرام جرام لتر ليتر سنتيمتر سم مليمتر ملم"
)
# Measures whose first letter ب or و is their own, never a proclitic ("برميل", "بوصة").
OWN_FIRST = frozenset(word for word in MEASURES if word[0] in "بو")
# "مربع/مكعب" after a unit of length makes it one of area or volume, in any agreement.
_SHAPES = {
    **dict.fromkeys(word_set("مربع مربعا مربعه"), "مربع"),
    **dict.fromkeys(word_set("مكعب مكعبا مكعبه"), "مكعب"),
}
# A rate after a measure: "1.8 مليون برميل يوميا" is a flow a day, not a stock.
_RATES = {
    **dict.fromkeys(word_set("يوميا يومياً"), "يوميا"),
    **dict.fromkeys(word_set("سنويا سنوياً"), "سنويا"),
    **dict.fromkeys(word_set("شهريا شهرياً"), "شهريا"),
}


def compound(unit: str, tokens: list[Token], noun: int) -> tuple[str, int]:
    """The unit of measure ``unit`` (the lemma of the noun at ``noun``) with the shape and
    rate written after it, and the index of its last word; other units as they are."""
    if unit not in MEASURES:
        return unit, noun
    last = noun
    if last + 1 < len(tokens) and (shape := _SHAPES.get(tokens[last + 1].norm)) is not None:
        unit, last = f"{unit} {shape}", last + 1
    if last + 1 < len(tokens):
        rate = next((_RATES[f] for f in stems(tokens[last + 1].norm) if f in _RATES), None)
        if rate is not None:
            unit, last = f"{unit} {rate}", last + 1
    return unit, last
