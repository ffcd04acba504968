"""Names written with a particle ("فيصل بن معمر", "عائشة بن بطي بن بشر") that no entity finds:
the family name alone after a speech verb ("وقال بن معمر") stands for the full name written
before it, and a sentence that opens with a verb, a title, an honorific and such a name
("كشفت مدير عام الهيئة د. X بن Y،") opens a chain a bare "وقالت" continues."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from marsad.facts._quote_words import HONORIFICS
from marsad.facts._speaker_words import _span, is_title
from marsad.facts._speech_verbs import QuoteMention, is_speech_verb, verb_positions
from marsad.facts._titled_names import plain_word
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set

_FAMILY = word_set("بن آل")  # a family name written alone opens with one of these
_LINKS = word_set("بن بنت آل")  # between the parts of a full name
_AL = "ال"  # "آل" normalized
_DOCTOR = word_set("د")  # "د." before a name: an honorific, as "الدكتور" is
_TITLE_WORDS = 6  # "مدير عام دبي الذكية": words of a title before the honorific
_FEMININE_MIN = 4  # "كشفت": a verb of three letters and more, with ت, is feminine


def _family_word(token: Token, particle: Token) -> bool:
    """True for the word after a particle: a plain word, or a definite one after "آل" ("آل
    الشيخ", "آل مكتوم"; "آل" is "ال" once normalized)."""
    if plain_word(token):
        return True
    definite = token.text.startswith("ال") and token.norm not in ARABIC
    return particle.norm == _AL and definite and not is_title(token.text)


def _chain(tokens: Sequence[Token], at: int) -> int:
    """The index after the particle-and-word pairs from ``at`` ("بن معمر", "بن بطي بن بشر");
    ``at`` itself when none starts there."""
    end = at
    while end + 1 < len(tokens) and tokens[end].norm in _LINKS:
        if not _family_word(tokens[end + 1], tokens[end]):
            break
        end += 2
    return end


def _first_name(token: Token) -> bool:
    """True for a word that can open a full name: a plain word, not a verb with و ("وقال")."""
    word = token.norm
    return plain_word(token) and not (word[:1] in "وف" and is_speech_verb(word[1:]))


def full_name(family: Sequence[str], earlier: Sequence[str]) -> str | None:
    """The one full name ``earlier`` texts write ending in ``family`` (normalized words,
    "بن معمر"): a first name and the particle chain before it ("فيصل بن معمر", "عائشة بن
    بطي بن بشر"); None when none or two differ."""
    found: set[str] = set()
    size = len(family)
    for text in earlier:
        tokens = tokenize(text)
        for at in range(1, len(tokens) - size + 1):
            if [t.norm for t in tokens[at : at + size]] != list(family):
                continue
            first = at - 1
            if not _first_name(tokens[first]):
                continue
            while (
                first >= 2 and tokens[first - 1].norm in _LINKS and _first_name(tokens[first - 2])
            ):
                first -= 2
            found.add(" ".join(t.text for t in tokens[first : at + size]))
    return found.pop() if len(found) == 1 else None


def family_after_verb(text: str, verb_end: int, earlier: Sequence[str]) -> str | None:
    """ "وقال بن معمر عقب ...، إن": a family name alone right after the verb (a particle and
    its word, no first name) is the full name an earlier sentence wrote it in; None when no
    earlier sentence or two different full names end in it."""
    tokens = _span(text, verb_end, len(text))
    if len(tokens) < 2 or tokens[0].norm not in _FAMILY:
        return None
    end = _chain(tokens, 0)
    if end == 0:
        return None
    return full_name([t.norm for t in tokens[:end]], earlier)


def honorific_opener(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The person ``text`` opens with as its first verb's subject when a title, an honorific
    and a name with a particle follow the verb, closed by a comma ("كشفت مدير عام الهيئة د.
    عائشة بن بطي، في مقابلة ..."), and the verb's gender; None else."""
    tokens = tokenize(text)[: 2 + _TITLE_WORDS + 8]
    if len(tokens) < 5 or not tokens[0].text.isalpha():
        return None
    first = tokens[0].norm
    if first in ARABIC or first.startswith(("ال", "وال")) or not is_title(tokens[1].text):
        return None
    honor = next(
        (k for k in range(2, min(len(tokens), 2 + _TITLE_WORDS)) if _honorific(tokens, k)), None
    )
    if honor is None:
        return None
    start = honor + (2 if tokens[honor].norm in _DOCTOR else 1)
    if start >= len(tokens) or not _first_name(tokens[start]):
        return None
    end = _chain(tokens, start + 1)
    if end == start + 1 or end >= len(tokens) or tokens[end].text not in ("،", ","):
        return None  # a name with its particle, then a comma: nothing else is read here
    name = " ".join(t.text for t in tokens[start:end])
    gender = "f" if first.endswith("ت") and len(first) >= _FEMININE_MIN else "m"
    return name, (gender,)


def _honorific(tokens: Sequence[Token], at: int) -> bool:
    """True for "الدكتور", "الشيخ" ... or "د." at ``at``."""
    if tokens[at].norm in _DOCTOR:
        return at + 1 < len(tokens) and tokens[at + 1].text == "."
    return tokens[at].text in HONORIFICS or tokens[at].norm in HONORIFICS


def family_speaker(
    text: str, quote: QuoteMention, earlier: Callable[[], Sequence[str]]
) -> QuoteMention:
    """The quote said by a name with a particle no entity found: a title and the name before
    the verb ("الأمين العام للمركز فيصل بن معمر أكد"), or a family name alone after it that
    stands for the full name written before ("وقال بن معمر"); only when no rule gave it a
    speaker. ``earlier``: the article's texts before this sentence (read only when needed)."""
    if quote.speaker is not None or not quote.cited:
        return quote
    verbs = [v for v in verb_positions(text) if v[1] <= quote.start]
    if not verbs:
        return quote
    if name := titled_before_verb(text, verbs[-1][0]):
        return replace(quote, speaker=name)
    after = _span(text, verbs[-1][1], len(text))[:1]
    if not after or after[0].norm not in _FAMILY:
        return quote
    name = family_after_verb(text, verbs[-1][1], earlier())
    return quote if name is None else replace(quote, speaker=name)


_FRONT_WORDS = 8  # "الأمين العام لمركز الحوار فيصل بن معمر": words before the verb


def titled_before_verb(text: str, verb_start: int) -> str | None:
    """ "الأمين العام للمركز فيصل بن معمر أكد": a sentence that opens with a title and ends,
    right before the verb, with a name with a particle; that name."""
    tokens = _span(text, 0, verb_start)
    if not 3 <= len(tokens) <= _FRONT_WORDS or not is_title(tokens[0].text):
        return None
    if not all(t.text[0].isalnum() for t in tokens):
        return None  # a comma or a quote mark: no single title-and-name phrase
    last = len(tokens) - 1
    if not (_first_name(tokens[last]) or _family_word(tokens[last], tokens[last - 1])):
        return None
    first = last - 1
    if tokens[first].norm not in _LINKS:
        return None
    first -= 1
    while first >= 2 and tokens[first - 1].norm in _LINKS and _first_name(tokens[first - 2]):
        first -= 2
    if first < 1 or not _first_name(tokens[first]):
        return None
    return " ".join(t.text for t in tokens[first:])
