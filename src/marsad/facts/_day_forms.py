"""Written days of the month in the forms plain digits miss: a clitic on the digits ("و29",
"الـ29"), "من (شهر)" between day and month ("29 من شهر سبتمبر"), and numbers beside a month
that are no date: a contract's month ("تسليم أبريل 25 دولارا") or a movement's name ("حركة 6
أبريل"). Read on February 2018 (round 31, dates32)."""

from __future__ import annotations

from collections.abc import Callable

from marsad.facts._numbers import digit_value
from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# "و29 سبتمبر" (and the 29th), "الـ29 من مارس" (the 29th): the digits of a day with "و" or the
# article written on them (February 2018: 11 such "وN month" and 4 "الـN من month").
_DAY_PREFIXES = ("والـ", "وال", "الـ", "ال", "و")


def clitic_digits(token: Token) -> bool:
    """True for a token of digits with "و" or "الـ" written before them ("و29", "الـ23")."""
    return day_value(token) is not None and not token.text[0].isdigit()


def digits_from(token: Token) -> int:
    """The offset of the first digit in the token's text (0 for plain digits)."""
    return next((k for k, ch in enumerate(token.text) if ch.isdigit()), 0)


def day_value(token: Token) -> int | None:
    """The day of the month a token writes in digits (1-31), a clitic allowed; else None."""
    text = token.text
    for prefix in _DAY_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix) :]
            break
    if not text[0].isdigit():
        return None
    value = digit_value(text)
    if value is None or not float(value).is_integer() or not 1 <= value <= 31:
        return None
    return int(value)


_OF = word_set("من")
_MONTH_NOUN = word_set("شهر")


def past_of(tokens: list[Token], at: int, is_month: Callable[[int], bool]) -> int:
    """The index of the month after a written day: ``at``, or past "من" and "شهر" when a month
    (``is_month`` of its index) follows them: "29 من سبتمبر", "11 من شهر مارس"."""
    if at >= len(tokens) or tokens[at].norm not in _OF:
        return at
    k = at + 1
    if k < len(tokens) and tokens[k].norm in _MONTH_NOUN:
        k += 1
    return k if k < len(tokens) and is_month(k) else at


# "العقود الأميركية للذهب تسليم أبريل 25 دولارا": the delivery month of a futures contract,
# then the change in its price (February 2018: 6 such, one dated 25 April on a timeline).
_DELIVERY = word_set("تسليم لتسليم للتسليم التسليم")


def contract_month(tokens: list[Token], i: int) -> bool:
    """True when the month at ``i`` follows a word of delivery (``_DELIVERY``)."""
    if i > 1 and tokens[i - 1].norm == "في" and tokens[i - 2].norm in _DELIVERY:
        return True  # "للتسليم في أبريل 4 سنتات"
    return i > 0 and tokens[i - 1].norm in _DELIVERY


# A day and month that name a movement or a bloc, not a day: "حركة 6 أبريل" (Egypt), "حركة 20
# فبراير" (Morocco), "قوى 14 آذار" and "تيار 14 آذار" (Lebanon).
_BLOCS = word_set("حركة قوى تيار ائتلاف تحالف")


_QUOTES = frozenset({'"', "«", "“", "”", "»"})


def bloc_name(tokens: list[Token], i: int, last: int) -> bool:
    """True when the day at ``i`` follows a noun of a movement or bloc (``_BLOCS``), or the
    day and month (ending at ``last``) stand alone in quotes: و"14 آذار"."""
    if i < 1:
        return False
    closed = last + 1 < len(tokens) and tokens[last + 1].text in _QUOTES
    if tokens[i - 1].text in _QUOTES and closed:
        return True
    before = tokens[i - 1]
    if before.text in ('"', "«", "“") and i > 1:
        before = tokens[i - 2]
    return any(form in _BLOCS for form in stems(before.norm))


# "في أحداث الحادي عشر من سبتمبر", "هجمات 11 سبتمبر": the attacks of 2001, however the year is
# left out (February 2018: a White House bunker "في أحداث الحادي عشر من سبتمبر" dated 2017).
_ATTACKS = word_set("أحداث هجمات اعتداءات تفجيرات هجوم")
SEPTEMBER_11 = 2001


def attacks_year(tokens: list[Token], i: int, month: int, day: int) -> int | None:
    """2001 for 11 September right after a noun of attacks (``_ATTACKS``); else None."""
    if (month, day) != (9, 11) or i < 1:
        return None
    return SEPTEMBER_11 if any(f in _ATTACKS for f in stems(tokens[i - 1].norm)) else None
