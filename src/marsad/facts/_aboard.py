"""People a figure counts as on board or present, never as a toll: "طائرة تقل 71 شخصا", "كان
على متنها 71 راكبا", "35 شخصا كانوا في المسجد", "مجموعة مكونة من 6 أشخاص". An editor's read
of 20 March pages found such counts shown as killed (71 on a plane, 35 in a mosque)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

ON_BOARD = "on_board"
PRESENT = "present"

# Words right before a figure that carry it: "تقل/يقل" (carrying), "على متنها" (on board).
_CARRYING = word_set("تقل يقل تقلان يقلان تقلها يقلها متن متنها متنه متنهم")
# Words right before a figure that make it a group's size: "مكونة من", "مؤلفة من", "تضم".
_GROUP = word_set("مكونه مكون مؤلفه مؤلف تضم يضم")
# "كانوا" after the figure's noun, then where they were: on board or in a place.
_WERE = word_set("كانوا كان كانا كانت الذين اللذين")
_ON = word_set("متن متنها متنه")
_IN = word_set("في داخل بداخل على")
_UPON = word_set("على")
_BACK_REACH = 3  # tokens from a carrying word to its figure ("تقل على الأقل 71")
_AFTER_REACH = 3  # tokens from the figure's noun to "كانوا"


def _has(token: Token, words: frozenset[str]) -> bool:
    return any(form in words for form in stems(token.norm))


def carried_before(tokens: list[Token], start: int) -> str | None:
    """``on_board`` when a carrying word ("تقل", "على متنها") stands just before the figure,
    ``present`` after "مكونة من" (a group's size); else None."""
    for i in range(start - 1, max(-1, start - 1 - _BACK_REACH), -1):
        if tokens[i].text in CLAUSE_BREAKS:
            return None
        if _has(tokens[i], _CARRYING):
            # "يقل عن مليون" is "less than"; "لا يقل عن" "no fewer than".
            less = i + 1 < len(tokens) and tokens[i + 1].norm == "عن"
            return None if less else ON_BOARD
        if tokens[i].norm.startswith("و") and len(tokens[i].norm) > 2:
            return None  # "حريق على متنها ومقتل 168 شخصا": another clause's figure
        if tokens[i].norm == "من" and i > 0 and _has(tokens[i - 1], _GROUP):
            return PRESENT
        if _has(tokens[i], _GROUP) and tokens[i].norm.startswith(("تضم", "يضم")):
            return PRESENT
    return None


def were_there(tokens: list[Token], last: int) -> str | None:
    """``on_board`` or ``present`` when "كانوا على متنها" / "كانوا في" follows the figure's
    noun ("35 شخصا كانوا في المسجد"); else None."""
    for i in range(last + 1, min(len(tokens) - 1, last + 1 + _AFTER_REACH)):
        if tokens[i].text in CLAUSE_BREAKS:
            return None
        if tokens[i].norm in _WERE:
            nxt = tokens[i + 1]
            if nxt.norm in _UPON and i + 2 < len(tokens) and _has(tokens[i + 2], _ON):
                return ON_BOARD
            if _has(nxt, _ON):
                return ON_BOARD
            return PRESENT if nxt.norm in _IN else None
    return None
