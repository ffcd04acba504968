"""Calendar tables: month names in the Arabic and English systems, weekdays, ordinals, Hijri."""

from __future__ import annotations

from datetime import date

from marsad.lang.arabic import normalize

# Egyptian/Gulf names (يناير…) and Levantine/Iraqi names (كانون الثاني…) of the Gregorian months,
# with common spellings; English names and abbreviations. Keys are tuples of normalized words.
_GREGORIAN = (
    ("يناير", "كانون الثاني", "january", "jan"),
    ("فبراير", "شباط", "february", "feb"),
    ("مارس", "آذار", "march", "mar"),
    ("أبريل", "ابريل", "إبريل", "نيسان", "april", "apr"),
    ("مايو", "أيار", "may"),
    ("يونيو", "يونيه", "حزيران", "june", "jun"),
    ("يوليو", "يوليه", "تموز", "july", "jul"),
    ("أغسطس", "آب", "august", "aug"),
    ("سبتمبر", "أيلول", "september", "sep", "sept"),
    ("أكتوبر", "تشرين الأول", "october", "oct"),
    ("نوفمبر", "تشرين الثاني", "november", "nov"),
    ("ديسمبر", "كانون الأول", "december", "dec"),
)
_HIJRI = (
    ("محرم",), ("صفر",), ("ربيع الأول",), ("ربيع الآخر", "ربيع الثاني"),
    ("جمادى الأولى", "جمادى الأول"), ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"), ("رجب",),
    ("شعبان",), ("رمضان",), ("شوال",), ("ذو القعدة", "ذي القعدة"), ("ذو الحجة", "ذي الحجة"),
)  # fmt: skip
MONTHS: dict[tuple[str, ...], tuple[str, int]] = {}
for _calendar, _table in (("gregorian", _GREGORIAN), ("hijri", _HIJRI)):
    for _number, _names in enumerate(_table, start=1):
        for _name in _names:
            MONTHS[tuple(normalize(_name).split())] = (_calendar, _number)
# "مارس" and "may" are also verbs; "آب" and "صفر" are also nouns: they need a day or year beside.
AMBIGUOUS_MONTHS = frozenset({("مارس",), ("may",), ("اب",), ("صفر",), ("mar",), ("jun",)})
MONTH_WORDS = frozenset(words[0] for words in MONTHS)
# Python weekday numbers (Monday = 0). "الاثنين" is also "the two": accepted, it is rare in news.
WEEKDAYS = {
    normalize(name): number
    for number, names in enumerate(
        (
            ("الاثنين", "الإثنين", "monday"), ("الثلاثاء", "tuesday"), ("الأربعاء", "wednesday"),
            ("الخميس", "thursday"), ("الجمعة", "friday"), ("السبت", "saturday"),
            ("الأحد", "sunday"),
        )
    )
    for name in names
}  # fmt: skip
# Ordinal day numbers, as in "في السادس من يناير" (on the sixth of January).
_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
             "التاسع", "العاشر")  # fmt: skip
ORDINAL_DAYS: dict[tuple[str, ...], int] = {}
for _n, _word in enumerate(_ORDINALS, start=1):
    ORDINAL_DAYS[(normalize(_word),)] = _n
    if _n == 1:
        ORDINAL_DAYS[("الحادي", "عشر")] = 11
    else:
        ORDINAL_DAYS[(normalize(_word), "عشر")] = 10 + _n
for _n, _tens in ((20, "العشرين"), (30, "الثلاثين")):
    ORDINAL_DAYS[(_tens,)] = _n
    for _unit, _word in enumerate(("الحادي", *_ORDINALS[1:9]), start=1):
        if _n + _unit <= 31:
            ORDINAL_DAYS[(normalize(_word), "و" + _tens)] = _n + _unit
            # "التاسع و العشرين": the "و" typed apart, else the day was read as the 20th.
            ORDINAL_DAYS[(normalize(_word), "و", _tens)] = _n + _unit

# Relative day words and their offset from the publication day.
RELATIVE: dict[tuple[str, ...], int] = {
    ("اليوم",): 0, ("امس",): -1, ("البارحه",): -1, ("اول", "امس"): -2, ("اول", "من", "امس"): -2,
    ("غدا",): 1, ("بعد", "غد"): 2, ("today",): 0, ("yesterday",): -1, ("tomorrow",): 1,
    ("الليله", "الماضيه"): -1, ("يوم", "غد"): 1, ("last", "night"): -1, ("الليله",): 0,
    ("هذه", "الليله"): 0, ("tonight",): 0, ("امس", "الاول"): -2,
}  # fmt: skip


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a Hijri date by the tabular (arithmetic) Islamic calendar.

    Official calendars (Umm al-Qura, sighting) can differ from it by a day or two.
    """
    julian_day = (
        (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    )
    # date.toordinal() counts from 0001-01-01, which is Julian day 1721426.
    return date.fromordinal(julian_day - 1721425)
