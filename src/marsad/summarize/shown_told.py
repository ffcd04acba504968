"""What the summary's reader was actually told: a sentence shown alone whose body, event or text
named by its kind noun, or whose speaker's surname, neither the titles nor the summary sentences
shown before it tell is left out (``StoryText.predecessor`` reads the leads of every article as
told, but a lead the summary does not show tells the reader nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.lang.context import TOLD_WINDOW
from marsad.lang.surnames import surname_only
from marsad.summarize.told_kinds import untold_kind

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText


def untold_when_shown(story: StoryText, ordered: Sequence[int]) -> list[int]:
    """``ordered`` (reading order) without each sentence shown alone, not right after its own
    article's previous sentence, that ``untold_kind`` or ``surname_only`` flags against the
    story's titles and the sentences shown before it, and without the ones leaning on a sentence
    left out. An untitled single article (EASC's) is its scorer's choice, as in
    ``StoryText.predecessor``."""
    titles = " ".join(
        document.article.title
        for document in story.documents
        if document.article.title and not document.article.title_inferred
    )
    if not titles and len(story.documents) < 2:
        return list(ordered)
    documents = {document.id: document for document in story.documents}
    kept: list[int] = []
    left: set[int] = set()
    for index in ordered:
        sentence = story.sentences[index]
        if int(story.predecessor[index]) in left:
            left.add(index)
            continue
        previous = story.sentences[kept[-1]] if kept else None
        alone = sentence.index > 0 and not (
            previous is not None
            and previous.article == sentence.article
            and previous.index == sentence.index - 1
        )
        if alone:
            document = documents[sentence.article]
            told = " ".join([titles, *(story.sentences[i].text for i in kept)])
            texts = [s.text for s in document.sentences]
            earlier = texts[max(1, sentence.index - TOLD_WINDOW) : sentence.index]
            if untold_kind(sentence.text, document.language, told) or surname_only(
                sentence.text, document.language, told, earlier
            ):
                left.add(index)
                continue
        kept.append(index)
    return kept
