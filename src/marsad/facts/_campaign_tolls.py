"""Tolls that are not one attack's whole count, read from the figure's sentence: those killed at
once or at the scene (a part of the final toll) and a campaign's total since a day."""

from __future__ import annotations

import re

from marsad.facts.quantities import QuantityMention

# "قتل 5 على الفور", "لقي ثلاثة حتفهم في الحال", "توفي اثنان في موقع الحادث": those dead at
# once are a part of the toll others give, never an earlier count of it. Searched in the
# clause after the figure, up to ``_AT_ONCE_CHARS`` characters.
_AT_ONCE = re.compile(
    r"(?<!\w)(?:على\s+الفور|في\s+الحال|فورا|فوراً|في\s+(?:موقع|مكان)\s+(?:الحادث|الانفجار"
    r"|الهجوم|التفجير|الحادثة)|instantly|on\s+the\s+spot|at\s+the\s+scene)(?!\w)"
)
_AT_ONCE_CHARS = 40
_CLAUSE_END = re.compile(r"[،,.؛;]|\s(?:و|ثم)\s?\d")
# "منذ الأحد", "منذ بدء الحملة", "since Sunday": a running total of a campaign, searched after
# the figure in its sentence.
_SINCE = re.compile(r"(?<!\w)(?:ومنذ|منذ|since)(?!\w)")


def at_once(mention: QuantityMention, sentence: str) -> bool:
    """True when the clause after the figure says the dead died at once or at the scene."""
    after = sentence[mention.end : mention.end + _AT_ONCE_CHARS]
    end = _CLAUSE_END.search(after)
    return _AT_ONCE.search(after[: end.start()] if end else after) is not None


def since_a_day(mention: QuantityMention, sentence: str) -> bool:
    """True when the sentence counts the toll since a day or a campaign began ("منذ")."""
    return (
        _SINCE.search(sentence, mention.end) is not None
        or _SINCE.search(sentence, 0, mention.start) is not None
    )
