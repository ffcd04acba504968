"""Word tests on a speaker's phrase: titles, kin, a body's kind, adverbs, whether it names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from marsad.caches import cached
from marsad.facts._manner import MANNER
from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.facts._quote_words import (
    BESIDE_NAMES,
    BODIES,
    KIN,
    KIN_PRONOUN,
    KINDS,
    SPEAKER_HEADS,
)
from marsad.facts.gazetteer import PLACE_TYPES, gazetteer, lexicon_rows
from marsad.lang.arabic import normalize
from marsad.lang.names import fold
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set


def body_first(name: str) -> bool:
    """True when a name opens with a body's kind ("قوات تحالف دعم"): no person's name does."""
    first = normalize(name.split()[0]).removeprefix("و")
    return first in KINDS or first in BODIES or first == "قوات"


@cached(100_000)
def _kin(text: str) -> bool:
    """True for a kin noun with a possessive pronoun ("عمها", "وشقيقتها", "والده"); not
    "والدة ألفي" (ة is no pronoun, though normalized alike)."""
    if text.endswith("ة"):
        return False
    found = KIN_PRONOUN.match(normalize(text))
    if found is None:
        return False
    stem = found.group(1)
    stems_ = (stem, stem[1:]) if stem[:1] in ("و", "ف") else (stem,)
    return any(s in KIN or (s.endswith("ت") and s[:-1] + "ه" in KIN) for s in stems_)


def _span(text: str, start: int, end: int) -> list[Token]:
    """The sentence's tokens (tokenized once, cached) inside ``start``..``end``: a run of
    them, found by bisection (tokens do not overlap, so their starts and ends both grow)."""
    tokens = tokenize(text)
    return tokens[bisect_left(tokens, start, key=_START) : bisect_right(tokens, end, key=_END)]


_START = attrgetter("start")
_END = attrgetter("end")


def is_title(phrase: str) -> bool:
    return normalize(phrase.split()[0]) in SPEAKER_HEADS


def apposition_title(word: str) -> bool:
    """A title or trade word: a speaker head ("وزير") or a word written beside a name."""
    norm = normalize(word)
    return norm in SPEAKER_HEADS or norm in BESIDE_NAMES


# Prepositions and adverbs that take a pronoun ("فوقها", "خلاله", "بجانبها", "لنفسه").
_WITH_PRONOUN = re.compile(
    "^(?:و|ف)?(?:ب|ل)?(?:فوق|تحت|خلال|جانب|نفس|حين|وقت|امام|عند|لدي|بعد|قبل|مع|اسم)(?:ه|ها|هم|هما|هن)$"
)
_SPEECH_NOUNS = word_set("قول تصريح حديث")  # "واكتفى بالقول": how, not who
_ADVERBS = word_set("مؤخرا ردا قائلا قائله حينها آنذاك وقتها لاحقا سابقا")


# The part of a period a verb is dated by, never a name's first word: "وكانت صحيفة "..." قالت
# أوائل شهر فبراير، إن" (these broken plurals and nouns only ever open a time phrase).
_PERIOD_PARTS = word_set("أوائل أواخر أواسط مطلع منتصف")
# Particles and prepositions of time that never open a name, bare or after one clitic, as
# written (hamza kept: "فإن" is a particle, "فان" may be Van): ``not_name_openers.txt``.
_NOT_OPENERS = frozenset(row[0] for row in lexicon_rows("not_name_openers.txt"))
_CLITICS = ("و", "ف", "ب", "ل", "ك")
_MARKS = re.compile("[\u064b-\u0652\u0640]")  # diacritics and tatweel


def _function_opener(word: str) -> bool:
    """True for a particle or preposition of time, bare or after one clitic ("فقبل")."""
    bare = _MARKS.sub("", word)
    return bare in _NOT_OPENERS or (bare[:1] in _CLITICS and bare[1:] in _NOT_OPENERS)


# A clause of manner is never a name ("وخاطبت السفيرة ... وكأنه موجود بالقاعة قائلة").
_AS_IF = re.compile("^(?:و|ف)?كان(?:ه|ها|هم|هما|هن)?$")
# Adverbs after a speech verb's subject: not part of it ("وقال المتحدث أيضا إن").
_LAST_ADVERBS = word_set("مرارا تكرارا مجددا ايضا أيضا كذلك بدوره بدورها")
# then and there: "وقالت السلطات الفرنسية حينذاك إنه", "وتقول السلطات هناك إنه"
_LAST_ADVERBS |= word_set("حينذاك هناك")
# The day after a subject is when it spoke, an adverb of time, not its name's last word ("وقال
# المسؤول الفلسطيني ناصر القدوة الاثنين إن", "وقالت الشرطة البريطانية مساء الأحد").
_LAST_ADVERBS |= ARABIC_WEEKDAYS | word_set("أمس اليوم مساء")  # not "صباح", a name
_LAST_ADVERBS |= MANNER  # "وأضاف كارني متحدثا أمام طلاب": how he spoke, not his name


def without_adverb(speaker: str) -> str | None:
    """The speaker without the adverbs closing it ("شركة فيسبوك أيضا" → "شركة فيسبوك"), or
    None when a place is all that is left: the end of a title ("عمدة صوفيا مرارا إن"), whose
    name came before it."""
    words = speaker.split()
    while len(words) > 1 and normalize(words[-1]) in _LAST_ADVERBS:
        words.pop()
    if len(words) == len(speaker.split()):
        return speaker
    entry = gazetteer().phrases.get((fold(words[0]),)) if len(words) == 1 else None
    return None if entry is not None and entry.type in PLACE_TYPES else " ".join(words)


# A plural of things with a pronoun ("كلماتها", "تصريحاته"): no one's name; a noun of a person
# with one ("مبتكرها", February blind gold) is an unnamed speaker.
_OWNED_PLURALS = ("اتها", "اته", "اتهم", "اتهما")


def could_name(speaker: str) -> bool:
    """False for a speaker that is words of the sentence, not a name: one word that is an
    adverb or a preposition with a pronoun ("فوقها", "حينها"), a speech noun after "بـ"
    ("بالقول"), or an addressee, "لـ" before a known name, Latin letters or digits ("لرويترز",
    "لـCNN"); several that open with "كأن" ("وكأنه موجود بالقاعة") or a period's part ("أوائل
    شهر")."""
    if " " in speaker:
        if _function_opener(speaker.split()[0]):
            return False  # "فقبل رضوان": a particle glued to the name run, a garbled span
        first = normalize(speaker.split()[0])
        return not _AS_IF.match(first) and first not in _PERIOD_PARTS
    word = normalize(speaker)
    if word in _ADVERBS or _WITH_PRONOUN.match(word):
        return False
    if word.endswith(_OWNED_PLURALS):
        return False  # "وتقول كلماتها:": things with their owner's pronoun, the song's words
    if word.startswith(("بال", "وبال")) and word.removeprefix("و")[3:] in _SPEECH_NOUNS:
        return False
    if not word.startswith("ل") or len(word) < 3:
        return True
    rest = word[1:].lstrip("ـ")
    if not rest[:1].isalpha() or rest[:1].isascii() or any(ch.isdigit() for ch in rest):
        return False
    return fold(rest) not in gazetteer().first_words
