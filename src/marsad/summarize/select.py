"""Turn sentence scores into a summary: budget, no redundancy, readable order, sources."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from marsad.model import SourceRef, SummarySentence
from marsad.summarize.attribution import stating_sentences
from marsad.summarize.base import StoryText

_NO_DATE = datetime.max.replace(tzinfo=UTC)
# A summary opens with one of the first sentences of an article: the lead states the event.
LEAD_SENTENCES = 2


def select(
    story: StoryText,
    scores: np.ndarray,
    *,
    words: int,
    redundancy: float,
    sentences: int | None = None,
) -> tuple[SummarySentence, ...]:
    """Best-scoring sentences that fit in ``words`` and repeat no chosen one, in reading order.

    Greedy: take sentences by descending score (ties by story order), skip a sentence that
    does not fit the remaining budget or whose cosine to a chosen one is above ``redundancy``,
    or that a chosen sentence already states; stop at ``sentences`` sentences when given.
    A sentence that needs context is taken only right after its predecessor (never alone):
    a first pass takes the sentences that stand alone, a second the ones that follow them.
    The best-scoring article lead among the chosen opens the summary.
    """
    chosen: list[int] = []
    used = 0
    order = sorted(range(len(story.sentences)), key=lambda i: (-float(scores[i]), i))
    alone = story.predecessor < 0
    if not (alone & story.eligible).any():  # every sentence leans on another: take them all
        alone[:] = True
    for needs_context in (False, True):
        for index in order:
            if sentences is not None and len(chosen) >= sentences:
                break
            if not story.eligible[index] or alone[index] == needs_context:
                continue
            if needs_context and story.predecessor[index] not in chosen:
                continue
            length = story.sentences[index].word_count
            if used + length > words or _repeats(story, index, chosen, redundancy):
                continue
            chosen.append(index)
            used += length
    ordered = _reading_order(story, chosen)
    leads = [i for i in chosen if story.sentences[i].index < LEAD_SENTENCES and alone[i]]
    if leads:  # open with the event: the best-scoring lead (a first sentence before a second
        # one), then the rest in reading order; ``chosen`` is in descending score order
        opening = min(leads, key=lambda i: story.sentences[i].index)
        ordered = [opening, *(i for i in ordered if i != opening)]
    return tuple(_summary_sentence(story, index) for index in ordered)


def _repeats(story: StoryText, index: int, chosen: list[int], redundancy: float) -> bool:
    return any(
        story.similarity[index, other] > redundancy
        or story.states[index, other] >= story.attribution_threshold
        or story.same_fact[index, other]
        for other in chosen
    )


def _reading_order(story: StoryText, chosen: list[int]) -> list[int]:
    """Chronological by the article's publication date, then article order, then position."""
    rank = {document.id: number for number, document in enumerate(story.documents)}
    published = {document.id: document.article.published for document in story.documents}

    def key(index: int) -> tuple[datetime, int, int]:
        sentence = story.sentences[index]
        date = published[sentence.article]
        return (date or _NO_DATE, rank[sentence.article], sentence.index)

    return sorted(chosen, key=key)


def _summary_sentence(story: StoryText, index: int) -> SummarySentence:
    sentence = story.sentences[index]
    paraphrases = np.flatnonzero(story.restates[index]).tolist()
    stating = sorted(
        set(stating_sentences(story, index)) | set(paraphrases),
        key=lambda j: (j != index, -story.states[index, j]),
    )
    refs: list[SourceRef] = []
    seen: set[str] = set()
    for j in stating:  # one reference per article: its best match, the quoted one first
        other = story.sentences[j]
        if other.article in seen:
            continue
        seen.add(other.article)
        refs.append(
            SourceRef(article=other.article, sentence=other.index, start=other.start, end=other.end)
        )
    return SummarySentence(
        text=sentence.text,
        article=sentence.article,
        sentence=sentence.index,
        sources=tuple(ref.article for ref in refs),
        refs=tuple(refs),
    )
