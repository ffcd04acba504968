"""Figures in dispute, shown where the summary states them.

A summary sentence that states one side of a discrepancy (a conflict between outlets, a later
report of a growing count, an article against the calendar) carries a one-line note with every
side, its outlets and its day, the latest last: the reader sees the spread and the latest
figure beside the sentence instead of one outlet's number alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.model import Claim, Discrepancy, SummarySentence
from marsad.summarize.pairs import sentence_figures

# Kinds an editor must see beside the sentence; a difference of scope is not a dispute.
SHOWN = ("conflict", "update", "internal")


def dispute_note(discrepancy: Discrepancy, outlet_of: Mapping[str, str]) -> str:
    """``subject: value (outlets, day) / value (outlets, day) (kind)``, oldest claim first; an
    article against the calendar is told by its explanation."""
    if discrepancy.kind == "internal" and discrepancy.explanation:
        return f"{discrepancy.subject}: {discrepancy.explanation}"
    claims = sorted(discrepancy.claims, key=lambda claim: (claim.date is None, claim.date or ""))
    sides = []
    for claim in claims:
        outlets = ", ".join(sorted({outlet_of.get(a, a) for a in claim.sources}))
        when = f", {claim.date}" if claim.date else ""
        sides.append(f"{claim.value} ({outlets}{when})")
    return f"{discrepancy.subject}: {' / '.join(sides)} ({discrepancy.kind})"


def mark_disputes(
    summary: Sequence[SummarySentence],
    discrepancies: Sequence[Discrepancy],
    outlet_of: Mapping[str, str],
) -> tuple[SummarySentence, ...]:
    """The summary with each sentence's disputes: the discrepancies one of whose claims the
    sentence states (the claim's own sentence, or the claim's figure written in digits in a
    sentence credited to one of the claim's articles). A sentence stating only an earlier
    figure of an update whose latest figure another summary sentence states is left out: the
    reader would take the stale figure as current (``stale``)."""
    marked = []
    for sentence in stale_left_out(summary, discrepancies):
        figures = sentence_figures(sentence.text)
        notes = tuple(
            dispute_note(discrepancy, outlet_of)
            for discrepancy in discrepancies
            if discrepancy.kind in SHOWN
            and any(_states(sentence, figures, claim) for claim in discrepancy.claims)
        )
        marked.append(replace(sentence, disputes=notes) if notes else sentence)
    return tuple(marked)


def stale_left_out(
    summary: Sequence[SummarySentence], discrepancies: Sequence[Discrepancy]
) -> tuple[SummarySentence, ...]:
    """The summary without the sentences that state an update's earlier figure, not its latest,
    when another of its sentences states the latest (a toll of 100 beside the later 130)."""
    figures = [sentence_figures(sentence.text) for sentence in summary]
    stale: set[int] = set()
    for discrepancy in discrepancies:
        if discrepancy.kind != "update" or len(discrepancy.claims) < 2:
            continue
        claims = sorted(discrepancy.claims, key=lambda c: (c.date is None, c.date or ""))
        latest, earlier = claims[-1], claims[:-1]
        current = {n for n, sentence in enumerate(summary) if _states(sentence, figures[n], latest)}
        if not current:
            continue
        stale.update(
            n
            for n, sentence in enumerate(summary)
            if n not in current and any(_states(sentence, figures[n], claim) for claim in earlier)
        )
    return tuple(sentence for n, sentence in enumerate(summary) if n not in stale)


def _states(sentence: SummarySentence, figures: frozenset[str], claim: Claim) -> bool:
    if claim.text == sentence.text and sentence.article in claim.sources:
        return True
    value = claim.value
    written = f"{value:g}" if isinstance(value, float) else str(value)
    return written in figures and bool(set(sentence.sources) & set(claim.sources))
