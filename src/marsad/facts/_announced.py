"""Announcements: "أعلنت شركة "HMD"، الأحد، عن سلسلة جديدة", "أعلنت الحكومة العراقية، الاثنين،
تمديد الحظر": what was announced is a noun, not a clause opened by أن, so it is found by
where the subject ends: at "عن", or after the day the subject is followed by between commas."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.lang.clitics import stems
from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

# "أعلن" and its forms only: a verb that reports a decision or an event as its object. "قال"
# never takes a noun, and "أكد"/"ذكر" with a noun ("أكد ثقته") say less of who decided.
_ANNOUNCE = word_set("أعلن أعلنت يعلن تعلن")
# "أعلن X عن Y": Arabic marks what is announced with عن; the words before it are the subject.
_ABOUT = word_set("عن")
# "المسؤول عن الملف", "نقلا عن مصدر", "نيابة عن": عن after these belongs to the subject (who
# is in charge of what, or whose words are relayed), not to the announcement.
_ABOUT_GOVERNED = word_set(
    "مسؤول المسؤول مسؤولة المسؤولة مسؤولون المسؤولون مسؤولين المسؤولين نقلا نيابة بالنيابة "
    "ممثل ممثلا الممثل المنبثقة المنبثق الصادر الصادرة صادر صادرة فضلا بعيدا رغما"
)
# "أعلنت الحكومة العراقية، الاثنين، تمديد الحظر": a day between two commas closes the subject
# (news Arabic writes the day of the statement there), and the next word is what was announced.
_DAYS = ARABIC_WEEKDAYS | word_set("أمس اليوم")
_COMMAS = frozenset({"،", ","})
_STOPS = (CLAUSE_BREAKS | {'"', "«", "“", ":"}) - _COMMAS
_MARKS = frozenset({'"', "«", "»", "“", "”"})
_QUOTED_NAME = 3  # words of a quoted name: "شركة "HMD"", "مجموعة "بوينغ للطائرات""
# Tokens read for عن or the day: "أعلنت شركة "HMD" المسؤولة عن تصنيع هواتف "Nokia"، الأحد، عن".
_ANNOUNCE_WINDOW = 16


def _name_closes(tokens: Sequence[Token], at: int) -> int:
    """Index of the mark closing a quoted name opened at ``at`` within ``_QUOTED_NAME`` words,
    else -1: a quoted name is part of the subject, a longer quote is what was said."""
    for end in range(at + 1, min(at + _QUOTED_NAME + 2, len(tokens))):
        if tokens[end].text in _MARKS:
            return end
    return -1


def announces(verb: str) -> bool:
    """True for "أعلن" in any of its forms with clitics ("وأعلنت", "ويعلن")."""
    return any(form in _ANNOUNCE for form in stems(verb))


def announced_from(tokens: Sequence[Token], verb_end: int) -> tuple[int, int] | None:
    """Where the subject of a sentence-opening "أعلن" ends and what it announced begins: at
    "عن", or at the commas around the day ("، الاثنين، تمديد"). None when neither closes a
    subject in the window, or a quote mark, a colon or a clause break comes first (the words
    after those are what was said, read by the other rules)."""
    following = [t for t in tokens if t.start >= verb_end][:_ANNOUNCE_WINDOW]
    closes = -1  # the closing mark of a quoted name ("أعلنت شركة "أوبر" التي ...")
    for at, token in enumerate(following):
        if at <= closes:
            continue
        if token.text in _MARKS and (closes := _name_closes(following, at)) > at:
            continue
        if token.text in _STOPS:
            return None
        if token.norm in _ABOUT:
            if at == 0:
                return None  # "وأعلن عن ...": no subject written
            if following[at - 1].norm in _ABOUT_GOVERNED:
                continue  # "المسؤولة عن تصنيع": عن of the subject's own words
            return token.start, token.end
        if (
            token.text in _COMMAS
            and at >= 2
            and following[at - 1].norm in _DAYS
            and following[at - 2].text in _COMMAS
        ):
            after = following[at + 1] if at + 1 < len(following) else token
            return following[at - 2].start, (after if after.norm in _ABOUT else token).end
    return None
