"""Cues that place a bare weekday: an event still ahead of the speaker, or the day of a report
inside a sentence about the future (read on ANT February articles outside every gold)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# "الآن أمامنا مباراة صعبة يوم الأحد": "أمام" with a pronoun, then a noun of an event, is a
# nominal sentence "ahead of us is a match": the event is still to come. "أمام" alone is
# "against" ("خسر أمامه الخميس": lost to him on Thursday), so the event noun must follow it.
_AHEAD_OF = word_set("أمامنا أمامهم أمامه أمامها أمامكم أمامي أمامهما")
_EVENTS = word_set(
    "مباراة مباراتان مباراتين مواجهة لقاء اختبار امتحان مهمة موعد نزال قمة رحلة جولة استحقاق"
)


def ahead_of(tokens: list[Token], j: int) -> bool:
    """True when the word at ``j`` is "أمام" + pronoun followed by an event noun."""
    if j + 1 >= len(tokens) or not any(form in _AHEAD_OF for form in stems(tokens[j].norm)):
        return False
    return tokens[j + 1].norm in _EVENTS


# Perfect verbs of telling (with the object pronoun of "لما ذكره"): a weekday after one dates
# the telling. "وسيعمل أكتون ... مع منظمة ...، وفقاً لما ذكره مؤسس شركة Signal ...،
# الأربعاء" (published on a Saturday) is the past Wednesday, however the sentence opens.
_TOLD = word_set(
    "قال قالت أكد أكدت أعلن أعلنت أوضح أوضحت أضاف أضافت صرح صرحت ذكر ذكرت ذكره ذكرته "
    "أفاد أفادت كتب كتبت نشر نشرت نشره نشرته أبلغ أبلغت"
)


def told_before(tokens: list[Token], start: int, i: int) -> bool:
    """True when a perfect verb of telling stands between ``start`` and the weekday at ``i``."""
    return any(form in _TOLD for token in tokens[start:i] for form in stems(token.norm))


# "وكان روبن قد قال في تصريحات ...: ... فسأكون غدا مع ...": "كان ... قد" + a perfect verb of
# telling is the pluperfect: the words were said on an earlier day the sentence does not give,
# so a relative day inside them ("غدا", "اليوم", "أمس") counts from an unknown day.
_WAS = word_set("كان كانت")
_ALREADY = word_set("قد")
_OPENERS = frozenset({":", '"', "«", "“", "'"})
_WAS_REACH = 8  # tokens from the sentence's "كان" to "قد" + the verb of telling


def told_earlier(tokens: list[Token], i: int) -> bool:
    """True when the sentence opens with "كان ... قد" + a verb of telling, or with "مؤخرا"
    ("lately") before one, and the word at ``i`` stands in the words told (after a colon or an
    opening quote mark past that verb)."""
    if tokens and any(form in _LATELY for form in stems(tokens[0].norm)):
        return _in_words_told(tokens, 1, i)
    if not tokens or not any(form in _WAS for form in stems(tokens[0].norm)):
        return False
    for j in range(1, min(i, _WAS_REACH)):
        if tokens[j].norm in _ALREADY and any(form in _TOLD for form in stems(tokens[j + 1].norm)):
            return _in_words_told(tokens, j + 1, i)
    return False


# "ومؤخرا، نشرت ريحان صورة ... وكتبت: "اليوم هو أول يوم لي بالقبو"" (BBC, 28 February
# 2018): a sentence opening with "lately" tells of words written on a day it does not give.
_LATELY = word_set("مؤخرا")  # normalized: "مؤخراً" too


def _in_words_told(tokens: list[Token], start: int, i: int) -> bool:
    """True when a verb of telling after ``start`` opens, with a colon or a quote mark, words
    that the token at ``i`` stands in."""
    for j in range(start, i):
        if any(form in _TOLD for form in stems(tokens[j].norm)):
            return any(t.text in _OPENERS for t in tokens[j + 1 : i])
    return False


def is_telling(token: Token) -> bool:
    """True for a perfect verb of telling ("وقال", "أعلنت", "ذكرت")."""
    return any(form in _TOLD for form in stems(token.norm))
