"""A role subject with a nationality ("وقال اللاعب السويسري", "وأضاف الوزير الفرنسي") for the
one person the article named with that nationality before it; none when two were, or when
the person it could stand for was named with another one."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from marsad.facts._speaker_words import is_title
from marsad.facts._speech_verbs import QuoteMention
from marsad.facts._titled_names import plain_word
from marsad.facts.gazetteer import gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.tokens import Token, tokenize

_NAME_WORDS = 3  # words of a name read after its nisba ("السويسري روجر فيدرر")
_BEFORE_NAME = 2  # tokens before a name read for its nisba ("اللاعب الأمريكي أندريه")


def nation(token: Token) -> str | None:
    """The country a definite nisba adjective names ("السويسري", "الفرنسية"), else None."""
    word = token.norm
    if not word.startswith("ال"):
        return None
    stem = word[2:]
    stem = stem[:-1] if stem.endswith("يه") else stem
    entry = gazetteer().nisba.get(stem)
    return entry.canonical if entry is not None else None


def _role_nation(role: str) -> str | None:
    """The one nationality of a role phrase ("اللاعب السويسري": Switzerland), None when it
    has none or two."""
    found = {n for t in tokenize(role)[1:] if (n := nation(t))}
    return found.pop() if len(found) == 1 else None


def _named_with(texts: Sequence[str], country: str) -> dict[str, str]:
    """Names written right after a nisba of ``country`` ("السويسري روجر فيدرر"), by their
    last words."""
    found: dict[str, str] = {}
    for text in texts:
        tokens = tokenize(text)
        for at, token in enumerate(tokens[:-1]):
            if nation(token) != country:
                continue
            run: list[Token] = []
            for word in tokens[at + 1 : at + 1 + _NAME_WORDS]:
                if not (plain_word(word) or (run and _family(word))):
                    break
                run.append(word)
            if run:
                found[run[-1].norm] = " ".join(t.text for t in run)
    return found


def _family(token: Token) -> bool:
    """A definite word after a first name that is a family name ("كريم الحداد"), not a
    nisba or a title."""
    return token.norm.startswith("ال") and nation(token) is None and not is_title(token.text)


def _other_nation(texts: Sequence[str], last: str, country: str) -> bool:
    """True when a name ending in ``last`` is written with a nisba of another country within
    ``_BEFORE_NAME`` tokens before it, or right after it."""
    for text in texts:
        tokens = tokenize(text)
        for at, token in enumerate(tokens):
            if token.norm != last:
                continue
            near = tokens[max(0, at - _NAME_WORDS - _BEFORE_NAME) : at] + tokens[at + 1 : at + 2]
            if any((n := nation(t)) and n != country for t in near):
                return True
    return False


def nation_role(
    quote: QuoteMention,
    role: str | None,
    earlier: Callable[[], Sequence[str]],
    opener: str | None,
    names: Mapping[str, str],
) -> QuoteMention:
    """The quote said by the one person the article named before with the role's nationality
    ("السويسري روجر فيدرر" before "وقال اللاعب السويسري"); with none so named, by the person
    the sentence before opens with (``opener``) when the article writes no other nationality
    beside him. Only for a quote no rule gave a speaker; ``role``: its role subject."""
    if quote.speaker is not None or role is None or (country := _role_nation(role)) is None:
        return quote
    texts = earlier()
    named = _named_with(texts, country)
    if len(named) > 1:
        return quote
    if named:
        last, written = named.popitem()
        person = names.get(last) or written
        return replace(quote, speaker=person, cited=True)
    if not opener or is_title(opener) or len(opener.split()) < 2:
        return quote
    last = normalize(opener.split()[-1])
    if names.get(last) != opener or _other_nation(texts, last, country):
        return quote
    return replace(quote, speaker=opener, cited=True)
