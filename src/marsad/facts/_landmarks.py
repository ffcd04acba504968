"""Places a sentence names only to locate another one: "الغوطة الشرقية قرب دمشق", "في ريف
دمشق". The count is the other place's, not the landmark city's."""

from __future__ import annotations

import re

# A city after "قرب" / "بالقرب من" (near) or "ريف" (the countryside of) locates the place named
# with it: Eastern Ghouta "قرب دمشق" or "في ريف دمشق" is not the city of Damascus (Sky's "250
# قتيلا منذ الأحد ... في ريف دمشق" beside CNN's Ghouta toll, ANT, February 2018).
_LANDMARK_BEFORE = r"(?:^|\s)(?:[وف]?(?:ب|في\s+)?قرب|بالقرب\s+من|[وفب]?ريف)\s+(?:ال)?(?:عاصمة\s+)?"


def own_places(localities: frozenset[str], sentence: str) -> frozenset[str]:
    """The towns and regions a figure's sentence places it in, less those named only as a
    landmark (``_LANDMARK_BEFORE``) when another one is left."""
    if len(localities) < 2:
        return localities
    landmarks = {
        place
        for place in localities
        if re.search(_LANDMARK_BEFORE + re.escape(place.removeprefix("ال")), sentence)
    }
    return localities - landmarks or localities
