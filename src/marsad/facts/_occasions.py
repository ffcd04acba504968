"""Words after a speech verb that say to whom or on what occasion it was said, read as its
speaker: "وأكد لفرانس برس" (to AFP), "وقال سابيو لرويترز" (Sabio, to Reuters), "قال ... في
مؤتمر صحافي" (at a press conference), "في تصريحات تلفزيونية". An outlet spoken to, a press
conference or a visit is never who spoke."""

from __future__ import annotations

import re

from marsad.facts.gazetteer import gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.names import fold
from marsad.lang.words import word_set

# A name never opens with a preposition of time, place or means: "في تصريحات لـCNN",
# "خلال زيارة للقاهرة" are the circumstances of the saying.
_PREPOSITIONS = word_set("في خلال أثناء اثناء عبر أمام لدى عقب إثر")
# Occasions of speech, with or without the article: what was said at, not who said it.
_OCCASIONS = word_set(
    "مؤتمر مؤتمرات تصريح تصريحات مقابلة حوار زيارة كلمة خطاب لقاء اجتماع جلسة تغريدة "
    "تغريدات مداخلة ندوة"
)
# Whom words are said to when written with ل: outlets and their kinds ("لوكالة", "لقناة").
_OUTLET_KINDS = word_set("وكالة صحيفة قناة موقع مجلة إذاعة شبكة تلفزيون راديو محطة")
# The first words of news outlets' names, the class of bodies words are told to ("لرويترز",
# "لبي بي سي", "لسكاي نيوز عربية", "للجزيرة"); after a name, ل with another body is mostly
# the name's own construct ("المركز الإعلامي للجيش اليمني", "منظمة الأمم المتحدة للطفولة").
_OUTLETS = word_set(
    "رويترز فرانس بي بى سكاي الجزيرة العربية الأناضول سبوتنيك أسوشيتد يونهاب كيودو شينخوا "
    "بلومبرغ إيسنا إرنا تسنيم سانا واس وام"
)


def _to_outlet(word: str) -> bool:
    """ "لرويترز", "لوكالة", "لـCNN", "لفرانس24", "للجزيرة": ل and the outlet told."""
    if not word.startswith("ل") or len(word) < 3:
        return False
    rest = word[1:].lstrip("ـ")
    if not rest[:1].isalpha() or rest[:1].isascii() or any(ch.isdigit() for ch in rest):
        return True
    return rest in _OUTLET_KINDS or rest in _OUTLETS or "ا" + rest in _OUTLETS


def _addressee(word: str) -> bool:
    """A speaker's first word that says whom it was told to: an outlet, "للصحفيين", or ل
    with a name the gazetteer knows ("لحركة فتح"): no name opens so."""
    if _to_outlet(word) or word.startswith("لل"):
        return True
    return word[:1] == "ل" and len(word) >= 3 and fold(word[1:]) in gazetteer().first_words


def without_occasion(speaker: str) -> str | None:
    """The speaker without the outlet told that closes it ("سابيو لرويترز" → "سابيو"), or
    None when it is an occasion or an addressee only ("مؤتمر صحافي", "لفرانس برس")."""
    words = speaker.split()
    first = normalize(words[0]) if words else ""
    if not words or first in _PREPOSITIONS or first.removeprefix("ال") in _OCCASIONS:
        return None
    if _addressee(first) or (
        _governed(first) and (len(words) > 1 or not _GOVERNED_NOUN.match(first))
    ):
        return None
    for at, word in enumerate(words[1:], start=1):
        if _to_outlet(normalize(word)) or _by_occasion(normalize(word)):
            return " ".join(words[:at])
    return speaker


# ب/ل on a three-letter noun with no long vowel ("لوصف", "لدعم", "بحث"): a preposition on
# a verbal noun, never a subject. The names of this shape open with a long vowel or end
# with one ("ليلى", "لويس", "بشير", "بسام"); those the lexicon knows stay.
_GOVERNED_NOUN = re.compile("^ل[^اىه][^اويىه]{2}$")
# ل on a compound given name ("لعبدالملك الحوثي", "لأبو مازن"): of or to that person, whose
# words the phrase may hold, but the preposition says he is not the verb's subject.
_TO_COMPOUND = ("لعبد", "لابو", "لابي")


def _governed(first: str) -> bool:
    """A speaker's first word that a preposition governs: ل/ب on the article ("للمجلس",
    "بالوزارة") or ل on a bare verbal noun ("لوصف"): an object or a purpose, no subject."""
    if fold(first) in gazetteer().first_words:
        return False
    if first.startswith(("لل", "بال", *_TO_COMPOUND)):
        return True
    return bool(_GOVERNED_NOUN.match(first))


# "المجلس ببيان", "الوزارة بتغريدة": the means of the saying after the speaker, not its name.
_MEANS = _OCCASIONS | word_set("بيان بلاغ رسالة")


def _by_occasion(word: str) -> bool:
    """ب on an occasion or a statement ("ببيان", "بتصريحات", "بالبيان")."""
    if not word.startswith("ب") or len(word) < 4:
        return False
    rest = word[1:]
    return rest in _MEANS or rest.removeprefix("ال") in _MEANS
