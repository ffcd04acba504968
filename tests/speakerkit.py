"""Helpers of the speaker tests: the quotes marsad finds in one article or one sentence, and the
scores of an engineer-labelled February sample of quotes (ANT 2018)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import marsad
from marsad.eval.facts_blind import Ratio, evaluate_blind, scores
from marsad.facts import document_mentions
from marsad.facts.entities import EntityMention, entity_mentions
from marsad.facts.quotes import QuoteMention, article_quotes, quote_mentions
from marsad.lang import analyse
from marsad.model import Article, CleanArticle
from marsad.report import render_json

ANT = "ant_multisource/ant-2018.jsonl.gz"


def digest_quotes(*lines: str, title: str = "تصريحات") -> list[tuple[str | None, str]]:
    """(speaker, text) of each quote fact of the story ``marsad.digest`` makes of one Arabic
    article of these lines."""
    article = Article(id="q1", title=title, text="\n".join(lines), source="outlet", lang="ar")
    story = json.loads(render_json(marsad.digest([article])))["stories"][0]
    return [(fact["speaker"], fact["text"]) for fact in story["facts"] if fact["kind"] == "quote"]


def quote_speakers(*lines: str, title: str = "تصريحات") -> list[str | None]:
    """The speaker of each quote fact of one Arabic article of these lines."""
    return [speaker for speaker, _ in digest_quotes(*lines, title=title)]


def sentence_quotes(text: str) -> list[QuoteMention]:
    """The quotes of one sentence, read with the entities found in it."""
    return quote_mentions(text, entity_mentions(text))


def sentence_speakers(text: str) -> list[str | None]:
    """The speaker of each quote of one sentence."""
    return [quote.speaker for quote in sentence_quotes(text)]


def article_speakers(
    *paragraphs: str,
    people: Sequence[str] = (),
    source: str = "ae",
    published: datetime = datetime(2018, 2, 21, 9, tzinfo=UTC),
) -> list[str | None]:
    """The speaker of each quote of an untitled article made of these paragraphs, read by the
    facts stage alone (no digest), naming ``people``."""
    article = Article(
        id="a", title="", text="\n".join(paragraphs), source=source, published=published
    )
    document = analyse(CleanArticle(article=article, paragraphs=paragraphs))
    entities: dict[int, list[EntityMention]] = {}
    for sentence, mention in document_mentions(document).entities:
        entities.setdefault(sentence.index, []).append(mention)
    return [quote.speaker for _, quote in article_quotes(document.sentences, entities, people)]


def sample_scores(shared_data: Callable[[str], Path], sample: Path) -> dict[str, Ratio]:
    """The facts scores of the "tune" split against an engineer-labelled sample of quotes
    (a gold folder under tests/data), on the ANT 2018 articles of ../shared/data."""
    data = shared_data(ANT).parents[1]
    return scores(evaluate_blind("tune", gold_dir=sample, data_dir=data))
