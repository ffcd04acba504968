"""A number already written in thousands before "ألف": "18,500 ألف عامل" means 18,500, a typo
for "18 ألفا و500" (issue 18: shown as 18.5 million). A count of people keeps the written number;
money and other things keep the product, which their scale makes plausible ("1,200 ألف دولار")."""

from __future__ import annotations

import re

from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# Digits grouped by a thousands comma: "18,500", "1,250" (a dot is a decimal: "18.500 ألف" =
# 18.5 thousand, the same 18,500).
_GROUPED = re.compile(r"^\d{1,3}(?:[,٬]\d{3})+$")
_THOUSAND = word_set("ألف الف آلاف ألفا")


def written_thousands(tokens: list[Token], first: int, last: int) -> bool:
    """True when the figure's digits at ``first`` are grouped in thousands and its last token,
    right after them, is "ألف": the scale is written twice."""
    return (
        last == first + 1
        and bool(_GROUPED.match(tokens[first].text))
        and (tokens[last].norm in _THOUSAND)
    )
