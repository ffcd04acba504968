"""HTML pages: main text and metadata (title, date, site name) extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from marsad.ingest.encoding import clean_title
from marsad.ingest.records import FileContext, Meta, make_article
from marsad.ingest.text import split_title, trim_body
from marsad.model import Article, Problem


def parse_html(markup: str, context: FileContext) -> Iterator[Article | Problem]:
    """One article from decoded HTML, or a Problem when trafilatura finds no article text."""
    # trafilatura (with lxml) takes about a second to import: load it only when HTML is read.
    from trafilatura import bare_extraction

    try:
        document = bare_extraction(markup, with_metadata=True)
    except Exception as error:  # lxml and trafilatura raise many types on broken markup
        yield context.problem(f"HTML extraction failed: {type(error).__name__}: {error}")
        return
    fields: dict[str, Any] = {}
    if isinstance(document, dict):
        fields = document
    elif document is not None:
        fields = document.as_dict()
    text = _string(fields, "text")
    if not text.strip():
        yield context.problem("no article text found in HTML")
        return
    title = _string(fields, "title") or context.defaults.title or ""
    if title:
        first, rest = split_title(text)
        # trafilatura keeps the page's <h1> as the first line of the text: drop that repeat.
        if clean_title(first) == clean_title(title):
            text = rest
    else:
        title, text = split_title(text)
    text = trim_body(text)
    if not text:
        yield context.problem("no article text found in HTML")
        return
    meta = Meta(
        source=_string(fields, "sitename") or None,
        published=_string(fields, "date") or None,
        url=_string(fields, "url") or None,
        lang=_string(fields, "language") or None,
    )
    yield from make_article(context, title=title, text=text, meta=meta)


def _string(fields: dict[str, Any], key: str) -> str:
    value = fields.get(key)
    return value if isinstance(value, str) else ""
