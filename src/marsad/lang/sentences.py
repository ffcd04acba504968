"""Sentence splitting: paragraphs (line breaks) first, then sentencex inside each paragraph.
sentencex handles Arabic punctuation (؟ ، ؛) and glued sentences such as "…الشغب.وأفاد"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sentencex import get_sentence_boundaries


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence's place: paragraph index and character offsets in the joined body."""

    paragraph: int
    start: int
    end: int
    text: str


PARAGRAPH_SEPARATOR = "\n"


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    """The body text that sentence offsets refer to."""
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def split_sentences(paragraphs: Sequence[str], language: str) -> Iterator[Span]:
    """Sentences of the paragraphs, with offsets into ``join_paragraphs(paragraphs)``."""
    offset = 0
    for number, paragraph in enumerate(paragraphs):
        for start, end in _paragraph_spans(paragraph, language):
            yield Span(number, offset + start, offset + end, paragraph[start:end])
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)


def _paragraph_spans(paragraph: str, language: str) -> Iterator[tuple[int, int]]:
    for boundary in get_sentence_boundaries(language, paragraph):
        start, end = int(boundary["start_index"]), int(boundary["end_index"])
        # Trim the surrounding whitespace so a span is exactly the sentence's text.
        while start < end and paragraph[start].isspace():
            start += 1
        while end > start and paragraph[end - 1].isspace():
            end -= 1
        if any(ch.isalnum() for ch in paragraph[start:end]):
            yield start, end
