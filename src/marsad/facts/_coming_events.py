"""Cues that a bare weekday four or five days back (the band where ``dates.resolve`` guesses)
is the coming one, and weekdays of a weekly schedule that name no day. Read on ANT February
2018 articles outside the blind gold (``tests/data/weekdays_feb_engineer_r30``)."""

from __future__ import annotations

from marsad.facts._calendar import WEEKDAYS
from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# A fixture or a strike that governs the weekday is ahead of the telling: "ووجود مباراة أخرى
# كبيرة يوم الأحد", "إضراب الثلاثاء لن يكون سوى أول يوم" (February, r30 sample: both a week
# early). Not after a word that places a past event: "خلال مباراة الفريقين ... الخميس".
_FIXTURES = word_set("مباراة مباراه المباراة مواجهة المواجهة لقاء اللقاء إضراب اضراب الإضراب")
_DURING = word_set("خلال أثناء اثناء بعد عقب إثر اثر في")
_FIXTURE_REACH = 4  # words from the fixture to the weekday: "مباراة أخرى كبيرة يوم الأحد"

# A condition on the day is of one to come: "يمكنه تقليص الفارق لو فاز على ضيفه أوغسبورغ يوم
# الاثنين".
_IF = word_set("لو ولو إذا وإذا اذا واذا")
_IF_REACH = 6

# A call to act on the day: "دعوة وجهت إلى موظفي الأمم المتحدة ... للتوقف عن العمل الثلاثاء".
# The noun only: "دعا الرئيس للتهدئة الثلاثاء" dates the call itself.
_CALL = word_set("دعوة دعوات الدعوة")
_CALL_REACH = 12

_BREAKS = frozenset({".", ",", "،", ":", "؛", ";"})
_PAST = frozenset({"امس", "قد", "وقد", "لقد", "الماضي", "الماضيه", "كان", "وكان", "كانت"})


def _has(token: Token, table: frozenset[str]) -> bool:
    return any(form in table for form in stems(token.norm))


def coming_cue(tokens: list[Token], i: int) -> bool:
    """True when a fixture, a condition or a call to act stands before the weekday at ``i``,
    within its clause (no comma, no past cue between)."""
    limit = max(_FIXTURE_REACH, _IF_REACH, _CALL_REACH)
    acts = False
    for back in range(1, limit + 1):
        j = i - back
        if j < 0 or tokens[j].text in _BREAKS or tokens[j].norm in _PAST:
            return False
        if tokens[j].norm.startswith("لل") and len(tokens[j].norm) > 4:
            acts = True  # "للتوقف", "للتظاهر": ل + a definite verbal noun
        reach = back - (tokens[i - 1].norm == "يوم")
        if reach <= _FIXTURE_REACH and _has(tokens[j], _FIXTURES):
            return j == 0 or not _has(tokens[j - 1], _DURING)
        if back <= _IF_REACH and tokens[j].norm in _IF:
            return True
        if acts and _has(tokens[j], _CALL):
            return True
    return False


# "برنامج مرايا اليومي، الذي يبث ... من الأحد إلى الخميس": the days of a show's week.
_BROADCAST = word_set("يبث تبث يعرض تعرض يذاع تذاع")
_FROM = word_set("من")
_TO = word_set("إلى الى")


def weekly_show(tokens: list[Token], i: int) -> bool:
    """True for either weekday of "من <weekday> إلى <weekday>" after a verb of broadcasting
    in the same sentence."""
    if i >= 2 and _has(tokens[i - 1], _TO) and _weekday_word(tokens[i - 2]):
        first = i - 2
    elif i + 2 < len(tokens) and _has(tokens[i + 1], _TO) and _weekday_word(tokens[i + 2]):
        first = i
    else:
        return False
    if first < 1 or not _has(tokens[first - 1], _FROM):
        return False
    return any(_has(token, _BROADCAST) for token in tokens[: first - 1])


def _weekday_word(token: Token) -> bool:
    return any(form in WEEKDAYS for form in stems(token.norm))
