"""Fighters counted as the subject of a verb of dying: "أكثر من 100 مسلح حوثي، بينهم قيادات،
لقوا مصرعهم" counts the killed, not a force's size (issue 18: killed fighters shown as troops).

The figure opens the clause and its predicate comes after the counted noun's complements and
an apposition set off by commas ("، بينهم ...،"): the first verb of the clause is read."""

from __future__ import annotations

from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

# A plural (or dual) verb of dying whose subject is the count; "لقوا"/"قضوا" need their object.
_DIED = word_set("قتلوا قتلا سقطوا قضوا لقوا لقيا")
_DEATH_OBJECTS = word_set("مصرعهم حتفهم نحبهم مصرعهما حتفهما")
_NEEDS_OBJECT = word_set("لقوا لقيا قضوا")
# An apposition inside the subject: "، بينهم قيادات ميدانية،", "، ومنهم ...،".
_APPOSITIONS = word_set("بينهم منهم ومنهم وبينهم")
_AFFIRM = word_set("قد")  # "قد قتلوا" (past, affirmed), never "قد يقتلون"
_REACH = 16  # tokens after the counted noun: the predicate after a noun's complements
_COMMAS = frozenset({",", "،"})


def _dies(tokens: list[Token], i: int) -> bool:
    word = tokens[i].norm
    if word not in _DIED:
        return False
    if word not in _NEEDS_OBJECT:
        return True
    return i + 1 < len(tokens) and tokens[i + 1].norm in _DEATH_OBJECTS


def fallen(tokens: list[Token], last: int) -> bool:
    """True when the first verb after the count ending at ``last`` is a plural verb of dying,
    skipping words of the noun's complement, "قد", a bracket and an apposition between commas."""
    i, end = last + 1, min(len(tokens), last + 1 + _REACH)
    while i < end:
        token = tokens[i]
        if token.text in _COMMAS:
            if i + 1 < end and tokens[i + 1].norm in _APPOSITIONS:
                i = _apposition_end(tokens, i + 1, end)
                continue
            i += 1
            continue
        if token.text == "(":
            i = _closing(tokens, i, end)  # "(شمال مديرية نهم)": a place inside the subject
            continue
        if token.text in CLAUSE_BREAKS or token.text[:1].isdigit():
            return False
        if _dies(tokens, i):
            return True
        if token.norm not in _AFFIRM and _verb_like(token):
            return False
        i += 1
    return False


def _apposition_end(tokens: list[Token], i: int, end: int) -> int:
    """The token after the comma that closes an apposition opened at ``i``."""
    while i < end and tokens[i].text not in _COMMAS:
        if tokens[i].text in CLAUSE_BREAKS:
            return end
        i += 1
    return i + 1


def _closing(tokens: list[Token], i: int, end: int) -> int:
    """The token after the ")" that closes the bracket opened at ``i``."""
    while i < end and tokens[i].text != ")":
        i += 1
    return i + 1


_VERB_PREFIXES = ("ي", "ت", "ن", "سي", "ست")


def _verb_like(token: Token) -> bool:
    """A plural past verb ("ـوا") or an imperfect plural ("يـ...ون"): another predicate."""
    word = token.norm
    return word.endswith("وا") or (word.startswith(_VERB_PREFIXES) and word.endswith("ون"))


# "مقابل" (against) sets a second count beside the first in one clause: "مقتل 13 عنصرا من قوات
# النظام، مقابل ستة مقاتلين من جيش الإسلام" counts the killed of both sides.
_VERSUS = word_set("مقابل ومقابل في_مقابل")


def versus(tokens: list[Token], start: int) -> bool:
    """True when "مقابل" comes right before the figure at ``start``."""
    return start >= 1 and tokens[start - 1].norm in _VERSUS
