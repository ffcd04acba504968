"""An event or a text named by its bare kind noun anywhere among the sentence's first words,
not only as its verb's subject: the thing acted on or spoken of ("وأعلن تنظيم داعش المسؤولية
عن الهجوم.", "ولا يوجد أي جدول زمني لإنهاء المشروع.", "وقال المشرف على الدراسة، …", "منذ
انطلاق الهجوم"). The reader of a summary knows which one only when the titles or the sentences
shown before tell a thing of that kind (``told_kinds``); else the sentence waits for its
predecessor (``untold_event``).
"""

from __future__ import annotations

import re

from marsad.lang.arabic import normalize, strip_marks
from marsad.lang.context import _NAMED_BY_WHAT_FOLLOWS, _stem
from marsad.summarize.told_kinds import (
    _DESCRIBED,
    _EVENTS,
    _INTRODUCERS,
    _PASSIVE,
    _told,
    _told_by,
)

# How far into the sentence the kind noun is looked for: the first ten words hold what the
# sentence is about (its verb, subject, object and their prepositions); later, a clause of its
# own usually names the thing first.
_FIRST_WORDS = 10
# A definite word with its conjunction and preposition ("والهجوم", "بالتقرير", "للمشروع").
_DEFINITE = re.compile(
    r"(?<![\u0621-\u064a])((?:و|ف)?(?:(?:ب|ل|ك)?ال|لل))([\u0621-\u064a]{3,})(?![\u0621-\u064a])"
)
# What tells which one after the noun: its target or topic ("الهجوم على مقر …", "التحقيق في
# أمر …", "الاتفاق مع …", "التقرير الصادر عن …": a definite word that is no nisba), or a
# quote, parenthesis or name-like word in Latin letters.
_TARGET = re.compile(
    r"\s+(?:(?:على|في|فى|عن|ضد|مع|لـ?|من)(?![\u0621-\u064a])|ل[\u0621-\u064a]|"
    r"ال[\u0621-\u064a]+(?<!ي)(?<!ية)(?<!يه)(?![\u0621-\u064a]))|\s*[«\"“(]"
)
# The word before the noun is a definite noun it qualifies ("الألبومات المقترحة"): then it is
# an adjective, no kind noun.
_AFTER_DEFINITE = re.compile(r"(?:^|\s)(?:و|ف)?(?:(?:ب|ل|ك)?ال|لل)[\u0621-\u064a]+\s+$")
# The subject of a reported clause ("وقالت أنيستون وثيرو إن القرار كان مشتركا", "إن الحادث
# وقع في محطة …") is the story's own act, which a title tells in its own words ("يعلنان
# انفصالهما", "تفقد حياتها"): on February 2018 ANT's digest, 3 such changed summaries, all
# for the worse, none for the better.
_REPORTED = re.compile(r"(?:^|\s)(?:و|ف)?(?:إن|أن|ان|بأن|لأن|فإن)\s+$")


# Any kind noun after the article, its letters in any of the written forms the matching form
# merges ("إعلان", "مؤتمر", "زيارة"): a sentence without one is done.
_WRITTEN = str.maketrans({"ا": "[اأإآٱ]", "ي": "[يىئ]", "و": "[وؤ]", "ه": "[هة]"})
_ANY_KIND = re.compile(
    "(?:ال|لل)(?:"
    + "|".join(kind.translate(_WRITTEN) for kind in sorted(_EVENTS, key=len)[::-1])
    + ")"
)


def untold_event(text: str, language: str, told: str) -> bool:
    """True when a singular definite noun among the sentence's first words is an event or text
    kind of ``told_kinds`` (an incident, a proposal, a report, a statement, a deal, a
    conference …) that nothing after it names (a relative clause, a target, a defining
    definite word) and that ``told`` (the titles and the sentences the summary showed before)
    introduces no thing of. Not a plural (kinds in general: "التقارير", "البيانات"), a nisba
    ("الاجتماعي"), nor a passive "تم الاتفاق". Arabic only."""
    if language != "ar":
        return False
    text = strip_marks(text)
    if _PASSIVE.match(text):
        return False
    head = " ".join(text.split(maxsplit=_FIRST_WORDS)[:_FIRST_WORDS])
    if not _ANY_KIND.search(head):  # most sentences name no kind: one search, unnormalized
        return False
    said, typed = _told(told)
    for match in _DEFINITE.finditer(head):
        noun = normalize(match.group(2))
        kind = _stem(noun)
        if (
            kind not in _EVENTS
            or noun.endswith(("ات", "ي", "ين", "ون"))
            or _AFTER_DEFINITE.search(head, 0, match.start())
            or _REPORTED.search(head, 0, match.start())
            or _NAMED_BY_WHAT_FOLLOWS.match(text, match.end())
            or _DESCRIBED.match(text, match.end())
            or _TARGET.match(text, match.end())
        ):
            continue
        return kind not in typed and not _told_by(_INTRODUCERS[kind]).search(said)
    return False
