"""A speaker named after the quote ("..."، قال X) or in a clause of its own."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from marsad.facts._according import according_name, body_at
from marsad.facts._quote_words import (
    BODY_HEADS,
    MIN_QUOTE_WORDS,
    NOT_NAMES,
    NOT_SOURCES,
    OUTLETS_NAMED_BEFORE,
    PREPOSITIONS,
    SPEAKER_TYPES,
    STATEMENTS,
    TITLE_WORDS,
    WEEKDAYS,
)
from marsad.facts._said_after import FIRST_WORDS, name_tokens, said_after
from marsad.facts._speaker_names import held
from marsad.facts._speaker_words import _span, is_title
from marsad.facts._speech_verbs import QuoteMention, is_speech_verb
from marsad.facts._statements import (
    issued_by,
)
from marsad.facts._verb_subject import _speaker, _statement_of, body_by_head
from marsad.facts.entities import EntityMention
from marsad.facts.gazetteer import gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.tokens import tokenize
from marsad.lang.words import word_set


def named_after(
    text: str,
    end: int,
    entities: Sequence[EntityMention],
    names: Mapping[str, str],
    bare: bool = True,
) -> str | None:
    """Who the cue after ``end`` names as having said the words before it (``said_after``):
    the speech verb's subject, or the person, body or name after "بحسب"/"على حد تعبير"; never
    a news agency, which relays the words of another."""
    found = said_after(text, end, is_speech_verb, bare=bare)
    if found is None:
        return None
    kind, cue = found
    if kind != "by":
        speaker = _speaker(entities, cue, len(text), text, names)
    elif issuer := issued_by(text, cue[1], len(text), BODY_HEADS):
        speaker = issuer  # "بحسب بيان صادر عن الديوان الملكي": the body that issued it
    elif issuer := _statement_of(text, _next_start(text, cue[1]), len(text)):
        speaker = issuer  # "بحسب بيان للجيش الإسرائيلي", "وفقا لبيان وزارة الداخلية"
    else:
        speaker = body_at(entities, _next_start(text, cue[1])) or according_name(
            list(name_tokens(text, cue[1])), names
        )
        people = [
            e
            for e in entities
            if e.type == "person" and e.form != "nisba" and e.start >= cue[1]
            and len(_span(text, cue[1], e.start)) <= TITLE_WORDS
        ]  # fmt: skip
        if people and not held(text, people[0]):
            speaker = people[0].canonical  # "بحسب وزير الدفاع الإسرائيلي أفيغدور ليبرمان"
    agencies = gazetteer().agencies
    if not speaker or speaker in agencies:
        return None
    if any(e.canonical in agencies and e.text in speaker for e in entities):
        return None  # "كما أعلنت وكالة الأنباء الإيرانية الرسمية": it relays, as "إرنا"
    first = normalize(speaker.split()[0])
    if first in NOT_NAMES | OUTLETS_NAMED_BEFORE or first.removeprefix("ال") in NOT_SOURCES:
        return None  # "بحسب وسائل إعلام", "بحسب الإحصاءات", "بحسب الصحيفة": no one named
    if first.removeprefix("ال") in STATEMENTS:
        return None  # "حسب البيان ذاته": whose statement, the sentence alone does not say
    return speaker


def clause_named_after(
    text: str, entities: Sequence[EntityMention], names: Mapping[str, str]
) -> list[QuoteMention]:
    """The sentence's clause before a comma whose cue names who said it ("سيعوض الأطفال
    العارضات ...، هذا ما أكدت مجموعة ليبرتي ميديا", "...، على حد تعبير X"): reported speech."""
    tokens = tokenize(text)
    for at in range(len(tokens) - 2, -1, -1):
        token = tokens[at]
        if token.norm != "," or tokens[at + 1].norm not in FIRST_WORDS:
            continue  # most commas: no cue after them
        begin = _last_contrast(text, token.start)
        clause = text[begin : token.start].strip(" ،,")
        if len(clause.split()) < MIN_QUOTE_WORDS:
            return []
        speaker = named_after(text, token.start, entities, names, bare=False)
        if not speaker or not _typed(speaker, entities):
            continue
        # "هذا ما أكدت X، مالكة ...": what X said, whatever describes X after
        pointed = said_after(text, token.start, is_speech_verb, bare=False)
        if (pointed is not None and pointed[0] == "what") or _closes(
            text, token.end, speaker, entities
        ):
            return [
                QuoteMention(
                    text=clause, kind="reported", speaker=speaker, start=begin,
                    end=token.start, cited=True,
                )
            ]  # fmt: skip
    return []


# "...، في حين قتل 26 محتجا، حسب الداخلية": a contrast opens the clause the cue is about.
_CONTRASTS = word_set("بينما فيما وبينما وفيما حين")


def _last_contrast(text: str, end: int) -> int:
    """Where the words after the last contrast ("في حين", "بينما") before ``end`` start, or 0."""
    tokens = [t for t in tokenize(text[:end]) if t.norm in _CONTRASTS]
    return tokens[-1].end if tokens else 0


def _typed(speaker: str, entities: Sequence[EntityMention]) -> bool:
    """True for a speaker the lexicons type (a person, body or country found in the sentence)
    or that opens with an office or a body's kind: "كما أكدت عدم استهدافها" ("also
    confirmed") has words after the verb, no name."""
    typed = {e.canonical for e in entities if e.type in SPEAKER_TYPES}
    words = speaker.split()
    return speaker in typed or is_title(speaker) or body_by_head(words)


_AFTER_SPEAKER = 3  # words after the speaker's name: "لوكالة فرانس برس", "في مؤتمر صحفي اليوم"


def _closes(text: str, start: int, speaker: str, entities: Sequence[EntityMention]) -> bool:
    """True when the speaker's name, found after ``start``, closes the sentence but for a
    short phrase that says to whom, where or when ("لوكالة فرانس برس", "الاثنين") or a name in
    brackets: "كما نفت وحدات حماية الشعب الكردية إبرام اتفاق" is "also denied" with its
    object, and "بحسب الجيش الإسرائيلي، لكن طهران نفت" goes on with another clause."""
    ends = [e.end for e in entities if e.canonical == speaker and e.start >= start]
    at = text.find(speaker, start)
    end = ends[0] if ends else (at + len(speaker) if at >= 0 else -1)
    if end < 0:
        return False
    rest = [t for t in tokenize(re.sub(r"\([^()]*\)", " ", text[end:])) if t.text[0].isalnum()]
    if not rest:
        return True
    first = rest[0].norm
    short = first in PREPOSITIONS or first in WEEKDAYS or first.startswith("ل")
    return len(rest) <= _AFTER_SPEAKER + 1 and short and first not in ("لكن", "لكنه", "لكنها")


def _next_start(text: str, at: int) -> int:
    """Where the first word after ``at`` starts."""
    tokens = name_tokens(text, at)
    return tokens[0].start if tokens else -1
