"""Sentences that add nothing the story's other outlets carry: what a summary needs, not what
its budget can hold.

A multi-outlet summary fills its word budget; past the lead, a sentence whose every content
stem not already shown is one only its own outlet uses adds a detail no other outlet thought
worth telling (background, a one-outlet aside) or the event again in its own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.summarize.base import StoryText

# A sentence after the first must bring at least this many content stems, not in the sentences
# shown before it, that another outlet of the story also uses. Chosen on the 27 February gold
# stories: 1 drops 5 of their 96 later sentences, none carrying a gold unit; 2 drops 16, 5 of
# them with a unit of their own (leave-one-story-out picks 1 in 25 of 27 folds).
MIN_SHARED_NEW = 1


def outlets_by_stem(story: StoryText) -> dict[str, frozenset[str]]:
    """The outlets whose sentences in the story use each content stem."""
    carriers: dict[str, set[str]] = {}
    for sentence, outlet in zip(story.sentences, story.sources, strict=True):
        for term in sentence.terms:
            carriers.setdefault(term, set()).add(outlet)
    return {term: frozenset(outlets) for term, outlets in carriers.items()}


def shared_new(
    story: StoryText, index: int, shown: set[str], carriers: dict[str, frozenset[str]]
) -> int:
    """How many of the sentence's content stems not in ``shown`` another outlet also uses
    (``carriers``: ``outlets_by_stem`` of the story)."""
    outlet = story.sources[index]
    return sum(1 for term in set(story.sentences[index].terms) - shown if carriers[term] - {outlet})


def without_unshared(story: StoryText, ordered: Sequence[int]) -> list[int]:
    """``ordered`` (reading order) without the sentences after the first that bring fewer than
    ``MIN_SHARED_NEW`` new stems another outlet carries; a sentence another kept one leans on
    (``StoryText.predecessor``) stays. One-outlet stories are left as they are."""
    if len(set(story.sources)) < 2 or len(ordered) < 2:
        return list(ordered)
    kept = [ordered[0]]
    shown = set(story.sentences[ordered[0]].terms)
    leaned_on = {int(story.predecessor[i]) for i in ordered}
    carriers = outlets_by_stem(story)
    for index in ordered[1:]:
        if index in leaned_on or shared_new(story, index, shown, carriers) >= MIN_SHARED_NEW:
            kept.append(index)
            shown |= set(story.sentences[index].terms)
    return kept
