"""ROUGE-1/2/L F1 with rouge-score and a Unicode-aware tokenizer; averaged over references.

rouge-score's default tokenizer keeps only [a-z0-9] and so drops Arabic entirely. Both sides are
normalized (marsad.lang.arabic.normalize: EASC's references have their hamza forms flattened)
and cut into ``\\w+`` runs; no stemming.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from marsad.lang.terms import tokens

if TYPE_CHECKING:
    from rouge_score.rouge_scorer import RougeScorer

METRICS = ("rouge1", "rouge2", "rougeL")


class UnicodeTokenizer:
    """rouge-score tokenizer: normalized ``\\w+`` tokens (Arabic letters and digits kept)."""

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text``."""
        return tokens(text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rouge:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of one summary (mean over its references)."""

    r1: float
    r2: float
    rl: float


@cache
def _scorer() -> RougeScorer:
    try:
        from rouge_score.rouge_scorer import RougeScorer
    except ImportError as error:  # pragma: no cover - depends on the installed extras
        raise ImportError("ROUGE needs the eval extra: pip install 'marsad[eval]'") from error
    return RougeScorer(list(METRICS), tokenizer=UnicodeTokenizer())


def rouge(summary: str, references: Sequence[str]) -> Rouge:
    """F1 of ``summary`` against each reference, averaged over the references."""
    if not references:
        raise ValueError("ROUGE needs at least one reference")
    scorer = _scorer()
    totals = dict.fromkeys(METRICS, 0.0)
    for reference in references:
        scores = scorer.score(reference, summary)
        for metric in METRICS:
            totals[metric] += scores[metric].fmeasure
    n = len(references)
    return Rouge(r1=totals["rouge1"] / n, r2=totals["rouge2"] / n, rl=totals["rougeL"] / n)
