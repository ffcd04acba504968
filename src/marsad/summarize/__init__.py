"""Extractive multi-document summaries with sources for every sentence."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Document, SummarySentence
from marsad.summarize import scorers as _scorers  # noqa: F401  (registers the summarizers)
from marsad.summarize.base import StoryText, Summarizer, available, get_summarizer, register
from marsad.summarize.select import select

__all__ = ["StoryText", "Summarizer", "available", "get_summarizer", "register", "summarize"]


def summarize(
    documents: Sequence[Document],
    *,
    summarizer: str = "consensus",
    words: int = 120,
    redundancy: float = 0.5,
    attribution_threshold: float = 0.5,
) -> tuple[SummarySentence, ...]:
    """Summary of one story's documents within ``words`` words, every sentence with its sources."""
    scorer = get_summarizer(summarizer)
    if not any(document.sentences for document in documents):
        return ()
    story = StoryText.build(documents, attribution_threshold=attribution_threshold)
    return select(story, scorer.score(story), words=words, redundancy=redundancy)
