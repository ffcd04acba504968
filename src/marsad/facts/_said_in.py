"""A speaker told by the document he issued: "وأصدرت نقابة المهن الموسيقية بيانا، قالت فيه إن",
"ونشر آل الشيخ تغريدة قال فيها": the verb of saying has no subject of its own after "فيه"; its
subject is the one who issued the statement or tweet, the subject of the sentence's opening
verb of issuing. A relayed document ("نقل نافالني تغريدة لكبير موظفيه ... قال فيها") or a
relative clause ("تصريحات الجبير التي قال فيها") is someone else's: none then."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.facts._carried import without_circumstance
from marsad.facts._circumstance import without_turn
from marsad.facts._quote_words import (
    NOT_SPEAKERS,
    PREPOSITIONS,
    QUOTE_MARKS,
    SPEAKER_TYPES,
    SUBJECT_WORDS,
    THAT,
    WEEKDAYS,
)
from marsad.facts._speech_verbs import is_speech_verb
from marsad.facts._verb_subject import _speaker
from marsad.facts.entities import EntityMention
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set

# Verbs that issue a document in the speaker's name: a statement, a tweet, a letter, a
# complaint, a eulogy ("ونعت وزيرة الثقافة ... الراحل عبر بيان أكدت فيه").
_ISSUING = word_set(
    "أصدر أصدرت نشر نشرت كتب كتبت وجه وجهت بعث بعثت نعى نعت رد ردت غرد غردت تقدم تقدمت "
    "وزع وزعت أرسل أرسلت ألقى ألقت"
)
_IN_IT = word_set("فيه فيها")
# What was issued, where the issuer's name ends ("بيانا آنذاك", "تغريدة باللغة الإنجليزية").
_DOCUMENTS = word_set(
    "بيان بيانا بيانه بيانها تغريدة تغريدات رسالة خطابا خطاب إعلانا إعلان منشورا منشور "
    "تدوينة مقالا مقال تقريرا تقرير بشكوى شكوى بتغريدة ببيان برسالة"
)
_RELATIVE = word_set("التي الذي والتي والذي اللتي")
_CLITICS = ("و", "ف")


def said_in_it(text: str, quote_start: int) -> bool:
    """True when the words at ``quote_start`` follow a speech verb and "فيه/فيها" with nothing
    between but إن/أن, a colon or a quote mark ("قالت فيه إن", "ذكرت فيه:"), the verb no
    relative clause's ("التي قال فيها")."""
    tokens = [t for t in tokenize(text[:quote_start]) if t.text not in ("،", ",")]
    while tokens and (tokens[-1].norm in THAT or tokens[-1].text in QUOTE_MARKS | {":"}):
        tokens.pop()
    if len(tokens) < 2 or tokens[-1].norm not in _IN_IT or not is_speech_verb(tokens[-2].norm):
        return False
    return len(tokens) < 3 or tokens[-3].norm not in _RELATIVE


def issuer(text: str, entities: Sequence[EntityMention], names: Mapping[str, str]) -> str | None:
    """The subject of the verb of issuing that opens the sentence, after a turn or
    circumstance and its comma ("وفي رد فعل، أصدر سورنسن بيانا"), read up to the document
    ("بيانا", "تغريدة") as any speech verb's subject; None when the sentence opens otherwise."""
    opening = without_circumstance(without_turn(text))
    tokens = [t for t in tokenize(opening) if t.text[0].isalpha()]
    if not tokens or not _issuing(tokens[0].norm):
        return None
    limit = next((t.start for t in tokens[1:] if t.norm in _DOCUMENTS), None)
    if limit is None:
        return None
    # The words themselves first: "وأصدر تشيلسي بيانا" is the club, not "مشجعي تشيلسي" the
    # article writes elsewhere; the speech verb's reading for a title and a name in apposition.
    if plain := _plain_subject([t for t in tokens[1:] if t.start < limit], entities):
        return plain
    found = _speaker(entities, (tokens[0].start, tokens[0].end), limit, text, names)
    return None if found is None or found.startswith(tokens[0].text) else found


def _plain_subject(words: Sequence[Token], entities: Sequence[EntityMention]) -> str | None:
    """The words between the verb and the document as the issuer's name, when they can only
    be one: a typed entity opening them, else one to five words and no comma, stop word,
    preposition or time word ("نقابة المهن الموسيقية", "حزب المؤتمر الوطني الأفريقي")."""
    if not words:
        return None
    typed = [e for e in entities if e.type in SPEAKER_TYPES and e.start == words[0].start]
    if typed and typed[0].form != "nisba":
        return typed[0].canonical
    if len(words) > SUBJECT_WORDS or any(_not_in_name(t) for t in words):
        return None
    return " ".join(t.text for t in words)


def _not_in_name(token: Token) -> bool:
    word = token.norm
    return word in ARABIC or word in PREPOSITIONS or word in WEEKDAYS or word in NOT_SPEAKERS


def _issuing(word: str) -> bool:
    return word in _ISSUING or (word.startswith(_CLITICS) and word[1:] in _ISSUING)
