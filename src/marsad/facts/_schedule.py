"""Cues of a schedule that place a bare weekday: a plan told in the past ("كان من المقرر ...
الجمعة، لكنه تأجل"), a day something was put off to ("أرجئ ... إلى الخميس") and an event
called coming ("المواجهة المقبلة ... يوم الأحد"). Read on ANT February 2018 articles
(``tests/data/weekdays_feb_engineer``)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# "وكان من المقرر أن يجري التصويت ... الجمعة، لكنه تأجل": "كان" before a word of schedule
# tells of a plan made earlier, for a day that may be past (ANT, February 2018: two of 120
# weekdays put a week ahead).
_WAS = word_set("كان وكان كانت وكانت")
_WAS_REACH = 4  # words from "كان" to the word of schedule: "كان من المقرر أن تبدأ"


def once_planned(tokens: list[Token], j: int) -> bool:
    """True when "كان" stands up to ``_WAS_REACH`` words before the word at ``j``."""
    return any(t.norm in _WAS for t in tokens[max(0, j - _WAS_REACH) : j])


# "سباق الانحدار للرجال الذي أرجئ من أمس الأحد إلى الخميس": the day a thing was put off to
# is still ahead, whatever the tense of the putting off.
_PUT_OFF = word_set("أرجئ أرجئت أرجأ أرجأت إرجاء تأجل تأجلت تأجيل أجل أجلت يؤجل تؤجل نقل نقلت")
_TO = word_set("إلى")
_PUT_OFF_REACH = 6  # words from the verb of putting off to "إلى"


def put_off_to(tokens: list[Token], i: int) -> bool:
    """True when the weekday at ``i`` follows "إلى" with a verb of putting off before it."""
    if i < 2 or not any(form in _TO for form in stems(tokens[i - 1].norm)):
        return False
    before = tokens[max(0, i - 1 - _PUT_OFF_REACH) : i - 1]
    return any(form in _PUT_OFF for token in before for form in stems(token.norm))


# "إضافة للمواجهة المقبلة ضد مانشستر سيتي في نهائي كأس رابطة المحترفين يوم الأحد": an event
# called coming is ahead however long its name; the adjective must follow an event noun.
_COMING = word_set("المقبل المقبلة القادم القادمة")
_EVENT_NOUNS = word_set(
    "مباراة المباراة مواجهة المواجهة لقاء اللقاء نهائي النهائي قمة القمة جولة الجولة مرحلة "
    "المرحلة اجتماع الاجتماع زيارة الزيارة نزال النزال"
)


def called_coming(token: Token, previous: Token) -> bool:
    """True for "المقبلة/القادمة" after an event noun ("المواجهة المقبلة")."""
    if not any(form in _COMING for form in stems(token.norm)):
        return False
    return any(form in _EVENT_NOUNS for form in stems(previous.norm))


# A deadline is still ahead: "بحلول 31 ديسمبر", "في موعد أقصاه 14 مايو", "منحت ... مهلة حتى
# الأول من أبريل", "وأمهلتهم حتى". Said in March, "بحلول 31 ديسمبر" is this December, not the
# last one (issue 18: a deadline put in the wrong year).
_BY = word_set("بحلول أقصاه")
_UNTIL = word_set("حتى")
_GRACE = word_set("مهلة مهله أمهل أمهلت أمهلتهم أمهلهم أمهلته يمهل تمهل")
_GRACE_REACH = 4  # words from "مهلة" to "حتى": "مهلةً حتى", "أمهلتهم حتى"


def deadline_before(tokens: list[Token], first: int) -> bool:
    """True when a deadline cue stands just before the date starting at ``first`` (a "في" or
    "يوم" may stand between)."""
    j = first - 1
    if j >= 0 and tokens[j].norm in ("في", "يوم"):
        j -= 1
    if j < 0:
        return False
    forms = stems(tokens[j].norm)
    if any(form in _BY for form in forms):
        return True
    if not any(form in _UNTIL for form in forms):
        return False
    before = tokens[max(0, j - _GRACE_REACH) : j]
    return any(form in _GRACE for token in before for form in stems(token.norm))
