"""What a sentence claims, by its predicate and arguments, and when two sentences claim otherwise.

Word overlap does not part a paraphrase from a neighbouring fact of one speaker (round 18: "دعا
عباس لتطبيق مبادرة السلام العربية" and "دعا عباس إلى إقامة مؤتمر دولي للسلام" share the doer,
the verb and "السلام"). A claim is the predicate (the event frame's class, with its mood: done
or expected, and polarity) and what a call asks for; its doer, places and weekdays are the
frame's (``frames.Frame``), its figures by what they count ``frames.counts_otherwise``'s. Two
sentences claim otherwise when an argument conflicts; the credits refuse such a pair
(``conflict``; issue 19, round 19).
"""

from __future__ import annotations

import re

from marsad.caches import cached
from marsad.lang.arabic import normalize
from marsad.lang.clitics import without_proclitic
from marsad.summarize.frames import counts_otherwise
from marsad.summarize.signature import VERB_WITHIN

# A call or demand ("دعا"، "يطالب"، "حث"، with "و"/"ف" and the future "س"): what it asks for is
# its claim's object, read after "إلى" or from a verbal noun joined to "ل" ("دعا عباس لتطبيق
# مبادرة السلام" / "سيدعو إلى إيجاد إطار أوسع").
_CALL = re.compile(
    r"(?<!\w)[وف]?س?(?:دعا|دعت|يدعو|تدعو|ادعو|ندعو|طالب|طالبت|يطالب|تطالب|حث|حثت|يحث|تحث)(?!\w)"
)
# "إلى" (normalized "الي") opens what is called for; so does a verbal noun written onto "ل" of
# the derived forms, which begin with ت / ا (normalized إ, أ): "لتطبيق", "لإقامة", "لاتخاذ",
# "لاستئناف". A name on "ل" ("لبنان") is seldom of these forms; the first of the two is read.
_TO = re.compile(r"(?<!\w)الي\s+(\S+(?:\s+\S+)?)")
_FOR_NOUN = re.compile(r"(?<!\w)ل((?:ت|ا)\w{3,}(?:\s+\S+)?)")
_PUNCTUATION = "\"'()،,.:؛«»“”!؟?-"
# What a call asks for: its first words (the verbal noun and its object), at most this many.
CALLED_WORDS = 2


@cached(20_000)
def called(text: str) -> frozenset[str]:
    """The keys of what a call or demand among the first ``VERB_WITHIN`` words asks for, or
    nothing (no call, or no "إلى" / verbal noun on "ل" after it)."""
    head = " ".join(normalize(text).split())
    call = _CALL.search(head)
    if call is None or head.count(" ", 0, call.start()) >= VERB_WITHIN:
        return frozenset()
    rest = head[call.end() :]
    found = min(
        (m for m in (_TO.search(rest), _FOR_NOUN.search(rest)) if m is not None),
        key=lambda m: m.start(),
        default=None,
    )
    if found is None:
        return frozenset()
    return frozenset(_key(word) for word in found.group(1).split()[:CALLED_WORDS])


# "آلية" (a mechanism) is spelled "اليه" once normalized, as "إليه" (to him), which the stemmer
# drops as a function word: a call's words are keyed by their first letters instead, without
# the article ("الآلية" / "آلية", "إقامة" / "اقامه", "دولي" / "دولية").
KEY_LETTERS = 4
_ARTICLE = ("وال", "بال", "فال", "لل", "ال")


def _key(word: str) -> str:
    """The first ``KEY_LETTERS`` letters of a normalized word without punctuation and article."""
    return without_proclitic(word.strip(_PUNCTUATION), _ARTICLE)[:KEY_LETTERS]


def conflict(shown: str, other: str) -> bool:
    """True when ``other`` claims otherwise than ``shown``: another figure for what they both
    count (``frames.counts_otherwise``), or a call for another thing (``calls_otherwise``)."""
    return counts_otherwise(shown, other) or calls_otherwise(shown, other)


def calls_otherwise(shown: str, other: str) -> bool:
    """True when both sentences call for something and the two share no stem of it: "دعا عباس
    لتطبيق مبادرة السلام العربية" is not "دعا عباس ... إلى إقامة مؤتمر دولي للسلام" (February,
    round 18's gold: two wrong credits)."""
    one = called(shown)
    if not one:
        return False
    two = called(other)
    return bool(two) and not one & two
