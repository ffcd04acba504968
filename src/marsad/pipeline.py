"""digest(): the only place that knows the order of the stages.

ingest → clean → analyse (language, sentences, terms) → group into stories → summarize per story.
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
from marsad.cluster import article_vectors, group_stories
from marsad.errors import NoArticlesError
from marsad.lang import analyse
from marsad.model import Article, Digest, Document, Problem, Story, content_id
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
    groups = group_stories(documents, threshold=settings.story_threshold)
    timings["cluster"] = time.perf_counter() - clock

    clock = time.perf_counter()
    stories = tuple(_story([documents[i] for i in group], settings) for group in groups)
    timings["summarize"] = time.perf_counter() - clock

    stats = {
        "articles": len(articles),
        "documents": len(documents),
        "stories": len(stories),
        "rejected": len(problems),
        "skipped_duplicates": skipped,
        "removed_lines": len(removed),
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
    )
    ids = sorted(document.id for document in ordered)
    languages = Counter(document.language for document in ordered)
    return Story(
        id=content_id(*ids),
        title=_central_title(ordered),
        language=languages.most_common(1)[0][0],
        articles=tuple(document.article for document in ordered),
        summary=summary,
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
