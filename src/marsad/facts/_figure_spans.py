"""Digits that are no figure of their own, and two figures that are one: a tag's or a model's
digits glued to Latin letters, the tail of a decimal glued to a word, a range "X إلى Y"."""

from __future__ import annotations

from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# Latin letters glued to digits name a thing ("#7WordsForSyria", "دبي 10X", "4K", "5G"),
# unless they are a unit of measure written short ("10nm", "5km", "64GB"). One letter is a
# unit in lower case only: "5g" is grams, "5G" a network, "3D" and "4K" no unit at all.
_LATIN_UNITS = frozenset(
    {"nm", "mm", "cm", "km", "kg", "mg", "ml", "mb", "gb", "tb", "kb", "kw", "mw", "gw", "kwh"}
    | {"mwh", "hz", "khz", "mhz", "ghz", "mph"}
)
_LETTER_UNITS = frozenset({"m", "g", "t", "l"})
_TAG_MARKS = frozenset({"#", "＃", "_", "@"})


def glued_to_latin(tokens: list[Token], i: int) -> bool:
    """True for digits written onto Latin letters or a tag's mark, with no space: part of a
    hashtag, a handle or a product's name, never a count ("#7WordsForSyria" is not 7)."""
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.start == token.end and after.text.isascii():
        if after.text[:1].isalpha() and not _unit(after.text):
            return True
        if after.text[:1] == "_":
            return True
    before = tokens[i - 1] if i >= 1 else None
    return before is not None and before.end == token.start and before.text[-1:] in _TAG_MARKS


def _unit(letters: str) -> bool:
    return letters in _LETTER_UNITS or (len(letters) > 1 and letters.lower() in _LATIN_UNITS)


_DECIMAL_MARKS = frozenset({".", ",", "\u066b"})


def decimal_tail(tokens: list[Token], i: int) -> bool:
    """True for the digits after a decimal mark written between digits with no space: the
    tokens split "لتبلغ8,6" or "عند1013.50" into a word with digits, a mark and "6" or "50";
    the tail alone is no figure (it showed 6% for 8.6%, 50 dollars for 1013.50)."""
    if i < 2:
        return False
    mark, head = tokens[i - 1], tokens[i - 2]
    glued = head.end == mark.start and mark.end == tokens[i].start
    return glued and mark.text in _DECIMAL_MARKS and head.text[-1:].isdigit()


# "X إلى Y" with no "بين" before it is a range when nothing says it is a change: "نقل 5 إلى 6
# أشخاص"، "بمعدل 5 الى 6%"، "عمره 12 إلى 14 سنة". After "من" it is a change ("رفع السن من 18
# إلى 21 عاما") unless a verb of ranging precedes it ("يتراوح من 3 إلى 10 جراحين"); a month
# after it makes it days. (Round 19's figures branch read "X إلى Y" so after any word but
# "من"; this function replaces its ``_to_range``.)
_TO = word_set("الي to")
_FROM = word_set("من from")
_RANGING = word_set("يتراوح تتراوح تراوح تراوحت يتراوحان تتراوحان وتتراوح ويتراوح")
_RANGING_REACH = 3  # tokens before "من" searched for the verb of ranging


def opens_bare_range(
    tokens: list[Token], first: int, last: int, month_words: frozenset[str]
) -> bool:
    """True when the figure at ``first``..``last`` opens a range "X إلى Y" that no "بين"
    introduces: "إلى" and digits follow it, no month after them (days: "26 إلى 28 مارس"),
    and it is no change "من X إلى Y"."""
    if last + 2 >= len(tokens) or tokens[last + 1].norm not in _TO:
        return False
    if not tokens[last + 2].text[:1].isdigit():
        return False
    if last + 3 < len(tokens) and tokens[last + 3].norm in month_words:
        return False
    if first == 0 or tokens[first - 1].norm not in _FROM:
        return True
    before = tokens[max(0, first - 1 - _RANGING_REACH) : first - 1]
    return any(t.norm in _RANGING for t in before)
