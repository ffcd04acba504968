"""The newsroom: the one place that runs the pipeline's stages for a store.

An ingest batch is cleaned and analysed once; its analyses are stored with the articles and
the streaming clusterer puts each in a story. A story whose members changed is marked and,
at the end of the call, rebuilt from the stored analyses of its members (never analysed
again), with the same story builder as ``digest``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from marsad.budget import over_budget
from marsad.clean import Marks, clean_with
from marsad.engine import cores
from marsad.facts import DocumentMentions
from marsad.lang import analyse
from marsad.lang.arabic import normalize
from marsad.model import Article, Document, Problem, content_id
from marsad.newsroom.analysis import POOL_ARTICLES, Analyses, analysed
from marsad.newsroom.early import EarlyBuilds, Settled
from marsad.newsroom.evidence import Marking, batch_evidence, recent_of
from marsad.newsroom.rebuild import (
    Building,
    Built,
    Work,
    build_stories,
    inputs_key,
    mentions_of,
    pool_wanted,
    queue_stories,
    settings_key,
)
from marsad.newsroom.search import search_text
from marsad.newsroom.streamstate import catch_up, changed_rows, load_stream
from marsad.settings import Settings
from marsad.store import IngestReport, Store
from marsad.store.writer import BatchWriter, NewArticle
from marsad.stream import Reading, StreamingClusterer, publication_day, stream_params

if TYPE_CHECKING:
    from marsad.engine.pool import ProcessEngine

# Members of the stories rebuilt in one transaction: the write lock is let go between them.
REBUILD_ARTICLES = 2_000
# Analyses made by this newsroom kept in memory for its rebuilds (the rest are read back).
DOCUMENT_CACHE = 50_000
# Analysed articles placed in stories at a time while the pool analyses the next ones.
PLACE_ROWS = 100

Advance = Callable[[int], None]


def content_hash(article: Article) -> str:
    """The id ingest gives an article without one: a hash of its normalized title and body."""
    return content_id(normalize(article.title), normalize(article.text))


class Newsroom:
    """Ingests articles into a store and keeps its stories up to date (see the module doc).

    One per store handle; the clusterer's state is cached between calls and brought up to
    date when another writer (process or handle) saved since. A call that rebuilds many
    stories builds them on a process pool of ``workers`` (default: every core; 1: never),
    kept until ``close()``.
    """

    def __init__(
        self, store: Store, settings: Settings | None = None, *, workers: int | None = None
    ) -> None:
        self.store = store
        self.settings = settings or store.settings
        self._stream: StreamingClusterer | None = None
        self._version = -1
        self._marks: dict[str, Marks] = {}
        self._documents: dict[str, Document] = {}
        # What each document says on its own (dates, figures, names): read once per process,
        # as a digest reads it once, not at every rebuild of its story.
        self._mentions: dict[str, DocumentMentions] = {}
        self._settings_key = settings_key(self.settings)
        # What the pool needs to read documents for the clusterer (not the background table).
        params = stream_params(self.settings)
        self._reading_params = replace(params, evidence=replace(params.evidence, background=None))
        self._workers = cores() if workers is None else workers
        self._pool: ProcessEngine | None = None
        self._ahead: Prepared | None = None  # the next batch, queued on the pool
        self._early = EarlyBuilds(self.settings)  # stories built while batches are placed
        self._dated = False  # this call places its articles in publication-date order
        self._closer: weakref.finalize[Any, Any] | None = None

    def ingest(
        self,
        articles: Sequence[Article],
        *,
        batch_size: int | None = None,
        advance: Advance | None = None,
        by_date: bool = False,
    ) -> IngestReport:
        """Store new articles (a transaction per batch of ``batch_size``, by default
        ``settings.live_batch_size``), put them in stories and rebuild the stories they
        changed; idempotent. ``advance`` is told how many articles each batch took.
        ``by_date``: the whole input is given (a file, not a live feed), and is placed in
        publication-date order (``in_date_order``), so its stories settle as it goes and are
        built early once each."""
        batch_size = max(1, batch_size or self.settings.live_batch_size)
        if by_date:
            articles = in_date_order(articles)
        self._dated = by_date
        report = IngestReport()
        touched: list[str] = []
        batches = [
            articles[start : start + batch_size] for start in range(0, len(articles), batch_size)
        ]
        try:
            for n, batch in enumerate(batches):
                following = batches[n + 1] if n + 1 < len(batches) else []
                with self.store.batch() as writer:
                    touched += self._batch(writer, batch, report, following)
                if advance is not None:
                    advance(len(batch))
            self._early.finish()
            self.rebuild()
        except BaseException:
            self._forget()  # the clusterer and caches may hold a rolled-back batch
            raise
        finally:
            self._dated = False
        stream = self._stream
        if stream is not None:
            report.stories = list(dict.fromkeys(stream.resolve(s) for s in touched))
        return report

    def rebuild(self) -> int:
        """Rebuild every story waiting for it (this call's, or a crashed writer's), from the
        stored analyses of its members; returns how many were rebuilt. A round built on the
        pool has the next one planned and queued behind it, and is saved while it is built."""
        rebuilt = 0
        pooled = False  # a round of this call was built on the pool: the rest are too
        queued: tuple[Plan, Building] | None = None  # a round the pool builds
        try:
            while True:
                building = set() if queued is None else queued[0].stories()
                with self.store.batch() as writer:
                    waiting = [s for s in writer.pending() if s not in building]
                    plan = self._plan(writer, waiting) if waiting else None
                if plan is None and queued is None:
                    return rebuilt
                following = None
                if plan is not None:
                    # Built with the write lock let go: POSTs queue and other writers write.
                    engine = self._engine_for(plan.work, pooled)
                    pooled = engine is not None
                    following = plan, self._building(plan, engine)
                if queued is not None:
                    rebuilt += self._stored(*queued)
                queued = following
                if following is not None and not pooled:  # built here: stored now
                    rebuilt += self._stored(*following)
                    queued = None
        except BaseException:
            if queued is not None:
                queued[1].cancel()
            raise

    def _stored(self, plan: Plan, building: Building) -> int:
        """``_save`` in a transaction of its own, with the stories skipped by the plan."""
        with self.store.batch() as writer:
            return plan.skipped + self._save(writer, plan, building)

    def _building(self, plan: Plan, engine: ProcessEngine | None) -> Building:
        """The plan's stories queued on ``engine``, or built here now without one."""
        if engine is None:
            return Building(built=build_stories(plan.work, self.settings, None))
        return queue_stories(plan.work, self.settings, engine)

    # -- one batch -------------------------------------------------------------------------
    def _batch(
        self,
        writer: BatchWriter,
        batch: Sequence[Article],
        report: IngestReport,
        following: Sequence[Article] = (),
    ) -> list[str]:
        """Store a batch's new articles and place them in stories. For a batch analysed on the
        pool, the ``following`` batch's marks and analyses are queued once this one's articles
        are written (its evidence reads them), so the pool makes them while this one is placed."""
        prepared = self._ready(writer, batch)
        triage = prepared.triage
        report.merge(triage.report)
        fresh, hashes = triage.fresh, triage.hashes
        if not fresh:
            return []
        originals = dict(triage.originals)
        stream = self._stream_of(writer)
        merged_before = set(stream.redirects)
        documents = self._analyses(prepared)
        ahead_of = {a.id for a in prepared.analyse_now}
        pool = prepared.pool
        # Placed in stories by add_many: all after the loop, or on the pool's analyses by
        # PLACE_ROWS or more when the next is not made yet (the same stories, less waiting).
        placed: list[Document] = []
        readings: list[Reading | None] = []  # the clusterer's, made on the pool
        stories: list[str] = []
        keep: list[NewArticle] = []
        for article in fresh:
            digest = hashes[article.id]
            ahead = next(documents) if article.id in ahead_of else None
            if digest in originals:  # an exact copy under another id: kept, marked, in no story
                text = search_text([article.title, article.text], article.lang or "ar")
                keep.append(NewArticle(article, digest, text, duplicate_of=originals[digest]))
                report.duplicates += 1
                continue
            assert ahead is not None  # every article not a copy of a stored one is analysed
            document, mentions, reading, made, encoded = ahead
            if mentions is not None:
                self._keep_mentions({document.id: mentions})
            if not document.sentences:
                report.problems.append(
                    Problem(
                        path=article.path or article.id, message="no sentences left after cleaning"
                    )
                )
                continue
            originals[digest] = article.id
            if made is None:  # not made on the pool
                made = search_text([article.title, article.text], document.language)
            keep.append(NewArticle(article, digest, made, document, encoded=encoded))
            placed.append(document)
            readings.append(reading)
            report.added += 1
            if (
                pool is not None
                and len(placed) - len(stories) >= PLACE_ROWS
                and not documents.ready()
            ):
                stories += stream.add_many(placed[len(stories) :], readings[len(stories) :])
        # A pooled batch's search rows are written on a thread while its articles are placed
        # (only the next batch's start needs them: its evidence reads the store).
        writer.add_articles(keep, background=pool is not None)
        while writer.indexing() and len(stories) < len(placed):
            end = len(stories) + PLACE_ROWS
            stories += stream.add_many(placed[len(stories) : end], readings[len(stories) : end])
        if pool is not None and following:
            self._ahead = self._start(writer, following, self._triage(writer, following))
        while len(stories) < len(placed):
            # By PLACE_ROWS while the next batch's marks are made (its analyses then queued).
            end = len(placed) if self._ahead is None else len(stories) + PLACE_ROWS
            stories += stream.add_many(placed[len(stories) : end], readings[len(stories) : end])
            if self._ahead is not None:
                self._advance(self._ahead)
            if pool is not None:
                upcoming = placed[len(stories)].article if len(stories) < len(placed) else None
                self._build_early(pool, upcoming or next(iter(following), None))
        added = list(zip(placed, stories, strict=True))
        writer.join_stories(
            [(d.id, stream.resolve(story_id), d.article.source) for d, story_id in added]
        )
        merged = sorted(set(stream.redirects) - merged_before)
        for old in merged:
            writer.retire_story(old, stream.resolve(old))
        touched = [stream.resolve(story_id) for _, story_id in added]
        writer.mark_pending(touched)
        self._version += 1
        writer.save_stream_rows(changed_rows(stream, self._version, touched, merged))
        self._remember([document for document, _ in added])
        if pool is not None:  # a bulk batch: its stories are built early (settled or as they stand)
            self._early.touched(list(dict.fromkeys(touched)))
            self._build_early(pool, next(iter(following), None))
        return touched

    def _build_early(self, pool: ProcessEngine, upcoming: Article | None = None) -> None:
        """An early build queued, unless one is under way (a task at a time: the next batch's
        marks and analyses wait behind one at most). In a call placing by date, only of the
        stories settled before ``upcoming``, the next article to place (None: the last)."""
        stream = self._stream
        if stream is None:
            return
        settled: Settled = None
        if self._dated:
            settled = settled_before(stream, upcoming, self.settings.story_window_days)

        def members(story_id: str) -> tuple[list[str], str] | None:
            state = stream.stories.get(story_id)
            if state is None or stream.resolve(story_id) != story_id:
                return None
            return list(state.articles), stream.storyline_of(story_id)

        def key(storyline: str, ids: list[str]) -> str:
            return inputs_key(self._settings_key, storyline, ids)

        self._early.step(pool, members, key, self._documents, self._mentions, settled)

    def _triage(self, writer: BatchWriter, batch: Sequence[Article]) -> Triage:
        """The batch against the store: refused and already stored articles (in a report of
        their own), the new ones, the stored originals they copy, and their evidence's context."""
        report = IngestReport()
        hashes, unique = first_of_each_id(batch, self.settings, report)
        stored = writer.stored_hashes([article.id for article in unique])
        for article in unique:
            if article.id in stored:
                repeated(report, article, same=stored[article.id] == hashes[article.id])
        fresh = [article for article in unique if article.id not in stored]
        if not fresh:
            return Triage(report, hashes, [], {}, [])
        originals = writer.originals([hashes[a.id] for a in fresh])
        recent = recent_of(writer, fresh, self.settings.cleaning_context)
        return Triage(report, hashes, fresh, originals, recent)

    def _start(self, writer: BatchWriter, batch: Sequence[Article], triage: Triage) -> Prepared:
        """The batch's cleaning marks under way: on the pool for a batch it analyses (marks are
        the cleaning's first pass); analysed ahead are all but copies of stored articles (a
        copy of an earlier article of the batch is analysed too, and its analysis unused)."""
        fresh = triage.fresh
        marking = Marking(
            writer,
            fresh,
            triage.recent,
            self._marks,
            self._pool_for(len(fresh) >= POOL_ARTICLES),
        )
        analyse_now = [a for a in fresh if triage.hashes[a.id] not in triage.originals]
        pool = self._pool_for(len(analyse_now) >= POOL_ARTICLES)
        return Prepared(batch, triage, analyse_now, pool, marking)

    def _ready(self, writer: BatchWriter, batch: Sequence[Article]) -> Prepared:
        """The batch as queued ahead, when the store still sorts it the same way (the same new
        articles, originals and context: another writer may have written since), else anew."""
        ahead, self._ahead = self._ahead, None
        triage = self._triage(writer, batch)
        if ahead is not None and ahead.batch is batch and ahead.triage == triage:
            return ahead
        if ahead is not None:
            ahead.cancel()
        return self._start(writer, batch, triage)

    def _advance(self, prepared: Prepared) -> None:
        """Queue the batch's analyses once its marks are made (without waiting for them)."""
        if prepared.analyses is None and prepared.marking.ready():
            self._analyses(prepared)

    def _analyses(self, prepared: Prepared) -> Analyses:
        """The batch's analyses, queued now (after its marks: their evidence) if not yet."""
        if prepared.analyses is None:
            evidence = prepared.marking.evidence()
            prepared.analyses = analysed(
                prepared.analyse_now,
                evidence,
                self.settings.default_language,
                prepared.pool,
                self._reading_params,
            )
        return prepared.analyses

    # -- rebuilding ------------------------------------------------------------------------
    def _plan(self, writer: BatchWriter, waiting: list[str]) -> Plan:
        """What to rebuild from the front of ``waiting``, up to about REBUILD_ARTICLES members:
        stories merged away or whose inputs did not change leave the queue; the others are
        read (members' analyses, what is known of what each says) for ``build_stories``."""
        stream = self._stream_of(writer)
        gone: list[str] = []
        chosen: list[str] = []
        early: dict[str, Built] = {}  # built while the batches were placed, from these inputs
        size = 0
        for story_id in waiting:
            current = stream.resolve(story_id)
            if current != story_id or current not in stream.stories:
                gone.append(story_id)  # merged away: its survivor is marked too
                if current in stream.stories:
                    writer.mark_pending([current])
                continue
            chosen.append(story_id)
            ids = stream.stories[story_id].articles
            key = inputs_key(self._settings_key, stream.storyline_of(story_id), ids)
            built = self._early.take(story_id, key)
            if built is not None:
                early[story_id] = built
            # Counted built early or not: the rounds, and so the stored rows' order and the
            # full-text index's segments, are those of a rebuild without early builds.
            size += len(ids)
            if size >= REBUILD_ARTICLES:
                break
        members = {s: list(stream.stories[s].articles) for s in chosen}
        storylines = {s: stream.storyline_of(s) for s in chosen}
        keys = {s: inputs_key(self._settings_key, storylines[s], ids) for s, ids in members.items()}
        saved = writer.built_from(chosen)
        same = [s for s in chosen if saved.get(s) == keys[s]]  # marked, but nothing changed
        writer.drop_pending([*gone, *same])
        members = {s: ids for s, ids in members.items() if s not in same and s not in early}
        documents = self._documents_of(writer, [a for ids in members.values() for a in ids])
        work = []
        for story_id, ids in members.items():
            present = [documents[i] for i in ids if i in documents]
            work.append(Work(story_id, present, mentions_of(self._mentions, present)))
        done = {s: built for s, built in early.items() if s not in same}
        order = [s for s in chosen if s in done or s in members]
        return Plan(
            work=work, keys=keys, storylines=storylines, skipped=len(same), early=done, order=order
        )

    def _save(self, writer: BatchWriter, plan: Plan, building: Building) -> int:
        """Store the stories built for ``plan`` whose inputs are still what they were built
        from (another writer may have changed one meanwhile: it stays marked, for the next
        round); returns how many were stored."""
        stream = self._stream_of(writer)
        rows = []
        built = dict(zip([item.story_id for item in plan.work], building.built(), strict=True))
        built.update(plan.early)
        for story_id in plan.order:  # the order planned, as without early builds
            story, mentions, text = built[story_id]
            self._keep_mentions(mentions)
            state = stream.stories.get(story_id)
            if state is None or plan.keys[story_id] != inputs_key(
                self._settings_key, stream.storyline_of(story_id), state.articles
            ):
                continue
            # The id and storyline are not in the search text made with the story.
            story = replace(story, id=story_id, storyline=plan.storylines[story_id])
            rows.append((story, text, plan.keys[story_id]))
        writer.save_stories(rows)
        return len(rows)

    def _documents_of(self, writer: BatchWriter, ids: list[str]) -> dict[str, Document]:
        """Analysed members: this newsroom's own, else as stored; an article stored before
        analyses were kept (schema 5) is analysed now, once, and its analysis stored."""
        found = {i: self._documents[i] for i in ids if i in self._documents}
        found.update(writer.documents([i for i in ids if i not in found]))
        legacy = writer.articles([i for i in ids if i not in found])
        if legacy:
            evidence = batch_evidence(writer, legacy, self._marks, self.settings.cleaning_context)
            for article in legacy:
                document = analyse(
                    clean_with(article, evidence), default_language=self.settings.default_language
                )
                if document.sentences:
                    writer.add_analysis(document)
                    found[article.id] = document
        return found

    # -- state -----------------------------------------------------------------------------
    def _stream_of(self, writer: BatchWriter) -> StreamingClusterer:
        """The clusterer as the last committed batch left it: loaded once, then brought up to
        date with the rows other writers saved since (only those are read)."""
        version = writer.stream_version()
        if self._stream is None or version < self._version:
            self._stream = load_stream(writer.stream_rows(), stream_params(self.settings))
        elif version > self._version:
            catch_up(self._stream, writer.stream_rows(since=self._version))
        self._version = version
        return self._stream

    def _keep_mentions(self, mentions: dict[str, DocumentMentions]) -> None:
        if len(self._mentions) + len(mentions) > DOCUMENT_CACHE:
            self._mentions.clear()
        self._mentions.update(mentions)

    def _engine_for(self, work: list[Work], pooled: bool = False) -> ProcessEngine | None:
        """The process pool for a rebuild large enough to repay it, or for the last rounds of
        one whose first rounds were (``pooled``: the pool is up and idle; the tail of a bulk
        rebuild would otherwise be built here alone), else None: this process."""
        return self._pool_for(pool_wanted(work, self._workers) or (pooled and len(work) > 1))

    def _pool_for(self, wanted: bool) -> ProcessEngine | None:
        """The process pool when ``wanted`` and this newsroom has more than one worker
        (started once, kept until ``close``), else None: this process."""
        if not wanted or self._workers <= 1:
            return None
        if self._pool is None:
            from marsad.engine.pool import ProcessEngine

            self._pool = ProcessEngine(workers=self._workers)
            self._closer = weakref.finalize(self, self._pool.close)
        return self._pool

    def close(self) -> None:
        """Stop the rebuilds' process pool, if one was started (the store stays open)."""
        if self._closer is not None:
            self._closer()
        self._pool = None
        self._closer = None

    def _remember(self, documents: list[Document]) -> None:
        if len(self._documents) + len(documents) > DOCUMENT_CACHE:
            self._documents.clear()
        self._documents.update((document.id, document) for document in documents)

    def _forget(self) -> None:
        self._early.cancel()
        if self._ahead is not None:
            self._ahead.cancel()
            self._ahead = None
        self._stream = None
        self._version = -1
        self._marks.clear()
        self._documents.clear()
        self._mentions.clear()


@dataclass(frozen=True, slots=True)
class Plan:
    """Stories to build outside the write lock, with the inputs key and storyline each is
    built from (checked again before it is stored), and how many marked ones needed nothing."""

    work: list[Work]
    keys: dict[str, str]
    storylines: dict[str, str]
    skipped: int
    early: dict[str, Built] = field(default_factory=dict)  # stories built early
    order: list[str] = field(default_factory=list)  # the stories to store, in order

    def stories(self) -> set[str]:
        """The stories the plan stores (built now or early)."""
        return set(self.order)


@dataclass(frozen=True, slots=True)
class Triage:
    """A batch sorted against the store (``Newsroom._triage``): compared whole to tell
    whether what was queued ahead for it still holds."""

    report: IngestReport
    hashes: dict[str, str]
    fresh: list[Article]
    originals: dict[str, str]
    recent: list[str]


@dataclass(slots=True)
class Prepared:
    """A batch's marks, then analyses, under way (its analyses queued once its marks are made)."""

    batch: Sequence[Article]
    triage: Triage
    analyse_now: list[Article]
    pool: ProcessEngine | None
    marking: Marking
    analyses: Analyses | None = None

    def cancel(self) -> None:
        """Cancel its tasks not yet started (it will not be used)."""
        self.marking.cancel()
        if self.analyses is not None:
            self.analyses.close()


class Tally(Protocol):
    """What an ingest or a queued POST counts of the articles it turns away."""

    unchanged: int
    problems: list[Problem]


def in_date_order(articles: Sequence[Article]) -> list[Article]:
    """The articles oldest first and undated last (as the stream sees their days), ties in
    the given order; a later article with an id already seen goes right after the first of
    that id, so the first given is still the one kept (``first_of_each_id``)."""
    first: dict[str, tuple[bool, float]] = {}
    for article in articles:
        if article.id not in first:
            day = publication_day(article.published)
            first[article.id] = (day is None, day or 0.0)
    return sorted(articles, key=lambda article: first[article.id])


def settled_before(
    stream: StreamingClusterer, upcoming: Article | None, window: float
) -> Callable[[str], bool]:
    """Whether a story is settled when the articles still to place are ``upcoming`` and
    later ones (in date order; None: none): it can gain a member or merge only through an
    article within ``window`` days of its span, and an undated article may join any story."""
    if upcoming is None:
        return lambda story_id: True
    day = publication_day(upcoming.published)

    def settled(story_id: str) -> bool:
        state = stream.stories.get(story_id)
        if state is None:
            return True  # merged away: left out of the early builds
        return day is not None and state.last is not None and state.last + window < day

    return settled


def first_of_each_id(
    articles: Sequence[Article], settings: Settings, tally: Tally
) -> tuple[dict[str, str], list[Article]]:
    """The articles within the budget, the first of each id, and each id's content hash; an
    article over the budget is refused, and a later one with a seen id counted in ``tally``."""
    hashes: dict[str, str] = {}  # id -> content hash of the first article with that id
    unique: list[Article] = []
    for article in articles:
        refused = over_budget(article, settings)
        if refused is not None:
            tally.problems.append(refused)
            continue
        digest = content_hash(article)
        if article.id in hashes:
            repeated(tally, article, same=hashes[article.id] == digest)
        else:
            hashes[article.id] = digest
            unique.append(article)
    return hashes, unique


def repeated(tally: Tally, article: Article, *, same: bool) -> None:
    """An id seen before: unchanged when the content is the same, else rejected (first kept)."""
    if same:
        tally.unchanged += 1
    else:
        tally.problems.append(id_taken(article))


def id_taken(article: Article) -> Problem:
    """The refusal of an article whose id is taken by different content (the first is kept)."""
    message = (
        f"id {article.id!r} is already taken by an article with different content; kept the first"
    )
    return Problem(path=article.path or article.id, message=message)
