"""A figure whose unit Arabic leaves out because the figure just before it names it: "خفضت
الأسعار إلى 20 ريالاً بعد أن وصلت إلى 50" (50 riyals)."""

from __future__ import annotations

from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

# Arabic does not repeat a currency for the second term of a change, a comparison or a list:
# after "إلى/حتى/أو/و" a bare number takes the currency of the money figure before it in the
# same clause (issue 18, round 20). Only money: a share's next figure is often a level ("ارتفع
# بنسبة 5% إلى 300"), and a count of people carries its noun or its clause's concept.
ELIDABLE = frozenset({"money"})
# "أخرى" (other, feminine: of things) after a number stands for the noun said before: "3
# ملايين دولار و5 أخرى" (5 million dollars more; three such in February 2018, round 17).
OTHER_ONES = word_set("أخرى")
_LINKS = word_set("إلى الى حتى أو و")
_REACH = 6  # tokens from the end of the named figure to the bare one ("بعد أن وصلت إلى")


def shares_unit(tokens: list[Token], previous_end: int, first: int) -> bool:
    """True when the bare figure whose first token is ``first`` follows, in the same clause and
    within ``_REACH`` tokens, a figure ending at token ``previous_end``, linked to it by a word
    of ``_LINKS`` just before it or a "و" written onto it ("و50")."""
    if not 0 <= previous_end < first or first - previous_end > _REACH:
        return False
    if any(t.text in CLAUSE_BREAKS for t in tokens[previous_end + 1 : first]):
        return False
    joined = tokens[first].text.startswith("و") and tokens[first].text[1:2].isdigit()
    return joined or tokens[first - 1].norm in _LINKS


# A list's terms written before its unit take it: "30 و45 في المئة على التوالي" is 30% and
# 45%, "5 و6 ملايين" aside (the scale is read with the number). Only a percent: a count of
# people or money carries its noun on each term or its clause's concept (two such in February
# 2018's blind gold, both read as bare numbers).
LISTED = frozenset({"percent"})


def listed_before(tokens: list[Token], end: int, next_first: int) -> bool:
    """True when the figure ending at token ``end`` is joined to the next figure, starting at
    ``next_first``, by "و" alone: written apart ("30 و 45") or onto its digits ("30 و45")."""
    between = [t.norm for t in tokens[end + 1 : next_first]]
    joined = tokens[next_first].text.startswith("و") and tokens[next_first].text[1:2].isdigit()
    return between == ["و"] or (not between and joined)
