"""A count right after the word of what happens to people ("مقتل 46 بحارا", "اعتقال 5
لاعبين", "مقتل 32 من ميليشيات"): its noun names people even when no person lexicon knows it."""

from __future__ import annotations

from collections.abc import Callable

from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# Arabic puts the verbal noun or verb of the event right before the count it governs ("مقتل 46
# بحارا", "القبض على 30 مشتبها"); a prepositional verb's "على/عن" and the "ما" of "ما لا يقل
# عن" may stand between them. Read on ANT, February 2018: 40 such counts of people outside the
# person lexicon were typed `other` (ميليشيات, انقلابيين, ضباط, بحارا, فلاحين, لاعبين ...).
_BETWEEN = word_set("على عن ما")
# People's nouns that are neither a sound plural nor a partitive: broken plurals and the
# accusative singular after 11-99 ("46 بحارا", "30 مشتبها", "ثلاثة ضباط", "أربعة من المارة").
PERSON_NOUNS = word_set(
    "بحار بحاره ضابط ضباط مشتبه مشتبها متهم متسلل متسللا فلاح صياد مار ماره مسلم مسلما انسان"
)
# The genitive sound plural, as a counted noun is written: "انقلابيين", "لاعبين"; not "ون",
# the ending of an imperfect verb too ("مئات يحتاجون").
_SOUND_PLURAL = "ين"
_SHORTEST_PLURAL = 5  # letters: "سنين" and the like are too short to tell


def governed(tokens: list[Token], start: int, governs: Callable[[str], bool]) -> bool:
    """True when the word right before a figure (whose first token, or qualifier's, is
    ``start``) is a verb or verbal noun of a counted thing (``governs``): the figure is its
    object or subject. A person noun does not govern: "ألقى مشجعون مئات من كرات التنس"."""
    i = start - 1
    while i >= 0 and tokens[i].norm in _BETWEEN:
        i -= 1
    return i >= 0 and i >= start - 2 and governs(tokens[i].norm)


def names_people(tokens: list[Token], noun: int, unit: str) -> bool:
    """True when the counted noun at ``noun`` (lemma ``unit``) names people by its form: the
    partitive "من" before it ("32 من ميليشيات الحوثي", "أربعة من التنظيم": some of a group),
    a sound masculine plural, or a word of ``PERSON_NOUNS``."""
    if noun >= 1 and tokens[noun - 1].norm == "من":
        return True
    plural = unit.endswith(_SOUND_PLURAL) and len(unit) >= _SHORTEST_PLURAL
    return plural or unit in PERSON_NOUNS or _nisba_after_scale(tokens, noun, unit)


# After a thousand or a million the counted noun is singular, and a people's nisba names them:
# "قتل نحو ثلاثة ملايين يهودي", "نزوح آلاف سوري".
_SCALES = word_set("ألف آلاف الاف ألفي مليون ملايين مليوني مليار")
_SHORTEST_NISBA = 4  # letters: "يهودي", "سوري"; not "أي"


def _nisba_after_scale(tokens: list[Token], noun: int, unit: str) -> bool:
    """True for a nisba ("ي") right after a scale word (``_SCALES``)."""
    nisba = unit.endswith("ي") and len(unit) >= _SHORTEST_NISBA
    return nisba and noun >= 1 and tokens[noun - 1].norm in _SCALES
