"""Quotes: direct quotes in « », “ ” or "..." and reported speech, with the speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.caches import cached
from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems, with_clitics
from marsad.lang.tokens import CLAUSE_BREAKS, tokenize, words_of
from marsad.lang.words import word_set

_QUOTED = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\"")
# Speech verbs (past and present, both genders) and attribution words, in matching form.
SPEECH_VERBS = word_set(
    "قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أوضح أوضحت أضاف "
    "أضافت تابع تابعت صرح صرحت ذكر ذكرت أشار أشارت اعتبر اعتبرت حذر حذرت شدد شددت "
    "أفاد أفادت قوله قولها قائلا قائلة نقل نقلت said says told added stated warned"
)
_SPEECH_WITH_CLITICS = with_clitics(SPEECH_VERBS)
_ACCORDING = word_set("بحسب حسب وفق وفقا according")
# "قال X إن ...": the complementizer that opens reported speech.
_THAT = frozenset({"ان", "انه", "انها", "بان", "that"})
_SPEAKER_TYPES = frozenset({"person", "organization", "country"})
MIN_QUOTE_WORDS = 4  # shorter quoted spans are scare quotes ("إرهابي") unless a verb cites them
_SUBJECT_GAP = 12  # characters between a subject-first speaker and the verb
# "وأضاف: ..." at the start of a sentence continues the previous speaker's words.
_CONTINUATION_CHARS = 12
_VERB_WINDOW = 120  # characters before a quote in which a speech verb makes it a citation


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteMention:
    """A quote in one sentence: quoted or reported text, speaker if known, span."""

    text: str
    kind: str  # "direct" or "reported"
    speaker: str | None
    start: int
    end: int


def _verb_positions(text: str) -> list[tuple[int, int]]:
    """Character spans of speech verbs (with clitics: "وقال", "وأضاف")."""
    if words_of(text).isdisjoint(_SPEECH_WITH_CLITICS):
        return []  # most sentences: one set test instead of a token loop
    return [(t.start, t.end) for t in tokenize(text) if _is_speech_verb(t.norm)]


@cached(100_000)
def _is_speech_verb(word: str) -> bool:
    return any(form in SPEECH_VERBS for form in stems(word.lower()))


def _speaker(
    entities: Sequence[EntityMention],
    verb: tuple[int, int] | None,
    limit: int,
    text: str = "",
) -> str | None:
    """The verb's subject: a person named after it (Arabic is verb-first), else an office
    ("وزير خارجية قطر", not the country), else the body or the words right after the verb
    ("وقالت الشرطة"), else a subject written just before the verb. None rather than a guess."""
    named = [e for e in entities if e.type in _SPEAKER_TYPES and e.form != "nisba"]
    if verb is None:
        before = [e for e in named if e.end <= limit]
        return before[-1].canonical if before else None
    start = _attributed_from(text, verb) if text else verb[1]
    after = [e for e in named if start <= e.start < limit]
    people = [e for e in after if e.type == "person"]
    if people:
        # "وقال المتحدث باسم الكرملين ديمتري بيسكوف": the person, not the office's institution.
        return people[0].canonical
    phrase = _subject_words(text, start, limit) if text else None
    if phrase and _is_title(phrase):
        return phrase
    if after and after[0].start - start <= _SUBJECT_GAP:
        return after[0].canonical
    if phrase:
        return phrase
    # Subject-first ("وزارة الدفاع الروسية قالت"): the entity must end right before the verb.
    before = [e for e in named if verb[0] - _SUBJECT_GAP <= e.end <= verb[0]]
    return before[-1].canonical if before else None


# "ونقلت رويترز عن مسؤول في البنك قوله": the agency reports, the one after "عن" speaks.
_REPORTS = word_set("نقل نقلت ونقل ونقلت نقلا")
_FROM = 6  # tokens after "نقلت" searched for "عن"
_SUBJECT_STOPS = word_set(
    "إن أن ان انه إنه انها إنها بأن بان أنه أنها : عن على إلى الى لـ خلال أمس اليوم يوم "
    "هو هي هم إنهم انهم قوله قولها قائلا قائلة مضيفا مضيفة في نقلا عبر بيان that"
)
_SUBJECT_WORDS = 5
_SUBJECT_BREAKS = CLAUSE_BREAKS | {'"', "«", "“"}
# Words a speaker's name can start with when no entity is found: offices, unnamed officials
# and bodies. Reports, statements and newspapers are how words reach the outlet, not who said
# them ("وقالت التقارير"): no speaker then, rather than a wrong one.
_SPEAKER_HEADS = word_set(
    "وزير وزيرة رئيس رئيسة الرئيس المتحدث المتحدثة الناطق الناطقة متحدث ناطق مدير المدير "
    "قائد السفير سفير الأمين أمين المبعوث مبعوث نائب المستشار مستشار مسؤول المسؤول مصدر مصادر "
    "المصدر المصادر الشرطة الوزارة الجيش الحكومة المحكمة النيابة الرئاسة الخارجية الداخلية "
    "الكرملين المرصد المنظمة اللجنة الهيئة المجلس الحزب الشركة البنك السفارة القيادة"
)
_SUBJECT_BREAKS = CLAUSE_BREAKS | {'"', "«", "“"}


def _attributed_from(text: str, verb: tuple[int, int]) -> int:
    """Where the speaker's name starts: after the verb, or after "عن" for "نقلت X عن Y"."""
    tokens = [t for t in tokenize(text) if t.start >= verb[0]]
    if not tokens or not any(form in _REPORTS for form in stems(tokens[0].norm)):
        return verb[1]
    at = next((t for t in tokens[1 : _FROM + 1] if t.norm == "عن"), None)
    return at.end if at is not None else verb[1]


def _subject_words(text: str, start: int, limit: int) -> str | None:
    """Up to five words right after the verb, up to "إن/أن", a colon, a quote or a comma;
    None when they start with a pronoun, a preposition or nothing a speaker is named with."""
    words: list[str] = []
    for token in tokenize(text[start:limit]):
        if token.text in _SUBJECT_BREAKS or token.norm in _SUBJECT_STOPS:
            break
        if _is_speech_verb(token.norm):
            break  # "الكاتب ويضيف"
        if token.text[0].isdigit():
            return None
        words.append(token.text)
        if len(words) == _SUBJECT_WORDS:
            break
    if not words or not _is_title(words[0]):
        # "وقال في بيان", "قال له": no subject written here; "وقالت الفتاة", "وأضاف اللاعب":
        # a person the text named before, whom a word alone cannot tell.
        return None
    return " ".join(words)


def _is_title(phrase: str) -> bool:
    return normalize(phrase.split()[0]) in _SPEAKER_HEADS


def _direct(
    text: str, entities: Sequence[EntityMention], verbs: list[tuple[int, int]]
) -> list[QuoteMention]:
    found = []
    for match in _QUOTED.finditer(text):
        quote = next(group for group in match.groups() if group is not None)
        verb = next((v for v in reversed(verbs) if v[1] <= match.start()), None)
        cited = verb is not None and match.start() - verb[1] <= _VERB_WINDOW
        colon = text[: match.start()].rstrip().endswith((":", "："))
        if len(quote.split()) < MIN_QUOTE_WORDS and not colon:
            continue  # scare quotes and names: "إرهابي", "حفظ السلام"
        speaker = None
        if cited:
            # "وصرح لافروف ... قائلا": try each verb before the quote, nearest first.
            before = [v for v in reversed(verbs) if v[1] <= match.start()]
            speaker = next(
                (who for v in before if (who := _speaker(entities, v, match.start(), text))), None
            )
            people = [e for e in entities if e.type == "person" and e.end <= match.start()]
            speaker = speaker or (people[-1].canonical if people else None)
        found.append(
            QuoteMention(
                text=quote.strip(),
                kind="direct",
                speaker=speaker,
                start=match.start(),
                end=match.end(),
            )
        )
    return found


def _reported(
    text: str, entities: Sequence[EntityMention], verbs: list[tuple[int, int]]
) -> list[QuoteMention]:
    """ "قال توكاييف إن المهمة انتهت": the clause after إن/أن, said by the verb's subject."""
    tokens = tokenize(text)
    for verb in verbs:
        following = [t for t in tokens if t.start >= verb[1]][:10]
        that = next((t for t in following if t.norm in _THAT), None)
        if that is None or that.end >= len(text):
            continue
        clause = text[that.end :].strip(" ،,")
        if len(clause.split()) < MIN_QUOTE_WORDS:
            continue
        return [
            QuoteMention(
                text=clause,
                kind="reported",
                speaker=_speaker(entities, verb, that.start, text),
                start=that.end,
                end=len(text),
            )
        ]
    return []


_NO_SUBJECT = (":", '"', "«", "“", "إن", "أن", "ان ", "إلى", "الى", "بأن")


def _continues(text: str, verbs: list[tuple[int, int]], quote_start: int) -> bool:
    """ "وأضاف: ..." or "وتابع إن ...": a verb opening the sentence with no subject after it."""
    if not verbs or verbs[0][0] >= min(quote_start, _CONTINUATION_CHARS):
        return False
    return text[verbs[0][1] :].lstrip().startswith(_NO_SUBJECT)


def quote_mentions(
    text: str, entities: Sequence[EntityMention], *, previous_speaker: str | None = None
) -> list[QuoteMention]:
    """Quotes in one sentence. A verb with no named subject ("وأضاف: ...") keeps the speaker of
    the previous quote. Never raises on any text."""
    verbs = _verb_positions(text)
    found = _direct(text, entities, verbs) or _reported(text, entities, verbs)
    result = []
    for quote in found:
        speaker = quote.speaker
        if speaker is None and _continues(text, verbs, quote.start):
            speaker = previous_speaker
        result.append(
            QuoteMention(
                text=quote.text,
                kind=quote.kind,
                speaker=speaker,
                start=quote.start,
                end=quote.end,
            )
        )
        previous_speaker = speaker or previous_speaker
    return result


def according_to(text: str, entities: Sequence[EntityMention]) -> str | None:
    """The source named after "بحسب/حسب/وفقا ل/according to", if an entity."""
    for token in tokenize(text):
        if any(form in _ACCORDING for form in stems(token.norm)):
            after = [e for e in entities if e.start >= token.end and e.type in _SPEAKER_TYPES]
            if after:
                return after[0].canonical
    return None
