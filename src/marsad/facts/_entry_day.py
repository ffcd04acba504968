"""Which dates of a sentence date its event on the timeline: a statement dated in its sentence
is filed under the day it was made, not a day its words tell of, and a date that only names a
reference point ("قبل هجمات 11 سبتمبر") dates no event of the sentence (read on 30 February
2018 stories, ``tests/data/timeline_feb_engineer``)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.facts._background_days import (
    announced_coming_days,
    level_since,
    quoted_today,
    relative_clause_days,
    tomorrow_of_today,
)
from marsad.facts._told_when import is_telling
from marsad.facts.dates import RANGE_TO, DateMention
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize
from marsad.lang.words import word_set

# The words that open what was said: "إن/أن" and their forms, a colon, an opening quote mark.
_THAT = word_set("إن أن ان بأن بان أنه إنه انه أنها إنها انها أنهم إنهم بأنه بأنها")
_OPENERS = frozenset({":", '"', "«", "“"})
_RELATIVES = word_set("الذي التي الذين اللذين اللتين اللواتي")
# "قبل/بعد/منذ/في أعقاب" + a noun of an event + its date: the date names the point the
# sentence's event is placed before or after ("قبل مواجهة ليغانيس ... يوم الأربعاء": a press
# conference on the Tuesday; "في أعقاب ثورة الخامس والعشرين من يناير 2011").
# "بعد/عقب/إثر/أعقاب" (after) point to a day past that may be the event's own ("توفي بعد
# مواجهة يوم الخميس", "مقتل 5 إثر هجوم الخميس"): only a date with its year is a reference
# point there ("في أعقاب ثورة 25 يناير 2011"). Read on February 2018 (42 dates set off the
# timeline, 30 read: "قبل نهائي" is the semi-final, not "before the final").
_POINT = word_set("قبل منذ")
_POINT_AFTER = word_set("بعد عقب إثر اثر أعقاب")
_EVENT_NOUNS = word_set(
    "هجمات هجوم أحداث حادث حادثة ثورة حرب انتفاضة اعتداءات تفجيرات تفجير انتخابات قمة "
    "زيارة مؤتمر اجتماع مباراة مباراته مباراتها مواجهة لقاء جولة انقلاب"
)
_POINT_REACH = 7  # words from the event noun to its date: "مواجهة ليغانيس في الدوري الإسباني يوم"
# "على حدود الرابع من حزيران عام 1967": the date names a border line.
_LINE = word_set("حدود")


def _is(token: Token, words: frozenset[str]) -> bool:
    return any(form in words for form in stems(token.norm))


def _reference_point(tokens: list[Token], at: int, stated: bool) -> bool:
    """True when the date starting at token ``at`` follows "حدود", or an event noun after
    "قبل/منذ" (or "بعد/أعقاب" when the date is ``stated`` with its year) within
    ``_POINT_REACH`` words and no clause break."""
    if at > 0 and _is(tokens[at - 1], _LINE):
        return True
    points = _POINT | _POINT_AFTER if stated else _POINT
    for j in range(at - 1, max(0, at - 1 - _POINT_REACH), -1):
        if tokens[j].text in CLAUSE_BREAKS or tokens[j].text in _OPENERS:
            return False
        if _is(tokens[j], _EVENT_NOUNS) and (_is(tokens[j - 1], points) or _span_before(tokens, j)):
            return True
    return False


# "قبل شهر تماما من الانتخابات الرئاسية ... المقررة في 18 مارس": a span before the event noun.
_OF = word_set("من")
_SPAN_REACH = 3  # words from "قبل" to "من": "قبل شهر تماما من"


def _span_before(tokens: list[Token], j: int) -> bool:
    """True when "قبل" then at most two words then "من" stand before the event noun at ``j``."""
    if j < 3 or tokens[j - 1].norm not in _OF:
        return False
    return any(_is(t, _POINT) for t in tokens[max(0, j - 1 - _SPAN_REACH) : j - 1])


# "تمّ الإعلان اليوم، الاثنين، عن إقامة أول أسبوع للموضة ... بين 26 و31 من شهر آذار":
# an announcement dated before "عن" tells of its plan as a statement tells its words (round 31).
_ANNOUNCING = word_set("الإعلان الاعلان أعلن أعلنت")
_ABOUT = word_set("عن")


_ABOUT_REACH = 3  # tokens from a date's first token to "عن": "اليوم، الاثنين، عن"


def _right_after_date(tokens: list[Token], k: int, starts: list[int]) -> bool:
    """True when a date starts at most ``_ABOUT_REACH`` tokens before the token at ``k``."""
    return any(0 < k - j <= _ABOUT_REACH for j in range(k) if tokens[j].start in starts)


def _told_content(tokens: list[Token], starts: list[int]) -> int | None:
    """The offset where the words of a dated statement begin: a verb of telling, a date
    between it and "إن/أن" (or ":" or a quote mark; "عن" after an announcing word), then
    those; None otherwise."""
    verb = next((k for k, t in enumerate(tokens) if is_telling(t) or _is(t, _ANNOUNCING)), None)
    if verb is None:
        return None
    about = _is(tokens[verb], _ANNOUNCING)
    opener = next(
        (
            k
            for k in range(verb + 1, len(tokens))
            if tokens[k].norm in _THAT
            or tokens[k].text in _OPENERS
            or (about and tokens[k].norm in _ABOUT and _right_after_date(tokens, k, starts))
        ),
        None,
    )
    if opener is None:
        return None
    # "وقال رمضان ... الذي أوقف في الثاني من فبراير إنه": a date after a relative pronoun
    # dates the relative clause, not the telling.
    relative = next((t.end for t in tokens[verb:opener] if t.norm in _RELATIVES), None)
    frame_end = tokens[opener].start if relative is None else relative
    dated = [s for s in starts if tokens[verb].end <= s < frame_end]
    return tokens[opener].end if dated else None


def off_timeline(text: str, mentions: Sequence[DateMention]) -> frozenset[int]:
    """The starts of the date mentions of a sentence that date no event of it on the
    timeline: reference points, and the days told inside a statement dated before them."""
    if not mentions:
        return frozenset()
    tokens = tokenize(text)
    index = {t.start: k for k, t in enumerate(tokens)}
    points = {
        m.start
        for m in mentions
        if m.start in index and _reference_point(tokens, index[m.start], m.year is not None)
    }
    points |= {
        m.start for m in mentions if m.start in index and level_since(tokens, index[m.start])
    }
    points |= _range_ends(text, mentions) | tomorrow_of_today(text, mentions)
    points |= relative_clause_days(tokens, mentions, points) | announced_coming_days(
        tokens, mentions
    )
    points |= quoted_today(text, mentions)
    content = _told_content(tokens, [m.start for m in mentions if m.start not in points])
    told = {m.start for m in mentions if content is not None and m.start >= content}
    return frozenset(points | told)


def _range_ends(text: str, mentions: Sequence[DateMention]) -> set[int]:
    """The starts of the last days of ranges ("من 9 إلى 12 مايو"): an event spanning days is
    filed under its first."""
    ends = set()
    for first, last in pairwise(mentions):
        link = text[first.end : last.start].split()
        same_month = first.month is not None and first.month == last.month
        if len(link) != 1 or not first.day:
            continue
        between = "بين" in text[: first.start].split()[-2:]
        if link[0] == "و" and (same_month or between):
            ends.add(last.start)  # "بين 26 و31 مارس", "بين 14 يونيو و15 يوليو"
        elif same_month and normalize(link[0]) in RANGE_TO:
            ends.add(last.start)
    return ends
