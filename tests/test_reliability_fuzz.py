"""Properties and a bounded fuzzing run (hypothesis) of the text layer and the readers.

Beside the properties kept with their modules (normalization idempotent in test_arabic.py,
no Arabic text lost in test_sentences.py, dates and figures never crash in test_facts_*.py,
store round trip in test_store.py), these cover: any text through tidy, titles and sentences;
files written in every format reading back as the same article; and the JSONL, HTML and feed
readers (and the decoder) fed arbitrary bytes and markup, where the only allowed outcomes are
an Article or a Problem.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import EncodingError
from marsad.ingest import load_articles, parse_published
from marsad.ingest.encoding import clean_title, decode, tidy
from marsad.ingest.feeds import Validators, poll_feed
from marsad.ingest.html import parse_html
from marsad.ingest.jsonl import parse_line
from marsad.ingest.records import FileContext
from marsad.ingest.text import HEADLINE_WORDS
from marsad.lang.arabic import normalize, strip_invisible
from marsad.lang.sentences import join_paragraphs, split_sentences
from marsad.model import Article, Problem
from marsad.settings import Settings
from marsad.store.since import parse_since

# CI runs a bounded number of examples; MARSAD_FUZZ_EXAMPLES=2000 runs a longer campaign.
FUZZ = settings(
    max_examples=int(os.environ.get("MARSAD_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
CONTEXT = FileContext(path="fuzz", fallback_source="fuzz")
# Text as scraped news arrives: Arabic and Latin letters, digits of three systems, punctuation
# of both scripts, line breaks, tatweel and diacritics, and the invisible characters.
NEWS_TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x600, max_codepoint=0x6FF),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(
            list("\n\n\t«»“”…—٠١٢٣۴۵\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\ufeff")
        ),
    ),
    max_size=300,
)
BIDI_AND_ZERO_WIDTH = set(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)


@FUZZ
@given(NEWS_TEXT)
def test_text_tidying_is_idempotent_and_titles_are_clean(text: str) -> None:
    assert tidy(tidy(text)) == tidy(text)
    title = clean_title(text)
    assert clean_title(title) == title
    assert "\n" not in title and not BIDI_AND_ZERO_WIDTH & set(title)
    assert normalize(normalize(text)) == normalize(text)
    assert not BIDI_AND_ZERO_WIDTH & set(strip_invisible(text))


@FUZZ
@given(st.lists(NEWS_TEXT, min_size=1, max_size=4), st.sampled_from(["ar", "en"]))
def test_sentence_splitting_loses_no_text(paragraphs: list[str], language: str) -> None:
    body = join_paragraphs(paragraphs)
    covered: set[int] = set()
    for span in split_sentences(paragraphs, language):
        assert body[span.start : span.end] == span.text
        covered.update(range(span.start, span.end))
    lost = [ch for i, ch in enumerate(body) if ch.isalnum() and i not in covered]
    assert lost == []


@FUZZ
@given(st.text(max_size=60))
def test_times_parse_or_raise_value_error(value: str) -> None:
    for parse in (parse_published, parse_since):
        try:
            moment = parse(value)
        except ValueError:
            continue
        assert moment.tzinfo is not None


_FIELD = st.text(min_size=1, max_size=80).filter(lambda s: clean_title(s) != "")
_BODY = NEWS_TEXT.filter(lambda s: tidy(s).strip() != "")


@FUZZ
@given(
    title=_FIELD,
    text=_BODY,
    source=st.text(min_size=1, max_size=30).filter(str.strip),
    article_id=st.text(min_size=1, max_size=40).filter(str.strip),
)
def test_jsonl_round_trip(
    tmp_path: Path, title: str, text: str, source: str, article_id: str
) -> None:
    record = {"id": article_id, "title": title, "text": text, "source": source}
    path = tmp_path / "round.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = load_articles([path], settings=Settings()).articles
    assert article.id == article_id.strip()
    assert (article.title, article.text) == (clean_title(title), tidy(text))
    assert article.source == source


@FUZZ
@given(title=_FIELD.filter(lambda s: "\n" not in tidy(s)), text=_BODY)
def test_text_file_round_trip(tmp_path: Path, title: str, text: str) -> None:
    body = tidy(text).strip("\n")
    if not body.strip() or not strip_invisible(body).strip():
        return
    path = tmp_path / "round.txt"
    path.write_text(f"{clean_title(title)}\n{body}\n", encoding="utf-8")
    articles = load_articles([path], settings=Settings()).articles
    (article,) = articles
    first = clean_title(title)
    if len(first.split()) <= HEADLINE_WORDS and not first.rstrip().endswith((".", ":", "؛", ";")):
        assert article.title == first
        assert article.text.strip() == body.strip()
    else:  # a first line that ends a sentence, or is too long for a headline, is body
        assert article.title_inferred
        assert article.text.strip().endswith(body.strip())


@FUZZ
@given(st.binary(max_size=2000))
def test_decode_gives_text_or_an_encoding_error(data: bytes) -> None:
    try:
        text = decode(data)
    except EncodingError:
        return
    assert tidy(text) == text


@FUZZ
@given(st.binary(max_size=500) | NEWS_TEXT.map(lambda s: s.encode()))
def test_jsonl_lines_give_an_article_or_a_problem(line: bytes) -> None:
    for item in parse_line(line, CONTEXT, 1):
        assert isinstance(item, Article | Problem)


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<article>", "<h1>", "</h1>", "<script>", "</script>",
     "<title>", "</title>", "<br>", "<img src=x onerror=alert(1)>", "<!--", "-->", "<![CDATA[",
     "]]>", "&amp;", "&#x202e;", "&lol;", "<", ">", "\x00", "<meta charset=x>", "<html>"]
)  # fmt: skip
MARKUP = st.lists(_TAGS | NEWS_TEXT, max_size=40).map("".join)


@FUZZ
@given(MARKUP)
def test_html_reader_gives_an_article_or_a_problem(markup: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = list(parse_html(markup, CONTEXT))
    assert items and all(isinstance(item, Article | Problem) for item in items)


_FEED_PARTS = st.sampled_from(
    ['<?xml version="1.0"?>', "<rss version='2.0'>", "<channel>", "<title>", "</title>",
     "<item>", "</item>", "<guid>", "</guid>", "<description>", "</description>", "<link>",
     "<pubDate>", "</pubDate>", "Mon, 10 Jan 2022 08:00:00 GMT", "not a date", "&lt;p&gt;",
     "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "</entry>", "<content>",
     "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "&a;", "]]>", "</channel></rss>"]
)  # fmt: skip
FEEDS = st.lists(_FEED_PARTS | NEWS_TEXT, max_size=40).map("".join).map(str.encode)


@FUZZ
@given(FEEDS | st.binary(max_size=1000))
def test_feed_reader_never_raises(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(body)
    result = poll_feed(str(path), Validators())
    assert all(isinstance(article, Article) for article in result.articles)
    assert result.articles or result.problems or not result.failed


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".jsonl", ".json", ".html", ".gz", ""]))
def test_any_file_reads_without_raising(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    result = load_articles([path], settings=Settings())
    assert result.articles or result.problems
