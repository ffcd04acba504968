"""Shared builders for story and summary tests: an analysed article from its sentences or
one paragraph, a story whose sentence pairs have fixed "same fact" logits, and
whether the digest's and the store's clusterers join two of three documents."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np

from marsad.cluster import cluster_documents
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.pipeline import batch_params
from marsad.settings import Settings
from marsad.stream import StreamingClusterer, stream_params
from marsad.summarize.base import StoryText
from marsad.summarize.select import select


def sentences_document(
    article_id: str, source: str, published: str, title: str, sentences: list[str]
) -> Document:
    """An analysed article whose paragraphs are ``sentences`` (``published`` in ISO format)."""
    article = Article(
        id=article_id,
        title=title,
        text="\n".join(sentences),
        source=source,
        published=datetime.fromisoformat(published),
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(sentences)))


# Two unrelated sentences that follow each article's own in ``two_outlet_story``.
FILLER = [
    "وأعلنت الشركة عن أرباح فصلية تفوق توقعات المحللين في السوق المالية.",
    "وارتفعت أسعار الذهب في التعاملات المبكرة مع تراجع الدولار أمام العملات.",
]


def two_outlet_story(
    first: tuple[str, str, str], second: tuple[str, str, str], published: datetime
) -> StoryText:
    """A story of two articles, each (id, source, opening sentence) followed by ``FILLER``,
    titled "عنوان" and published at ``published``."""
    documents = [
        sentences_document(article_id, source, published.isoformat(), "عنوان", [text, *FILLER])
        for article_id, source, text in (first, second)
    ]
    return StoryText.build(documents, attribution_threshold=0.5)


def logit_story(
    articles: list[tuple[str, list[str]]], value: float, published: datetime
) -> StoryText:
    """One article per (source, sentences), in this order, titled "عنوان"; every pair of
    sentences at the "same fact" logit ``value``, credits at -5 (what the repeat rules read)."""
    documents = [
        sentences_document(f"a{n}", source, published.isoformat(), "عنوان", texts)
        for n, (source, texts) in enumerate(articles)
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    size = (len(story.sentences),) * 2
    story.__dict__["pair_logits"] = {"same": np.full(size, value), "states": np.full(size, -5.0)}
    return story


def sentence_index(story: StoryText, text: str) -> int:
    """The index of the story's sentence ``text``."""
    return [s.text for s in story.sentences].index(text)


def shown_texts(story: StoryText) -> list[str]:
    """The texts ``select`` shows when the sentences score in story order."""
    scores = np.linspace(2.0, 1.0, len(story.sentences))
    return [s.text for s in select(story, scores, words=200, redundancy=0.99)]


def body_document(
    day: datetime, article_id: str, title: str, body: str, source: str, hours: float
) -> Document:
    """An analysed article of one paragraph, published ``hours`` after ``day``."""
    article = Article(
        id=article_id,
        title=title,
        text=body,
        source=source,
        published=day + timedelta(hours=hours),
    )
    return analyse(CleanArticle(article=article, paragraphs=(body,)))


def digest_joins(documents: list[Document], settings: Settings) -> bool:
    """True when the digest's clusterer puts the first and the third document in one story."""
    groups = cluster_documents(documents, batch_params(settings)).groups
    return any({0, 2} <= set(group) for group in groups)


def stream_joins(documents: list[Document], settings: Settings) -> bool:
    """True when the store's clusterer, fed the three in order, joins the first and the third."""
    stream = StreamingClusterer(params=stream_params(settings))
    first, _, second = (stream.add(document) for document in documents)
    return stream.resolve(first) == stream.resolve(second)


def digest_stories(documents: list[Document], settings: Settings) -> int:
    """How many stories the digest's clusterer makes of the documents."""
    return len(cluster_documents(documents, batch_params(settings)).groups)


def stream_stories(documents: list[Document], settings: Settings) -> int:
    """How many stories the store's clusterer makes of the documents, fed in order."""
    stream = StreamingClusterer(params=stream_params(settings))
    return len({stream.resolve(stream.add(document)) for document in documents})
