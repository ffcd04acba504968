"""Helpers of the discrepancy tests: a figure of a sentence as one article states it."""

from __future__ import annotations

from typing import Any

from marsad.facts.discrepancies import FigureClaim
from marsad.facts.quantities import quantities


def figure_claim(
    sentence: str, value: float, outlet: str, *, article: str | None = None, **fields: Any
) -> FigureClaim:
    """The figure of ``sentence`` with this value as ``outlet``'s article (named ``article``,
    else the outlet) states it; ``fields``: the claim's other fields (``published``, ``at`` …)."""
    mention = next(m for m in quantities(sentence) if m.value == value)
    article = outlet if article is None else article
    return FigureClaim(article=article, outlet=outlet, mention=mention, sentence=sentence, **fields)
