"""A quote mention, and the speech verbs that cite one (with clitics, not the nouns)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.caches import cached
from marsad.facts._quote_words import CARRIED, POINT_VERBS, REPORTS
from marsad.lang.clitics import stems, with_clitics
from marsad.lang.tokens import Token, tokenize, words_of
from marsad.lang.words import word_set

# Speech verbs (past and present, both genders) and attribution words, in matching form.
SPEECH_VERBS = word_set(
    "قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أوضح أوضحت أضاف "
    "أضافت تابع تابعت صرح صرحت ذكر ذكرت أشار أشارت اعتبر اعتبرت حذر حذرت شدد شددت "
    "أفاد أفادت قوله قولها قائلا قائلة نقل نقلت أردف أردفت يضيف تضيف نفى نفت أبلغ أبلغت "
    "لفت لفتت كتب كتبت نوه نوهت انتقد انتقدت ندد نددت "
    "said says told added stated warned"
)
_SPEECH_WITH_CLITICS = with_clitics(SPEECH_VERBS)


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteMention:
    """A quote in one sentence: quoted or reported text, speaker if known, span."""

    text: str
    kind: str  # "direct" or "reported"
    speaker: str | None
    start: int
    end: int
    cited: bool = False  # a speech verb cites it: someone speaks, known or not
    gender: str = "m"  # of the verb that cites it: "f" for قالت/تقول/أضافت, else "m"
    continued: bool = False  # the speaker is the one before's ("وأضاف: ...")
    announced: bool = False  # what "أعلن" announced, a noun: a decision or an event, not words
    # "وأشار التقرير إلى": a report's words; the article gives its issuer (``article_quotes``)
    report: bool = False


def has_speech_verb(text: str) -> bool:
    """True when a speech verb may be in the text (one set test; a few false positives)."""
    return not words_of(text).isdisjoint(_SPEECH_WITH_CLITICS)


def verb_positions(text: str) -> list[tuple[int, int]]:
    """Character spans of speech verbs (with clitics: "وقال", "وأضاف")."""
    verbs = words_of(text) & _SPEECH_WITH_CLITICS  # every speech verb is one of these words
    if not verbs:
        return []  # most sentences: one set test instead of a token loop
    tokens = tokenize(text)
    return [
        (t.start, t.end)
        for at, t in enumerate(tokens)
        if t.norm in verbs and is_speech_verb(t.norm) and not _carries(tokens, at)
    ]


def _carries(tokens: Sequence[Token], at: int) -> bool:
    """True for a speech verb's form that says nothing: "نقل" with no "عن"/"لسان" after it
    ("شركة نقل بحري، اعتبرت", "نقل المصابين إلى المستشفى"; "نقلت وكالة ... عن مصدر" cites
    someone), "لفت" of attention ("الذي لفت انتباهي")."""
    if any(form in POINT_VERBS for form in stems(tokens[at].norm)):
        # "الذي لفت انتباهي", "لفتت الأنظار": drew attention, said nothing
        after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        return after.removeprefix("ال").startswith(("انتباه", "نظر", "انظار"))
    if not any(form in REPORTS for form in stems(tokens[at].norm)):
        return False
    return not any(t.norm in ("عن", "لسان") for t in tokens[at + 1 : at + CARRIED + 1])


@cached(100_000)
def is_speech_verb(word: str) -> bool:
    """True when a word is a speech verb with its clitics (``SPEECH_VERBS``), not a noun."""
    if word.startswith(_ARTICLE):
        return False  # "الكتب", "الوصف": nouns, not "كتب", "وصف"
    return any(form in SPEECH_VERBS for form in stems(word.lower()))


_ARTICLE = ("ال", "وال", "بال", "لل", "فال", "كال")
