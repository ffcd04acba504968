"""Cleaning: remove scraper noise by general rules and record every removal with its reason.

Rules, in the order they are tried on each line of an article body:
repeated title, repeated paragraph, paragraph pasted inside other paragraphs, line in another
script than the article, credit line, photo caption, continuation marker, short non-sentence line,
and (across the whole input) short lines that recur in several articles of one outlet.
A leading dateline ("(سبوتنيك - 11 كانون الثاني 2022) …", "نور سلطان - …") is cut from a paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from marsad.lang.arabic import normalize
from marsad.lang.detect import dominant_script
from marsad.model import Article, CleanArticle, Removal, content_id

# Sentence-final punctuation in Arabic and Latin text, possibly followed by closing quotes.
_TERMINAL = re.compile(r"[.!?؟…:;؛][\"”’»)\]]*\s*$")
_CREDIT = re.compile(
    r"^\s*(المصدر|المصادر|مصدر|المصدر والصورة|source|sources|credit|photo|صورة|الصورة)\s*[:：]",
    re.IGNORECASE,
)
_PARENTHESIZED = re.compile(r"^\s*[(\[{].{0,40}[)\]}]\s*$")
_TRAILING_CREDIT = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]\s*$")
_LEADING_PAREN_DATELINE = re.compile(r"^\s*\(([^()]{3,120})\)\s*")
_LEADING_DASH_DATELINE = re.compile(r"^\s*((?:[^\s.,،:]+\s){0,2}[^\s.,،:]+)\s[-–—]\s")
_COMPACT = re.compile(r"\W+")
_DATE_HINT = re.compile(
    r"\d|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|"
    r"نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
)
_ALWAYS_CAPTION_MAX_WORDS = 15
# Lines of at most this many words with no sentence punctuation are headings, prompts or widgets
# (subheadings in ANT run up to 8 words, e.g. "أكثر من 700 قتيل مدني خلال أسبوعين").
SHORT_LINE_WORDS = 8
# Paragraphs shorter than this (letters and digits only) are too short to call "pasted twice".
MIN_PASTED_CHARS = 30
# A short line is boilerplate when it recurs in this many distinct articles of one outlet.
RECURRING_MIN_ARTICLES = 3
RECURRING_MAX_WORDS = 12
# "City - " datelines open one of the first paragraphs (after a standfirst at most).
DATELINE_PARAGRAPHS = 2


@dataclass(slots=True, kw_only=True)
class _Lines:
    """One article's lines in matching forms, and the compact forms of the lines kept so far."""

    normalized: list[str]
    compacts: list[str]
    title_key: str
    script: str | None
    boilerplate: frozenset[str]
    kept: list[str] = field(default_factory=list)


def clean_articles(articles: Sequence[Article]) -> tuple[CleanArticle, ...]:
    """Clean every article; lines that recur across articles of one outlet are boilerplate."""
    recurring = recurring_lines(articles)
    return tuple(
        clean_article(article, boilerplate=recurring.get(article.source, frozenset()))
        for article in articles
    )


def clean_article(article: Article, *, boilerplate: frozenset[str] = frozenset()) -> CleanArticle:
    """Split an article body into kept paragraphs and recorded removals."""
    lines = [line.strip() for line in article.text.splitlines()]
    lines = [line for line in lines if line]
    normalized = [normalize(line) for line in lines]
    context = _Lines(
        normalized=normalized,
        compacts=[_COMPACT.sub("", line) for line in normalized],
        title_key=_compact(article.title),
        script=dominant_script(article.title + "\n" + article.text),
        boilerplate=boilerplate,
    )
    kept: list[str] = []
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        reason = _noise_reason(line, index, context)
        if reason:
            removed.append(Removal(article=article.id, text=line, reason=reason))
            continue
        context.kept.append(context.compacts[index])
        line, dateline = _cut_dateline(line, lead=len(kept) < DATELINE_PARAGRAPHS)
        if dateline:
            removed.append(Removal(article=article.id, text=dateline, reason="dateline"))
        kept.append(line)
    return CleanArticle(article=article, paragraphs=tuple(kept), removed=tuple(removed))


def _noise_reason(line: str, index: int, context: _Lines) -> str | None:
    compact = context.compacts[index]
    words = len(line.split())
    if not compact:
        return "no letters or digits"
    if context.title_key and compact == context.title_key:
        return "title repeated in the body"
    if compact in context.kept:
        return "paragraph repeated"
    if _pasted_elsewhere(compact, context.compacts, index, "".join(context.kept)):
        return "paragraph pasted again inside other paragraphs"
    line_script = dominant_script(line)
    if context.script and line_script and line_script != context.script:
        return "line in another language than the article"
    if _CREDIT.match(line) and words <= RECURRING_MAX_WORDS:
        return "credit line"
    if _PARENTHESIZED.match(line):
        return "continuation marker or bracketed note"
    credit = _TRAILING_CREDIT.search(line)
    if credit and words <= _ALWAYS_CAPTION_MAX_WORDS and not _ends_sentence(line[: credit.start()]):
        return "photo caption with credit"
    if context.normalized[index] in context.boilerplate:
        return "boilerplate line recurring in several articles of this outlet"
    if words <= SHORT_LINE_WORDS and not _ends_sentence(line):
        return "short line that is not a sentence (heading, prompt or widget)"
    return None


def _pasted_elsewhere(compact: str, compacts: list[str], index: int, kept: str) -> bool:
    """True when the paragraph's text stands, whole, in the kept paragraphs before it or in
    the paragraphs after it joined (a lead pasted twice, possibly glued to the next one).
    An exact copy of one later paragraph is left for that copy's turn."""
    if len(compact) < MIN_PASTED_CHARS:
        return False
    if compact in kept:
        return True
    later = compacts[index + 1 :]
    return compact not in later and compact in "".join(later)


def _cut_dateline(line: str, *, lead: bool) -> tuple[str, str | None]:
    """Cut a leading dateline: "(agency - date) text" anywhere, "City - text" in the lead
    paragraphs only. Returns the remaining line and the cut text."""
    paren = _LEADING_PAREN_DATELINE.match(line)
    if paren and _DATE_HINT.search(paren.group(1)) and len(line[paren.end() :].split()) >= 5:
        return line[paren.end() :], paren.group(0).strip()
    dash = _LEADING_DASH_DATELINE.match(line)
    if lead and dash and len(line[dash.end() :].split()) >= 5:
        return line[dash.end() :], dash.group(0).strip()
    return line, None


def _ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def _compact(text: str) -> str:
    """Letters and digits only, normalized: glue and punctuation differences vanish."""
    return _COMPACT.sub("", normalize(text))


def recurring_lines(articles: Sequence[Article]) -> dict[str, frozenset[str]]:
    """Per outlet, short lines found in several distinct article bodies of that outlet."""
    return recurring_from(short_lines(article) for article in articles)


def short_lines(article: Article) -> tuple[str, str, frozenset[str]]:
    """(outlet, body key, the body's short lines), normalized: what ``recurring_from`` counts."""
    short = frozenset(
        normalize(line)
        for line in article.text.splitlines()
        if 0 < len(line.split()) <= RECURRING_MAX_WORDS
    )
    return article.source, content_id(normalize(article.text)), short


def recurring_from(
    items: Iterable[tuple[str, str, frozenset[str]]],
) -> dict[str, frozenset[str]]:
    """Per outlet, the short lines of at least ``RECURRING_MIN_ARTICLES`` distinct bodies."""
    counts: dict[str, Counter[str]] = {}
    seen_bodies: set[str] = set()
    for source, body_key, lines in items:
        if body_key in seen_bodies:  # the same article filed twice is one occurrence
            continue
        seen_bodies.add(body_key)
        counts.setdefault(source, Counter()).update(lines)
    return {
        source: frozenset(line for line, n in counter.items() if n >= RECURRING_MIN_ARTICLES)
        for source, counter in counts.items()
    }
