"""Plain-text articles (seed style): the first non-empty line is the title, the rest the body.
A file whose first line is not a headline (it is the only paragraph, is longer than a headline
or ends a sentence) is all body, and its title is inferred."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.ingest.encoding import clean_title
from marsad.ingest.records import FileContext, make_article
from marsad.lang.arabic import strip_invisible
from marsad.model import Article, Problem

# Titles in ANT and the seeds run up to 20 words; a longer first line is a paragraph.
HEADLINE_WORDS = 20
_ENDS_SENTENCE = re.compile(r"[.:؛;]\s*$")
# Blank lines (spaces and tabs only) before the first body line.
_LEADING_BLANK_LINES = re.compile(r"\A(?:[^\S\n]*\n)+")


def split_title(text: str) -> tuple[str, str]:
    """The first non-empty line and the text after it (``("", "")`` when every line is blank)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        line = text[start:end]
        if strip_invisible(line).strip():
            return line, text[end + 1 :]
        start = end + 1
    return "", ""


def trim_body(body: str) -> str:
    """The body without blank lines before it and whitespace after it; the rest is kept as is."""
    return _LEADING_BLANK_LINES.sub("", body).rstrip()


def _is_headline(first: str, rest: str) -> bool:
    words = first.split()
    return bool(rest.strip()) and len(words) <= HEADLINE_WORDS and not _ENDS_SENTENCE.search(first)


def parse_text(text: str, context: FileContext) -> Iterator[Article | Problem]:
    """One article from decoded plain text; a manifest title, if given, replaces the first line."""
    if not strip_invisible(text).strip():
        yield context.problem("file has only whitespace")
        return
    first, rest = split_title(text)
    title = first
    manifest_title = context.defaults.title
    if manifest_title:
        title = manifest_title
        # The file may repeat the manifest's title on its first line, or hold the body alone.
        if clean_title(first) != clean_title(manifest_title):
            rest = text
    elif not _is_headline(first, rest):
        title, rest = "", text
    body = trim_body(rest)
    if not body:
        yield context.problem("no body text")
        return
    yield from make_article(context, title=title, text=body)
