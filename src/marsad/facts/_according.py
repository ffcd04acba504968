"""Attribution by "according to": "بحسب X", "حسبما قال X", "وفقا لـ X"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.facts._quote_words import (
    ACCORDING_FIRST,
    MIN_QUOTE_WORDS,
    NOT_NAMES,
    NOT_SOURCES,
    OUTLETS,
    OUTLETS_NAMED_BEFORE,
    PREPOSITIONS,
    QUOTE_MARKS,
    QUOTED_NAME_WORDS,
    SPEAKER_HEADS,
    SPEAKER_TYPES,
    WEEKDAYS,
)
from marsad.facts._speaker_words import is_title
from marsad.facts._speech_verbs import QuoteMention, is_speech_verb
from marsad.facts._titled_names import name_word, plain_word
from marsad.facts._verb_subject import _speaker, attributed_from
from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize
from marsad.lang.words import word_set

# "حسب ما أكدت شرطة الولاية", "وفق ما أوردت "سكاي نيوز"", "حسبما قال ديلا روزا": the
# sentence is what the one after the verb said ("بحسب فرانس برس" alone names the agency that
# relays the words, not who said them).
_ACCORDING = frozenset({"حسب", "بحسب", "وبحسب", "وحسب", "وفق", "وفقا", "طبقا"})
_ACCORDING_VERB = frozenset({"حسبما", "وحسبما"})
_WHAT = frozenset({"ما", "لما"})
_ACCORDING_WORDS = 4  # words of the name after the verb


def _according(
    text: str, names: Mapping[str, str], entities: Sequence[EntityMention] = ()
) -> list[QuoteMention]:
    """The sentence as reported by the one named in "حسب ما أكدت شرطة الولاية" (a cue, "ما",
    a verb, then a body in quote marks, a title phrase or a name the article writes), or by
    the one after "عن"/"على لسان" when the named one only carries the words ("وفقا لما نقلته
    "وام" على لسان أمين عام الاتحاد ... محمد بن هزام"; none for "عن وسائل إعلام إيرانية")."""
    tokens = tokenize(text)
    for at, token in enumerate(tokens[:-2]):
        if token.norm in _ACCORDING and tokens[at + 1].norm in _WHAT:
            verb = at + 2
        elif token.norm in _ACCORDING_VERB:
            verb = at + 1
        else:
            continue
        if not tokens[verb].text[0].isalpha():
            continue
        if tokens[verb].norm in ARABIC and not is_speech_verb(tokens[verb].norm):
            continue  # "حسبما قال ديلا روزا": "قال" is a stop word, and the verb here
        speaker = according_name(tokens[verb + 1 :], names) or body_at(
            entities, tokens[verb + 1].start if verb + 1 < len(tokens) else -1
        )
        if speaker and normalize(speaker.split()[0]) in NOT_NAMES:
            speaker = ""  # "بحسب ما ذكرت وسائل إعلام": reports, no one named
        said = (tokens[verb].start, tokens[verb].end)
        if speaker and attributed_from(text, said) != said[1]:
            # "" when the words were carried from someone the text does not name
            speaker = _speaker(entities, said, len(text), text, names) or ""
        clause = text[: token.start].strip(" ،,")
        if speaker and 0 < len(clause.split()) < MIN_QUOTE_WORDS:
            return _around(text, tokens, at, verb, clause, speaker, entities, names)
        if speaker is not None and len(clause.split()) >= MIN_QUOTE_WORDS:
            return [
                QuoteMention(
                    text=clause, kind="reported", speaker=speaker or None, start=0,
                    end=token.start, cited=True,
                )
            ]  # fmt: skip
    return []


_AROUND_REACH = 20  # tokens from the verb to the comma that closes the attribution


def _around(
    text: str,
    tokens: list[Token],
    cue: int,
    verb: int,
    clause: str,
    speaker: str,
    entities: Sequence[EntityMention],
    names: Mapping[str, str],
) -> list[QuoteMention]:
    """ "وتهدف المبادرة، بحسب ما أوضح مدير المشروع سامي النجار في مقابلة، إلى ...": the
    attribution set inside a sentence whose words before it are too few to quote; the words
    on both sides are the one's after the verb (the person after a title, when the subject
    reader finds one)."""
    reach = range(verb + 1, min(len(tokens), verb + _AROUND_REACH + 1))
    comma = next((k for k in reach if tokens[k].norm == ","), None)
    if comma is None or _broken(tokens[cue:comma]):
        return []
    rest = text[tokens[comma].end :].strip(" ،,")
    words = f"{clause} {rest}".strip()
    if len(rest.split()) < MIN_QUOTE_WORDS:
        return []
    if is_title(speaker):
        speaker = _name_after_title(tokens[verb + 1 : comma]) or speaker
    if not _closed_after(tokens[verb + 1 : comma + 1], speaker):
        return []  # "حسب ما ذكر موقع "X" أول سيارة ...،": the comma closes other words
    return [
        QuoteMention(
            text=words, kind="reported", speaker=speaker, start=0, end=len(text), cited=True
        )
    ]


def _broken(tokens: Sequence[Token]) -> bool:
    """True when a clause break other than a comma lies among ``tokens`` outside quote marks
    (""العربية.نت"" is a name)."""
    quoted = False
    for token in tokens:
        if token.text in QUOTE_MARKS:
            quoted = not quoted
        elif not quoted and token.text in CLAUSE_BREAKS - {"،", ","}:
            return True
    return False


_SAID_WHERE = frozenset({"في", "خلال", "عبر", "امام", "ل", "لـ"})  # "في مقابلة مع ..."


def _closed_after(tokens: Sequence[Token], speaker: str) -> bool:
    """True when the speaker's name is followed by the comma (``tokens``' last) or by where
    or to whom it was said ("في مقابلة مع ..."), not by more of the sentence's words."""
    last = speaker.split()[-1]
    at = next((k for k, t in enumerate(tokens) if t.text == last), None)
    if at is None:
        return False
    after = tokens[at + 1 :]
    if after and after[0].text in QUOTE_MARKS:
        after = after[1:]
    return bool(after) and (after[0].norm == "," or after[0].norm in _SAID_WHERE)


_NAME_MOST = 5  # words of a name after a title: "عامر عبد الرؤوف العوضي"


def _name_after_title(tokens: Sequence[Token]) -> str | None:
    """ "مدير مشروع المدينة سامي عبد الكريم النجار في مقابلة": the name after a title that
    ends in a definite word or a figure: a plain word, then name words up to a preposition
    or a stop word (two to five words); None when no such name follows."""
    reach = range(1, min(len(tokens) - 1, _ACCORDING_WORDS + 1))
    end = next((k for k in reach if _closes_title(tokens[k]) and plain_word(tokens[k + 1])), None)
    if end is None:
        return None
    name: list[str] = []
    for token in tokens[end + 1 :]:
        if not token.text[0].isalpha() or token.norm in ARABIC or token.norm in PREPOSITIONS:
            break
        name.append(token.text)
    return " ".join(name) if 2 <= len(name) <= _NAME_MOST else None


def _closes_title(token: Token) -> bool:
    """True for a word a title ends with before a name: definite ("المدينة"), or a figure
    or a Latin word ("10X")."""
    return token.norm.startswith("ال") or not token.text[0].isalpha() or token.text.isascii()


_ACCORDING_TO = frozenset({"ل", "لـ"})
_ACCORDING_REACH = 6  # tokens from the cue to the comma: "بحسب وكالة الأنباء الألمانية،"


def according_first(
    text: str,
    names: Mapping[str, str],
    entities: Sequence[EntityMention] = (),
    verbs: Sequence[tuple[int, int]] = (),
) -> list[QuoteMention]:
    """The sentence after "وبحسب X،" / "ووفقاً لـX،" / "وبحسب ما نقلت X،" at its start,
    reported by X (a body in quote marks, a title phrase, a name the article writes or a body
    the entities find); nothing when X names no one ("بحسب تقارير،"), no comma closes it near
    the cue, or a speech verb of ``verbs`` (the sentence's) is not the cue's own."""
    tokens = tokenize(text)
    if len(tokens) < 4:
        return []
    at = _told_by(tokens)
    if at is None:
        if tokens[0].norm not in ACCORDING_FIRST or verbs:
            return []
        at = 2 if tokens[0].norm.endswith("وفقا") or tokens[0].norm.endswith("طبقا") else 1
        if at == 2 and tokens[1].norm not in _ACCORDING_TO:
            return []  # "وفقا للقانون": "وفقا" needs لـ written apart before the name
    elif any(start >= tokens[at].start for start, _ in verbs):
        return []  # "وبحسب ما ذكرت الوكالة، قال الوزير": the verb after names the speaker
    reach = range(at, min(len(tokens), at + _ACCORDING_REACH + 1))
    comma = next((k for k in reach if tokens[k].norm == ","), None)
    if comma is None or comma == at:
        return []
    if any(t.text in CLAUSE_BREAKS - {"،", ","} for t in tokens[at:comma]):
        return []
    speaker = according_name(tokens[at:comma], names) or body_at(entities, tokens[at].start)
    if not speaker or normalize(speaker.split()[0]) in NOT_NAMES | NOT_SOURCES:
        return []
    if all(normalize(w) in SPEAKER_HEADS | OUTLETS for w in speaker.split()):
        return []  # "بحسب موقع صحيفة "...""': a kind, its name cut off
    if normalize(speaker.split()[0]) in OUTLETS_NAMED_BEFORE:
        return []  # "وحسب الصحيفة الأميركية،": an outlet named before, not named here
    begin = tokens[comma].end
    clause = text[begin:].strip(" ،,")
    if len(clause.split()) < MIN_QUOTE_WORDS:
        return []
    start = len(text) - len(text[begin:].lstrip(" ،,"))
    return [
        QuoteMention(
            text=clause, kind="reported", speaker=speaker, start=start, end=len(text), cited=True
        )
    ]


# "وبحسب ما نقلت صحيفة "ديلي ميل"،", "ووفقا لما ذكرته وكالة الأنباء السعودية،": the cue, ما
# and a verb of telling (with its object pronoun) open the sentence, the teller follows.
_TOLD_CUES = _ACCORDING | word_set("ووفق ووفقا وطبقا")
_TOLD_VERBS = word_set("نقل نقلت ذكر ذكرت أورد أوردت نشر نشرت أفاد أفادت أعلن أعلنت قال قالت")
_OBJECT_PRONOUNS = ("ته", "ها", "ه")


def _told_by(tokens: list[Token]) -> int | None:
    """Where the teller's name starts after "وبحسب ما نقلت" / "ووفقا لما ذكرته" / "وحسبما
    أعلن" opening the sentence, or None."""
    if tokens[0].norm in _ACCORDING_VERB:
        verb = 1
    elif tokens[0].norm in _TOLD_CUES and tokens[1].norm in _WHAT:
        verb = 2
    else:
        return None
    word = tokens[verb].norm
    forms = {word} | {
        word.removesuffix(p) + ("ت" if p == "ته" else "")
        for p in _OBJECT_PRONOUNS
        if word.endswith(p)
    }
    return verb + 1 if forms & _TOLD_VERBS else None


def body_at(entities: Sequence[EntityMention], start: int) -> str | None:
    """The body or country the entities find at ``start`` ("حسبما أعلن البيت الأبيض")."""
    return next(
        (
            e.canonical
            for e in entities
            if e.start == start and e.type in SPEAKER_TYPES - {"person"}
        ),
        None,
    )


def according_name(tokens: list[Token], names: Mapping[str, str]) -> str | None:
    """The name after the verb: "شرطة الولاية", "صحيفة "تليغراف"", ""سكاي نيوز"", "ديلا روزا"."""
    words: list[Token] = []
    for at, token in enumerate(tokens):
        if token.text in QUOTE_MARKS and len(words) <= 1:
            close = next(
                (k for k in range(at + 1, len(tokens)) if tokens[k].text in QUOTE_MARKS), 0
            )
            inner = [t.text for t in tokens[at + 1 : close] if t.text[0].isalnum()]
            if not 1 <= len(inner) <= QUOTED_NAME_WORDS:
                return None
            return " ".join([t.text for t in words] + inner)  # صحيفة "تليغراف"
        if not token.text[0].isalpha() or token.norm in WEEKDAYS or token.norm in ARABIC:
            break
        words.append(token)
        if len(words) == _ACCORDING_WORDS:
            break
    if not words:
        return None
    if is_title(words[0].text):
        return " ".join(t.text for t in words)
    if len(words) >= 2 and all(plain_word(t) for t in words[:2]):
        return " ".join(t.text for t in words[:2])  # "حسبما قال ديلا روزا"
    return name_word(words[0].norm, names)


def said_by(quote: QuoteMention, reported: QuoteMention) -> QuoteMention:
    """The quote, said by the speaker of the reported speech it lies in when it has none."""
    if quote.cited or quote.speaker or quote.start < reported.start:
        return quote
    return replace(quote, speaker=reported.speaker, cited=True)
