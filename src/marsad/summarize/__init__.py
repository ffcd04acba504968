"""Extractive multi-document summaries with sources for every sentence."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Document, SummarySentence
from marsad.settings import Settings

# Each of these modules registers its summarizers when imported.
from marsad.summarize import coverage as _coverage  # noqa: F401
from marsad.summarize import graph as _graph  # noqa: F401
from marsad.summarize import mmr as _mmr  # noqa: F401
from marsad.summarize import scorers as _scorers  # noqa: F401
from marsad.summarize import supervised as _supervised  # noqa: F401
from marsad.summarize.base import (
    StoryText,
    Summarizer,
    available,
    get_summarizer,
    register,
    scores_for,
)
from marsad.summarize.bounds import considered
from marsad.summarize.select import select

# The keyword defaults are the settings' (Settings is the one home of defaults).
DEFAULTS = Settings()

__all__ = ["StoryText", "Summarizer", "available", "get_summarizer", "register", "summarize"]


def summarize(
    documents: Sequence[Document],
    *,
    summarizer: str | Summarizer = DEFAULTS.summarizer,
    words: int = DEFAULTS.summary_words,
    redundancy: float = DEFAULTS.redundancy_threshold,
    attribution_threshold: float = DEFAULTS.attribution_threshold,
    sentences: int | None = None,
    max_sentences: int | None = None,
    paraphrases: bool = True,
) -> tuple[SummarySentence, ...]:
    """Summary of one story's documents by ``summarizer`` (a registry name or an object with
    a ``score`` method) within ``words`` words (and at most ``sentences``
    sentences when given), every sentence with its sources; only the story's first
    ``max_sentences`` sentences by article position are considered (``bounds.considered``);
    ``paraphrases`` lets one fact worded differently by two outlets count once (pairs.py)."""
    scorer = get_summarizer(summarizer) if isinstance(summarizer, str) else summarizer
    if not any(document.sentences for document in documents):
        return ()
    story = StoryText.build(
        considered(documents, max_sentences),
        attribution_threshold=attribution_threshold,
        paraphrases=paraphrases,
        # a scorer registered with the restatement credits on (``supervised-restated``)
        restatements=bool(getattr(scorer, "restatements", False)),
    )
    return select(
        story,
        scores_for(scorer, story, words),
        words=words,
        redundancy=redundancy,
        sentences=sentences,
    )
