"""One length of time written in several units joined by "و": "عامين وتسعة أشهر و22 يوما"
(a prison term), "11 ساعة و6 دقائق و36 ثانية" (a race time). Each smaller unit is the
remainder of the one time, so alone it misstates it: the figure is the first part, and its
span covers the whole (issue 18: a term shown as three figures)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# The rank of each unit of time (the counted noun's lemma, ``quantities.lemma``): a part joins
# the one before it only when its unit is smaller ("شهرين و8 أشهر" are two lengths).
RANK = {
    "عام": 6, "سنه": 6, "year": 6, "شهر": 5, "month": 5, "اسبوع": 4, "week": 4,
    "يوم": 3, "day": 3, "ساعه": 2, "hour": 2, "دقيقه": 1, "minute": 1, "ثانيه": 0,
    "second": 0,
}  # fmt: skip
# Words of time between the parts that are no figures of their own: "بثلاث ساعات ودقيقتين
# و55 ثانية" (the dual "دقيقتين" is read as no figure), "عامين وشهر و3 أيام", "ونصف".
_BETWEEN = word_set(
    "و ودقيقه ودقيقتين ودقيقتان وثانيه وثانيتين وساعه وساعتين وشهر وشهرين ويوم ويومين "
    "واسبوع واسبوعين ونصف وربع"
)


def remainder(tokens: list[Token], previous_last: int, first: int, units: tuple[str, str]) -> bool:
    """True when the figure whose first token is ``first`` (unit ``units[1]``) follows, joined
    by "و", the figure ending at token ``previous_last`` (unit ``units[0]``), and its unit of
    time is the smaller: the two are one length of time."""
    bigger, smaller = (RANK.get(unit) for unit in units)
    if bigger is None or smaller is None or smaller >= bigger or first <= previous_last:
        return False
    between = tokens[previous_last + 1 : first]
    if not all(any(form in _BETWEEN for form in stems(t.norm)) for t in between):
        return False
    return tokens[first].text.startswith("و") or bool(between)
