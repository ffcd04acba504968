"""The sentences of a story that summaries, attribution and coverage consider: a bounded share.

Every story-level score compares sentences pairwise (n × n), so a story's sentences are capped
before any matrix is made: memory then grows with the cap, not with the square of the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.model import Document


def considered(documents: Sequence[Document], limit: int | None) -> tuple[Document, ...]:
    """The documents cut to at most ``limit`` sentences in all: the earliest of each article.

    Articles are read lead first, as the newsroom writes them: every article's first sentence,
    then every second one, and so on; at the last depth the earliest articles (story order)
    get the remaining places. Each article keeps a prefix of its sentences, so a sentence that
    leans on the one before it still finds it. ``None``, or a story within the limit: unchanged.
    """
    lengths = [len(document.sentences) for document in documents]
    if limit is None or sum(lengths) <= limit:
        return tuple(documents)
    quotas = _quotas(lengths, limit)
    return tuple(
        replace(document, sentences=document.sentences[:quota])
        for document, quota in zip(documents, quotas, strict=True)
        if quota
    )


def _quotas(lengths: Sequence[int], limit: int) -> list[int]:
    """Sentences kept per article: the deepest full depth that fits, then one more each."""
    low, high = 0, max(lengths)
    while low < high:  # the largest depth d with Σ min(length, d) ≤ limit
        middle = (low + high + 1) // 2
        if sum(min(length, middle) for length in lengths) <= limit:
            low = middle
        else:
            high = middle - 1
    quotas = [min(length, low) for length in lengths]
    spare = limit - sum(quotas)
    for number, length in enumerate(lengths):
        if spare and length > low:
            quotas[number] += 1
            spare -= 1
    return quotas
