"""The text layer (docs/architecture.md maps it): language, normalization, clitics, tokens,
sentences, matching terms and TF-IDF; ``analyse`` turns a cleaned article into a Document."""

from __future__ import annotations

from marsad.lang.context import needs_context
from marsad.lang.detect import detect_language
from marsad.lang.sentences import Span, join_paragraphs, split_sentences
from marsad.lang.terms import terms
from marsad.model import CleanArticle, Document, Sentence

__all__ = ["analyse", "detect_language", "terms"]


def analyse(clean: CleanArticle, *, default_language: str = "ar") -> Document:
    """Language, sentences with spans and matching terms of a cleaned article."""
    article = clean.article
    body = join_paragraphs(clean.paragraphs)
    language = article.lang or detect_language(article.title + "\n" + body, default_language)
    spans = tuple(split_sentences(clean.paragraphs, language))
    sentences = tuple(
        Sentence(
            article=article.id,
            index=index,
            paragraph=span.paragraph,
            start=span.start,
            end=span.end,
            text=span.text,
            terms=terms(span.text, language),
            needs_context=needs_context(span.text, language, article.title)
            or _opens_item(spans, index, clean.items),
        )
        for index, span in enumerate(spans)
    )
    return Document(article=article, language=language, body=body, sentences=sentences)


def _opens_item(spans: tuple[Span, ...], index: int, items: frozenset[int]) -> bool:
    """The first sentence of an enumeration's item (``CleanArticle.items``): it leans on the
    list's lead-in ("ومن أبرز مميزات الطائرة الرئاسية:"), so it is never shown alone."""
    paragraph = spans[index].paragraph
    return paragraph in items and (index == 0 or spans[index - 1].paragraph != paragraph)
