"""Numbers that date rather than count, written in ways the month-name rules do not see: a day
of "the month" ("17 من الشهر نفسه", "في 23 مارس و27 منه", "25 الجاري") and a year before the
common era."""

from __future__ import annotations

from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# "من الشهر" / "من شهر" after a number names the month it is a day of: "إلى 17 من الشهر نفسه".
_MONTH_NOUNS = word_set("الشهر شهر")
# "الجاري" (the current one) after a day's number, or after "من", stands for the current month:
# "سيتوجه غدا 25 الجاري", "في 22 من الجاري" (a Gulf and Egyptian way to write a date).
_CURRENT = word_set("الجاري")
# "منه" (of it) after a number names a month said just before: "في 23 مارس المقبل و27 منه".
_OF_IT = word_set("منه")
_OF_IT_REACH = 4  # tokens back from the number to the month's name
# A year of an era: "من 1336 إلى 1353 قبل الميلاد", "عام 500 ق.م".
_ERA = (("قبل", "الميلاد"), ("بعد", "الميلاد"), ("ق", "."), ("ق", "م"))
_RANGE_LINKS = word_set("الي حتي و -")


# "ذات/نفس" (the same) before the month noun: "في 19 من ذات الشهر"; a range's first day is
# one by its last ("19 ولغاية 27 من الشهر ذاته"). Not "N الشهر" alone: "بلغ 20 الشهر الماضي"
# is a count told last month. One February 2018 article (AL-sport-143-20180221) read such
# days as counts.
_SAME = word_set("ذات نفس")
_DAY_RANGE_LINKS = word_set("الي حتي وحتي ولغايه لغايه")


def _day_of_the_month(tokens: list[Token], last: int) -> bool:
    """True when "من (ذات) الشهر" follows the number ending at ``last``, or the number that
    closes the range it opens."""
    words = [t.norm for t in tokens[last + 1 : last + 4]] + ["", "", ""]
    if words[0] == "من" and words[1] in _MONTH_NOUNS:
        return True
    if words[0] == "من" and words[1] in _SAME and words[2] in _MONTH_NOUNS:
        return True
    closing = last + 2 < len(tokens) and tokens[last + 2].text[:1].isdigit()
    return words[0] in _DAY_RANGE_LINKS and closing and _day_of_the_month(tokens, last + 2)


def dates_a_day_or_era(tokens: list[Token], last: int, month_words: frozenset[str]) -> bool:
    """True when the number ending at ``last`` is a day of a month named by "الشهر", "منه" or
    "الجاري", or a year with its era after it (or after the range it opens)."""
    nxt = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    if _day_of_the_month(tokens, last):
        return True
    after = tokens[last + 2].norm if last + 2 < len(tokens) else ""
    if nxt in _CURRENT or (nxt == "من" and after in _CURRENT):
        return True
    if nxt in _OF_IT:
        return any(t.norm in month_words for t in tokens[max(0, last - _OF_IT_REACH) : last])
    at = last + 1
    if nxt in _RANGE_LINKS and at + 1 < len(tokens) and tokens[at + 1].text[:1].isdigit():
        at += 2  # "من 1336 إلى 1353 قبل الميلاد": the era closes the range
    pair = tuple(t.norm for t in tokens[at : at + 2])
    return pair in _ERA
