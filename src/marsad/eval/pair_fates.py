"""Where a gold pair of figures that marsad judged no discrepancy was lost before pairing:
one side left out (a past event, a part of a count, a vague amount ...), the two sides placed
in different events, or both judged together and found no discrepancy (``judged none``); and
what the reader did with a gold figure marsad does not give (``unread_side``). Counts only,
so that a split nobody tunes on (March) can be diagnosed without reading it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from marsad.facts import figure_claims
from marsad.facts.dates import MONTH_WORDS
from marsad.facts.discrepancies import FigureClaim, claim_key, pairing
from marsad.facts.quantities import QuantityMention, quantities
from marsad.model import Document

# A claim's fate: the lists it is judged in (``Judged.how`` by index), or why it was left out.
Fate = frozenset[tuple[int, str]] | str
# The order in which a pair's possible fates are told: the nearest to a judgment first.
_ORDER = (
    "judged none",
    "past event: judged apart",
    "past event: a year",
    "past event: months back",
    "no event match",
    "vague amount",
    "a part of a count",
    "a dual count",
)


def _value_key(value: Any) -> str:
    if isinstance(value, list):
        return "-".join(_value_key(v) for v in value)
    try:
        return f"{float(value):g}"
    except (TypeError, ValueError):
        return str(value)


def _mention_key(mention: QuantityMention) -> str:
    """A figure's value as the blind gold keys it (a vague amount is its kind, not a range)."""
    if mention.value_kind == "vague":
        return "vague"
    if mention.value is not None:
        return _value_key(mention.value)
    return _value_key([mention.low, mention.high])


def story_fates(docs: Sequence[Document]) -> Callable[[dict[str, Any], dict[str, Any]], str]:
    """A function telling where the pair of two gold figures of this story was lost."""
    claims = figure_claims(docs)
    lists, left = pairing(claims)
    fates: dict[tuple[str, str, int, int], Fate] = dict(left)
    for index, item in enumerate(lists):
        for claim in item.claims:
            held = fates.get(claim_key(claim))
            before = held if isinstance(held, frozenset) else frozenset()
            fates[claim_key(claim)] = before | {(index, item.how)}

    def lost(first: dict[str, Any], second: dict[str, Any]) -> str:
        found = {
            _pair_fate(fates[claim_key(x)], fates[claim_key(y)])
            for x in _claims_of(claims, first)
            for y in _claims_of(claims, second)
        }
        return next((why for why in _ORDER if why in found), min(found, default="not read"))

    return lost


def _claims_of(claims: Sequence[FigureClaim], figure: dict[str, Any]) -> list[FigureClaim]:
    """The claims that state a gold figure: its article and value; those of its anchor's
    sentence when some are (the same value may be told twice)."""
    wanted = "vague" if figure["value_kind"] == "vague" else _value_key(figure["value"])
    same = [
        c for c in claims if c.article == figure["article"] and _mention_key(c.mention) == wanted
    ]
    anchored = [c for c in same if figure["anchor"] in c.sentence]
    return anchored or same


def _pair_fate(one: Fate, two: Fate) -> str:
    """Why two claims were not found a discrepancy: a side left out, else the lists they are
    in: none shared (one only in an earlier event's: a past event), or judged together."""
    if isinstance(one, str) or isinstance(two, str):
        return one if isinstance(one, str) else str(two)
    if {index for index, _ in one} & {index for index, _ in two}:
        return "judged none"
    hows = ({how for _, how in one}, {how for _, how in two})
    if any(how <= {"earlier year", "earlier month"} for how in hows):
        return "past event: judged apart"
    return "no event match"


def unread_side(figure: dict[str, Any], docs: Sequence[Document]) -> str:
    """What the figure reader did in the sentence of a gold figure marsad gives no fact for:
    ``withheld as unsure`` (read with its value but not sure of what it counts, so not given),
    ``read, not given`` (read and sure, dropped later), ``another value`` (a figure read in
    the gold figure's words with another value) or ``nothing read``."""
    doc = next((d for d in docs if d.id == figure["article"]), None)
    anchor = figure["anchor"]
    sentence = next((s.text for s in doc.sentences if anchor in s.text), None) if doc else None
    if sentence is None:
        return "nothing read"
    wanted = "vague" if figure["value_kind"] == "vague" else _value_key(figure["value"])
    found = quantities(sentence, month_words=MONTH_WORDS)
    same = [m for m in found if _mention_key(m) == wanted]
    if same:
        return "read, not given" if any(m.sure for m in same) else "withheld as unsure"
    start = sentence.find(anchor)
    end = start + len(anchor)
    if any(m.start < end and start < m.end for m in found):
        return "another value"
    return "nothing read"
