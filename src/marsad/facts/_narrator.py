"""Where reported speech ends and the narrator speaks again: "قال إن ...، وذلك خلال لقائه",
"... لكنه لم يوضح", "... كما توعد"; and quotes that are only narration ("، وفقا لما نقله")."""

from __future__ import annotations

from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import tokenize, words_of
from marsad.lang.words import word_set

# "وذلك" after what was said names its occasion or cause: the narrator's words.
_THAT_OCCASION = word_set("وذلك")
# A contrast with the subject's pronoun, then a verb of saying or of not telling: "لكنه لم
# يوضح", "لكنها أضافت" (matching form): the narrator on what the speaker said or left out.
# Another verb ("لكنها ستعلق", "لكنها لم تخترق") is mostly still the clause that was said.
_BUT_HE = word_set("لكنه لكنها ولكنه ولكنها")
_NEGATIONS = word_set("لم لن لا")
_SAID = word_set(
    "قال قالت أضاف أضافت أكد أكدت أوضح أوضحت أشار أشارت حذر حذرت استدرك استدركت أبلغ أبلغت "
    "نفى نفت اعترف اعترفت لفت لفتت شدد شددت رفض رفضت"
)
_TOLD = word_set("يوضح توضح يكشف تكشف يذكر تذكر يحدد تحدد يفصح تفصح يشر تشر يقدم تقدم يعلق تعلق")
# Connectives that open a new clause of the narrator when a verb follows (matching form).
_ALSO = word_set("كما وكما فيما بينما")
# "بحسب/وفقا لـ/نقلا عن" + the source: where the report came from, the narrator's words.
_SOURCE_CUES = word_set("وفقا ووفقا بحسب وبحسب حسب وحسب طبقا وطبقا نقلا ونقلا حسبما وحسبما")


def _past_verb(word: str) -> bool:
    """A word shaped as a third-person perfect: 3-6 letters, not definite, not an imperfect
    ("يقول" is still the speaker's), no pronoun ending of a noun."""
    # "ستعلق", "تستفيد", "تتولى": a future or an imperfect, still the speaker's clause
    imperfect = ("ال", "ي", "ن", "ست", "سي", "سن", "تست", "تت")
    if word.startswith(imperfect) or not word.isalpha() or word in ARABIC:
        return False  # "فيما بعد", "كما كان": an adverb or a particle, still what was said
    # a noun's pronoun, or a first person ("كما علمتنا"): the speaker's own words
    owned = word.endswith(("ه", "ها", "هم", "نا", "ني"))
    return 3 <= len(word.removesuffix("ت")) <= 6 and not owned


_CUES = _THAT_OCCASION | _BUT_HE | _ALSO | _SOURCE_CUES
MIN_SPOKEN = 4  # words of the speaker's own before a narrator's clause may close them


def narrator_from(text: str, begin: int) -> int:
    """Where the narrator's clause opens in the reported speech of ``text`` that starts at
    ``begin``, or the text's length (the sentence's tokens, read once for all its rules)."""
    if words_of(text).isdisjoint(_CUES):
        return len(text)  # one set test; most sentences hold no cue
    tokens = [t for t in tokenize(text) if t.start >= begin and (t.norm.isalpha() or t.norm == ",")]
    words = 0
    for at, token in enumerate(tokens):
        nxt = [t.norm for t in tokens[at + 1 : at + 3]]
        after_comma = at > 0 and tokens[at - 1].norm == ","
        if token.norm == ",":
            continue
        if words >= MIN_SPOKEN and _opens_narration(token.norm, nxt, after_comma):
            return token.start
        words += 1
    return len(text)


def _opens_narration(word: str, nxt: list[str], after_comma: bool) -> bool:
    """``word`` (with the two words ``nxt`` after it) opens the narrator's clause."""
    first = nxt[0] if nxt else ""
    if word in _THAT_OCCASION:
        return True
    if word in _BUT_HE:
        told = len(nxt) > 1 and first in _NEGATIONS and nxt[1] in _TOLD
        return first in _SAID or told
    if word in _ALSO:
        return after_comma and _past_verb(first)
    return word in _SOURCE_CUES and after_comma


_OPENING_MARKS = ("،", ",", ".", "؛", ";")


def narration_only(quote: str) -> bool:
    """True for a quote with no words, or one that opens with a comma or a stop: what lies
    between two quotes ("، وفقا لما نقله موقع"). One opening with a source cue may be the
    speaker's ("حسب المعلومات التي وصلتنا")."""
    if not any(ch.isalpha() for ch in quote):
        return True
    opening = quote.lstrip()
    ellipsis = opening.startswith("..") or opening.startswith("…")  # "...يجب أن نحاول"
    return opening.startswith(_OPENING_MARKS) and not ellipsis
