"""Stories built early: during a bulk ingest, while the ingesting process places a batch,
stories touched by earlier batches are built on the pool as they stand, one small task at a
time beside the next batch's marks and analyses. A story whose members and storyline are
still the same at the final rebuild (the same inputs key) is stored from its early build
instead of being built again there; any other is built again as before, so the rows are the
same either way. The final rebuild then waits less for the pool, which the batches' placing
leaves half idle (waiting for the pool to have nothing queued built almost none early:
docs/benchmarks.md, round 25).

A bulk ingest in publication-date order knows more: a story whose last member is more than
``story_window_days`` before the next article to place can gain no member and merge with no
story (every article still to come is out of its window), so it is built once, when settled,
and a story not settled yet waits (`ingest --by-date`; docs/benchmarks.md, round 25)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from marsad.facts import DocumentMentions
from marsad.model import Document
from marsad.newsroom.rebuild import TASK_ARTICLES, Building, Built, Work, mentions_of, queue_stories
from marsad.settings import Settings

if TYPE_CHECKING:
    from marsad.engine.pool import ProcessEngine

# A story's members and storyline as the inputs key sees them (None: gone, not built early).
Members = Callable[[str], tuple[list[str], str] | None]
# Whether a story can no longer change (None: not known, every story is built as it stands).
Settled = Callable[[str], bool] | None


class EarlyBuilds:
    """The stories waiting for an early build, the builds under way, and those made (by
    story: the inputs key it was built from, and the build)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._waiting: dict[str, None] = {}  # touched stories, least recently touched first
        # Builds under way: their stories and inputs keys, in the work's order.
        self._running: list[tuple[list[tuple[str, str]], Building]] = []
        self._made: dict[str, tuple[str, Built]] = {}

    def touched(self, story_ids: list[str]) -> None:
        """Stories a batch changed: built early later, with the members they have then."""
        for story_id in story_ids:
            self._waiting.pop(story_id, None)
            self._waiting[story_id] = None

    def step(
        self,
        engine: ProcessEngine,
        members: Members,
        key: Callable[[str, list[str]], str],
        documents: Mapping[str, Document],
        mentions: Mapping[str, DocumentMentions],
        settled: Settled = None,
    ) -> None:
        """Collect the builds done and, when no early build is under way, queue the next task
        of about TASK_ARTICLES members (a story with a member not in ``documents`` waits for a
        later batch; with ``settled``, one not settled waits too)."""
        self._collect()
        if self._running or not self._waiting:
            return
        work: list[Work] = []
        keys: list[tuple[str, str]] = []
        size = 0
        for story_id in list(self._waiting):
            if size >= TASK_ARTICLES:
                break
            if settled is not None and not settled(story_id):
                continue  # an article still to come may join it: built once it cannot
            del self._waiting[story_id]
            found = members(story_id)
            if found is None:
                continue
            ids, storyline = found
            if not all(i in documents for i in ids):
                continue  # its latest members are remembered at their batch's end
            present = [documents[i] for i in ids]
            work.append(Work(story_id, present, mentions_of(mentions, present)))
            keys.append((story_id, key(storyline, ids)))
            size += len(ids)
        if work:
            self._running.append((keys, queue_stories(work, self.settings, engine)))

    def _collect(self, wait: bool = False) -> None:
        running = []
        for keys, building in self._running:
            if wait or building.done():
                for (story_id, story_key), built in zip(keys, building.built(), strict=True):
                    self._made[story_id] = (story_key, built)
            else:
                running.append((keys, building))
        self._running = running

    def take(self, story_id: str, key: str) -> Built | None:
        """The early build of the story from inputs ``key`` (taken once), else None."""
        self._waiting.pop(story_id, None)
        made = self._made.pop(story_id, None)
        return made[1] if made is not None and made[0] == key else None

    def finish(self) -> None:
        """Wait for the builds under way (the final rebuild reads them)."""
        self._collect(wait=True)
        self._waiting.clear()

    def cancel(self) -> None:
        """Drop everything (the ingest failed: the builds will not be used)."""
        for _, building in self._running:
            building.cancel()
        self._running.clear()
        self._waiting.clear()
        self._made.clear()
