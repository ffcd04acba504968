"""Which dates of a sentence date its event on the timeline: a statement dated in its sentence
is filed under the day it was made, not a day its words tell of, and a date that only names a
reference point ("قبل هجمات 11 سبتمبر") dates no event of the sentence (read on 30 February
2018 stories, ``tests/data/timeline_feb_engineer``)."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.facts._told_when import is_telling
from marsad.lang.clitics import stems
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize
from marsad.lang.words import word_set

# The words that open what was said: "إن/أن" and their forms, a colon, an opening quote mark.
_THAT = word_set("إن أن ان بأن بان أنه إنه انه أنها إنها انها أنهم إنهم بأنه بأنها")
_OPENERS = frozenset({":", '"', "«", "“"})
# "قبل/بعد/منذ/في أعقاب" + a noun of an event + its date: the date names the point the
# sentence's event is placed before or after ("قبل مواجهة ليغانيس ... يوم الأربعاء": a press
# conference on the Tuesday; "في أعقاب ثورة الخامس والعشرين من يناير 2011").
_POINT = word_set("قبل بعد عقب إثر اثر أعقاب منذ")
_EVENT_NOUNS = word_set(
    "هجمات هجوم أحداث حادث حادثة ثورة حرب انتفاضة اعتداءات تفجيرات تفجير انتخابات قمة "
    "زيارة مؤتمر اجتماع مباراة مباراته مباراتها مواجهة لقاء نهائي جولة انقلاب"
)
_POINT_REACH = 7  # words from the event noun to its date: "مواجهة ليغانيس في الدوري الإسباني يوم"
# "على حدود الرابع من حزيران عام 1967": the date names a border line.
_LINE = word_set("حدود")


def _is(token: Token, words: frozenset[str]) -> bool:
    return any(form in words for form in stems(token.norm))


def _reference_point(tokens: list[Token], at: int) -> bool:
    """True when the date starting at token ``at`` follows "حدود", or an event noun after
    "قبل/بعد/منذ/أعقاب" within ``_POINT_REACH`` words and no clause break."""
    if at > 0 and _is(tokens[at - 1], _LINE):
        return True
    for j in range(at - 1, max(0, at - 1 - _POINT_REACH), -1):
        if tokens[j].text in CLAUSE_BREAKS or tokens[j].text in _OPENERS:
            return False
        if _is(tokens[j], _EVENT_NOUNS) and _is(tokens[j - 1], _POINT):
            return True
    return False


def _told_content(tokens: list[Token], starts: list[int]) -> int | None:
    """The offset where the words of a dated statement begin: a verb of telling, a date
    between it and "إن/أن" (or ":" or a quote mark), then those; None otherwise."""
    verb = next((k for k, t in enumerate(tokens) if is_telling(t)), None)
    if verb is None:
        return None
    opener = next(
        (
            k
            for k in range(verb + 1, len(tokens))
            if tokens[k].norm in _THAT or tokens[k].text in _OPENERS
        ),
        None,
    )
    if opener is None:
        return None
    dated = [s for s in starts if tokens[verb].end <= s < tokens[opener].start]
    return tokens[opener].end if dated else None


def off_timeline(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The starts of the date spans (start, end) of a sentence that date no event of it on
    the timeline: reference points, and the days told inside a statement dated before them."""
    if not spans:
        return frozenset()
    tokens = tokenize(text)
    index = {t.start: k for k, t in enumerate(tokens)}
    points = {s for s, _ in spans if s in index and _reference_point(tokens, index[s])}
    content = _told_content(tokens, [s for s, _ in spans if s not in points])
    told = {s for s, _ in spans if content is not None and s >= content}
    return frozenset(points | told)
