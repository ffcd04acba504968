"""Whether a date in a figure's sentence dates the figure, by where it stands: before it, or
just after it in its clause, and not as the start of a running total ("منذ ...")."""

from __future__ import annotations

import re

# "منذ" opens a running total from a day, a year or an event ("منذ مارس/ آذار 2011", "منذ
# محاولة انقلاب عام 2016", "ومنذ ديسمبر، اعتقلت نحو 30 امرأة"): a figure outside that phrase is
# counted up to now, not an earlier event's; one inside it is ("منذ مقتل 20 طفلا ... في عام 2012").
SINCE = re.compile(r"(?:^|\s)و?منذ(?!\w)")
SINCE_REACH = 50  # characters from "منذ" to the year or month it starts from
# A date after the figure dates it only close to it ("قتل فيه 92 شخصا يوم 25 ديسمبر"); farther
# on it dates another clause ("اعتقال 170 شخصا للاشتباه في صلتهم بشبكة ... الانقلاب عام 2016",
# "المتهم بقتل 17 شخصا ... خضع لتحقيقات ... عام 2016"): read on February 2018 ANT.
AFTER_REACH = 40
# A month after the figure, in its clause (no comma between), dates it a little farther on
# ("مقتل 41 شخصا في حادث قطار قرب مدينة الأسكندرية الساحلية في أغسطس/آب الماضي"); beyond, or
# past a comma, it dates another clause ("بعد 16 انتصارا متتاليا ... انتهت بالتعادل 2 - 2 في
# أول أكتوبر الماضي", "ورابعة من أصل 12 مباراة بقيادة مدربه ...، الذي استلم المنصب في نهاية
# ديسمبر الماضي"): read on February 2018 ANT (round 29).
MONTH_AFTER_REACH = 60
_BREAK = re.compile(r"[،,.؛]")
# A "when" clause after the date tells that date's event: "منذ نوفمبر/ تشرين الثاني 2013 عندما
# اصطدم قطار بحافلة ...، مما أدى لمقتل 27 شخصا" (February 2018's blind gold, a train crash).
_WHEN = re.compile(r"^\s*[،,]?\s*(?:عندما|حين|حينما)(?!\w)")


def dates_figure(
    figure: tuple[int, int],
    text: str,
    start: int,
    end: int,
    *,
    reach: int = AFTER_REACH,
    clause: bool = False,
) -> bool:
    """True when the date at ``start:end`` of ``text`` dates the figure at ``figure``: before
    it, or after it within ``reach`` characters (and, with ``clause``, no comma between), and
    not the start of a running total the figure lies outside of (``SINCE``)."""
    first, last = figure
    if end > first and start < last:
        return False  # the date is the figure itself
    if start >= last and (start - last > reach or (clause and _BREAK.search(text[last:start]))):
        return False
    since = list(SINCE.finditer(text, max(0, start - SINCE_REACH), start))
    if since and not _BREAK.search(text[since[-1].end() : start]):
        # The figure is inside the phrase, or in a clause of that date's event.
        inside = since[-1].end() <= first < start
        return inside or (end <= first and _WHEN.match(text[end:first]) is not None)
    return True
