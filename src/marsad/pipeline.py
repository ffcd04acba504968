"""digest(): the only place that knows the order of the stages.

ingest → clean → analyse (language, sentences, terms) → dedupe → group into stories →
per story: summarize, facts, discrepancies and timeline, duplicates and shared passages.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.clean import clean_articles
from marsad.cluster import ClusterParams, article_vectors, cluster_documents
from marsad.dedupe import DedupeParams, find_duplicates, shared_passages
from marsad.errors import NoArticlesError
from marsad.facts import extract_story_facts
from marsad.lang import analyse
from marsad.model import Article, Digest, Document, DuplicateGroup, Problem, Story, content_id
from marsad.settings import Settings
from marsad.summarize import get_summarizer, summarize

Input = str | Path | Article
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
HEADLINE_WORDS = 20


def digest(
    inputs: Iterable[Input] | Input, settings: Settings | None = None, **overrides: Any
) -> Digest:
    """Read articles (paths, folders, globs or ``Article`` objects) and build story digests.

    ``overrides`` replace fields of ``settings`` (e.g. ``summary_words=80``). Rejected inputs
    are listed in ``Digest.problems``; raises ``NoArticlesError`` when nothing usable is left.
    """
    settings = replace(settings or Settings(), **overrides)
    get_summarizer(settings.summarizer)  # fail fast on an unknown name, before any work
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    articles, problems, skipped = _load(inputs, settings)
    timings["ingest"] = time.perf_counter() - clock

    clock = time.perf_counter()
    cleaned = clean_articles(articles)
    removed = tuple(removal for item in cleaned for removal in item.removed)
    documents: list[Document] = []
    for item in cleaned:
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
    timings["clean_and_analyse"] = time.perf_counter() - clock
    if not documents:
        raise NoArticlesError(_nothing_usable(problems))

    clock = time.perf_counter()
    dedupe_params = DedupeParams(threshold=settings.duplicate_threshold)
    duplicates = find_duplicates(documents, dedupe_params)
    timings["dedupe"] = time.perf_counter() - clock

    clock = time.perf_counter()
    cluster_params = ClusterParams(
        threshold=settings.story_threshold, window_days=settings.story_window_days
    )
    position = {document.id: n for n, document in enumerate(documents)}
    copies = [[position[a] for a in group.articles] for group in duplicates.groups]
    clustering = cluster_documents(documents, cluster_params, copies)
    timings["cluster"] = time.perf_counter() - clock

    clock = time.perf_counter()
    members = [[documents[i] for i in group] for group in clustering.groups]
    stories = tuple(
        _with_duplicates(_story(story, settings), duplicates.groups, story) for story in members
    )
    timings["summarize"] = time.perf_counter() - clock

    stats = {
        "articles": len(articles),
        "documents": len(documents),
        "stories": len(stories),
        "rejected": len(problems),
        "skipped_duplicates": skipped,
        "removed_lines": len(removed),
        "duplicate_groups": len(duplicates.groups),
        "duplicate_candidate_pairs": duplicates.candidate_pairs,
        "story_candidate_pairs": clustering.candidate_pairs,
        "seconds": {stage: round(seconds, 3) for stage, seconds in timings.items()},
    }
    return Digest(stories=stories, removed=removed, problems=tuple(problems), stats=stats)


def _load(
    inputs: Iterable[Input] | Input, settings: Settings
) -> tuple[list[Article], list[Problem], int]:
    if isinstance(inputs, str | Path | Article):
        inputs = [inputs]
    given = list(inputs)
    articles = [item for item in given if isinstance(item, Article)]
    paths = [item for item in given if not isinstance(item, Article)]
    if not paths:
        return articles, [], 0
    from marsad.ingest import load_articles

    loaded = load_articles(paths, settings=settings)
    return articles + list(loaded.articles), list(loaded.problems), loaded.skipped_duplicates


def build_story(documents: Sequence[Document], settings: Settings) -> Story:
    """One story from its analysed articles, built as digest() builds each (used by the store)."""
    duplicates = find_duplicates(documents, DedupeParams(threshold=settings.duplicate_threshold))
    return _with_duplicates(_story(documents, settings), duplicates.groups, documents)


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


def _nothing_usable(problems: Sequence[Problem]) -> str:
    if not problems:
        return "no articles found in the given inputs"
    return f"no usable article in the given inputs ({len(problems)} rejected)"


def _story(documents: Sequence[Document], settings: Settings) -> Story:
    ordered = sorted(documents, key=_chronological)
    summary = summarize(
        ordered,
        summarizer=settings.summarizer,
        words=settings.summary_words,
        redundancy=settings.redundancy_threshold,
        attribution_threshold=settings.attribution_threshold,
        sentences=settings.summary_sentences,
    )
    ids = sorted(document.id for document in ordered)
    languages = Counter(document.language for document in ordered)
    facts = extract_story_facts(ordered, settings=settings)
    # Articles without a date get the day their own text points to, marked as inferred.
    articles = tuple(
        replace(
            document.article,
            published=datetime.combine(facts.published[document.id], datetime.min.time(), UTC),
            published_certainty="inferred",
        )
        if document.id in facts.published
        else document.article
        for document in ordered
    )
    return Story(
        id=content_id(*ids),
        title=_central_title(ordered),
        language=languages.most_common(1)[0][0],
        articles=articles,
        summary=summary,
        facts=facts.facts,
        discrepancies=facts.discrepancies,
        timeline=facts.timeline,
    )


def _chronological(document: Document) -> tuple[bool, datetime]:
    """Dated articles first, oldest first (aware datetimes compare in UTC); undated keep order."""
    published = document.article.published
    return (published is None, published or _EPOCH)


def _central_title(documents: Sequence[Document]) -> str:
    """The headline of the article closest to all the others (the story's most typical report).
    Titles longer than a headline (a first sentence taken as title) are used only if no other."""
    titled = [d for d in documents if 0 < len(d.article.title.split()) <= HEADLINE_WORDS]
    titled = titled or [d for d in documents if d.article.title.strip()]
    if len(titled) <= 1:
        return titled[0].article.title if titled else ""
    vectors = article_vectors(titled)
    centrality = (vectors @ vectors.T).sum(axis=1)
    return titled[int(centrality.argmax())].article.title
