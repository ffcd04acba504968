""" "اليوم" meaning "nowadays, these days" rather than the publication day: set against the
past or read as the state of things (issue 18, round 20). Such a mention keeps the day the
annotators give it, marked uncertain, and no timeline event (``dates.resolve``)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

_TODAY = "اليوم"


def is_today(token: Token) -> bool:
    """True for "اليوم" with or without a conjunction written on it ("واليوم", "فاليوم")."""
    return _TODAY in stems(token.norm)


# "أما اليوم" (as for today) turns to the present against a past just told: "كان في السابق
# يوظف 150 شخصاً، أما اليوم فاستطاع"، "كانت تصوّت لرفيق الحريري من خلاله، أما اليوم فمن
# يصوّت له" (all 3 "أما اليوم" of February 2018's date mentions mean nowadays). Written with
# its hamza: "إما اليوم أو غدا" (either today or tomorrow) is a choice of days.
_AS_FOR = frozenset({"أما", "وأما", "فأما"})


def as_for_now(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` follows "أما" (``_AS_FOR``)."""
    return i > 0 and _bare(tokens[i - 1].text) in _AS_FOR


# "لكن/ولكنها/بينما اليوم" sets the present against what was: "ولكنها اليوم تبدو وكأنها
# المكان الأرضي الأكثر شبها بالجحيم"، "و لكنها اليوم مسعرة بنحو 10 ملايين دولار". An event
# verb after it tells of the day itself ("لكن اليوم سيكون تدريبه الأول مع الفريق", "لكني
# اليوم فقط اكتشفت"): the caller checks that (``dates._event_after``).
_BUT = word_set("لكن ولكن لكنه لكنها لكنهم ولكنه ولكنها ولكنهم بينما وبينما")


def but_now(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` follows a contrast particle (``_BUT``)."""
    return i > 0 and tokens[i - 1].norm in _BUT


# A sentence that opens with "اليوم"/"واليوم" and no comma after it, in a column or a feature,
# states how things are: "اليوم كرة القدم السعودية تعود للواجهة العالمية"، "واليوم تضم المنظمة
# 23 ألف متطوع"، "اليوم وعبر مشروع متكامل" (round 19 read 9 of 9 so). A news lead writes
# "واليوم، قال المتحدث" with a comma, and an event verb after it tells of the day: the caller
# checks that (``dates._event_after``).
def opens_sentence(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` is the sentence's first word with no comma after it."""
    return i == 0 and (i + 1 >= len(tokens) or tokens[i + 1].text not in _CLAUSE_BREAKS)


# A clause opened by a word with "فـ" (so, for), "اليوم" among its first two words, explains
# by the state of things: "الفساد الواسعة، فصنعاء اليوم خالية من المراسلين"، "فالرياضة اليوم
# تمثل جسراً"، "فكثير منهم اليوم يتركون دينا"، "فأنت اليوم، كما يقول هشام" (all 4 such
# February 2018 mentions). An event verb after "اليوم" is checked by the caller.
_SO_REACH = 2


def so_now(tokens: list[Token], i: int) -> bool:
    """True when one of the ``_SO_REACH`` words before "اليوم" at ``i`` opens a clause
    (sentence start or ``_CLAUSE_BREAKS``) with a written "فـ"."""
    for j in range(max(0, i - _SO_REACH), i):
        opens = j == 0 or tokens[j - 1].text in _CLAUSE_BREAKS
        if opens and tokens[j].norm.startswith("ف") and len(tokens[j].norm) > 3:
            return True
    return False


# A clause that opens with "اليوم"/"واليوم" after a "كان" earlier in the sentence sets now
# against then: "والتي كانت شركات صيانة واليوم بدأت بتصنيع أجهزة"، "كان العنصر المحلي حاضرًا
# ...، اليوم هبط مستوى معظم النجوم"، "وهي كانت كذلك تاريخيا، (...)، اليوم، بات الساحل". Not
# "كان اليوم من أسوأ الأيام" ("اليوم" right after "كان" is its subject, the day itself).
_WAS = word_set("كان كانت كانوا وكان وكانت وكانوا")
_CLAUSE_BREAKS = frozenset({"،", ",", "؛", ";", ")", "("})


def now_against_then(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` opens a clause (``_CLAUSE_BREAKS`` or a written "و") with a
    "كان" (``_WAS``) before that clause in the sentence."""
    opens = tokens[i].norm != _TODAY or (i > 0 and tokens[i - 1].text in _CLAUSE_BREAKS)
    if not opens:
        return False
    start = i - 1
    while start >= 0 and tokens[start].text in _CLAUSE_BREAKS:
        start -= 1
    return any(t.norm in _WAS for t in tokens[: start + 1])


# The present of living or the state one has come to: "العالم الرقمي الذي نعيشه اليوم"،
# "واقعا نعيشه اليوم"، "ما يعيشه ياسر القحطاني اليوم" (the subject may stand between);
# "الملهم خلف البلوي أصبح اليوم أيقونة"، "الأمريكيين باتوا اليوم أقل اهتماما".
_LIVING = word_set("نعيش نعيشه نعيشها يعيش يعيشه يعيشها تعيش تعيشه تعيشها يعيشون")
_LIVING_REACH = 3  # tokens from the verb to "اليوم": "يعيشه ياسر القحطاني اليوم"
_BECAME = word_set("أصبح أصبحت أصبحوا بات باتت باتوا صار صارت صاروا أضحى أضحت")


def living_now(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` follows a verb of living (``_LIVING``, within
    ``_LIVING_REACH`` tokens) or right after one of becoming (``_BECAME``)."""
    if i > 0 and any(form in _BECAME for form in stems(tokens[i - 1].norm)):
        return True
    before = tokens[max(0, i - _LIVING_REACH) : i]
    return any(form in _LIVING for t in before for form in stems(t.norm))


def _bare(text: str) -> str:
    """The word without its short vowels and shadda ("أمّا" -> "أما")."""
    return "".join(ch for ch in text if not "\u064b" <= ch <= "\u0652")


# "منذ تشكيل وحداتنا وحتى اليوم، لم نقم"، "لا يزالون حتى اليوم يؤيدون": "until today" after
# "since" or "still" spans the time up to now, no event of the day (February 2018: 3 of the 4
# "حتى اليوم"; the fourth, "وكان حتى اليوم يطّلع", tells of a change that day and has none).
_UNTIL = word_set("حتى وحتى لغاية ولغاية")
_SPAN_OPENERS = word_set("منذ ومنذ يزال تزال يزالون تزالون زال زالت زالوا لم ولم")


def until_now(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` follows "حتى" (``_UNTIL``) with "منذ", "لا يزال" or "لم"
    (``_SPAN_OPENERS``) earlier in the sentence."""
    if i < 1 or tokens[i - 1].norm not in _UNTIL:
        return False
    return any(t.norm in _SPAN_OPENERS for t in tokens[: i - 1])
