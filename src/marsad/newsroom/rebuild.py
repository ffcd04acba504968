"""Building stories from their members' stored analyses, in this process or, when a call
rebuilds many, on the process pool of ``marsad.engine.pool`` (the same ``build_story`` either
way, so the rows are the same; only where it runs changes). A story of one article skips the
duplicate check (a duplicate group has two articles or more): most stories a live batch
touches are new ones of one article."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from marsad.facts import DocumentMentions, document_mentions
from marsad.model import Document, Story, content_id
from marsad.newsroom.search import search_text
from marsad.pipeline import build_story, story_of
from marsad.settings import Settings

if TYPE_CHECKING:
    from marsad.engine.pool import ProcessEngine

# Members rebuilt in one call from which the pool is used: as `digest`'s auto engine (500
# articles), below it shipping the analyses costs about what the second core saves.
POOL_ARTICLES = 500
# Members per pool task: enough to repay a task's shipping, small enough to share the work.
TASK_ARTICLES = 150

Mentions = dict[str, DocumentMentions]
# A built story, what its members say that was not known before, and its search text.
Built = tuple[Story, Mentions, str]


@dataclass(frozen=True, slots=True)
class Work:
    """One story to build: its members' analyses and what is known of what each says."""

    story_id: str
    documents: list[Document]
    mentions: Mentions


def inputs_key(settings_key: str, storyline: str, members: Sequence[str]) -> str:
    """A hash of all a story's row is built from: the settings, its storyline and its members
    in order (the same key: the same row, so the rebuild can be skipped)."""
    return content_id(settings_key, storyline, *members, length=32)


def settings_key(settings: Settings) -> str:
    """The settings as the inputs key sees them (every field: any may change a story)."""
    return content_id(repr(settings), length=32)


def build_stories(
    work: Sequence[Work], settings: Settings, engine: ProcessEngine | None
) -> list[Built]:
    """Each story built (in ``work``'s order) with what its members say that was not known
    before (to keep for the next rebuild) and its search text (made where it is built, so a
    pool makes it too); on ``engine`` in tasks of about TASK_ARTICLES members, else here."""
    if engine is None:
        return _build_some(settings, list(work))
    return queue_stories(work, settings, engine).built()


def queue_stories(work: Sequence[Work], settings: Settings, engine: ProcessEngine) -> Building:
    """``build_stories`` on ``engine``, queued now behind its earlier tasks."""
    return Building(futures=engine.submit(partial(_build_some, settings), _tasks(work)))


class Building:
    """Stories built (``built`` given) or being built on a pool (its ``futures``, in order)."""

    def __init__(
        self,
        *,
        built: list[Built] | None = None,
        futures: Sequence[Future[list[Built]]] = (),
    ) -> None:
        self._built = built
        self._futures = futures

    def built(self) -> list[Built]:
        """The stories, in the work's order (waiting for the pool; a task's exception here)."""
        if self._built is None:
            self._built = [built for future in self._futures for built in future.result()]
        return self._built

    def done(self) -> bool:
        """Whether every story is built (``built`` will not wait)."""
        return self._built is not None or all(future.done() for future in self._futures)

    def cancel(self) -> None:
        """Cancel the tasks not yet started (the stories will not be used)."""
        for future in self._futures:
            future.cancel()


def _tasks(work: Sequence[Work]) -> list[list[Work]]:
    """The work in tasks of about TASK_ARTICLES members, in order."""
    tasks: list[list[Work]] = [[]]
    size = 0
    for item in work:
        if size >= TASK_ARTICLES:
            tasks.append([])
            size = 0
        tasks[-1].append(item)
        size += len(item.documents)
    return tasks


def _build_some(settings: Settings, work: list[Work]) -> list[Built]:
    results: list[Built] = []
    for item in work:
        new = {
            document.id: document_mentions(document)
            for document in item.documents
            if document.id not in item.mentions
        }
        story = build_one(item.documents, settings, {**item.mentions, **new})
        results.append((story, new, story_search_text(story)))
    return results


def build_one(
    documents: Sequence[Document], settings: Settings, mentions: Mapping[str, DocumentMentions]
) -> Story:
    """``build_story``, without its duplicate check for a story of one article (it can have
    no copies), which fingerprints the article for nothing: the same story either way."""
    if len(documents) == 1:
        return story_of([(documents[0], mentions.get(documents[0].id))], (), settings)
    return build_story(documents, settings, mentions)


def story_search_text(story: Story) -> str:
    """What the full-text index sees of a story: its title, summary and members' titles."""
    return search_text(
        [story.title, *(s.text for s in story.summary), *(a.title for a in story.articles)],
        story.language,
    )


def pool_wanted(work: Sequence[Work], workers: int) -> bool:
    """Whether rebuilding ``work`` repays the pool."""
    return workers > 1 and sum(len(item.documents) for item in work) >= POOL_ARTICLES


def mentions_of(known: Mapping[str, DocumentMentions], documents: Sequence[Document]) -> Mentions:
    """What is already known of what these documents say."""
    return {d.id: known[d.id] for d in documents if d.id in known}
