"""An article's analysis (language, cleaned body, sentences with spans and terms) as stored.

Stored once, when the article is ingested: stories are rebuilt and pages shown from it, so a
sentence index always names the sentence it named when the summary was made.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from marsad.errors import StoreError
from marsad.model import Article, Document, Sentence

# Bumped when the layout below changes; older layouts are still read.
FORMAT = 1


def encode_document(document: Document) -> bytes:
    """The analysis of a document as zlib-compressed JSON (the article itself is stored apart).

    A sentence is ``[paragraph, start, end, terms, needs_context]`` plus its text when that is
    not ``body[start:end]``."""
    sentences: list[list[Any]] = []
    for sentence in document.sentences:
        row: list[Any] = [
            sentence.paragraph,
            sentence.start,
            sentence.end,
            list(sentence.terms),
            int(sentence.needs_context),
        ]
        if document.body[sentence.start : sentence.end] != sentence.text:
            row.append(sentence.text)
        sentences.append(row)
    data = {"v": FORMAT, "language": document.language, "body": document.body, "s": sentences}
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 1)


def decode_document(article: Article, blob: bytes) -> Document:
    """The stored analysis of ``article`` (``encode_document``'s inverse)."""
    try:
        data = json.loads(zlib.decompress(blob).decode("utf-8"))
        body: str = data["body"]
        sentences = tuple(
            Sentence(
                article=article.id,
                index=index,
                paragraph=int(row[0]),
                start=int(row[1]),
                end=int(row[2]),
                text=row[5] if len(row) > 5 else body[row[1] : row[2]],
                terms=tuple(row[3]),
                needs_context=bool(row[4]),
            )
            for index, row in enumerate(data["s"])
        )
        return Document(
            article=article, language=str(data["language"]), body=body, sentences=sentences
        )
    except (zlib.error, ValueError, KeyError, IndexError, TypeError) as error:
        raise StoreError(
            f"the stored analysis of article {article.id!r} is damaged: {error}"
        ) from None
