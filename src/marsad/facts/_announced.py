"""Announcements: "أعلنت شركة "سبيس إكس" عن إطلاق صاروخها", "أعلنت الحكومة العراقية، الاثنين،
تمديد الحظر": what was announced is a noun, not a clause opened by أن, so it is found by
where the subject ends: at "عن", or after the day the subject is followed by between commas."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.facts._quote_words import QUOTE_MARKS
from marsad.facts.gazetteer import lexicon_rows
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize
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
_QUOTED_NAME = 3  # words of a quoted name: "شركة "HMD"", "مجموعة "بوينغ للطائرات""
# An indefinite verbal noun of what was decided closes the subject when nothing else does
# ("أعلنت إدارة الهلال إقالة المدرب"); read after a preposition it is no object ("أعلن عن ضم").
_ANNOUNCED_NOUNS = frozenset(normalize(row[0]) for row in lexicon_rows("announced_nouns.txt"))
_BEFORE_OBJECT_NOT = word_set("عن على في من إلى الى ل ب")
# Tokens read for عن or the day: "أعلنت شركة "HMD" المسؤولة عن تصنيع هواتف "Nokia"، الأحد، عن".
_ANNOUNCE_WINDOW = 16


def _name_closes(tokens: Sequence[Token], at: int) -> int:
    """Index of the mark closing a quoted name opened at ``at`` within ``_QUOTED_NAME`` words,
    else -1: a quoted name is part of the subject, a longer quote is what was said."""
    for end in range(at + 1, min(at + _QUOTED_NAME + 2, len(tokens))):
        if tokens[end].text in QUOTE_MARKS:
            return end
    return -1


def _brackets_close(tokens: Sequence[Token], at: int) -> int:
    """Index of the ")" closing a bracket opened at ``at`` around one or two words, else -1."""
    for end in range(at + 2, min(at + 4, len(tokens))):
        if tokens[end].text == ")":
            return end
    return -1


_BRACKETED = re.compile(r"\(\s*[^()\s]+(?:\s+[^()\s]+)?\s*\)")


def announces(verb: str) -> bool:
    """True for "أعلن" in any of its forms with clitics ("وأعلنت", "ويعلن")."""
    return any(form in _ANNOUNCE for form in stems(verb))


# "أكد وزير الخارجية البحريني، ...، الاثنين، ثقته في قدرة بلاده": "أكد" with a noun that
# carries its subject's pronoun (his confidence, her support) states the subject's stance in
# words: that noun opens what was said, the words before it are the subject. Only that object
# ("أكد الوزير ضرورة ..." is left: nothing marks where the subject ends).
_STANCE = word_set("أكد أكدت يؤكد تؤكد")


def states_stance(verb: str) -> bool:
    """True for "أكد" in any of its forms with clitics ("وأكدت", "ويؤكد")."""
    return any(form in _STANCE for form in stems(verb))


# "أكد/شدد X على ضرورة ..." (February blind gold: quotes the annotators name): على before a
# noun of need marks where the subject ends, so the stance is said, the subject its speaker.
_STRESS = _STANCE | word_set("شدد شددت يشدد تشدد")
_ON = word_set("على")
_NEED_NOUNS = word_set("ضرورة أهمية")


def stresses(verb: str) -> bool:
    """True for "أكد" or "شدد" in any of their forms with clitics ("وشددت", "ويؤكد")."""
    return any(form in _STRESS for form in stems(verb))


def _possessed(word: str) -> bool:
    """A noun with a possessive pronoun ("ثقته", "نيتها", "مسؤوليته"), not a preposition or
    particle with one ("عليها", "لديهم", "بينهما", "أنها")."""
    return len(word) >= 4 and word not in ARABIC and bool(_POSSESSIVE.search(word))


def announced_from(
    tokens: Sequence[Token], verb_end: int, *, stance: bool = False, need: bool = False
) -> tuple[int, int] | None:
    """Where the subject of a sentence-opening "أعلن" ends and what it announced begins: at
    "عن", at the commas around the day ("، الاثنين، تمديد"), or at a noun with the subject's
    pronoun ("أعلنت شرطة ... نيتها تطوير"; the only close of "أكد", ``stance``). None when
    nothing closes a subject in the window, or a quote mark, a colon or a clause break comes
    first (the words after those are what was said, read by the other rules). With ``need``,
    "على ضرورة/أهمية" closes it too ("شدد الوزير على ضرورة الحوار": "ضرورة" opens what was
    said)."""
    rest = [t for t in tokens if t.start >= verb_end]
    following = rest[:_ANNOUNCE_WINDOW]
    closes = -1  # the closing mark of a quoted name ("أعلنت شركة "أوبر" التي ...")
    for at, token in enumerate(following):
        if at <= closes:
            continue
        if token.text in QUOTE_MARKS and (closes := _name_closes(following, at)) > at:
            continue
        if token.text == "(" and (closes := _brackets_close(following, at)) > at:
            continue  # "الاتحاد الأفريقي لكرة القدم (كاف)، الاثنين،": the body's short name
        if token.text in _STOPS:
            return None
        if at and _possessed(token.norm) and (stance or not need):
            return token.start, token.start  # the possessed noun is the first word said
        if (
            need
            and at
            and token.norm in _ON
            and at + 1 < len(following)
            and following[at + 1].norm in _NEED_NOUNS
        ):
            return token.start, following[at + 1].start
        if stance or need:
            continue
        if at and _announced_noun(token.norm, following[at - 1].norm):
            return token.start, token.start  # "إقالة المدرب": the first word announced
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
            after = rest[at + 1] if at + 1 < len(rest) else token
            return following[at - 2].start, (after if after.norm in _ABOUT else token).end
    return None


def _announced_noun(word: str, before: str) -> bool:
    """An indefinite verbal noun of ``announced_nouns.txt`` ("إقالة", "ضم") not governed by
    the preposition before it."""
    return word in _ANNOUNCED_NOUNS and before not in _BEFORE_OBJECT_NOT


# A noun with a possessive pronoun is the object, never part of the subject's name: "أعلنت
# الممثلة ... انفصالها عن", "أعلن تنظيم داعش ... مسؤوليته عن".
_POSSESSIVE = re.compile("(?:ها|هم|هما|هن|ته)$")
# The verbal noun إفعال(ة), indefinite, is what was announced ("إيقاف", "إطلاق", "إصابة"), never a
# word of the subject's name after its first word (normalized: إ is ا, ة is ه).
_VERBAL_NOUN = re.compile("^ا\\w{2}ا\\w(?:ه)?$")
_SKIPPED = _DAYS | word_set("مؤخرا رسميا") | QUOTE_MARKS | {"#"}
# What may stand before the name in the subject: a title ("المتحدث باسم الجيش المصري العقيد"),
# a body's definite words, "في" of where the office is.
_BEFORE = word_set("باسم في فى")


def names_subject(speaker: str, subject: str, title: Callable[[str], bool]) -> bool:
    """True when ``speaker`` is the whole subject written between "أعلن" and what it announced:
    only titles or a body's definite words before it, and after it nothing, a nationality
    ("شركة "ديليك دريلينغ" الإسرائيلية") or a comma and a title opening an apposition ("الشيخ
    محمد بن راشد، نائب رئيس الإمارات ...، السبت،"; not "نادي رايو فاليكانو، إصابة لاعبه"). A
    subject with more words ("أعلنت وزارة الداخلية مقتل شخص ... وجرح ستة آخرين، السبت،") holds
    the object: no speaker rather than a wrong one."""
    clean = _BRACKETED.sub(" ", subject.replace("_", " "))
    words = [normalize(t.text) for t in tokenize(clean)]
    words = [w for w in words if w and w not in _SKIPPED]
    said = [normalize(w) for w in speaker.replace("#", " ").replace("_", " ").split()]
    if not said or any(_POSSESSIVE.search(w) for w in said):
        return False
    if any(_VERBAL_NOUN.match(w) for w in said[1:]):
        return False  # "الاتحاد الأوروبي لكرة القدم إيقاف سمير نصري": the object began
    first = next((i for i in range(len(words)) if words[i : i + len(said)] == said), None)
    if first is None:
        return False
    before = [w for w in words[:first] if w not in _COMMAS]
    if not all(w in _BEFORE or w.startswith("ال") or title(w) for w in before):
        return False
    after = words[first + len(said) :]
    if all(w in _COMMAS for w in after):
        return True  # "، الاثنين،": only the commas around the day (skipped) follow the name
    if after[0] in _COMMAS:
        return len(after) > 1 and title(after[1])  # "، نائب رئيس ...", not "، إصابة لاعبه"
    return all(_nationality(w) for w in after)


def _nationality(word: str) -> bool:
    """A definite nisba adjective: "الإسرائيلية", "الإسباني"."""
    return word.startswith("ال") and word.endswith(("ي", "يه"))
