"""Dots that sentencex reads as ends but are not: a family name's one-letter initial after a
dot ("إيلي.غ،") and ".." written as a pause inside a sentence ("مارادونا.. لا الأرجنتين")."""

from __future__ import annotations

import re

# Lebanese and Gulf papers name a suspect by first name, a dot and the family name's initial
# ("المقرصن إيلي.غ، وهو ..."): a single letter then a comma opens no sentence. Glued to the dot
# before it, a letter then a dot, the paragraph's end or a space is an initial too, except "و"
# and "ف" before a space (written apart as conjunctions: "الخاصة. و شيدت", three times in
# February); after a space, "ب. الخطيب قال" or "د. محمد" opens a sentence with an initial.
_INITIAL_SPACED = re.compile(r"[^\W\d_][،,؛]")
_INITIAL_GLUED = re.compile(r"[^\W\d_](?:[،,؛)]|\.(?!\.)|\s*$)|[^\W\d_وف]\s")

# ".." (or "...") ends a piece that sentencex cut; not after a question or an exclamation
# ("أين المشكلة؟.." is a whole question, the one wrong join of February without this).
_NOT_BEFORE_PAUSE = ("؟", "?", "!")
# A piece of at most this many words before ".." is a lead-in, not a sentence: "يا حضرات..",
# "على فكرة..", "أبريل 2016.. شنت قوات …", "حركة الشباب الصومالية.. من هي؟": a vocative, a
# discourse word, a date or a name heading what follows (February 2018: 41 joins, one read
# wrong, "إلا هذا الرجل.." that ends the sentence before it).
_LEAD_IN_WORDS = 3
# Words that cannot open an Arabic sentence but go on the clause before: "or" (أو، أم: the
# second half of "إما … أو", "هل … أم"), "but rather" (بل), "that" (أن, وأن, بأن: the
# complement of "لولا.."/"أثبتت أنها حية.. وأن …"), "despite" (رغم), "where" (حيث: "تحوي
# مضامين سياسية قوية... حيث يمكن قراءة …").
_GOES_ON = frozenset({"أو", "أم", "بل", "أن", "وأن", "بأن", "رغم", "ورغم", "حيث"})
# "لا" before a definite noun negates that noun against the one before ("يشجعون مارادونا.. لا
# الأرجنتين"); before a verb or an indefinite ("لا تسمع", "لا أحد") it opens a sentence.
_NOT_NOUN = re.compile(r"لا\s+ال")
# "That is" and a prepositional phrase of cause, aim, measure or manner qualify the clause
# before; none opens a sentence: "بهدف مكافحة المرض.. أي أن وصفة الطبيب …", "تفعيل عقد
# المهاجم... بناء على بند العقد …", "حتى انتهت للهلال عام 2005 .. برقم قياسي بلغ …", "شهدت
# «قمة» حقيقية.. بصورة تدفعك للحزن". February 2018: 4 such pieces after "..", all going on
# (not "بصورة عامة"/"بشكل عام", "in general", which open sentences; not "من"/"حتى"/"أمام",
# which also open them: "من السهل تنظيم …", "أمام برشلونة أيضا كان الأداء رائعا").
_QUALIFIES = re.compile(
    r"(?:أي\s+(?:أن|إن|ان)|بناء|بناءً|بسبب|بفضل|بهدف|برقم|بقيمة|بنسبة|بحجة|بدعوى|"
    r"بصورة(?!\s+عامة))(?!\w)"
)
_WORD = re.compile(r"\w+")
# A piece that announces a list ("ستكون كالآتي..", "ما يلي..") is completed by the next one, as
# after a colon; a bracket opening after ".." belongs to the piece before ("«…».. (سلوفانيا حين
# شاركت …)" names the slogan's country). February 2018 ANT: 1 and 4 such cuts, all inside one.
_ANNOUNCES = ("كالآتي", "كالتالي", "يلي", "التالي", "الآتي", "التالية", "الآتية")


def starts_with_initial(before: str, after: str) -> bool:
    """True when the piece after ``before``'s final dot opens with a name's initial."""
    glued = before.endswith(".")  # no space between the dot and the letter
    return bool((_INITIAL_GLUED if glued else _INITIAL_SPACED).match(after))


def is_pause(before: str, after: str) -> bool:
    """True when ".." ending ``before`` is a pause inside the sentence that ``after`` goes on."""
    end = before.rstrip()
    core = end.rstrip(".")  # str methods: a regex anchored at "$" scans the whole piece
    if len(end) - len(core) < 2 or core.endswith(_NOT_BEFORE_PAUSE):
        return False
    # A bare ".." opening a paragraph (no word before it) is dropped, not joined.
    if 0 < len(_WORD.findall(before)) <= _LEAD_IN_WORDS:
        return True
    first = after.split(maxsplit=1)[0] if after.strip() else ""
    return (
        first in _GOES_ON
        or after.lstrip().startswith("(")
        or core.rstrip().endswith(_ANNOUNCES)
        or bool(_NOT_NOUN.match(after) or _QUALIFIES.match(after))
        or _quote_open(before)
    )


def _quote_open(before: str) -> bool:
    """A quote opened in ``before`` and not closed: the ".." pauses inside the quotation."""
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1
