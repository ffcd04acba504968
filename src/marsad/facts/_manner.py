"""Participles and adverbs of manner after a speech verb: how the words were said, never who
said them."""

from __future__ import annotations

from marsad.lang.arabic import normalize
from marsad.lang.words import word_set

# An indefinite accusative participle right after a speech verb is a حال, a circumstance of
# the saying ("وأضاف مخاطبا أنصار الحزب", "وأضاف كارني متحدثا أمام طلاب"): the verb's subject
# is the pronoun or the name before it, never the participle and the words after it. Only
# the masculine forms, whose final alif (tanween of the accusative) no noun or name in the
# subject's place has: the feminine ones are nouns too ("وقالت متحدثة باسم منظمة أوكسفام",
# "مضيفة طيران") or names ("مشيرة").
MANNER = word_set("متحدثا مخاطبا مضيفا مشيرا موضحا مؤكدا معربا مشددا منوها متابعا")


def opens_with_manner(speaker: str) -> bool:
    """True for a speaker read from words that open with a participle of manner."""
    return normalize(speaker.split()[0]) in MANNER


# Adverbs of repetition right after a speech verb ("وقال مرة أخرى إنه", "وقال مجددا إن"): when
# the words were said again, never its subject, so the verb still has none of its own.
_AGAIN = ("مرة أخرى", "مرة ثانية", "مجددا", "مجدداً", "أيضا", "أيضاً", "كذلك")


def past_adverbs(after: str) -> str:
    """The words after a speech verb without the adverbs of repetition that open them."""
    rest = after.lstrip()
    while opening := next((a for a in _AGAIN if rest.startswith(a + " ")), None):
        rest = rest[len(opening) :].lstrip()
    return rest
