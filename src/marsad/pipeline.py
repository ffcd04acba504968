"""digest(): the only place that knows the order of the stages.

ingest → clean → analyse (language, sentences, terms) → dedupe → group into stories →
per story: summarize, facts, discrepancies and timeline, duplicates and shared passages.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from marsad.budget import over_budget
from marsad.clean import Evidence, Marks, clean_with, corpus_evidence, marks_of
from marsad.cluster import (
    Clustering,
    ClusterParams,
    TermCounts,
    cluster_counts,
    document_terms,
    publication_days,
)
from marsad.dedupe import (
    DedupeParams,
    Fingerprints,
    band_pairs,
    document_words,
    find_duplicates,
    fingerprint,
    group_duplicates,
    shared_passages,
    unique_pairs,
)
from marsad.engine import Engine, LocalEngine, NoProgress, Progress
from marsad.errors import NoArticlesError
from marsad.facts import DocumentMentions, document_mentions, extract_story_facts
from marsad.lang import analyse
from marsad.lang.vectors import tfidf_rows
from marsad.model import (
    Article,
    Digest,
    Document,
    DuplicateGroup,
    Problem,
    Removal,
    Story,
    content_id,
)
from marsad.settings import Settings
from marsad.storylines import link_storylines
from marsad.summarize import get_summarizer, summarize
from marsad.summarize.disputes import mark_disputes

# A path (``-``: standard input), an Article, or a dict with the fields of a JSON Lines record.
Input = str | Path | Article | Mapping[str, Any]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
HEADLINE_WORDS = 20


# Articles per partition of the per-article stages, and per batch of stories: small enough
# for even work across workers, large enough that shipping a task costs little beside it.
PARTITION_ARTICLES = 500
STORY_BATCH_ARTICLES = 400
# Documents per task of the fact reading done early, on workers that would wait for this
# process's dedupe and clustering: short, so that the tasks of those stages wait little behind
# one, and little is thrown away when the stories start.
EARLY_DOCUMENTS = 100


def digest(
    inputs: Iterable[Input] | Input,
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    progress: Progress | None = None,
    **overrides: Any,
) -> Digest:
    """Read articles (paths, folders, globs, ``-``, ``Article`` objects or dicts of record
    fields) and build story digests.

    ``overrides`` replace fields of ``settings`` (e.g. ``summary_words=80``). ``engine`` runs
    the per-partition and per-story work (default: this process; every engine gives the same
    digest). Rejected inputs are listed in ``Digest.problems``; raises ``NoArticlesError``
    when nothing usable is left.
    """
    settings = replace(settings or Settings(), **overrides)
    get_summarizer(settings.summarizer)  # fail fast on an unknown name, before any work
    # The collector is the host's: `marsad digest` pauses it around the run (engine.gc_paused).
    return _digest(inputs, settings, engine or LocalEngine(), progress or NoProgress())


def _digest(
    inputs: Iterable[Input] | Input, settings: Settings, engine: Engine, progress: Progress
) -> Digest:
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    progress.start("read", None)
    articles, problems, skipped = _load(inputs, settings)
    progress.finish("read")
    timings["ingest"] = time.perf_counter() - clock

    clock = time.perf_counter()
    dedupe_params = DedupeParams(threshold=settings.duplicate_threshold)
    # Analysed documents stay where they were made (handles); this process gets outlines.
    partitions = _prepare(articles, settings, dedupe_params, engine, progress)
    outlines = engine.map(_outline, partitions, label="gather outlines", progress=progress)
    problems += [problem for part in outlines for problem in part.problems]
    removed = tuple(removal for part in outlines for removal in part.removed)
    ids = [article.id for part in outlines for article in part.fingerprints.articles]
    timings["clean_and_analyse"] = time.perf_counter() - clock
    if not ids:
        raise NoArticlesError(_nothing_usable(problems))

    clock = time.perf_counter()
    prints = Fingerprints.concat([part.fingerprints for part in outlines])
    pairs = _duplicate_candidates(prints, dedupe_params, engine, progress)
    # What each document says on its own (dates, figures, names) does not depend on its story:
    # on a cluster, workers read it while this process verifies duplicates and clusters.
    sizes = [len(part.days) for part in outlines]
    read_early = _speculate_mentions(partitions, sizes, engine)
    duplicates = group_duplicates(prints, pairs, dedupe_params)
    timings["dedupe"] = time.perf_counter() - clock

    clock = time.perf_counter()
    progress.start("cluster", None)
    counts = TermCounts.concat([part.terms for part in outlines])
    days = np.concatenate([part.days for part in outlines])
    sources = [article.source for part in outlines for article in part.fingerprints.articles]
    clustering = _cluster(ids, sources, days, duplicates.groups, counts, settings)
    progress.finish("cluster")
    timings["cluster"] = time.perf_counter() - clock

    clock = time.perf_counter()
    stories = _build_stories(
        clustering.groups,
        read_early(),
        sizes,
        ids,
        duplicates.groups,
        settings,
        engine,
        progress,
    )
    stories, storylines = link_storylines(stories, clustering.storylines)
    timings["stories"] = time.perf_counter() - clock

    stats = {
        "articles": len(articles),
        "documents": len(ids),
        "stories": len(stories),
        "storylines": len(storylines),
        "rejected": len(problems),
        "skipped_duplicates": skipped,
        "removed_lines": len(removed),
        "duplicate_groups": len(duplicates.groups),
        "duplicate_candidate_pairs": duplicates.candidate_pairs,
        "story_candidate_pairs": clustering.candidate_pairs,
        "engine": engine.name,
        "workers": engine.workers,
        "seconds": {stage: round(seconds, 3) for stage, seconds in timings.items()},
    }
    return Digest(
        stories=stories,
        storylines=storylines,
        removed=removed,
        problems=tuple(problems),
        stats=stats,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Outline:
    """What the driver needs of a partition: rejections, removals, and what dedupe and story
    clustering compare (fingerprints, term counts, publication days)."""

    problems: list[Problem]
    removed: list[Removal]
    fingerprints: Fingerprints
    terms: TermCounts
    days: np.ndarray


@dataclass(frozen=True, slots=True, kw_only=True)
class _Prepared:
    """One partition after the per-article stages (kept on the worker that made it)."""

    documents: list[Document]
    outline: _Outline


def _outline(prepared: _Prepared) -> _Outline:
    return prepared.outline


def _prepare(
    articles: Sequence[Article],
    settings: Settings,
    dedupe_params: DedupeParams,
    engine: Engine,
    progress: Progress,
) -> list[_Prepared]:
    """Clean, analyse and fingerprint every article, partition by partition; handles of the
    prepared partitions."""
    partitions = [
        list(articles[start : start + PARTITION_ARTICLES])
        for start in range(0, len(articles), PARTITION_ARTICLES)
    ]
    sent = engine.put(partitions)
    # Boilerplate and teasers are properties of the whole corpus (lines an outlet repeats in
    # many articles, paragraphs that repeat another article's title or opening): each
    # partition marks its articles, the marks are compared here, and each partition then gets
    # the evidence about its own articles.
    marks = engine.map(
        _marks, sent, label="find boilerplate", progress=progress,
        weights=[len(p) for p in partitions],
    )  # fmt: skip
    evidence = corpus_evidence(item for part in marks for item in part)
    tasks = [
        (handle, evidence.for_articles(part)) for handle, part in zip(sent, partitions, strict=True)
    ]
    work = partial(_prepare_partition, settings=settings, dedupe_params=dedupe_params)
    return engine.map(
        work,
        tasks,
        label="clean and analyse",
        progress=progress,
        weights=[len(p) for p in partitions],
        keep=True,
    )


def _duplicate_candidates(
    prints: Fingerprints, params: DedupeParams, engine: Engine, progress: Progress
) -> np.ndarray:
    """Candidate duplicate pairs, one LSH band at a time on the engine (verified later)."""
    bands = engine.put([prints.keys[:, band] for band in range(params.bands)])
    found = engine.map(band_pairs, bands, label="dedupe", progress=progress)
    return unique_pairs(found, len(prints.articles))


def _cluster(
    ids: Sequence[str],
    sources: Sequence[str],
    days: np.ndarray,
    duplicates: Sequence[DuplicateGroup],
    counts: TermCounts,
    settings: Settings,
) -> Clustering:
    """Stories as groups of document indices; each group of copies is clustered once."""
    params = ClusterParams(
        threshold=settings.story_threshold,
        storyline_threshold=settings.storyline_threshold,
        same_outlet_weight=settings.same_outlet_weight,
        window_days=settings.story_window_days,
    )
    position = {article: n for n, article in enumerate(ids)}
    copies = [[position[a] for a in group.articles] for group in duplicates]
    return cluster_counts(counts, days, params, copies, sources)


def _speculate_mentions(
    partitions: Sequence[_Prepared], sizes: Sequence[int], engine: Engine
) -> Callable[[], list[_Read]]:
    """Start reading the partitions' mentions by runs of ``EARLY_DOCUMENTS``; the returned call
    gives each partition with its runs (None for a run not finished in time)."""
    runs = [range(0, size, EARLY_DOCUMENTS) for size in sizes]
    tasks = [
        (part, start) for part, starts in zip(partitions, runs, strict=True) for start in starts
    ]
    finished = engine.speculate(_read_early, tasks)

    def read() -> list[_Read]:
        done = iter(finished())
        return [
            (part, [next(done) for _ in starts])
            for part, starts in zip(partitions, runs, strict=True)
        ]

    return read


def _read_early(task: tuple[_Prepared, int]) -> list[DocumentMentions]:
    prepared, start = task
    return [document_mentions(d) for d in prepared.documents[start : start + EARLY_DOCUMENTS]]


def _marks(articles: Sequence[Article]) -> list[Marks]:
    return [marks_of(article) for article in articles]


def _prepare_partition(
    task: tuple[list[Article], Evidence],
    *,
    settings: Settings,
    dedupe_params: DedupeParams,
) -> _Prepared:
    articles, evidence = task
    documents: list[Document] = []
    problems: list[Problem] = []
    removed: list[Removal] = []
    for article in articles:
        item = clean_with(article, evidence)
        removed += item.removed
        document = analyse(item, default_language=settings.default_language)
        if document.sentences:
            documents.append(document)
        else:
            problems.append(
                Problem(
                    path=item.article.path or item.article.id,
                    message="no sentences left after cleaning",
                )
            )
    words = [document_words(document) for document in documents]
    # Duplicate groups need an article's id, title and date, not its body: the driver gets
    # outlines without bodies (a third of the bytes of an outline).
    heads = [replace(document.article, text="") for document in documents]
    prints = fingerprint(heads, words, dedupe_params)
    outline = _Outline(
        problems=problems,
        removed=removed,
        fingerprints=prints,
        terms=TermCounts.of(documents),
        days=publication_days(documents),
    )
    return _Prepared(documents=documents, outline=outline)


# A story batch: each story as (partition, position in that partition's piece) of its
# documents, and its copy groups.
_Layout = list[tuple[list[tuple[int, int]], list[DuplicateGroup]]]
# A partition with what its documents say on its own, by runs of EARLY_DOCUMENTS (None for a
# run not read early), and a piece of it for one story batch.
_Read = tuple[_Prepared, list[list[DocumentMentions] | None]]
_Piece = list[tuple[Document, DocumentMentions | None]]


def _build_stories(
    groups: Sequence[Sequence[int]],
    partitions: Sequence[_Read],
    sizes: Sequence[int],
    ids: Sequence[str],
    duplicates: Sequence[DuplicateGroup],
    settings: Settings,
    engine: Engine,
    progress: Progress,
) -> tuple[Story, ...]:
    """Summaries, facts and copies of every story, in batches of about the same size.

    The shuffle: each partition hands each batch the documents it needs (a piece, cut where
    the partition is), and each batch task fetches its pieces."""
    starts = np.cumsum([0, *sizes])
    group_of = {article: group for group in duplicates for article in group.articles}
    batches = _batches(groups)
    cuts: list[tuple[_Read, list[int]]] = []
    tasks: list[tuple[_Layout, dict[int, int]]] = []
    for batch in batches:
        wanted: dict[int, list[int]] = {}  # partition -> positions this batch needs from it
        layout: _Layout = []
        for members in (groups[n] for n in batch):
            places = []
            for index in members:
                part = int(np.searchsorted(starts, index, side="right")) - 1
                positions = wanted.setdefault(part, [])
                places.append((part, len(positions)))
                positions.append(index - int(starts[part]))
            copies = list(dict.fromkeys(group_of[ids[i]] for i in members if ids[i] in group_of))
            layout.append((places, copies))
        tasks.append((layout, {part: len(cuts) + k for k, part in enumerate(wanted)}))
        cuts += [(partitions[part], positions) for part, positions in wanted.items()]
    pieces = engine.map(_piece, cuts, label="shuffle", progress=progress, keep=True)
    built = engine.map(
        partial(_story_batch, settings=settings),
        [(layout, {part: pieces[n] for part, n in where.items()}) for layout, where in tasks],
        label="summaries and facts",
        progress=progress,
        weights=[sum(len(groups[n]) for n in batch) for batch in batches],
    )
    numbers = (n for batch in batches for n in batch)
    story_of = dict(zip(numbers, (story for part in built for story in part), strict=True))
    return tuple(story_of[n] for n in range(len(groups)))


def _batches(groups: Sequence[Sequence[int]]) -> list[list[int]]:
    """Story numbers in batches of about ``STORY_BATCH_ARTICLES`` articles. Stories are taken
    in order of their first article: they span a few days and partitions follow the input, so
    a batch needs few partitions."""
    batches: list[list[int]] = [[]]
    size = 0
    for n in sorted(range(len(groups)), key=lambda n: min(groups[n])):
        if size >= STORY_BATCH_ARTICLES:
            batches.append([])
            size = 0
        batches[-1].append(n)
        size += len(groups[n])
    return batches


def _piece(cut: tuple[_Read, list[int]]) -> _Piece:
    """The documents of a partition that one story batch needs, with their mentions."""
    (prepared, runs), positions = cut
    return [(prepared.documents[k], _early(runs, k)) for k in positions]


def _early(runs: list[list[DocumentMentions] | None], position: int) -> DocumentMentions | None:
    run = runs[position // EARLY_DOCUMENTS]
    return None if run is None else run[position % EARLY_DOCUMENTS]


def _story_batch(task: tuple[_Layout, dict[int, _Piece]], *, settings: Settings) -> list[Story]:
    layout, pieces = task
    built = []
    for places, copies in layout:
        read = [pieces[part][k] for part, k in places]
        story = [document for document, _ in read]
        built.append(_with_duplicates(_story(read, settings), copies, story))
    return built


def _load(
    inputs: Iterable[Input] | Input, settings: Settings
) -> tuple[list[Article], list[Problem], int]:
    if isinstance(inputs, str | Path | Article | Mapping):
        inputs = [inputs]
    given = list(inputs)
    articles: list[Article] = []
    problems: list[Problem] = []
    records: list[tuple[int, object]] = []
    for number, item in enumerate(given, 1):
        if isinstance(item, Article):
            refused = over_budget(item, settings)
            if refused is None:
                articles.append(item)
            else:
                problems.append(refused)
        elif not isinstance(item, str | Path):
            records.append((number, item))  # a dict of fields, or a wrong type: a Problem
    if records:
        from marsad.ingest import read_records

        for result in read_records(records, settings=settings):
            if isinstance(result, Problem):
                problems.append(result)
            else:
                articles.append(result)
    paths = [item for item in given if isinstance(item, str | Path)]
    if not paths:
        return articles, problems, 0
    from marsad.ingest import load_articles

    loaded = load_articles(paths, settings=settings)
    problems += loaded.problems
    return articles + list(loaded.articles), problems, loaded.skipped_duplicates


def build_story(documents: Sequence[Document], settings: Settings) -> Story:
    """One story from its analysed articles, built as digest() builds each (used by the store)."""
    duplicates = find_duplicates(documents, DedupeParams(threshold=settings.duplicate_threshold))
    read = [(document, None) for document in documents]
    return _with_duplicates(_story(read, settings), duplicates.groups, documents)


def _with_duplicates(
    story: Story, groups: Sequence[DuplicateGroup], documents: Sequence[Document]
) -> Story:
    """The story with its copies: duplicate groups among its articles, and wire passages."""
    members = {article.id for article in story.articles}
    inside = tuple(
        replace(group, articles=tuple(a for a in group.articles if a in members))
        for group in groups
        if len(members.intersection(group.articles)) > 1
    )
    return replace(story, duplicates=inside + shared_passages(documents))


# Rejected inputs named in the error when nothing is usable (the rest are counted).
LISTED_PROBLEMS = 20


def _nothing_usable(problems: Sequence[Problem]) -> str:
    if not problems:
        return "no articles found in the given inputs"
    listed = "".join(f"\n  {problem}" for problem in problems[:LISTED_PROBLEMS])
    more = len(problems) - LISTED_PROBLEMS
    rest = f"\n  … and {more} more" if more > 0 else ""
    return f"no usable article in the given inputs ({len(problems)} rejected):{listed}{rest}"


def _story(read: Sequence[tuple[Document, DocumentMentions | None]], settings: Settings) -> Story:
    everything = sorted(read, key=lambda pair: _chronological(pair[0]))
    # A huge story (thousands of copies of one wire text) is summarized and read for facts
    # through a bounded set of its members; it still lists all of them.
    ordered_read = _work_members(everything, settings.max_story_articles)
    ordered = [document for document, _ in ordered_read]
    summary = summarize(
        ordered,
        summarizer=settings.summarizer,
        words=settings.summary_words,
        redundancy=settings.redundancy_threshold,
        attribution_threshold=settings.attribution_threshold,
        sentences=settings.summary_sentences,
        max_sentences=settings.max_story_sentences,
        paraphrases=settings.paraphrases,
    )
    ids = sorted(document.id for document, _ in everything)
    languages = Counter(document.language for document, _ in everything)
    facts = extract_story_facts(ordered, mentions=[found for _, found in ordered_read])
    # Articles without a date get the day their own text points to, marked as inferred.
    articles = tuple(
        replace(
            document.article,
            published=datetime.combine(facts.published[document.id], datetime.min.time(), UTC),
            published_certainty="inferred",
        )
        if document.id in facts.published
        else document.article
        for document, _ in everything
    )
    return Story(
        id=content_id(*ids),
        title=_central_title([document for document, _ in everything]),
        language=languages.most_common(1)[0][0],
        articles=articles,
        summary=mark_disputes(
            summary, facts.discrepancies, {d.id: d.article.source for d in ordered}
        ),
        facts=facts.facts,
        discrepancies=facts.discrepancies,
        timeline=facts.timeline,
    )


def _work_members(
    ordered: Sequence[tuple[Document, DocumentMentions | None]], budget: int
) -> Sequence[tuple[Document, DocumentMentions | None]]:
    """At most ``budget`` of a story's members (in chronological order) for its summary and
    facts: each outlet's earliest first, then each one's second, and so on."""
    if len(ordered) <= budget:
        return ordered
    turn: Counter[str] = Counter()
    rounds = []
    for position, (document, _) in enumerate(ordered):
        rounds.append((turn[document.article.source], position))
        turn[document.article.source] += 1
    chosen = sorted(position for _, position in sorted(rounds)[:budget])
    return [ordered[position] for position in chosen]


def _chronological(document: Document) -> tuple[bool, datetime]:
    """Dated articles first, oldest first (aware datetimes compare in UTC); undated keep order."""
    published = document.article.published
    return (published is None, published or _EPOCH)


def _central_title(documents: Sequence[Document]) -> str:
    """The headline of the article closest to all the others (the story's most typical report).
    Inferred titles, and titles longer than a headline, are used only if there is no other."""
    given = [d for d in documents if not d.article.title_inferred] or list(documents)
    titled = [d for d in given if 0 < len(d.article.title.split()) <= HEADLINE_WORDS]
    titled = titled or [d for d in documents if d.article.title.strip()]
    if len(titled) <= 1:
        return titled[0].article.title if titled else ""
    vectors, _ = tfidf_rows([document_terms(d) for d in titled])
    # Σ_j v_i·v_j = v_i·Σ_j v_j: one product with the column sums, not the n × n matrix.
    centrality = np.asarray(vectors @ np.asarray(vectors.sum(axis=0)).ravel()).ravel()
    # Rounded so that ties (always, with two articles) go to the earliest article, not to
    # whichever side of a rounding error a float lands on.
    return titled[int(centrality.round(9).argmax())].article.title
