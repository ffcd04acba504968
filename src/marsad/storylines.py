"""Storylines: the stories of one continuing event, linked by the clustering's second level
(stories keep merging down to ``Settings.storyline_threshold``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.model import Story, Storyline, StorylineStep, content_id


def link_storylines(
    stories: Sequence[Story], lines: Sequence[Sequence[int]]
) -> tuple[tuple[Story, ...], tuple[Storyline, ...]]:
    """Each story with its storyline id, and the storylines (``lines``: story positions, every
    story in exactly one), largest first. A storyline is titled by its largest story."""
    storylines = []
    linked = list(stories)
    for positions in lines:
        members = sorted((stories[n] for n in positions), key=lambda s: (-len(s.articles), s.id))
        line_id = content_id("storyline", *sorted(story.id for story in members))
        published = [a.published for story in members for a in story.articles if a.published]
        storylines.append(
            Storyline(
                id=line_id,
                title=members[0].title,
                stories=tuple(story.id for story in members),
                first=min(published, default=None),
                last=max(published, default=None),
                summary=sequence(members) if len(members) > 1 else (),
            )
        )
        for n in positions:
            linked[n] = replace(stories[n], storyline=line_id)
    storylines.sort(key=lambda line: (-len(line.stories), line.id))
    return tuple(linked), tuple(storylines)


def sequence(stories: Sequence[Story]) -> tuple[StorylineStep, ...]:
    """Each story's opening summary sentence (its title when it has none), oldest story
    first: the storyline told as the run of its events."""
    steps = []
    for story in stories:
        dates = [a.published for a in story.articles if a.published]
        opening = story.summary[0] if story.summary else None
        steps.append(
            StorylineStep(
                story=story.id,
                published=min(dates, default=None),
                text=opening.text if opening else story.title,
                sources=opening.sources if opening else tuple(a.id for a in story.articles),
            )
        )
    steps.sort(key=lambda step: (step.published is None, step.published or 0, step.story))
    return tuple(steps)
