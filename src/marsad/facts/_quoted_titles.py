"""Quoted names and titles: a span in quotation marks that names a thing, not words said."""

from __future__ import annotations

from marsad.lang.arabic import normalize
from marsad.lang.words import word_set

# An indefinite noun in construct with the quoted span names it: the span is the name of a
# channel, paper, book, group or title ("لشبكة "إي إس بي إن"", "مجلة "..."", "كتاب "..."",
# "بعنوان "..."", "اسم "...""). Arabic marks a noun followed by its name as indefinite in
# form (no ال): a definite noun before a quote is a subject and the quote its words
# ("وقال النادي "..."", "أن القرار "...""), so those are left alone.
_NAMING_HEADS = word_set(
    "شبكة قناة صحيفة جريدة مجلة موقع وكالة محطة تلفزيون إذاعة "
    "كتاب فيلم أغنية برنامج مسلسل مسرحية رواية قصيدة ألبوم مقال "
    "عنوان اسم منظمة شركة مجموعة جماعة مركز ائتلاف تحالف مبادرة جائزة حملة "
    "كتيبة لواء فصيل مؤسسة جمعية حركة حزب مشروع مهرجان منتدى ندوة جلسة تطبيق "
    "هاشتاغ هاشتاق وسم شعار المسمى المسماة "
    # February's panel: a bank, a game, a phone, a page, a job, a button named in quotes
    # ("مصرف "أتش أس بي سي"", "لعبة "ذا ليجند أوف زيلدا"", "هاتف "غالاكسي إس 9 بلاس"",
    # "أيقونة "تقديم اعتراض على الدفعة الحالية"").
    "مصرف بنك لعبة هاتف صفحة وظيفة أيقونة "
    # An author's own work, named with his pronoun: "في روايته "موسم الهجرة إلى الشمال"".
    "روايته روايتها كتابه كتابها فيلمه فيلمها أغنيته أغنيتها ألبومه ألبومها مسلسله "
    "مسلسلها مسرحيته مسرحيتها قصيدته قصيدتها"
)
# Conjunctions and prepositions written on the head ("لشبكة", "بعنوان", "وكتاب"), never ال.
_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_HEADS = frozenset(prefix + head for prefix in _PROCLITICS for head in _NAMING_HEADS)
_HEAD_CHARS = 24  # characters read back for the head: the longest, "فبالمسماة", and spaces


def names_a_thing(text: str, start: int) -> bool:
    """True when the quotation mark at ``start`` opens the name of the indefinite noun just
    before it ("مجلة "بي إم جي كيس ريبورتس"", "تحت عنوان "..."): a title, never a quote."""
    before = text[max(0, start - _HEAD_CHARS) : start].split()
    return bool(before) and naming_head(before[-1])


def naming_head(word: str) -> bool:
    """True for an indefinite noun that a quoted name follows ("برنامج", "لشبكة", "بعنوان")."""
    return normalize(word) in _HEADS
