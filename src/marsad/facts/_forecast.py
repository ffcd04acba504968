"""A toll that has not happened: a count of the dead or hurt under a verb of fear, forecast,
risk or condition ("يخشى أن يموت 300", "قد يلقى 50 شخصا حتفهم", "سيموت بحلول 2022") is no
count of the dead; it is left out of tolls (issue 18: "could die by 2022" shown as killed)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

# Tokens either side of the figure searched in its clause ("يتوقع أن يرتفع عدد القتلى إلى 500").
_REACH = 10
# A comma closes the clause a forecast governs: "توقع ... أسابيع عدة، وذلك بعد أن أودى بحياة 63".


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    """Words by kind from ``lexicons/forecast.tsv``, normalized."""
    text = files("marsad.facts").joinpath("lexicons", "forecast.tsv").read_text(encoding="utf-8")
    kinds: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = line.split("\t")[:2]
            kinds.setdefault(kind.strip(), []).append(word.strip())
    return {kind: word_set(" ".join(words)) for kind, words in kinds.items()}


def _bare(word: str) -> str:
    """The word without a joined "و"/"ف" ("ويخشى", "فقد")."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word


def _forms(token: Token) -> tuple[str, str]:
    return token.norm, _bare(token.norm)


def _is(token: Token, kind: str) -> bool:
    return any(form in _lexicon()[kind] for form in _forms(token))


def _imperfect(token: Token) -> bool:
    """An imperfect verb's shape: "يـ" or "سيـ/ستـ" (a past verb after "قد" affirms)."""
    form = _bare(token.norm)
    return form.startswith(("ي", "سي", "ست")) and len(form) > 2


def _clause(tokens: list[Token], start: int, last: int) -> range:
    """The figure's clause: back and forward to the nearest break, within ``_REACH`` tokens."""
    begin = start
    while begin > 0 and start - begin < _REACH and tokens[begin - 1].text not in CLAUSE_BREAKS:
        begin -= 1
    end = last
    while (
        end + 1 < len(tokens) and end - last < _REACH and tokens[end + 1].text not in CLAUSE_BREAKS
    ):
        end += 1
    return range(begin, end + 1)


def forecast(tokens: list[Token], start: int, last: int) -> bool:
    """True when the figure spanning ``start..last`` sits in a clause of fear or forecast
    (a fear word before it), after a modal and an imperfect verb ("قد يلقى"; a modal after it
    is another clause's: "أودى بحياة 2000 ... قد يتفشى"), or beside an imperfect verb of dying
    ("يموت", "سيموت", "يلقون حتفهم")."""
    for i in _clause(tokens, start, last):
        token = tokens[i]
        if i < start and _is(token, "fear"):
            return True
        if _is(token, "dying"):
            return True
        if i < start and _is(token, "modal") and _imperfect(tokens[i + 1]):
            return True
    return False
