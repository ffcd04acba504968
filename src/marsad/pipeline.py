"""digest(): the only place that knows the order of the stages.

read → clean → analyse (language, sentences, terms) → fingerprint → dedupe → cluster into
stories → per story: summary, facts, discrepancies and timeline, copies and shared passages →
storylines. Each stage is a call with a plain signature; where it runs (partitions on an
engine's workers, the shuffle to the stories, work read ahead) is ``marsad.engine``'s.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache, partial
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from marsad.budget import over_budget
from marsad.clean import Evidence, Marks, clean_with, corpus_evidence, marks_of
from marsad.cluster import (
    Clustering,
    ClusterParams,
    TermCounts,
    cluster_counts,
    document_terms,
    params_from,
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
from marsad.engine.partitions import Part, scatter
from marsad.errors import NoArticlesError
from marsad.facts import DocumentMentions, document_mentions, extract_story_facts
from marsad.facts._opinion import is_opinion
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
    SummarySentence,
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


def digest(
    inputs: Iterable[Input] | Input,
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    progress: Progress | None = None,
    summary_words: int | None = None,
    summarizer: str | None = None,
) -> Digest:
    """Read articles (paths, folders, globs, ``-``, ``Article`` objects or dicts of record
    fields) and build story digests.

    ``settings`` holds every knob (default ``Settings()``); ``summary_words`` and
    ``summarizer``, when given, replace its two most used ones. ``engine`` runs the
    per-partition and per-story work (default: this process; every engine gives the same
    digest). Rejected inputs are listed in ``Digest.problems``; raises ``NoArticlesError``
    when nothing usable is left.
    """
    settings = settings or Settings()
    if summary_words is not None:
        settings = replace(settings, summary_words=summary_words)
    if summarizer is not None:
        settings = replace(settings, summarizer=summarizer)
    get_summarizer(settings.summarizer)  # fail fast on an unknown name, before any work
    # The collector is the host's: `marsad digest` pauses it around the run (engine.gc_paused).
    return _digest(inputs, settings, engine or LocalEngine(), progress or NoProgress())


def _digest(
    inputs: Iterable[Input] | Input, settings: Settings, engine: Engine, progress: Progress
) -> Digest:
    clock = _Stopwatch()
    with clock("ingest"), _stage(progress, "read"):
        articles, problems, skipped = read_inputs(inputs, settings)
    if not articles:
        raise NoArticlesError(_nothing_usable(problems))

    with clock("clean_and_analyse"):
        partitions = scatter(engine, articles)
        # Boilerplate and teasers are properties of the whole corpus (lines an outlet repeats
        # in many articles, paragraphs that repeat another article's title or opening): each
        # partition marks its articles, and then gets the evidence about its own articles.
        marks = partitions.map(mark_articles, label="find boilerplate", progress=progress)
        evidence = corpus_evidence(mark for part in marks for mark in part)
        prepared = partitions.prepare(
            partial(_prepare_task, settings),
            evidence.for_articles,
            label="clean and analyse",
            progress=progress,
        )
        outline = Outline.concat(prepared.outlines(progress=progress))
        problems += outline.problems
    if not outline.ids:
        raise NoArticlesError(_nothing_usable(problems))

    with clock("dedupe"):
        dedupe_params = DedupeParams(threshold=settings.duplicate_threshold)
        pairs = duplicate_candidates(outline.fingerprints, dedupe_params, engine, progress)
        # What each document says on its own (dates, figures, names) does not depend on its
        # story: idle workers may read it while this process dedupes and clusters.
        read_early = prepared.read_ahead(document_mentions)
        duplicates = group_duplicates(outline.fingerprints, pairs, dedupe_params)

    with clock("cluster"), _stage(progress, "cluster"):
        clustering = cluster_stories(outline, duplicates.groups, settings)

    with clock("stories"):
        copies = copies_of(clustering.groups, outline.ids, duplicates.groups)
        built = prepared.regroup(
            clustering.groups,
            copies,
            partial(story_of, settings=settings),
            read_early,
            label="summaries and facts",
            progress=progress,
        )
        stories, storylines = link_storylines(tuple(built), clustering.storylines)

    stats = {
        "articles": len(articles),
        "documents": len(outline.ids),
        "stories": len(stories),
        "storylines": len(storylines),
        "rejected": len(problems),
        "skipped_duplicates": skipped,
        "removed_lines": len(outline.removed),
        "duplicate_groups": len(duplicates.groups),
        "duplicate_candidate_pairs": duplicates.candidate_pairs,
        "story_candidate_pairs": clustering.candidate_pairs,
        "engine": engine.name,
        "workers": engine.workers,
        "seconds": clock.seconds(),
    }
    return Digest(
        stories=stories,
        storylines=storylines,
        removed=outline.removed,
        problems=tuple(problems),
        stats=stats,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Outline:
    """What dedupe and clustering need of prepared articles: rejections, removed lines,
    fingerprints (ids, titles and dates, no bodies), term counts and publication days."""

    problems: list[Problem]
    removed: tuple[Removal, ...]
    fingerprints: Fingerprints
    terms: TermCounts
    days: np.ndarray

    @property
    def ids(self) -> list[str]:
        """The documents' ids, in order."""
        return [article.id for article in self.fingerprints.articles]

    @classmethod
    def concat(cls, outlines: Sequence[Outline]) -> Outline:
        """The outlines of consecutive partitions as one."""
        return cls(
            problems=[problem for part in outlines for problem in part.problems],
            removed=tuple(removal for part in outlines for removal in part.removed),
            fingerprints=Fingerprints.concat([part.fingerprints for part in outlines]),
            terms=TermCounts.concat([part.terms for part in outlines]),
            days=np.concatenate([part.days for part in outlines]),
        )


def mark_articles(articles: Sequence[Article]) -> list[Marks]:
    """What each article tells about the corpus's boilerplate and teasers."""
    return [marks_of(article) for article in articles]


def prepare_articles(
    articles: Sequence[Article], evidence: Evidence, settings: Settings
) -> Part[Document, Outline]:
    """Clean, analyse and fingerprint articles: the documents, and their outline."""
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
    # Duplicate groups need an article's id, title and date, not its body: outlines travel
    # without bodies (a third of their bytes).
    heads = [replace(document.article, text="") for document in documents]
    params = DedupeParams(threshold=settings.duplicate_threshold)
    outline = Outline(
        problems=problems,
        removed=tuple(removed),
        fingerprints=fingerprint(heads, words, params),
        terms=TermCounts.of(documents, marked=settings.story_evidence),
        days=publication_days(documents),
    )
    return Part(documents, outline)


def _prepare_task(
    settings: Settings, task: tuple[list[Article], Evidence]
) -> Part[Document, Outline]:
    articles, evidence = task
    return prepare_articles(articles, evidence, settings)


def duplicate_candidates(
    prints: Fingerprints, params: DedupeParams, engine: Engine, progress: Progress
) -> np.ndarray:
    """Candidate duplicate pairs, one LSH band per task (verified by ``group_duplicates``)."""
    bands = engine.put([prints.keys[:, band] for band in range(params.bands)])
    found = engine.map(band_pairs, bands, label="dedupe", progress=progress)
    return unique_pairs(found, len(prints.articles))


def batch_params(settings: Settings) -> ClusterParams:
    """The batch clusterer's knobs from the settings (Settings is the one home of defaults)."""
    return params_from(settings, settings.story_threshold, settings.storyline_threshold)


def cluster_stories(
    outline: Outline, duplicates: Sequence[DuplicateGroup], settings: Settings
) -> Clustering:
    """Stories (and storylines) as groups of document numbers; copies are clustered once."""
    params = batch_params(settings)
    position = {article: n for n, article in enumerate(outline.ids)}
    copies = [[position[a] for a in group.articles] for group in duplicates]
    sources = [article.source for article in outline.fingerprints.articles]
    return cluster_counts(outline.terms, outline.days, params, copies, sources)


def copies_of(
    groups: Sequence[Sequence[int]], ids: Sequence[str], duplicates: Sequence[DuplicateGroup]
) -> list[list[DuplicateGroup]]:
    """The duplicate groups that touch each story's documents."""
    group_of = {article: group for group in duplicates for article in group.articles}
    return [
        list(dict.fromkeys(group_of[ids[i]] for i in members if ids[i] in group_of))
        for members in groups
    ]


def story_of(
    members: Sequence[tuple[Document, DocumentMentions | None]],
    copies: Sequence[DuplicateGroup],
    settings: Settings,
) -> Story:
    """One story from its documents (with what each says on its own, when read ahead) and
    the duplicate groups among them."""
    documents = [document for document, _ in members]
    with _blas().limit(limits=STORY_BLAS_THREADS, user_api="blas"):
        return _with_duplicates(_story(members, settings), copies, documents)


# A story's matrix products are small (most stories hold a few dozen sentences): a second BLAS
# thread only spins and waits beside the engine's own processes. One thread while a story is
# built: the stories stage of February 2018 in one process 13.1 -> 11.5 CPU s, the same digest
# (docs/benchmarks.md, "The stories stage, same output").
STORY_BLAS_THREADS = 1


@cache
def _blas() -> ThreadpoolController:
    """The BLAS libraries this process has loaded (found once: about 2 ms)."""
    return ThreadpoolController()


def build_story(
    documents: Sequence[Document],
    settings: Settings,
    mentions: Mapping[str, DocumentMentions] | None = None,
) -> Story:
    """One story from its analysed articles, built as digest() builds each (used by the
    newsroom); ``mentions`` gives what documents say on their own when already read (by id)."""
    duplicates = find_duplicates(documents, DedupeParams(threshold=settings.duplicate_threshold))
    known = mentions or {}
    members = [(document, known.get(document.id)) for document in documents]
    return story_of(members, duplicates.groups, settings)


class _Stopwatch:
    """Seconds per stage, for ``Digest.stats``."""

    def __init__(self) -> None:
        self._seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self._seconds[stage] = time.perf_counter() - started

    def seconds(self) -> dict[str, float]:
        return {stage: round(seconds, 3) for stage, seconds in self._seconds.items()}


@contextmanager
def _stage(progress: Progress, label: str) -> Iterator[None]:
    """A stage of unknown length, for the progress bars."""
    progress.start(label, None)
    yield
    progress.finish(label)


def read_inputs(
    inputs: Iterable[Input] | Input, settings: Settings
) -> tuple[list[Article], list[Problem], int]:
    """The articles of the inputs, the rejected inputs, and the exact repeats skipped."""
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
    summarize_story = partial(
        summarize,
        summarizer=settings.summarizer,
        words=settings.summary_words,
        redundancy=settings.redundancy_threshold,
        attribution_threshold=settings.attribution_threshold,
        sentences=settings.summary_sentences,
        max_sentences=settings.max_story_sentences,
        paraphrases=settings.paraphrases,
    )
    opinion = {document.id for document, _ in everything if is_opinion(document.article)}
    summary = _news_first(summarize_story(ordered), opinion)
    news = [document for document in ordered if document.id not in opinion]
    if news and opinion and _opinion_only(summary[:1], opinion):
        # No news article's sentence made the summary: the news articles alone tell the event.
        summary = summarize_story(news)
    ids = sorted(document.id for document, _ in everything)
    languages = Counter(document.language for document, _ in everything)
    facts = extract_story_facts(
        ordered, mentions=[found for _, found in ordered_read], opinion=opinion
    )
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
            summary,
            facts.discrepancies,
            {d.id: d.article.source for d in ordered},
        ),
        facts=facts.facts,
        discrepancies=facts.discrepancies,
        timeline=facts.timeline,
        opinion=len(opinion) == len(everything),
    )


def _news_first(summary: Sequence[SummarySentence], opinion: set[str]) -> Sequence[SummarySentence]:
    """The summary opened by its first sentence a news article states, when an opinion piece's
    (a column's, a promo's) would open it: the story's event, not a writer's argument."""
    if not _opinion_only(summary[:1], opinion):
        return summary
    for position, sentence in enumerate(summary):
        if not _opinion_only((sentence,), opinion):
            return [sentence, *summary[:position], *summary[position + 1 :]]
    return summary


def _opinion_only(sentences: Sequence[SummarySentence], opinion: set[str]) -> bool:
    """Some sentence that only opinion pieces state (ids ``opinion``)."""
    return any(opinion.issuperset(s.sources or (s.article,)) for s in sentences)


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
