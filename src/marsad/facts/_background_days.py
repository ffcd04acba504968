"""Days a sentence tells beside its event's own: a day in a relative clause after the sentence's
dated event ("أعلن اليوم وفاة الضابط الذي أصيب أمس": the death is today), the coming day an
undated announcement tells of, the end of "today and tomorrow", and a day that only marks a
level reached since ("أعلى مستوى منذ 7 فبراير"). Read on February 2018 outside the blind gold
(``tests/data/timeline_feb_engineer_r32``)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.facts.dates import DateMention, perfect_verb
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize
from marsad.lang.words import word_set

# A relative pronoun, or "متأثرا بجروح" (of wounds), opens a clause of background: the day
# told in it is that of the wound or the past deed, not of the sentence's dated event.
_BACKGROUND = word_set(
    "الذي التي الذين اللذين اللتين اللواتي والذي والتي والذين متأثرا متأثرة متأثرين متأثرًا"
)


def relative_clause_days(
    tokens: list[Token], mentions: Sequence[DateMention], off: set[int]
) -> set[int]:
    """The starts of days without a month ("أمس", a weekday) told in a background clause in
    the perfect opened after the sentence's first date on the timeline (not in ``off``):
    "أعلن الجيش اليوم وفاة الضابط الذي أصيب أمس". A written day and month there ("الذي انعقد
    في 30 يناير") dates an event of its own and stays, as does a coming one ("الذي يحل
    الأحد"); a clause break then a perfect verb ends the relative clause."""
    kept = [m for m in mentions if m.start not in off]
    if len(kept) < 2:
        return set()
    first = kept[0]
    found = set()
    for mention in kept[1:]:
        if mention.month is not None:
            continue
        between = [t for t in tokens if first.end <= t.start < mention.start]
        opens = [k for k, t in enumerate(between) if t.norm in _BACKGROUND]
        if not opens or opens[-1] + 1 >= len(between):
            continue
        clause = between[opens[-1] + 1 :]
        wounded = between[opens[-1]].norm.startswith("متاثر")  # "متأثرا بجروح أصيب بها أمس"
        if not (wounded or perfect_verb(clause[0])):
            continue
        ended = any(a.text in CLAUSE_BREAKS and perfect_verb(b) for a, b in pairwise(clause))
        if not ended:
            found.add(mention.start)
    return found


# Perfect verbs of announcing: "أعلنت الوزارة أن الامتحانات ستبدأ في 30 يونيو" tells of an
# announcement (a day the sentence does not give), not of an event on 30 June.
_ANNOUNCED = word_set("أعلن أعلنت أعلنوا وأعلن وأعلنت")
_THAT = word_set("أن ان بأن بان عن أنه انه أنها انها")


def announced_coming_days(tokens: list[Token], mentions: Sequence[DateMention]) -> set[int]:
    """The starts of coming days ("future"/"next", or a future verb after "أن") told after an
    announcing verb and its "أن/عن" with no date of the announcement before them."""
    verb = next(
        (k for k, t in enumerate(tokens) if any(f in _ANNOUNCED for f in stems(t.norm))), None
    )
    if verb is None:
        return set()
    opener = next((k for k in range(verb + 1, len(tokens)) if tokens[k].norm in _THAT), None)
    if opener is None:
        return set()
    content = tokens[opener].end
    if any(m.start < content for m in mentions):
        return set()  # a dated announcement: ``_entry_day._told_content``
    future = any(_future_word(t.norm) for t in tokens[opener + 1 :])
    return {
        m.start
        for m in mentions
        if m.direction in ("future", "next")
        or (m.offset is not None and m.offset > 0)
        or (future and m.month is not None and m.direction == "nearest")
    }


def _future_word(word: str) -> bool:
    """سـ + an imperfect ("ستبدأ", "وسيكون"), or "سوف"."""
    word = word.removeprefix("و").removeprefix("ف")
    return word == "سوف" or (len(word) > 3 and word[0] == "س" and word[1] in "يتن")


# "ينطلق اليوم وغدا": a span of two days, filed under its first.
_TOMORROW = word_set("وغدا وغداً والغد")


def tomorrow_of_today(text: str, mentions: Sequence[DateMention]) -> set[int]:
    """The start of "وغدا" right after "اليوم"."""
    return {
        b.start
        for a, b in pairwise(mentions)
        if a.offset == 0
        and b.offset == 1
        and text[a.end : b.start].strip() == ""
        and normalize(text[b.start : b.end].split()[0]) in _TOMORROW
    }


# "وهو أعلى مستوى لها منذ السابع من فبراير": the day marks a level last reached, no event.
_LEVEL = word_set("مستوى مستويات مستواه مستواها")
_SINCE = word_set("منذ")
_LEVEL_REACH = 3  # words from "مستوى" to "منذ": "أعلى مستوى لها منذ"


def level_since(tokens: list[Token], at: int) -> bool:
    """True when the date at token ``at`` follows "منذ" within ``_LEVEL_REACH`` words of
    "مستوى"."""
    if at < 1 or tokens[at - 1].norm not in _SINCE:
        return False
    return any(t.norm in _LEVEL for t in tokens[max(0, at - 1 - _LEVEL_REACH) : at - 1])


# A bare "اليوم" inside quoted words is the speaker's "today", mostly "nowadays" ("هذه
# الأهداف تظل ثابتة اليوم وفي المستقبل", "واليمن اليوم على حافة ...") and, when a day, the day
# the words were said, which the sentence seldom gives.
_TODAY = word_set("اليوم واليوم")
# "هذا اليوم انتهت المفاوضات", "لن نلتزم الصمت بعد اليوم", "غدا أو اليوم": a day of the words.
_KEEP_BEFORE = word_set("هذا بعد وبعد منذ أو")


# "فجر نفسه صباح اليوم": a part of the day before "اليوم" tells a deed of that day.
_DAY_PARTS = word_set("صباح مساء فجر ظهر عصر ليلة ليل")


def _told_that_day(tokens: list[Token], mention: DateMention) -> bool:
    """True when a part of the day (``_DAY_PARTS``) stands right before "اليوم"."""
    at = next((k for k, t in enumerate(tokens) if t.start == mention.start), None)
    return at is not None and at > 0 and tokens[at - 1].norm in _DAY_PARTS


def quoted_today(text: str, mentions: Sequence[DateMention]) -> set[int]:
    """The starts of a bare "اليوم" after an opening quote mark not yet closed."""
    off: set[int] = set()
    tokens = tokenize(text)
    for mention in mentions:
        if mention.offset != 0 or mention.weekday is not None:
            continue
        if normalize(text[mention.start : mention.end]) not in _TODAY:
            continue
        before = text[: mention.start]
        words = before.split()
        if words and normalize(words[-1]) in _KEEP_BEFORE:
            continue
        if _told_that_day(tokens, mention):
            continue
        if (
            before.count('"') % 2
            or before.count("«") > before.count("»")
            or (before.count("“") > before.count("”"))
        ):
            off.add(mention.start)
    return off
