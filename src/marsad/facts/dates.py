"""Dates: absolute dates in every month system, weekdays and relative days, resolved and checked."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from marsad.caches import cached
from marsad.facts._calendar import (
    AMBIGUOUS_MONTHS,
    MONTH_WORDS,
    MONTHS,
    ORDINAL_DAYS,
    RELATIVE,
    WEEKDAYS,
    hijri_to_gregorian,
)
from marsad.facts._coming_events import coming_cue, weekly_show
from marsad.facts._day_forms import (
    attacks_year,
    bloc_name,
    clitic_digits,
    contract_month,
    day_value,
    digits_from,
    past_of,
)
from marsad.facts._not_dates import (
    born_of,
    in_quoted_name,
    named_day,
    now_against_future,
    of_the_day,
    per_day,
    sa_perfect,
    same_day,
    touched,
)
from marsad.facts._nowadays import (
    as_for_now,
    but_now,
    is_today,
    living_now,
    now_against_then,
    opens_sentence,
    so_now,
    until_now,
)
from marsad.facts._numbers import digit_value
from marsad.facts._schedule import called_coming, deadline_before, once_planned, put_off_to
from marsad.facts._then_days import then_between
from marsad.facts._told_when import ahead_of, told_before, told_earlier
from marsad.facts._year_clause import opening_year
from marsad.lang.clitics import stems, with_clitics
from marsad.lang.stopwords import ARABIC as _STOPWORDS
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize, words_among
from marsad.lang.words import word_set
from marsad.model import Certainty

__all__ = ["MONTH_WORDS", "DateMention", "date_mentions", "near_year", "nearest_weekday", "resolve"]

Direction = Literal["past", "future", "next", "nearest", "done", "last_year"]
# The tense of the verb that opens a bare weekday's clause: it settles a weekday that may be
# the last or the coming one (``resolve``).
Tense = Literal["perfect", "imperfect"]
# Both genders: a weekday is masculine, yet "الجمعة الماضية", "الجمعة القادمة" are written.
_PAST_WORDS = frozenset(
    {"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "الفايته", "الماضيين", "last"}
)
# The plural agrees with two dates: "من 14 يونيو إلى 15 يوليو المقبلين".
_NEXT_WORDS = frozenset({"المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين", "next"})
# "الشهر الجاري/الحالي" (this month) after an ordinal day: the publication month.
# "اعتبارا من الثلاثاء" / "بدءاً من" (starting from): a day still to come.
_FROM_ON = frozenset({"سوف", "will", "اعتبارا", "ابتداء", "بدءا", "بدء", "starting", "لن", "ولن"})
# "منذ الأحد" (since Sunday) is always a day past.
_SINCE = frozenset({"منذ", "ومنذ", "since"})
_THIS_MONTH = (("الشهر", "الجاري"), ("الشهر", "الحالي"))
_DAY_WORDS = frozenset({"اليوم", "يومين"})


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date expression in a sentence, before resolution against a publication date."""

    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0, as datetime.weekday()
    offset: int | None = None  # days from the publication day: اليوم 0, أمس -1
    direction: Direction = "nearest"
    calendar: str = "gregorian"
    this_month: bool = False  # "في الخامس من الشهر الجاري"
    tense: Tense | None = None  # of the verb opening a bare weekday's clause
    narrated: date | None = None  # a full date before it in the sentence: "يوم 3 يناير 1942"
    follows: DateMention | None = None  # the weekday it is joined to: "يومي الجمعة والسبت"
    nowadays: bool = False  # "اليوم" as "these days": "أما اليوم"، "العالم الذي نعيشه اليوم"
    said_before: bool = False  # inside words told earlier: "وكان X قد قال: ... غدا"
    year_told: int | None = None  # the year opening its sentence: "في عام 2014، ... الجمعة"
    ahead: bool = False  # a fixture, condition or call before a bare weekday: "إضراب الثلاثاء"

    @property
    def absolute(self) -> date | None:
        """The date when the text states day, month and year; None otherwise."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            if self.calendar == "hijri":
                return hijri_to_gregorian(self.year, self.month, self.day)
            return date(self.year, self.month, self.day)
        except (ValueError, OverflowError):
            return None

    @property
    def weekday_mismatch(self) -> bool:
        """True when a weekday is written next to a full date it does not fall on."""
        day = self.absolute
        return day is not None and self.weekday is not None and day.weekday() != self.weekday


def _words(token: Token) -> tuple[str, ...]:
    return stems(token.norm)


def _phrase(tokens: list[Token], i: int, table: dict[tuple[str, ...], int]) -> tuple[int, int]:
    """Longest entry of ``table`` starting at token ``i`` (clitics allowed on the first word)."""
    for size in (3, 2, 1):
        if i + size > len(tokens):
            continue
        rest = tuple(t.norm for t in tokens[i + 1 : i + size])
        for first in _words(tokens[i]):
            if (first, *rest) in table:
                return table[(first, *rest)], i + size - 1
    return 0, -1


def _month(tokens: list[Token], i: int) -> tuple[tuple[str, int] | None, int]:
    """A month name at ``i``, then an optional "/second system name": ``يناير/كانون الثاني``."""
    for size in (2, 1):
        key = tuple(t.norm for t in tokens[i : i + size])
        if len(key) == size and key in MONTHS:
            last = i + size - 1
            bare, bare_last = _month(tokens, last + 1) if last + 1 < len(tokens) else (None, 0)
            other_name = tuple(t.norm for t in tokens[last + 1 : bare_last + 1]) != key
            if bare is not None and bare == MONTHS[key] and other_name:
                last = bare_last  # "29 أيلول سبتمبر 2017": the other system's name unmarked
            elif last + 2 < len(tokens) and tokens[last + 1].text in _NAME_MARKS:
                other = _month(tokens, last + 2)
                if other[0] is not None and other[0][1] == MONTHS[key][1]:
                    last = other[1]
                elif _cut_month_name(tokens, last + 2):
                    last += 2
            elif last + 3 < len(tokens) and tokens[last + 1].text == "(":
                # "29 أيلول (سبتمبر) المقبل": the other name in brackets, then the tense word
                other = _month(tokens, last + 2)
                closed = other[1] + 1 < len(tokens) and tokens[other[1] + 1].text == ")"
                if other[0] is not None and other[0][1] == MONTHS[key][1] and closed:
                    last = other[1] + 1
            return MONTHS[key], last
    return None, i


# Marks between a month's two names: "أيلول/سبتمبر", "أيلول-سبتمبر", "أيلول ـ سبتمبر".
_NAME_MARKS = frozenset({"/", "-", "–", "ـ"})


# The second month name after a slash, mistyped or cut to a letter or two ("23 أغسطس/ ب 1971"
# for "آب"), still stands between the month and its year: the year is read past it (ANT,
# February 2018: the only such date of the month, read as 2017 before).
_CUT_NAME = 2


def _cut_month_name(tokens: list[Token], j: int) -> bool:
    """True when the word at ``j`` is a short non-month word followed by a four-digit year."""
    if j + 1 >= len(tokens) or not tokens[j].text.isalpha() or len(tokens[j].text) > _CUT_NAME:
        return False
    year = tokens[j + 1].text
    return len(year) == 4 and year.isdigit()


def _year(tokens: list[Token], i: int) -> tuple[int | None, int, bool]:
    """A year at ``i`` (4 digits, optional م/ء/هـ mark); (year, last index, hijri mark)."""
    if i >= len(tokens) or not tokens[i].text[0].isdigit() or len(tokens[i].text) != 4:
        return None, i - 1, False
    year = int(digit_value(tokens[i].text) or 0)
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if nxt in ("م", "ء"):
        return year, i + 1, False
    if nxt == "ه":
        return year, i + 1, True
    return year, i, False


# "في 19 يونيو عام 1961", "في 1 مارس/أذار من عام 1981", "3 فبراير من العام 1975": a year
# after a word for "year" (and "من") is the date's own year, not a background event dated this
# year (ANT, February 2018: 8 of 40 timeline entries in sentences that name a past year).
_YEAR_WORDS = word_set("عام العام سنة السنة")


def _after_year_word(tokens: list[Token], i: int) -> int:
    """The index after "(من) عام" at ``i``, where a year may stand; ``len(tokens)`` if none."""
    if i < len(tokens) and tokens[i].norm == "من":
        i += 1
    return i + 1 if i < len(tokens) and tokens[i].norm in _YEAR_WORDS else len(tokens)


def _day(tokens: list[Token], i: int) -> tuple[int | None, int]:
    """A day of the month: "14" or an ordinal "السادس من"; (day, index of the month word)."""
    token = tokens[i]
    if token.text[0].isdigit() or clitic_digits(token):
        value = day_value(token)  # "29", "و29", "الـ29"; then "من (شهر)" before the month
        if value is not None:
            return value, past_of(tokens, i + 1, lambda k: _month_at(tokens, k))
        return None, i
    day, last = _phrase(tokens, i, ORDINAL_DAYS)
    if day and last + 2 < len(tokens) and tokens[last + 1].norm == "من":
        # "الحادي والثلاثين من شهر يناير"
        return day, last + 2 + (tokens[last + 2].norm == "شهر" and last + 3 < len(tokens))
    return None, i


def _month_at(tokens: list[Token], k: int) -> bool:
    """True when a month name or "الشهر الجاري/الحالي" starts at ``k``."""
    pair = tuple(t.norm for t in tokens[k : k + 2])
    return pair in _THIS_MONTH or _month(tokens, k)[0] is not None


def _absolute(tokens: list[Token], i: int, text: str) -> DateMention | None:
    day, at = _day(tokens, i)
    if day is None or at >= len(tokens):
        return None
    first = tokens[i].start + digits_from(tokens[i])  # "و29 سبتمبر" starts at its digits
    pair = tuple(t.norm for t in tokens[at : at + 2])
    if pair in _THIS_MONTH:
        return DateMention(
            text=text[first : tokens[at + 1].end],
            start=first,
            end=tokens[at + 1].end,
            day=day,
            this_month=True,
        )
    month, last = _month(tokens, at)
    if month is None:
        return _range_start(tokens, i, at, day, text)
    if bloc_name(tokens, i, last) and _year(tokens, last + 1)[0] is None:
        return None  # "حركة 6 أبريل", "قوى 14 آذار": a name (``_day_forms``)
    year, last_year, hijri = _year(tokens, last + 1)
    if year is None and (named := _year(tokens, _after_year_word(tokens, last + 1)))[0]:
        year, last_year, hijri = named
    calendar = "hijri" if hijri or month[0] == "hijri" else "gregorian"
    if year is None and calendar == "gregorian":
        year = attacks_year(tokens, i, month[1], day)  # "أحداث 11 سبتمبر": 2001
    last = max(last, last_year)
    return DateMention(
        text=text[first : tokens[last].end],
        start=first,
        end=tokens[last].end,
        year=year,
        month=month[1],
        day=day,
        calendar=calendar,
        direction=_month_direction(tokens, last + 1, i) if year is None else "nearest",
    )


# "في الفترة من 9 إلى 12 مايو": the first day of a range shares the month of its last.
RANGE_TO = word_set("إلى الى حتى وحتى لغاية ولغاية - –")


def _range_start(tokens: list[Token], i: int, at: int, day: int, text: str) -> DateMention | None:
    """The day at ``i`` when "إلى/حتى" (``at``) and a later day of a named month follow it."""
    if at < len(tokens) and clitic_digits(tokens[at]) and tokens[at].text[0] == "و":
        closing_at = at  # "بين 20 و29 سبتمبر": two days of one month
    elif at + 1 < len(tokens) and (tokens[at].norm in RANGE_TO or tokens[at].norm == "و"):
        closing_at = at + 1  # "من 20 إلى 29 سبتمبر", "يومي 20 و 29 سبتمبر"
    else:
        return None
    if not tokens[closing_at].text[0].isdigit() and not clitic_digits(tokens[closing_at]):
        return None
    closing = _absolute(tokens, closing_at, text)
    if closing is None or closing.month is None or closing.day is None or closing.day <= day:
        return None
    # Shown with the range ("9 إلى 12 مايو"), its span the first day's alone: the last day is
    # read as a mention of its own.
    shown = text[tokens[i].start : closing.end]
    return replace(closing, text=shown, start=tokens[i].start, end=tokens[i].end, day=day)


def _month_direction(tokens: list[Token], i: int, first: int) -> Direction:
    """Past or next when the word after a day and month says so ("22 مارس الماضي" said
    in February is last year's March); "future" after a future cue, "done" after a thing done
    ("قد" or a relative + a perfect) before the date's ``first`` token; else "nearest"."""
    word = tokens[i].norm if i < len(tokens) else ""
    if _last_year(tokens, i):
        return "last_year"
    if word in _PAST_WORDS or word in _NEXT_WORDS:
        return "past" if word in _PAST_WORDS else "next"
    if _accomplished(tokens, first) or _past_relative(tokens, first):
        return "done"
    return "future" if _is_future(tokens, first) or deadline_before(tokens, first) else "nearest"


def _last_year(tokens: list[Token], i: int) -> bool:
    """ "15 مارس العام الماضي", "3 يناير من السنة الماضية": a day and month of the year before
    publication, not the nearest one (ANT, February 2018: "في 15 يناير العام الماضي" read as
    this January)."""
    i += i < len(tokens) and tokens[i].norm == "من"
    words = [t.norm for t in tokens[i : i + 2]]
    return len(words) == 2 and words[0] in _YEAR_WORDS and words[1] in _PAST_WORDS


def _english_absolute(tokens: list[Token], i: int, text: str) -> DateMention | None:
    """English "January 14, 2022" (month first); "14 January 2022" is read by ``_absolute``."""
    month, last = _month(tokens, i)
    if month is None or month[0] != "gregorian" or last + 1 >= len(tokens):
        return None
    if contract_month(tokens, i):
        return None  # "تسليم أبريل 25 دولارا": a futures contract's month (``_day_forms``)
    day, _ = _day(tokens, last + 1)
    if day is None or tokens[i].norm in {k[0] for k in AMBIGUOUS_MONTHS}:
        return None
    end = last + 1
    if end + 2 < len(tokens) and tokens[end + 1].text == ",":
        year, end_year, _hijri = _year(tokens, end + 2)
        end = end_year if year is not None else end
    else:
        year, end_year, _hijri = _year(tokens, end + 1)
        end = end_year if year is not None else end
    return DateMention(
        text=text[tokens[i].start : tokens[end].end],
        start=tokens[i].start,
        end=tokens[end].end,
        year=year,
        month=month[1],
        day=day,
    )


# Words before a weekday that put it ahead of the publication day: the eve of a match
# ("عشية مباراة السبت"), a schedule ("من المقرر", "المرتقب") and verbs that announce fixtures
# and visits in the imperfect ("ويلتقي الفريقان السبت"). Read on ANT, February 2018.
_AHEAD = word_set(
    "عشية المقرر المقررة المرتقب المرتقبة المنتظر المنتظرة يعتزم تعتزم يلتقي تلتقي يلعب "
    "تلعب يواجه تواجه يستضيف تستضيف يحل تحل ينطلق تنطلق يقام تقام يعقد تعقد يزور تزور "
    "يخوض تخوض يلاقي تلاقي يصل تصل يبدأ تبدأ يختتم تختتم يغادر تغادر يستكمل تستكمل "
    "يستأنف تستأنف يتواصل تتواصل upcoming "
    # An event called coming before its day ("المواجهة المقبلة ضد ... يوم الأحد"), getting
    # ready for it ("ويستعد الفريق لمواجهة برشلونة السبت", "جاهز لمباراة السبت"), missing it
    # ("ويغيب فيدل عن مباراة يوم الثلاثاء") and a suspension decreed ("تعطيل الدراسة الأحد").
    "المقبل المقبلة القادم القادمة يستعد تستعد يتأهب تتأهب استعدادا تحضيرا جاهز جاهزا "
    "جاهزة جاهزين يغيب تغيب تعطيل "
    # Awaiting it: "انتظاراً لـ «موقعة الخميس»" (an event still to be played).
    "انتظار انتظارا ترقب ترقبا"
)
_FUTURE_WINDOW = 4  # tokens before the weekday searched for سـ + imperfect
# Common nouns that begin like سـ + imperfect (سنوات is not "we will").
_NOT_FUTURE = word_set(
    "سنوات سنة سنه سنتين سنين سنويا سنوي سنويه ساعات ساعة ساعه ساعتين سابق سابقا سابقة سابقه "
    "ساحة ساحه سائق سائقي سياسة سياسه سياسي سياسية سياسيه سيارة سياره سيارات سيدة سيده سيد "
    "ستة سته ستين ستون سيطرة سيطره سيناء سينما سيول سياق سياحة سياحه سياحي ستار ستاد وسائل "
    "سائل سائر "
    # The perfect "سيطر" (took control): "سيطرت قوات الجيش اليمني، الثلاثاء".
    "سيطر سيطرت سيطروا "
    # "City" in club and place names ("مانشستر سيتي", "مطار لندن سيتي"), not سـ + "يتي".
    "سيتي ستي"
)
# The verbs of fixtures and plans may be further back ("ويستكمل ثمن النهائي بمباراتي توتنهام
# ومضيفه روتشدايل الأحد"); a past cue on the way ends the search.
_AHEAD_WINDOW = 8
_PAST_CUES = frozenset({"امس", "قد", "وقد", "لقد", "الماضي", "الماضيه", "كان", "وكان", "كانت"})


def _is_future(tokens: list[Token], i: int) -> bool:
    """A future cue before: "ستبدأ الخميس" (سـ + imperfect), "سوف", "will", "عشية"."""
    for back, token in enumerate(reversed(tokens[max(0, i - _AHEAD_WINDOW) : i])):
        word = token.norm
        if word in _PAST_CUES or token.text == ".":
            return False
        if _subjunctive(tokens, i - 1 - back) or in_quoted_name(tokens, i - 1 - back):
            continue
        verb = word[1:] if word.startswith(("و", "ف")) else word  # "وستعرض", "وسيلتقي"
        j = i - 1 - back
        if _future_verb(verb, token) and not (
            _subject_name(tokens, j) or _mid_clause_sa(tokens, j)
        ):
            return True
        if back < _FUTURE_WINDOW and (word in _FROM_ON or verb == "سوف"):
            return True  # "وسوف يصوت البرلمان يوم الثلاثاء"; not "واعتبارا من الجمعة، انضم"
        ahead = any(form in _AHEAD for form in _words(token)) or _expected(tokens, i - 1 - back)
        if ahead and not once_planned(tokens, i - 1 - back):
            return True
        if ahead_of(tokens, i - 1 - back):
            return True
        if _day_off_decreed(tokens, i - 1 - back):
            return True
    if _on_the_eve(tokens, i):
        return True
    # A sentence that opens with سـ + imperfect tells what will happen ("سيغيب ثنائي خط وسط
    # أرسنال ... عن مواجهة ... يوم الخميس"), however far the weekday is.
    if i <= _AHEAD_WINDOW:
        return False
    opening = next((t for t in tokens[:2] if t.norm not in ("و", "ف")), None)
    if opening is None or not _future_verb(opening.norm.removeprefix("و"), opening):
        return False
    if told_before(tokens, 1, i):
        return False  # the weekday dates the telling, not the future told (``_told_when``)
    return not any(t.norm in _PAST_CUES for t in tokens[:i])


# A day off announced or granted is still ahead ("أعلنت الحكومة عطلة رسمية يوم الأحد"); one
# named as a cause is not ("تأجل التقريران ... بسبب عطلة في الولايات المتحدة يوم الاثنين").
_DAY_OFF = word_set("عطله عطلات اجازه اجازات")
_DECREE = word_set("اعلن اعلنت قرر قررت تقرر منح منحت يمنح تمنح اقر اقرت")
_DECREE_REACH = 4  # tokens from the verb to the day off ("أعلنت الحكومة المصرية عطلة")


def _day_off_decreed(tokens: list[Token], j: int) -> bool:
    """True when the word at ``j`` is a day off with a verb of announcing or granting before."""
    if not any(form in _DAY_OFF for form in _words(tokens[j])):
        return False
    before = tokens[max(0, j - _DECREE_REACH) : j]
    return any(form in _DECREE for token in before for form in _words(token))


# "عشية" (on the eve of) names an event still ahead however long its name is: "عشية مباراة
# فريقه أمام ريال مدريد في الدوري الإسباني لكرة القدم يوم السبت" (the match is Saturday).
_EVE = word_set("عشيه")
_EVE_REACH = 16  # tokens back from the weekday, within the sentence and with no past cue


def _on_the_eve(tokens: list[Token], i: int) -> bool:
    """True when "عشية" or an event called coming stands up to ``_EVE_REACH`` tokens before
    the weekday at ``i``."""
    for j in range(i - 1, max(0, i - _EVE_REACH) - 1, -1):
        token = tokens[j]
        if token.norm in _PAST_CUES or token.text == ".":
            return False
        if any(form in _EVE for form in _words(token)):
            return True
        if j > 0 and called_coming(token, tokens[j - 1]):
            return True  # "المواجهة المقبلة ضد ... يوم الأحد" (``_schedule``)
    return False


def _expected(tokens: list[Token], j: int) -> bool:
    """ "ومن المتوقع أن يتم التصويت عليه يوم السبت": an expectation told now is of a day to
    come; not one that was ("وكان من المتوقع أن تعلن الجمعة"), nor "تفوق المتوقع"."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j].norm != "المتوقع":
        return False
    if tokens[j - 1].norm not in ("من", "ومن") or tokens[j + 1].norm != "ان":
        return False
    return j < 2 or tokens[j - 2].norm not in _PAST_CUES


# Words that open a new clause inside a sentence: a complement ("قال ... إن"), a relative
# clause, a subordinate or contrasting one. The word after one is read as that clause's verb.
_CLAUSE_STARTS = frozenset(
    {"ان", "انه", "انها", "بان", "بانه", "بانها", "وان", "الذي", "التي", "الذين", "اللذين",
     "حيث", "لكن", "ولكن", "بينما", "فيما", "عندما", "حين", "حينما", "كي", "لكي", "حتى",
     "اذا", "لان", "مما", "بما", "لما", ":", "؟", "?"}
)  # fmt: skip
# A verb is followed by its subject or object ("ستنخفض الأسعار") or a preposition ("سيطعن في").
_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "ب", "ل", "امام", "ضد"})
_PERFECT_WORDS = frozenset({"قال", "قالت"})  # stop words that are perfect verbs


def _verb_tense(token: Token) -> Tense | None:
    """The tense of a word read as the verb opening a clause ("وقال", "أوقف", "سجله": perfect;
    "ويدلي": imperfect); None for a particle, a definite, feminine or plural noun, a future,
    and for ت- and ن- words (an imperfect or a perfect such as "تولى": not told apart); an
    أ- word is a perfect ("أوقف": news seldom speaks in the first person). Arabic news clauses
    mostly open with their verb."""
    word = token.norm
    if word.startswith(("و", "ف")) and len(word) > 3:
        word = word[1:]
    if word in _PERFECT_WORDS:
        return "perfect"
    if (
        len(word) < 3
        or _future_verb(word, token)
        or word in _STOPWORDS
        or word in WEEKDAYS
        or word in MONTH_WORDS
        or word.startswith("ال")
        or word[0] in "تن"
        or token.text.endswith(("ة", "ات", "ون", "ين", "ية"))
    ):
        return None
    if word[0] == "ي":
        # Three-letter ي- words are mostly nouns (يوم، يمن); the short imperfects of fixtures
        # among the ahead cues ("عندما يحل ضيفا على مانشستر يونايتد ... يوم الأحد") are verbs.
        return "imperfect" if len(word) >= 4 or word in _AHEAD else None
    return "perfect"


def _clause_verb(tokens: list[Token], i: int) -> int:
    """The index of the word opening the clause of token ``i``: the first word of the sentence
    or the one after the last clause start before ``i`` (-1 when there is none)."""
    start = max((k for k in range(i) if tokens[k].norm in _CLAUSE_STARTS), default=-1)
    return next((k for k in range(start + 1, min(i, start + 3)) if tokens[k].text[0].isalpha()), -1)


def _subject_name(tokens: list[Token], j: int) -> bool:
    """A word like سـ + imperfect at ``j`` inside the subject of its clause's perfect verb is a
    name: "وقال وزير الخارجية الروسي سيرغي لافروف، الاثنين، إن", "أوقف نادي فياريال ... روبن
    سيميدو، الجمعة" (a verb is followed by a definite word or a preposition)."""
    verb = _clause_verb(tokens, j)
    if verb < 0 or _verb_tense(tokens[verb]) != "perfect":
        return False
    after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return not (after.startswith(("ال", "وال", "بال", "لل")) or after in _PREPOSITIONS)


def _governing_tense(tokens: list[Token], i: int) -> Tense | None:
    """The tense of the verb opening the weekday's clause ("وسجل مؤشر الدولار ... الذي سجله يوم
    الجمعة": perfect; "ويدلي باول بشهادته ...، الثلاثاء": imperfect); an imperfect with a past
    cue on the way ("يتوقع ... أمس") is read as nothing."""
    verb = _clause_verb(tokens, i)
    if verb < 0 and i >= 2 and tokens[i - 1].norm == "ان":
        # A weekday right after a bare "إن" opens no clause: "إن" ends a name ("يستقبل الرئيس
        # ... مون جاي إن السبت") or the weekday is its subject; the verb before governs it.
        verb = _clause_verb(tokens, i - 1)
    tense = _verb_tense(tokens[verb]) if verb >= 0 else None
    if tense == "imperfect" and any(t.norm in _PAST_CUES for t in tokens[verb:i]):
        return None
    return tense


# "قبل أن يستأنف مجددا مساء الأحد، ما أودى بحياة 17 مدنيا": an imperfect after "before"
# tells of any time, here last Sunday's shelling (ANT, February 2018): no future cue.
_BEFORE = frozenset({"قبل", "وقبل"})


def _subjunctive(tokens: list[Token], j: int) -> bool:
    """True when the word at ``j`` follows "قبل أن"."""
    return j >= 2 and tokens[j - 1].norm == "ان" and tokens[j - 2].norm in _BEFORE


# "قد" then a perfect verb tells of a thing done ("وقد أدت واحدة منها إلى مقتل نحو 10
# متشددين السبت": the Saturday before a Friday report, not the next day); "قد" then an
# imperfect is "may" and tells nothing. Searched this many words back, within the clause.
_DONE_WINDOW = 10
_ALREADY = frozenset({"قد", "وقد", "لقد", "فقد"})


_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين"})


def _accomplished(tokens: list[Token], i: int) -> bool:
    """True when "قد" + a perfect verb opens the weekday's clause (see ``_DONE_WINDOW``), or
    a relative pronoun + a perfect verb stands just before it: "إن العملية التي جرت السبت"
    (a relative clause in the perfect tells of a thing done; a coming one is "التي ستجري")."""
    if i >= 2 and tokens[i - 2].norm in _RELATIVES and _verb_tense(tokens[i - 1]) == "perfect":
        return True
    for j in range(i - 1, max(-1, i - 1 - _DONE_WINDOW), -1):
        word = tokens[j].norm
        if tokens[j].text in (".", ":") or word in _CLAUSE_STARTS:
            return False
        if word in _ALREADY and j + 1 < i and _verb_tense(tokens[j + 1]) == "perfect":
            return True
    return False


# A day and month inside a relative clause in the perfect: "سينقل رفات فاي التي توفيت في 30
# يونيو" (a death last June, not the coming one the sentence's future would give), "بقايا
# الصواريخ التي أطلقها الحوثيون ضد أهداف ... في 22 تموز" (February 2018: two such read as the
# coming summer). Searched this many words back, within the clause.
_RELATIVE_REACH = 12
_POINT_WORDS = frozenset({"بعد", "قبل", "منذ", "عند", "حتى"})


def perfect_verb(token: Token) -> bool:
    """True when ``token`` reads as a perfect verb opening a clause (``_verb_tense``)."""
    return _verb_tense(token) == "perfect"


def _past_relative(tokens: list[Token], i: int) -> bool:
    """True when a relative pronoun (with or without "و") then a perfect verb opens the
    clause of the yearless date at ``i`` (``_RELATIVE_REACH``); a feminine "التي تـ...ت"
    ("التي توفيت") is a perfect."""
    for j in range(i - 1, max(0, i - 1 - _RELATIVE_REACH), -1):
        word = tokens[j].norm.removeprefix("و")
        if tokens[j].text in CLAUSE_BREAKS or word in _POINT_WORDS or _future_verb(word, tokens[j]):
            return False  # "التي تثير غضبها بعد انتهاء الدورة في 25 آذار": the point is coming
        if tokens[j].text[0].isdigit():
            return False  # another date or figure between: its own clause
        if tokens[j - 1].norm.removeprefix("و") not in _RELATIVES:
            continue
        verb = tokens[j]
        return _verb_tense(verb) == "perfect" or (
            verb.norm[0] == "ت" and verb.norm.endswith("ت") and len(verb.norm) >= 4
        )
    return False


_AFTER_WINDOW = 3  # words after a weekday searched for a future verb
# A quotation opened after the weekday holds the speaker's words, not the weekday's verb:
# "وقال ترامب لطلاب ... يوم الأربعاء: "سنتخذ إجراءات"" tells of a Wednesday past.
_QUOTE_OPENERS = frozenset({":", '"', "«", "“", "'"})

# Words between a weekday and the verb of its clause: "السبت، فهل سيسجل".
_LINKS = frozenset({"هل", "فهل", "وهل", "حيث", "ف", "و"})


def _future_after(tokens: list[Token], i: int) -> bool:
    """ "أمام نيوكاسل يونايتد، السبت، فهل سيسجل": سـ + imperfect right after the weekday, with
    only a link word between (not "بأن الشركة ستستعين": reported, nor "على ملعب ستامفورد")."""
    window = tokens[i + 1 : i + 1 + 2 * _AFTER_WINDOW]
    cut = next((k for k, t in enumerate(window) if t.text in _QUOTE_OPENERS), len(window))
    words = [t for t in window[:cut] if t.text[0].isalpha()]
    for token in words[:_AFTER_WINDOW]:
        if _future_verb(token.norm, token):
            return True
        if token.norm not in _LINKS:
            return False
    return False


def _future_verb(word: str, token: Token) -> bool:
    """سـ + imperfect: "ستبدأ", "سيزور", "سنعمل", "سأعود" (not سنوات, سياسة, nor the perfect
    "سافرت" of the ``word``'s ``token``)."""
    if len(word) <= 3 or word[0] != "س" or word[1] not in "يتنا" or word in _NOT_FUTURE:
        return False
    if sa_perfect(token):
        return False
    return _singular(word) not in _NOT_FUTURE


def _mid_clause_sa(tokens: list[Token], j: int) -> bool:
    """True for a سا- word written without its hamza ("ساعمل") inside a clause: a first person
    opens what a speaker says; "المتحدثة باسم البيت الأبيض، سارة ساندرز، ... الأربعاء" holds
    a name (ANT, February 2018: the Wednesday before read as the coming one)."""
    word = tokens[j].norm.removeprefix("و").removeprefix("ف")
    if not word.startswith("سا") or any(form in tokens[j].text for form in ("سأ", "سآ")):
        return False
    previous = tokens[j - 1] if j > 0 else None
    if previous is None or previous.text in _QUOTE_OPENERS or previous.norm in _CLAUSE_STARTS:
        return False
    return previous.text[0].isalpha()


# Plural and feminine endings of the nouns in ``_NOT_FUTURE``: "سياسيون" is "politicians" as
# "سياسي" is "political", not سـ + "ياسيون" (read on ANT, February 2018: "شارك فيها سياسيون،
# يوم السبت" dated the coming Saturday). A future verb keeps its stem: "سيقولون" -> "سيقول".
_ENDINGS = ("ون", "ين", "ات", "ه")


def _singular(word: str) -> str:
    """The word without one plural or feminine ending (``_ENDINGS``)."""
    return next((word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) > 4), word)


# "الاثنين" is also the dual "the two": after a definite dual or plural noun in -ين
# ("المتهمين الاثنين", "البلدين الاثنين") or before "معا" it is not Monday. A plural noun
# followed by Monday reads the same; the day is then left out rather than guessed. The -ان
# ending is a dual only when a dual pronoun or verb agrees after it: too many singular nouns
# end so ("البرلمان الاثنين" is Monday).
_DUAL_BEFORE = ("ين",)
_DUAL_AFTER = frozenset({"معا", "كلاهما", "كليهما"})
_DUAL_WORDS = frozenset({"كلا", "هذين", "هذان", "هاتين", "هاتان", "بين"})


def _is_dual(tokens: list[Token], i: int) -> bool:
    if "الاثنين" not in _words(tokens[i]):
        return False
    previous = tokens[i - 1].norm if i > 0 else ""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if previous in _DUAL_WORDS or after in _DUAL_AFTER:
        return True
    if i >= 2 and tokens[i - 2].norm == "بين" and not previous.startswith(("ال", "وال")):
        return True  # "تشابها بين تربة الاثنين": the soil of the two
    if previous not in _DAY_NOUNS and _dual_agrees(tokens[i + 1 : i + 1 + _AGREE_WINDOW]):
        return True  # "إن الاثنين يستحقان الفرصة": a dual verb or pronoun agrees with it
    definite = previous.startswith(("ال", "وال", "بال", "لل")) and previous not in _DAY_WORDS
    if definite and previous.endswith("ان"):
        return _dual_agrees(tokens[i + 1 : i + 1 + _AGREE_WINDOW])  # "الزعيمان الاثنين التزامهما"
    return definite and previous.endswith(_DUAL_BEFORE)


_AGREE_WINDOW = 2  # words after "الاثنين" searched for a dual pronoun or verb
# Words that make the next "الاثنين" a day whatever follows: "يوم الاثنين", "مساء الاثنين".
_DAY_NOUNS = word_set("يوم اليوم صباح مساء ليل ليله فجر ظهر منذ")


def _dual_agrees(words: list[Token]) -> bool:
    """A dual pronoun or imperfect dual verb just after ("التزامهما", "يقومان"): the word
    before "الاثنين" is a dual ("الزعيمان"), not a singular in -ان ("البرلمان")."""
    return any(
        t.norm.endswith("هما") or (t.norm[:1] in "يت" and t.norm.endswith("ان") and len(t.norm) > 4)
        for t in words
    )


def _weekday(tokens: list[Token], i: int, text: str) -> DateMention | None:
    weekday = next((WEEKDAYS[w] for w in _words(tokens[i]) if w in WEEKDAYS), None)
    if weekday is None or (weekday == 0 and _is_dual(tokens, i)) or _recurring(tokens, i):
        return None
    if named_day(tokens, i):
        return None
    if _market_name(tokens, i) or weekly_show(tokens, i):
        return None
    start, end, offset = i, i, None
    direction: Direction = "nearest"
    previous = tokens[i - 1].norm if i > 0 else ""
    for size in (3, 2, 1):  # "أمس الأربعاء", "بعد غد الثلاثاء", "أول من أمس الأحد"
        if i >= size and (said := _relative_words(tokens[i - size : i])) is not None:
            offset, start = said, i - size
            break
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if after in _PAST_WORDS or previous == "last" or previous in _SINCE:
        direction, end = "past", i + (after in _PAST_WORDS)
    elif after in _NEXT_WORDS or previous == "next":
        direction, end = "next", i + (after in _NEXT_WORDS)
    elif put_off_to(tokens, start):
        direction = "future"
    elif _accomplished(tokens, start):
        direction = "done"
    elif _is_future(tokens, start) or _future_after(tokens, end):
        direction = "future"
    bare = direction == "nearest" and offset is None
    mention = DateMention(
        text=text[tokens[start].start : tokens[end].end],
        start=tokens[start].start,
        end=tokens[end].end,
        weekday=weekday,
        offset=offset,
        direction=direction,
        tense=_governing_tense(tokens, start) if bare else None,
        ahead=bare and coming_cue(tokens, start),
    )
    return _with_date_after(tokens, end + 1, text, mention)


# "أيام السبت والأحد" (on Saturdays and Sundays): weekdays after the plural "days" recur.
_DAYS_PLURAL = word_set("ايام")


def _recurring(tokens: list[Token], i: int) -> bool:
    """True for a weekday after "أيام", or joined by "و" to one that is ("أيام السبت والأحد")."""
    while i > 0:
        previous = tokens[i - 1]
        if any(form in _DAYS_PLURAL for form in _words(previous)):
            return True
        joined = tokens[i].norm.startswith("و") and any(w in WEEKDAYS for w in _words(previous))
        if not joined:
            return False
        i -= 1
    return False


# Markets are named after the weekday they are held on ("سوق الاثنين", "سوق الخميس"): the
# weekday after "سوق" is part of a place's name.
_MARKET = word_set("سوق")


def _market_name(tokens: list[Token], i: int) -> bool:
    """True when the weekday at ``i`` follows "سوق" (a quote mark may stand between)."""
    j = i - 1
    if j > 0 and tokens[j].text in _QUOTE_OPENERS:
        j -= 1
    return j >= 0 and any(form in _MARKET for form in _words(tokens[j]))


def _with_date_after(tokens: list[Token], i: int, text: str, mention: DateMention) -> DateMention:
    """ "الخميس 14 يناير 2022": a weekday followed by a date is one mention (checked later)."""
    if i < len(tokens) and tokens[i].text in (",", "،"):
        i += 1
    if i < len(tokens) and tokens[i].norm == "الموافق":  # "الثلاثاء الموافق 27 فبراير"
        i += 1
    if i >= len(tokens):
        return mention
    dated = _absolute(tokens, i, text) or _english_absolute(tokens, i, text)
    if dated is None or dated.this_month:
        return mention
    return DateMention(
        text=text[mention.start : dated.end],
        start=mention.start,
        end=dated.end,
        year=dated.year,
        month=dated.month,
        day=dated.day,
        weekday=mention.weekday,
        calendar=dated.calendar,
    )


def _relative_words(words: list[Token]) -> int | None:
    """The offset of exactly these words as a relative day ("بعد غد" 2), clitics allowed."""
    rest = tuple(t.norm for t in words[1:])
    return next((RELATIVE[key] for w in _words(words[0]) if (key := (w, *rest)) in RELATIVE), None)


# "اليوم" and "الليلة" as nouns, not today: "طوال اليوم", "في نفس اليوم", "اليوم الأخير",
# "اليوم الوطني", "اليوم الذي", "ذلك اليوم", "الليلة التالية"; "أمس" as "most" in "في أمس
# الحاجة".
_NOUN_BEFORE = frozenset({"طوال", "طيله", "مدار", "نفس", "ذات", "مدي", "مدى", "ذلك", "تلك",
                          # "ليست وليدة اليوم": not new (born of no day in particular)
                          "وليد", "وليده"})  # fmt: skip
_NOUN_AFTER = word_set(
    "الاخير الاول التالي الثاني الثالث الواحد الوطني العالمي الدولي المفتوح الذي التي الحاجه "
    "الحاجة التالية الأخيرة الأولى الثالثة السابق السابقة نفسه نفسها ذاته ذاتها "
    # The Nth day of a span: "من اليوم الرابع حتى الثامن من شهر أبريل".
    "الرابع الخامس السادس السابع الثامن التاسع العاشر "
    # A day praised: "وصفها بـ"اليوم العظيم لإسرائيل"" (a noun and its adjective, not today).
    "العظيم التاريخي الموعود المشهود الحاسم"
)
# "في مثل هذا اليوم" (on this day, years ago) is an anniversary, not the publication day.
_LIKE = word_set("مثل بمثل")
_THIS = word_set("هذا")


_BARE_DAYS = frozenset({"اليوم", "الليله", "امس"})


def _relative(tokens: list[Token], i: int, text: str) -> DateMention | None:
    offset, last = _phrase(tokens, i, {k: v + 100 for k, v in RELATIVE.items()})
    if last < 0:
        return None
    # "واليوم الأخير" as "اليوم الأخير": a conjunction written on the noun
    bare = tokens[i].norm.removeprefix("و").removeprefix("ف") if len(tokens[i].norm) > 4 else ""
    single = last == i and (tokens[i].norm in _BARE_DAYS or bare in _BARE_DAYS)
    if single and (
        (i > 0 and tokens[i - 1].norm in _NOUN_BEFORE)
        or (last + 1 < len(tokens) and tokens[last + 1].norm in _NOUN_AFTER)
        or _outlet_name(tokens, i)
        or _anniversary(tokens, i)
        or (tokens[i].norm == "اليوم" and (of_the_day(tokens, i) or per_day(tokens, i)))
    ):
        return None
    if last == i and (touched(tokens[i]) or now_against_future(tokens, i)):
        return None
    if last == i and (same_day(tokens, i) or born_of(tokens, i)):
        return None
    if last + 1 < len(tokens) and any(w in WEEKDAYS for w in _words(tokens[last + 1])):
        return None  # "أمس الأربعاء" is read as a weekday mention with its offset
    return DateMention(
        text=text[tokens[i].start : tokens[last].end],
        start=tokens[i].start,
        end=tokens[last].end,
        offset=offset - 100,
        nowadays=last == i and _nowadays(tokens, i),
        said_before=told_earlier(tokens, i),
    )


def _nowadays(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` means "these days" (``facts._nowadays``)."""
    if not is_today(tokens[i]):
        return False
    if but_now(tokens, i) or opens_sentence(tokens, i) or so_now(tokens, i):
        return not _event_after(tokens, i)
    if until_now(tokens, i):
        return True
    return as_for_now(tokens, i) or now_against_then(tokens, i) or living_now(tokens, i)


# Adverbs read past when looking for the verb after "لكن اليوم": "لكني اليوم فقط اكتشفت".
_ADVERBS = word_set("فقط أيضا ايضا كذلك تحديدا بالذات")


def _event_after(tokens: list[Token], i: int) -> bool:
    """True when the first word after ``i`` (past ``_ADVERBS``) is a perfect or a future verb:
    the day's event ("لكن اليوم سيكون تدريبه الأول"), not the state of things."""
    word = next(
        (t for t in tokens[i + 1 :] if t.text[0].isalpha() and t.norm not in _ADVERBS), None
    )
    if word is None or word.norm in _PREPOSITIONS:  # "لكن اليوم أمام وضعه الصحي"
        return False
    return _future_verb(word.norm, word) or _verb_tense(word) == "perfect"


def _anniversary(tokens: list[Token], i: int) -> bool:
    """True for "مثل هذا اليوم" / "مثل اليوم": the same day of another year."""
    j = i - 1
    if j >= 0 and tokens[j].norm in _THIS:
        j -= 1
    return j >= 0 and any(form in _LIKE for form in _words(tokens[j]))


# "صحيفة المصري اليوم", "قناة روسيا اليوم": an outlet's noun, one name word, then "اليوم" is
# the outlet's name (annotation guide: not a date).
_OUTLET_NOUNS = word_set("صحيفه جريده قناه موقع شبكه مجله اذاعه تلفزيون وكاله")
# A programme's name too ("برنامج حدث اليوم"), not a programme described by a nisba adjective
# ("في برنامج تلفزيوني اليوم": today).
_SHOW_NOUNS = word_set("برنامج")


def _outlet_name(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` ends an outlet's name: its noun two words before."""
    if i < 2 or tokens[i].norm != "اليوم":
        return False
    noun = i - 2
    if tokens[noun].text in _QUOTE_OPENERS and noun > 0:
        noun -= 1  # "قناة "روسيا اليوم"", "جريدة "أخبار اليوم"": the name in quotes
    if any(form in _OUTLET_NOUNS for form in _words(tokens[noun])):
        return True
    name = tokens[i - 1].norm
    return not name.endswith(("ي", "يه")) and any(f in _SHOW_NOUNS for f in _words(tokens[noun]))


# Words that can start a date expression; other tokens are skipped without parsing.
_STARTS = frozenset(
    [*WEEKDAYS, "last", "next"]
    + [key[0] for table in (MONTHS, ORDINAL_DAYS, RELATIVE) for key in table]
)
# With every proclitic written on: the same words as stripping them (stems), since every
# entry has two letters or more, found with one set intersection per sentence.
_STARTS_WITH_CLITICS = with_clitics(_STARTS)


def date_mentions(text: str) -> list[DateMention]:
    """Every date expression in one sentence, left to right. Never raises on any text."""
    return list(_date_mentions(text))


# The same text may be read for dates more than once (an article's title and lead lines beside
# the sentences, copies of a wire text): read once. February's stories stage asks 29,000 times,
# 3,100 of them again.
@cached(16384)
def _date_mentions(text: str) -> tuple[DateMention, ...]:
    starts, digit = words_among(text, _STARTS_WITH_CLITICS)
    if not (starts or digit):
        return ()  # most sentences hold no date: one set test instead of a token loop
    tokens = tokenize(text)
    found: list[DateMention] = []
    end = 0  # tokens starting before this offset belong to the last mention found
    for i, token in enumerate(tokens):
        if token.start < end or not (
            token.norm in starts or token.text[0].isdigit() or clitic_digits(token)
        ):
            continue
        mention = (
            _weekday(tokens, i, text)
            or _absolute(tokens, i, text)
            or _english_absolute(tokens, i, text)
            or _relative(tokens, i, text)
        )
        if mention is not None:
            mention = _coordinated(found, _in_list(found, mention, tokens), text)
            mention = _then_after(found, mention, tokens)
            found.append(_narrated(found, mention, tokens))
            end = mention.end
    return tuple(_in_year(found, tokens))


def _opening_date(first: DateMention, tokens: list[Token]) -> tuple[int, int] | None:
    """(year, index of its last token) of a full date among the sentence's first words: "وفي
    5 مارس 2011 خرج ...، ثم في 7 أبريل" (``_OPENING_WORDS``)."""
    words = [t for t in tokens if t.text[0].isalnum()]
    if first.year is None or first.absolute is None or len(words) <= _OPENING_WORDS:
        return None
    if first.start >= words[_OPENING_WORDS].start:
        return None
    return first.year, next(k for k, t in enumerate(tokens) if t.end >= first.end)


def _in_year(found: list[DateMention], tokens: list[Token]) -> list[DateMention]:
    """Bare weekdays and yearless days told after a year that opens the sentence carry that
    year (``_year_clause``); words that count from now ("أمس", "الماضي", "سـ") keep none."""
    if not found:
        return found
    opening = opening_year(tokens) or _opening_date(found[0], tokens)
    if opening is None:
        return found
    year, at = opening
    return [
        replace(m, year_told=year)
        if m.start >= tokens[at].end
        and m.year is None
        and m.offset is None
        and m.direction in ("nearest", "done")
        and not m.this_month
        else m
        for m in found
    ]


# "بعدما" (after) opens a clause of a thing done: "ويستضيف ريال مدريد منافسه ألافيس يوم السبت
# بعدما ... فاز بمباراته المؤجلة على ليغانيس يوم الأربعاء" (ANT, February 2018: the past
# Wednesday, read as the coming one).
_AFTER_DONE = word_set("بعدما")


def _in_list(found: list[DateMention], mention: DateMention, tokens: list[Token]) -> DateMention:
    """A weekday listed after a coming one is coming too ("ويستكمل ثمن النهائي بمباراتي
    توتنهام ومضيفه روتشدايل الأحد، ومانشستر سيتي ومضيفه ويغان الاثنين"), unless "بعدما" or
    "بعد أن" stands between them."""
    if mention.weekday is None or mention.direction != "nearest" or mention.offset is not None:
        return mention
    earlier = next((m for m in reversed(found) if m.weekday is not None), None)
    if earlier is None or earlier.direction not in ("future", "next"):
        return mention
    between = [t for t in tokens if earlier.end <= t.start < mention.start]
    done = any(form in _AFTER_DONE for t in between for form in _words(t)) or any(
        a.norm in ("بعد", "وبعد") and b.norm == "ان" for a, b in pairwise(between)
    )
    return mention if done else replace(mention, direction="future", tense=None)


def _then_after(found: list[DateMention], mention: DateMention, tokens: list[Token]) -> DateMention:
    """A coming weekday after "ثم" follows the coming weekday told before it (``_then_days``)."""
    if mention.weekday is None or mention.direction not in ("future", "next") or mention.follows:
        return mention
    if mention.offset is not None or mention.absolute is not None:
        return mention
    earlier = next((m for m in reversed(found) if m.weekday is not None), None)
    if earlier is None or earlier.direction not in ("future", "next") or earlier.offset is not None:
        return mention
    if earlier.weekday == mention.weekday or not then_between(tokens, earlier.end, mention.start):
        return mention
    return replace(mention, follows=earlier, tense=None)


# Two weekdays joined by "و" or "أو" (or side by side: "ليل الجمعة السبت") name one span of
# days, so they share a direction: "يومي الجمعة والسبت" announced on a Thursday is the coming
# Friday and Saturday, not the coming Friday and the past Saturday. The second then falls
# 1-3 days after the first; two days further apart are left to their own clauses.
_JOINERS = frozenset({"", "و", "أو", "او", "،", ","})
_SPAN_DAYS = 3


def _coordinated(found: list[DateMention], mention: DateMention, text: str) -> DateMention:
    """A bare weekday joined to the weekday just before it follows that one (``resolve``)."""
    if mention.weekday is None or mention.direction != "nearest" or mention.offset is not None:
        return mention
    earlier = found[-1] if found else None
    if earlier is None or earlier.weekday is None or earlier.absolute is not None:
        return mention
    if text[earlier.end : mention.start].strip() not in _JOINERS:
        return mention
    if not 0 < (mention.weekday - earlier.weekday) % 7 <= _SPAN_DAYS:
        return mention
    return replace(mention, follows=earlier, tense=None)


_OPENING_WORDS = 3  # a full date starting among a sentence's first words sets its day


def _narrated(found: list[DateMention], mention: DateMention, tokens: list[Token]) -> DateMention:
    """A relative day in a sentence that opens on a full date may count from that date ("يوم 3
    يناير 1942، ... كما حدث في مباراة، أمس": the 2nd of January 1942), not one named inside it
    ("اعتداءات 13 تشرين الثاني/نوفمبر 2015 ... الجمعة"); see ``NARRATED_GAP``."""
    if not found or mention.absolute is not None:
        return mention
    if mention.offset is None and mention.weekday is None:
        return mention
    words = [t for t in tokens if t.text[0].isalnum()]
    stated = found[0].absolute
    opening = len(words) > _OPENING_WORDS and found[0].start < words[_OPENING_WORDS].start
    return replace(mention, narrated=stated) if stated is not None and opening else mention


def nearest_weekday(anchor: date, weekday: int, direction: Direction) -> date:
    """The weekday's date: the latest on or before ``anchor`` ("nearest", "done"; "past"
    strictly before), the
    next on or after it ("future"), or strictly after it ("next": "الثلاثاء المقبل" said on a
    Tuesday is a week ahead)."""
    if direction == "next":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if direction == "future":
        # Reported plans ("ستبدأ الخميس") may be for the publication day itself.
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    back = (anchor.weekday() - weekday) % 7
    if direction == "past" and back == 0:
        back = 7  # "الخميس الماضي" said on a Thursday is a week ago
    return anchor - timedelta(days=back)


def near_year(month: int, day: int, anchor: date, direction: Direction = "nearest") -> date | None:
    """The date with this month and day closest to ``anchor`` (a year is rarely written); the
    last one before it when ``direction`` is "past", the first after it when "next"."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if direction == "last_year":
        options = [d for d in options if d.year == anchor.year - 1]
    elif direction == "past":
        options = [d for d in options if d < anchor]
    elif direction == "next":
        options = [d for d in options if d > anchor]
    return min(options, key=lambda d: abs((d - anchor).days), default=None)


# A bare weekday (no tense or cue word) this many days or more before the publication day may
# as well be the coming one: on the February blind gold the three such were (the eve of a
# testimony, a vote "before it goes to the council"), and none of the 57 within three days
# back was wrong; but "سمح الرئيس لقواته الجمعة" four days back is past. The day is given
# with the certainty "low".
AMBIGUOUS_BACK = 4
# From this many days back the coming day is given instead (still "low"): of February's bare
# weekdays (three blind rounds), none was six days past and five were tomorrow; five days past
# and in two days were one each, four days past two and in three days one.
COMING_BACK = 6
# A yearless day and month with no cue of tense this many days or more ahead of the publication
# day may as well be last year's: in February 2018, every such date up to 109 days ahead was
# ahead (matches, a World Cup), the two past 120 were past ("في 22 تموز/يوليو" of missiles
# fired in 2017). The nearest is kept, with the certainty "low".
FAR_AHEAD = 120
# A relative day after a full date this many days or more from the publication day counts from
# that date, certainty "low" (the February blind gold: "أمس" in a 1942 newspaper quoted under
# "يوم 3 يناير 1942"); a date nearer is read against the publication day as before.
NARRATED_GAP = 8


def resolve(
    mention: DateMention, published: date | None, certainty: Certainty
) -> tuple[date | None, Certainty]:
    """The calendar date of a mention: stated when written in full, else resolved against the
    publication date (``certainty`` "inferred" when that date was itself inferred, "low" for
    a bare weekday that may be the other one and whose clause opens with no verb of a known
    tense: ``AMBIGUOUS_BACK``, ``COMING_BACK``)."""
    if (stated := mention.absolute) is not None:
        return stated, "stated"
    if published is None:
        return None, "unknown"
    narrated = mention.narrated
    if narrated is not None and abs((narrated - published).days) >= NARRATED_GAP:
        return resolve(replace(mention, narrated=None), narrated, "stated")[0], "low"
    if mention.year_told is not None and mention.year_told < published.year:
        return _in_earlier_year(mention, mention.year_told)
    if mention.follows is not None and mention.absolute is None:
        first, first_certainty = resolve(mention.follows, published, certainty)
        if first is not None and mention.weekday is not None:
            return first + timedelta(days=(mention.weekday - first.weekday()) % 7), first_certainty
    derived: Certainty = "inferred" if certainty == "inferred" else "resolved"
    if mention.offset is not None:
        return _offset_day(mention, published, derived)
    if mention.month is not None and mention.day is not None and mention.calendar == "gregorian":
        found = _month_day(mention.month, mention.day, published, mention.direction)
        far = found is not None and (found - published).days > FAR_AHEAD
        return found, "low" if far and mention.direction == "nearest" else derived
    if mention.weekday is not None:
        day = nearest_weekday(published, mention.weekday, mention.direction)
        back = (published - day).days
        if mention.direction == "nearest" and back >= AMBIGUOUS_BACK:
            # An imperfect opening the weekday's clause tells of the coming one; a perfect may
            # govern a noun of a coming event ("أكد غياب ... عن مواجهة ... يوم الخميس"): a guess.
            if mention.tense == "imperfect":
                return day + timedelta(days=7), derived
            if mention.ahead:  # still a guess: a fixture may be told after it was played
                return day + timedelta(days=7), "low"
            return (day + timedelta(days=7) if back >= COMING_BACK else day), "low"
        return day, derived
    if mention.day is not None and mention.this_month:
        try:
            return published.replace(day=mention.day), derived
        except ValueError:
            return None, "unknown"
    if mention.day is not None and mention.month is not None and mention.calendar == "gregorian":
        return near_year(mention.month, mention.day, published), derived
    return None, "unknown"


# A day and month with no year is the nearest one, unless its tense puts it this many days or
# more the other way: "سيعقد في 10 يناير" said on 20 February is next January, "التي جرت في
# 25 يونيو" said then is last June. Nearer, the nearest one stands (a timestamp a day off).
TENSE_GAP = 30


def _month_day(month: int, day: int, published: date, direction: Direction) -> date | None:
    """The day of a yearless date: ``near_year``, then the tense's year past ``TENSE_GAP``."""
    if direction not in ("future", "done"):
        return near_year(month, day, published, direction)
    found = near_year(month, day, published)
    if found is None:
        return None
    gap = (found - published).days
    if direction == "future" and gap <= -TENSE_GAP:
        return near_year(month, day, published, "next")
    if direction == "done" and gap >= TENSE_GAP:
        return near_year(month, day, published, "past")
    return found


def _in_earlier_year(mention: DateMention, year: int) -> tuple[date | None, Certainty]:
    """A day and month told under an earlier year fall in it; a bare weekday there has no day
    to count from (``_year_clause``). Either is "low": the year may govern another clause."""
    if mention.month is None or mention.day is None or mention.calendar != "gregorian":
        return None, "low"
    try:
        return date(year, mention.month, mention.day), "low"
    except ValueError:
        return None, "low"


def _offset_day(
    mention: DateMention, published: date, derived: Certainty
) -> tuple[date, Certainty]:
    """The day of "اليوم"/"أمس"/"غدا" counted from the publication day; "low" when the weekday
    written with it ("اليوم الخميس") falls on another day: the aggregator's timestamp is then a
    day off the writer's (late at night, another time zone), so either day may be meant (the
    blind gold keeps the counted day and marks it uncertain)."""
    day = published + timedelta(days=mention.offset or 0)
    if mention.nowadays:
        return day, "low"  # "these days": the annotators' publication day, not a day told
    if mention.said_before:
        return day, "low"  # counted from a day of telling the text does not give
    if mention.weekday is None or day.weekday() == mention.weekday:
        return day, derived
    return day, "low"
