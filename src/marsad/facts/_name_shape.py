"""What a person's name after a title is not: a title inside the name of a thing ("جامعة الملك
سعود"), a rank's adjective ("قائد رفيع"), a quantifier ("نائب رئيس أحد الأحزاب"), a verbal
noun with "and" ("الحاكم، وتغيير نظام"), or a companion with "his" after the name ("تياغو
سيلفا وزملاؤه"). Round 32's read of 30 February story panels found 15 of 36 wrong items were
such non-names or run-on names."""

from __future__ import annotations

import re
from importlib.resources import files

from marsad.caches import cached
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set


@cached()
def _named_things() -> frozenset[str]:
    """Nouns whose name a title opens (``lexicons/named_things.txt``), in matching form."""
    text = files("marsad.facts").joinpath("lexicons", "named_things.txt").read_text("utf-8")
    return word_set(" ".join(ln for ln in text.splitlines() if ln and not ln.startswith("#")))


def title_in_a_things_name(tokens: list[Token], i: int) -> bool:
    """True when the title at ``i`` follows a noun of a thing or place named after someone
    ("جامعة الملك سعود", "بكأس الملك", "قرية الشيخ حديد"): the words after it name the thing."""
    if i == 0:
        return False
    things = _named_things()
    return any(form.removeprefix("ال") in things for form in stems(tokens[i - 1].norm))


# Adjectives of rank after an indefinite title ("قائد رفيع بالبحرية", "مسؤول كبير",
# "دبلوماسي بارز"): no name follows a title so.
RANK_ADJECTIVES = word_set("رفيع رفيعة رفيعا كبير كبيرة كبيرا بارز بارزة بارزا كبار")
# Quantifiers and "one of" after a title ("نائب رئيس أحد الأحزاب", "رئيس إحدى الشركات",
# "مدير بعض"): what the title heads, never a first name.
QUANTIFIERS = word_set("أحد إحدى احدى بعض عدة كل")
# The body or service a title heads, with no ة to tell it ("مدير أمن محافظة البحيرة").
SERVICE_NOUNS = word_set("أمن")

# "And" on a verbal noun of form II, تفعيل ("وتغيير", "وتطوير", "وتعزيز"): the next item of a
# list after a title, never a name.
_AND_MASDAR = re.compile("^[وف]ت[^ا]{2}ي[^اويى]$")
# "And" on a noun with "his/her/their" after a name ("وزملاؤه", "ونجله", "وزوجته"): a companion,
# so the name ends before it.
_AND_POSSESSED = re.compile("^و.{3,}(?:ه|ها|هم|هما)$")
# Words that end a name: "almost" ("حسني مبارك شبه محسومة").
_ENDS_A_NAME = word_set("شبه")


def opens_no_name(token: Token) -> bool:
    """True for a first word after a title that opens no name (``RANK_ADJECTIVES``,
    ``QUANTIFIERS``, ``SERVICE_NOUNS``, "and" on a verbal noun)."""
    word = normalize(token.text)
    return (
        word in RANK_ADJECTIVES
        or word in QUANTIFIERS
        or word in SERVICE_NOUNS
        or bool(_AND_MASDAR.match(word))
    )


def ends_a_name(token: Token) -> bool:
    """True for a word after a name's first word that is no part of it (``_AND_POSSESSED``,
    ``_ENDS_A_NAME``)."""
    word = normalize(token.text)
    return word in _ENDS_A_NAME or bool(_AND_POSSESSED.match(word))
