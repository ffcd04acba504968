"""Reading numbers: digits in three scripts, Arabic and English number words, duals, scales.

All tables are in the matching form of ``marsad.lang.arabic.normalize`` (أ→ا, ة→ه, ى→ي).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TypeVar

from marsad.facts._calendar import WEEKDAYS
from marsad.lang.arabic import normalize, normalize_digits
from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

_V = TypeVar("_V")

# Units 1-10 in both genders; Arabic counts 3-10 with reversed gender agreement, so both forms
# occur with any noun ("ثلاثة أيام", "ثلاث دول").
UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "اثنا": 2, "اثني": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9,
    "تسعه": 9, "عشر": 10, "عشره": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
# Tens: the nominative -ون and the oblique -ين forms.
TENS = {
    f"{stem}{ending}": value
    for stem, value in (
        ("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70),
        ("ثمان", 80), ("تسع", 90),
    )
    for ending in ("ون", "ين")
}  # fmt: skip
HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
            "مئتي": 200, "مائتي": 200}  # fmt: skip
for _unit, _n in list(UNITS.items())[:26]:
    if 3 <= _n <= 9:  # fused hundreds: ثلاثمئة, خمسمائة
        HUNDREDS[_unit.removesuffix("ه") + "مئه"] = _n * 100
        HUNDREDS[_unit.removesuffix("ه") + "مائه"] = _n * 100
# Scale words. The dual (ألفان/ألفين, and ألفي before a noun: "ألفي جندي") means two of them;
# آلاف is the plural used after 3-10 ("ستة آلاف") and means thousands when alone.
SCALES = {"الف": 1000, "الفا": 1000, "الاف": 1000, "الوف": 1000, "مليون": 10**6,
          "مليونا": 10**6, "ملايين": 10**6, "مليار": 10**9, "مليارا": 10**9,
          "مليارات": 10**9, "بليون": 10**9,
          "تريليون": 10**12, "ترليون": 10**12, "تريليونات": 10**12, "thousand": 1000,
          "million": 10**6, "billion": 10**9, "trillion": 10**12}  # fmt: skip
DUAL_SCALES = {"الفان": 2000, "الفين": 2000, "الفي": 2000, "مليونان": 2 * 10**6,
               "مليونين": 2 * 10**6, "مليوني": 2 * 10**6, "ملياران": 2 * 10**9,
               "مليارين": 2 * 10**9, "ملياري": 2 * 10**9}  # fmt: skip
# Vague quantities: "عشرات" (dozens) is a range, not a number; the bounds are the plural's sense.
VAGUE = {"عشرات": (20, 99), "مئات": (200, 999), "الاف": (2000, 9999),
         "ملايين": (2 * 10**6, 9 * 10**6), "بضع": (3, 9), "بضعه": (3, 9), "dozens": (24, 99),
         "hundreds": (200, 999),
         "thousands": (2000, 9999), "millions": (2 * 10**6, 9 * 10**6)}  # fmt: skip


def _normalized(table: dict[str, _V]) -> dict[str, _V]:
    # Tables are written by hand; pass them through the matching form (ئ→ي, ة→ه...) once.
    return {normalize(word): value for word, value in table.items()}


UNITS, TENS, HUNDREDS = _normalized(UNITS), _normalized(TENS), _normalized(HUNDREDS)
SCALES, DUAL_SCALES, VAGUE = _normalized(SCALES), _normalized(DUAL_SCALES), _normalized(VAGUE)


# Every word that can start a number; other tokens are skipped without parsing.
NUMBER_WORDS = frozenset([*UNITS, *TENS, *HUNDREDS, *SCALES, *DUAL_SCALES, *VAGUE, "ربع", "نصف"])


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from tokens ``first``..``last`` (inclusive): exact value or a vague range."""

    first: int
    last: int
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# The Arabic weekdays' matching forms ("الأحد" … "السبت"): one list for the facts' word lists.
ARABIC_WEEKDAYS = frozenset(word for word in WEEKDAYS if not word.isascii())
# Words after a number that are not what it counts: a dot there is a decimal point, a reading
# ("مؤشر الدولار ... 90.395، بعدما ارتفع إلى 90.498 الثلاثاء").
_NOT_COUNTED = ARABIC_WEEKDAYS | word_set(
    "بعد قبل في على من الى عن مع منذ حتى او ثم مقابل اليوم امس نقطه نقاط"
)


def _noun_after(tokens: list[Token], i: int) -> bool:
    """True when a word follows the number at ``i`` that may be what it counts ("1.244 منطقة"),
    not a scale ("3.309 مليون"), a function word, a day or nothing at all."""
    if i + 1 >= len(tokens) or not tokens[i + 1].text[0].isalpha():
        return False
    norm = tokens[i + 1].norm
    return norm not in SCALES and norm not in _NOT_COUNTED


def digit_value(text: str) -> float | None:
    """The value of a digit token ("1,300", "٢٠٣٠", "2.5"), or None."""
    text = normalize_digits(text).replace("\u066c", ",").replace("\u066b", ".")
    if "," in text:
        groups = text.split(",")
        # "1,300" is a thousands separator only with groups of three digits.
        if all(len(g) == 3 for g in groups[1:]) and "." not in text:
            text = "".join(groups)
        else:
            text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


# A conjunction or preposition written onto digits: "و500 مليون", "بـ50 مليون دولار", "لـ20";
# also a short word glued to them by a missing space ("أو1.8 بالمئة", "من13,1 مليون").
# "إلى16.87 دولار", "عند1013.50 دولار": a preposition glued to them likewise (February's
# market reports); read whole, not as the decimal's tail.
_DIGIT_PROCLITIC = re.compile(
    r"^(?:(?:و|ف)?(?:ب|ل|ك)?ـ?|[أا]و|من|في|[وف]?(?:[إا]ل[ىي]|عند|حتى))(?=\d)"
)


def digits_of(text: str) -> str | None:
    """The digits of a token, a proclitic written onto them left off ("بـ50" → "50"), or
    None for a token that is no number."""
    if text[:4].isalpha():
        return None  # a word (most tokens): neither digits nor a proclitic written onto them
    if text[:1].isdigit():
        return text
    if not any(ch.isdigit() for ch in text[1:4]):
        return None  # most words: no digit where a proclitic would end
    match = _DIGIT_PROCLITIC.match(text)
    return text[match.end() :] if match and match.end() > 0 else None


def _word(token: Token) -> str:
    # Only the conjunction و is stripped before number words ("وعشرون"); ب/ل would create
    # false numbers ("لست" = "I am not").
    word = token.norm
    return word[1:] if word.startswith("و") and len(word) > 3 else word


def _word_number(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A number written in words starting at token ``i``: (value, last token index)."""
    if tokens[i].norm in ("واحد", "واحده") and i + 1 < len(tokens):
        nxt = tokens[i + 1].norm  # "واحد وعشرون": its و is the word's own, not "and"
        if nxt.startswith("و") and nxt[1:] in TENS:
            return 1 + TENS[nxt[1:]], i + 1
    word = _word(tokens[i])
    word = _after_preposition(word) or _definite_before_scale(tokens, i) or word
    if word in DUAL_SCALES:
        # Two thousand and the rest: "ألفين وثلاثمئة" = 2300 ("ألفين وثمانية عشر" as a year
        # is ``facts._word_years``'s).
        scale = DUAL_SCALES[word] // 2
        return _with_part(tokens, 2, scale, i)
    value: float
    if word in HUNDREDS:
        value, last = _and_rest(tokens, HUNDREDS[word], i)
    elif word in TENS:
        value, last = TENS[word], i
    elif word in UNITS:
        value, last = UNITS[word], i
        if word in _TEEN_ONLY and not _teen_follows(tokens, i):
            return None  # "أحد المسؤولين" is "one of the officials", not a figure
        nxt = _word(tokens[i + 1]) if i + 1 < len(tokens) else ""
        if nxt in ("عشر", "عشره") and value < 10:  # teens: "ثلاثة عشر"
            value, last = value + 10, i + 1
        elif nxt in TENS and tokens[i + 1].norm.startswith("و"):  # "خمسة وعشرون"
            value, last = value + TENS[nxt], i + 1
        elif nxt in ("ميه", "مايه") and 3 <= value <= 9:  # split hundreds: "ثلاث مئة"
            value, last = value * 100, i + 1
    elif (fraction := _FRACTIONS.get(stems(tokens[i].norm)[-1])) is not None:
        if i + 1 >= len(tokens) or tokens[i + 1].norm not in SCALES:
            return None  # "نصف" alone is half of something, not a figure
        value, last = fraction, i
    else:
        return None
    if word in ("عشر", "عشره") and i > 0 and _before_teen(tokens[i - 1].norm):
        return None  # "دور الستة عشر", "الرابع عشر": a teen's second word, or an ordinal's
    return value, last


# A number word from three up written onto the preposition ب or ل ("فاز بثلاثة أهداف", "كفالة
# بخمسة آلاف جنيه", "لأربع سنوات") is the number: Arabic writes these prepositions onto the next
# word. Only words of four letters or more, so that short words are left alone ("لست" is "I am
# not", "بست" no six).
_PREPOSITIONS = ("وب", "فب", "ول", "ب", "ل")
_PREPOSED_SHORTEST = 4
_PREPOSED_LEAST = 3


def _after_preposition(word: str) -> str | None:
    """The number word after ب/ل written onto it ("بثلاثه" → "ثلاثه"), or None."""
    for prefix in _PREPOSITIONS:
        rest = word[len(prefix) :]
        # "ستة" is the one unit of three letters: its "ة" tells it from "لست" (I am not).
        if word.startswith(prefix) and (len(rest) >= _PREPOSED_SHORTEST or rest == "سته"):
            value = UNITS.get(rest) or TENS.get(rest) or HUNDREDS.get(rest)
            return rest if value is not None and value >= _PREPOSED_LEAST else None
    return None


def _definite_before_scale(tokens: list[Token], i: int) -> str | None:
    """A unit with the article before a scale word is the number: "حافة الخمسة آلاف تومان"
    (5,000; it read as the vague "آلاف"). Alone, "الخمسة" names a group ("الدول الخمس")."""
    word = tokens[i].norm
    if not word.startswith("ال") or word[2:] not in UNITS or i + 1 >= len(tokens):
        return None
    return word[2:] if tokens[i + 1].norm in SCALES and UNITS[word[2:]] >= _PREPOSED_LEAST else None


def _and_rest(tokens: list[Token], hundreds: float, i: int) -> tuple[float, int]:
    """Hundreds then "و" + units and tens are one number: "مئة وعشرين يوما" is 120 days,
    "مئتين وخمسة وعشرين" 225 (Arabic names the hundreds first, then units before tens)."""
    value, last = hundreds, i
    for kind in (UNITS, TENS):
        nxt = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        if nxt.startswith("و") and nxt[1:] in kind:
            value, last = value + kind[nxt[1:]], last + 1
    return value, last


# "ربع مليون" (a quarter of a million), "نصف مليار دولار".
_FRACTIONS = {"ربع": 0.25, "نصف": 0.5}
_ORDINALS = word_set("حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع")


def _before_teen(word: str) -> bool:
    if word[:1] in ("و", "ف") and word[1:3] == "ال":
        word = word[1:]  # "والتاسع عشر": an ordinal joined by "و" to the one before
    bare = word.removeprefix("ال")
    return bare in UNITS or bare.removesuffix("ه") in _ORDINALS or bare in _ORDINALS


_TEEN_ONLY = frozenset({"احد", "اثنا", "اثني", "one"})


def _teen_follows(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and _word(tokens[i + 1]) in ("عشر", "عشره")


def _scaled(tokens: list[Token], value: float, last: int, first: int) -> tuple[float, int]:
    """Apply a following scale word: "ستة آلاف" = 6000, "2.5 مليون" = 2,500,000; and the
    part after "و": "8 مليارات و900 مليون" = 8.9 billion, "ستة آلاف و86 تريليون" = 6086
    trillion."""
    if last + 1 >= len(tokens) or tokens[last + 1].norm not in SCALES:
        return value, last
    scale, last = SCALES[tokens[last + 1].norm], last + 1
    if first > 0 and tokens[first - 1].norm in ("بين", "between"):
        return _tidy(value * scale), last
    scaled, last = _with_part(tokens, value, scale, last)
    return _tidy(scaled), last


def _tidy(value: float) -> float:
    """A scaled decimal without the binary error of the product: "8.3 مليار" is 8.3e9, not
    8300000000.000001 (12 significant digits, more than any figure of the news writes); a
    whole number stays the integer it is ("5 آلاف" is 5000, not 5000.0)."""
    return value if isinstance(value, int) else float(f"{value:.12g}")


def _with_part(tokens: list[Token], value: float, scale: int, last: int) -> tuple[float, int]:
    """``value`` times the scale word at ``last``, plus the part after "و" that is smaller
    than the scale: "2 مليون و300 ألف", "ثلاثة آلاف و500", "ستة آلاف و86 تريليون"."""
    if (half := _and_half(tokens, last + 1, scale)) is not None:
        return value * scale + scale // 2, half  # "مليون ونصف المليون" = 1,500,000
    part = _and_part(tokens, last + 1)
    if part is None:
        return value * scale, last
    number, after = part
    larger = SCALES.get(tokens[after + 1].norm) if after + 1 < len(tokens) else None
    if larger is not None and larger > scale and number < scale and float(number).is_integer():
        return (value * scale + number) * larger, after + 1  # "ستة آلاف و86 تريليون"
    if larger is not None and larger < scale and number * larger < scale:
        return value * scale + number * larger, after + 1  # "2 مليون و300 ألف"
    if larger is None and number < scale:
        return value * scale + number, after  # "ثلاثة آلاف و500"
    return value * scale, last


def _and_half(tokens: list[Token], i: int, scale: int) -> int | None:
    """The last token of "ونصف" after a scale word, with the scale repeated after it ("مليون
    ونصف المليون"), or None: half of that scale is added."""
    if i >= len(tokens) or tokens[i].norm != "ونصف":
        return None
    after = tokens[i + 1].norm.removeprefix("ال") if i + 1 < len(tokens) else ""
    return i + 1 if SCALES.get(after) == scale else i


def _and_part(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """The digits after "و" at token ``i`` ("و900", or "و" then "900"): (value, index)."""
    if i >= len(tokens):
        return None
    text = tokens[i].text
    if text == "و" and i + 1 < len(tokens) and tokens[i + 1].text[0].isdigit():
        i, text = i + 1, tokens[i + 1].text
    elif text.startswith("و") and text[1:2].isdigit():
        text, i = _glued_rest(tokens, i, text[1:])  # "و200.000": the tokens cut at the dot
    elif tokens[i].norm.startswith("و") and _word(tokens[i]) in _PART_WORDS:
        return _word_number(tokens, i)  # "ألف وثمانمئة", "ثلاثة آلاف وخمسة وعشرون"
    else:
        return None
    if _DOT_THOUSANDS.fullmatch(text):
        text = text.replace(".", "")  # "مليون و200.000 شخص" is 1,200,000
    value = digit_value(text)
    return (value, i) if value is not None else None


# Number words that may follow a scale after "و" as the rest of one number: hundreds, tens
# and units ("ألف وثمانمئة" = 1800, "مليون وخمسمئة ألف" = 1,500,000); not a dual or a scale.
_PART_WORDS = frozenset({*UNITS, *TENS, *HUNDREDS}) - _TEEN_ONLY


# The Egyptian press writes "29,225" as "225ر29" and "9.6" as "6ر9" (logical order: the
# right-hand group first); the tokens split at the ر ("225", "ر29").
_RA_GROUP = re.compile(r"ر(\d+)")


def _ra_number(tokens: list[Token], i: int, digits: str) -> float | None:
    """The value of digits glued to "ر" and digits after them, or None: a group of three
    before ر is the thousands' remainder ("225ر29" = 29225), fewer digits are the decimals
    ("6ر9" = 9.6)."""
    if i + 1 >= len(tokens) or not digits.isdigit() or tokens[i + 1].start != tokens[i].end:
        return None
    match = _RA_GROUP.fullmatch(normalize_digits(tokens[i + 1].text))
    if match is None:
        return None
    whole = int(match.group(1))
    if len(digits) == 3:
        return whole * 1000 + int(digits)
    return float(f"{whole}.{digits}") if len(digits) < 3 else None


def _glued_rest(tokens: list[Token], i: int, digits: str) -> tuple[str, int]:
    """Digits written onto a word keep their decimals: the tokens split "و2.6" and "أو1.8"
    into "و2", "." and "6" ("من13,1 مليون" likewise); (digits, index of their last token)."""
    if tokens[i].text[:1].isdigit() or i + 2 >= len(tokens):
        return digits, i
    mark, rest = tokens[i + 1], tokens[i + 2]
    glued = mark.start == tokens[i].end and rest.start == mark.end
    if glued and mark.text in _DECIMAL_MARKS and rest.text[:1].isdigit():
        return digits + mark.text + rest.text, i + 2
    return digits, i


_DECIMAL_MARKS = frozenset({".", ",", "\u066b", "\u066c"})
_ARABIC_COMMA = "\u060c"


def _comma_thousands(tokens: list[Token], i: int, digits: str) -> tuple[str, int]:
    """Groups of three digits glued on with the Arabic comma, which the tokens split:
    "1،250،000 دولار" is one figure (1,250,000), "3،000 ريال" too; not "1998، 2002" (spaced);
    "13،1 مليون" is a decimal. (digits, index of their last token)"""
    if not digits.isdigit() or i + 3 >= len(tokens):
        return digits, i
    mark, rest = tokens[i + 1], tokens[i + 2]
    glued = mark.start == tokens[i].end and rest.start == mark.end and mark.text == _ARABIC_COMMA
    if glued and rest.text.isdigit() and len(rest.text) <= 2 and tokens[i + 3].norm in SCALES:
        return f"{digits}.{rest.text}", i + 2  # "13،1 مليون": a decimal comma
    if len(digits) > 3:
        return digits, i
    last, groups = i, [digits]
    while last + 2 < len(tokens):
        mark, rest = tokens[last + 1], tokens[last + 2]
        glued = mark.start == tokens[last].end and rest.start == mark.end
        if not (
            glued and mark.text == _ARABIC_COMMA and len(rest.text) == 3 and rest.text.isdigit()
        ):
            break
        groups.append(rest.text)
        last += 2
    if len(groups) > 2 or (len(groups) == 2 and _noun_after(tokens, last)):
        return "".join(groups), last
    return digits, i


def read_number(tokens: list[Token], i: int) -> Number | None:
    """The number starting at token ``i`` (digits, words, dual or vague word), or None."""
    token = tokens[i]
    digits = digits_of(token.text)
    if digits is not None:
        ra = _ra_number(tokens, i, digits)
        if ra is not None:
            scaled, last = _scaled(tokens, ra, i + 1, i)
            return Number(first=i, last=last, value=scaled)
        digits, at = _glued_rest(tokens, i, digits)
        digits, at = _comma_thousands(tokens, at, digits)
        if _DOT_THOUSANDS.fullmatch(digits) and _noun_after(tokens, at):
            digits = digits.replace(".", "")  # "نحو 1.244 منطقة"; "3.309 مليون" is 3.3 million
        value = digit_value(digits)
        if value is None:
            return None
        value, last = _scaled(tokens, value, at, i)
        return Number(first=i, last=last, value=value)
    vague = _vague(tokens, i)
    if vague is not None:
        return vague
    found = _word_number(tokens, i) or _scale_alone(tokens, i)
    if found is None:
        return None
    value, last = _scaled(tokens, *found, i)
    return Number(first=i, last=last, value=value)


# "مليون دولار", "نحو مليار دولار": a scale word alone is one of it before a currency.
_CURRENCY_AFTER = word_set("دولار يورو جنيه ريال درهم دينار ليرة روبل ين يوان dollars euros")
_ONE_SCALE = frozenset({"مليون", "مليار", "بليون", "تريليون", "ترليون"})


def _scale_alone(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A scale word alone is one of it before a currency ("مليون دولار"), or before "و" and
    the rest of the number ("ألف وثمانمئة" = 1800, "ألفا و200 لاجئ" = 1200, "مليون وخمسمئة
    ألف" = 1,500,000): the singular "ألف" and "مليون" say "one thousand", "one million"."""
    word = next((form for form in stems(tokens[i].norm) if form in _SINGLE_SCALES), "")
    if i + 1 >= len(tokens) or not word:
        return None  # ("الفا": its "ال" is no article)
    if _definite_number_before(tokens, i):
        return None  # "تخطت المائة مليون دولار": a hundred million, never one million
    if word in _ONE_SCALE and tokens[i + 1].norm in _CURRENCY_AFTER:
        return SCALES[word], i
    value, last = _with_part(tokens, 1, SCALES[word], i)
    if last > i:
        return value, last
    if word != "الفا" and _amount_before(tokens, i):
        return SCALES[word], i  # "نحو مليون لاجئ", "ما يزيد عن ألف شخص"
    return None


def _definite_number_before(tokens: list[Token], i: int) -> bool:
    """True when a number word with the article stands right before the scale at ``i``
    ("المائة مليون", "الخمسين مليار"): the scale multiplies it, it is not one alone."""
    if i < 1:
        return False
    word = tokens[i - 1].norm
    for article in ("ال", "بال", "وال", "لل"):
        if word.startswith(article):
            bare = word[len(article) :]
            return bare in UNITS or bare in TENS or bare in HUNDREDS
    return False


# Qualifiers written before a figure, in matching form: the one table of them, for the
# qualifier of a quantity (``quantities``) and the amount before a lone scale word here.
# "اقترب من" (approached) is "about"; "تجاوز 400 قتيل" (exceeded) is a floor, as "أكثر من".
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("نحو",): "about", ("حوالي",): "about", ("زهاء",): "about", ("قرابه",): "about",
    ("ما", "يقارب"): "about", ("يقارب",): "about", ("ما", "يناهز"): "about",
    ("اقترب", "من"): "about", ("اكثر", "من"): "more_than", ("ما", "يزيد", "علي"): "more_than",
    ("ما", "يزيد", "عن"): "more_than", ("يزيد", "علي"): "more_than", ("اقل", "من"): "less_than",
    ("لا", "يقل", "عن"): "at_least", ("لا", "يقل", "علي"): "at_least",
    ("لا", "يزيد", "عن"): "up_to", ("لا", "يزيد", "علي"): "up_to", ("لا", "يتجاوز"): "up_to",
    ("تجاوز",): "more_than", ("يتجاوز",): "more_than", ("تتجاوز",): "more_than",
    ("ما", "يفوق"): "more_than", ("يفوق",): "more_than", ("about",): "about", ("around",): "about",
    ("nearly",): "about", ("almost",): "about", ("approximately",): "about", ("some",): "about",
    ("more", "than"): "more_than", ("over",): "more_than", ("at", "least"): "at_least",
    ("less", "than"): "less_than", ("fewer", "than"): "less_than", ("up", "to"): "up_to",
    # "قتل على الأقل 10"; "لم تبلغ 10%" (did not reach), "لا تتجاوز"/"لم يتجاوز" (a ceiling).
    ("علي", "الاقل"): "at_least", ("لم", "يبلغ"): "less_than", ("لم", "تبلغ"): "less_than",
    ("لا", "تتجاوز"): "up_to", ("لم", "يتجاوز"): "up_to", ("لم", "تتجاوز"): "up_to",
    ("لا", "تزيد", "عن"): "up_to", ("لا", "تزيد", "علي"): "up_to",
    ("لا", "تقل", "عن"): "at_least", ("لا", "تقل", "علي"): "at_least",
}  # fmt: skip
# After an Arabic qualifier a singular scale word is one of it ("نحو مليون لاجئ سوري", "مقتل ما
# يزيد عن ألف شخص": ANT, February 2018), never a name ("ألف ليلة"): one word or "ما" and one
# word before it ("نحو", "ما يناهز"), or a head and "من"/"عن"/"على" ("أكثر من", "يزيد عن").
# "تتجاوز" and "اقترب من" were never tried before a lone scale word: left out until measured.
_UNTRIED = word_set("تتجاوز اقترب")
_TRIED = [words for words in QUALIFIERS if not words[0].isascii() and _UNTRIED.isdisjoint(words)]
_ABOUT_BEFORE = frozenset(words[-1] for words in _TRIED if words[:-1] in ((), ("ما",)))
_THAN_BEFORE = {
    than: frozenset(words[-2] for words in _TRIED if len(words) > 1 and words[-1] == than)
    for than in ("من", "عن", "علي")
}


def _amount_before(tokens: list[Token], i: int) -> bool:
    """True when a qualifier ends just before token ``i`` ("نحو", "أكثر من", "ما يزيد عن")."""
    if i == 0:
        return False
    before = tokens[i - 1].norm
    if before in _ABOUT_BEFORE:
        return True
    heads = _THAN_BEFORE.get(before)
    return heads is not None and i >= 2 and tokens[i - 2].norm in heads


# The singular scales (one thousand, one million ...), not the plurals "آلاف", "ملايين".
_SINGLE_SCALES = word_set("الف الفا مليون مليونا مليار مليارا بليون تريليون ترليون")


def _vague(tokens: list[Token], i: int) -> Number | None:
    bare = next((s for s in stems(tokens[i].norm) if s in VAGUE), None)
    if bare is None or (i + 1 < len(tokens) and tokens[i + 1].norm == "بي"):
        return None  # "الأف بي آي" is the FBI
    if tokens[i].norm.startswith("ك") and not bare.startswith("ك"):
        return None  # "كميات" (quantities) is not "ك" + "مئات"
    low, high = VAGUE[bare]
    last = i
    if bare in ("بضع", "بضعه") and i + 1 < len(tokens):
        # "بضع عشرات" (a few dozen): the plural that follows gives the size.
        inner = _vague(tokens, i + 1)
        if inner is not None and inner.low is not None and inner.high is not None:
            return replace(inner, first=i)
    # "عشرات الآلاف" = tens of thousands; "tens of thousands" in English.
    forms = stems(tokens[i + 1].norm) if i + 1 < len(tokens) else ()
    following = next((f for f in forms if f in ("الاف", "ملايين")), "")
    if following:
        scale = 1000 if following == "الاف" else 10**6
        low, high, last = low * scale, high * scale, i + 1
    return Number(first=i, last=last, value=None, low=low, high=high, vague=True)
