"""What the summary's reader was actually told: a sentence shown alone whose body, event or text
named by its kind noun, whose speaker's surname, or whose "aforementioned" thing neither the
titles nor the summary sentences shown before it tell is left out (``StoryText.predecessor``
reads the leads of every article as told, but a lead the summary does not show tells the reader
nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.lang.context import TOLD_WINDOW, continues_before
from marsad.lang.referents import aforementioned
from marsad.lang.surnames import surname_only
from marsad.summarize.openers import told_then
from marsad.summarize.told_events import untold_event
from marsad.summarize.told_kinds import untold_kind

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText


def untold_when_shown(story: StoryText, ordered: Sequence[int]) -> list[int]:
    """``ordered`` (reading order) without each sentence shown alone, not right after its own
    article's previous sentence, whose kind noun or surname the titles and the sentences shown
    before it do not tell (``untold``) or that is the second half of that previous sentence
    (``continues_before``) or whose word of time points to a moment it does not tell
    (``openers.told_then``), and without the ones leaning on a sentence left out. An
    untitled single article (EASC's) is its scorer's choice, as in ``StoryText.predecessor``."""
    if shown_as_written(story):
        return list(ordered)
    kept: list[int] = []
    left: set[int] = set()
    for index in ordered:
        alone = story.sentences[index].index > 0 and not follows(
            story, kept[-1] if kept else None, index
        )
        if int(story.predecessor[index]) in left or (
            alone and (untold(story, index, kept) or _leans_back(story, index))
        ):
            left.add(index)
        else:
            kept.append(index)
    return kept


def shown_as_written(story: StoryText) -> bool:
    """True for an untitled single article (EASC's): its sentences are its scorer's choice,
    shown as written, as in ``StoryText.predecessor``."""
    return not _titles(story) and len(story.documents) < 2


def follows(story: StoryText, previous: int | None, index: int) -> bool:
    """True when sentence ``index`` is shown right after its own article's previous sentence
    (``previous`` is the sentence shown before it, None for the first)."""
    if previous is None:
        return False
    before, sentence = story.sentences[previous], story.sentences[index]
    return before.article == sentence.article and before.index == sentence.index - 1


def _leans_back(story: StoryText, index: int) -> bool:
    """True when sentence ``index`` is the second half of its article's sentence before it
    (``continues_before``: "إذ …", "في حين …", a whole quote) or opens on a word of time that
    points back ("عندها برزت …", "عليك حينها النقر …"; ``openers.told_then``)."""
    sentence = story.sentences[index]
    document = next(d for d in story.documents if d.id == sentence.article)
    return continues_before(sentence.text, document.language) or told_then(
        sentence.text, document.language
    )


def untold(story: StoryText, index: int, shown: Sequence[int]) -> bool:
    """True when ``untold_kind``, ``untold_event``, ``surname_only`` or ``aforementioned``
    flags sentence ``index`` against the story's titles and the ``shown`` sentences: the
    reader was not told which body, event, person or thing it is."""
    sentence = story.sentences[index]
    document = next(d for d in story.documents if d.id == sentence.article)
    told = " ".join([_titles(story), *(story.sentences[i].text for i in shown)])
    texts = [s.text for s in document.sentences]
    # The article's own lead counts among the sentences that gave a full name: news names a
    # person in full in the lead ("اعترف مايكل كوين، المحامي …") and by the last name after
    # that; a lead the summary does not show tells its reader nothing (``told`` holds it when
    # shown). ``StoryText.predecessor`` reads every lead as told, so it starts at 1.
    earlier = texts[max(0, sentence.index - TOLD_WINDOW) : sentence.index]
    return (
        untold_kind(sentence.text, document.language, told)
        or untold_event(sentence.text, document.language, told)
        or surname_only(sentence.text, document.language, told, earlier)
        or aforementioned(sentence.text, document.language, told)
    )


def _titles(story: StoryText) -> str:
    """The story's titles that are the articles' own (not inferred)."""
    return " ".join(
        document.article.title
        for document in story.documents
        if document.article.title and not document.article.title_inferred
    )
