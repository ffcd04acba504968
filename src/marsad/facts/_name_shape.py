"""What a person's name after a title is not: a title inside the name of a thing ("جامعة الملك
سعود"), a rank's adjective ("قائد رفيع"), a quantifier ("نائب رئيس أحد الأحزاب"), a verbal
noun with "and" ("الحاكم، وتغيير نظام"), or a companion with "his" after the name ("تياغو
سيلفا وزملاؤه"). Round 32's read of 30 February story panels found 15 of 36 wrong items were
such non-names or run-on names."""

from __future__ import annotations

import re

from marsad.caches import cached
from marsad.facts._name_words import not_a_person_word
from marsad.facts.gazetteer import gazetteer, lexicon_rows
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.names import fold
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token
from marsad.lang.words import word_set


@cached()
def _lexicon_words(name: str) -> frozenset[str]:
    """The words of a shipped word list (``lexicons/NAME``), in matching form."""
    return word_set(" ".join(row[0] for row in lexicon_rows(name)))


def title_in_a_things_name(tokens: list[Token], i: int) -> bool:
    """True when the title at ``i`` follows a noun of a thing or place named after someone
    ("جامعة الملك سعود", "بكأس الملك", "قرية الشيخ حديد"): the words after it name the thing."""
    if i == 0:
        return False
    things = _lexicon_words("named_things.txt")
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
# Verbal nouns of forms VII, VIII and X, انفعال، افتعال، استفعال, with "and" and their plural
# ات ("الرئيس رودريغو دوتيرتي انتقادات حادة"): an action after the name, never part of it.
# Only the plural opens no name: "انتصار" and "ابتسام" are given names.
_DERIVED_FORMS = "^[وف]?(?:ان[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا])"
_DERIVED_MASDAR = re.compile(_DERIVED_FORMS + "(?:ات)?$")
# A three-letter word whose last two letters are one, a verb of a doubled root or of form II
# written without its shadda ("رودريغو دوتيرتي قرر استمرار", "شدد", "حدد"): no name word.
_DOUBLED_VERB = re.compile("^[وف]?[^اويى]([^اويى])\\1$")
_DERIVED_MASDAR_PLURAL = re.compile(_DERIVED_FORMS + "ات$")


def opens_no_name(token: Token) -> bool:
    """True for a first word after a title that opens no name (``RANK_ADJECTIVES``,
    ``QUANTIFIERS``, ``SERVICE_NOUNS``, "and" on a verbal noun, a plural of a derived verbal
    noun, a verbal noun of form I of ``action_nouns.txt``)."""
    word = normalize(token.text)
    return (
        word in RANK_ADJECTIVES
        or word in QUANTIFIERS
        or word in SERVICE_NOUNS
        or bool(_AND_MASDAR.match(word))
        or bool(_DERIVED_MASDAR_PLURAL.match(word))
        or word in _lexicon_words("action_nouns.txt")
    )


def ends_a_name(token: Token) -> bool:
    """True for a word after a name's first word that is no part of it (``_AND_POSSESSED``,
    ``_ENDS_A_NAME``, a derived verbal noun)."""
    word = normalize(token.text)
    return (
        word in _ENDS_A_NAME
        or bool(_AND_POSSESSED.match(word))
        or bool(_DERIVED_MASDAR.match(word))
        or bool(_DOUBLED_VERB.match(word))
    )


# A first name after a nisba adjective ("الإسباني أوناي إيمري"): two words, neither with the
# article, a stop word, a digit or a verb's or possessed noun's shape.
_NAME_AFTER_NISBA = 2


def before_a_name(tokens: list[Token], at: int) -> bool:
    """True when a person's name starts at ``at``: a lexicon person, or two plain words
    (``_NAME_AFTER_NISBA``) no lexicon starts; a nisba right before it is a nationality."""
    if at >= len(tokens):
        return False
    first = fold(tokens[at].norm)
    entry = gazetteer().phrases.get((first, *(fold(t.norm) for t in tokens[at + 1 : at + 2])))
    if entry is not None and entry.type == "person":
        return True
    words = tokens[at : at + _NAME_AFTER_NISBA]
    return len(words) == _NAME_AFTER_NISBA and all(_plain_name_word(t) for t in words)


def _plain_name_word(token: Token) -> bool:
    """A word that may be part of a foreign or Arabic name (see ``before_a_name``): with a long
    vowel after its first letter, as transliterated names are written ("أوناي", "روتشي"), where
    the common nouns of news after a nisba have none ("مقتل", "قصف")."""
    word = token.norm
    return (
        token.text[:1].isalpha()
        and not token.text[:1].isascii()
        and len(word) >= 3
        and not _DEFINITE.match(word)
        and word not in ARABIC
        and word.lstrip("وفبلك") not in ARABIC
        and fold(word) not in gazetteer().first_words
        and not not_a_person_word(word, token.text)
        and not word.endswith(("ه", "ات"))
        and any(vowel in word[1:] for vowel in "اوي")
    )


_DEFINITE = re.compile("^(?:[وف]?[بلك]?ال|[وف]?لل)")
