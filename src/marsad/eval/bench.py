"""Benchmark: marsad's LexRank against sumy's on the same sentences (time and agreement).

Both start from the same sentence strings of all 153 EASC articles: marsad extracts its terms
(normalize, stop words, Snowball stems) and builds TF-IDF; sumy gets the same normalized tokens,
stop words and stemmer (see marsad.eval.peers). Each system runs ``repeat`` times; the fastest
run counts, with the stem cache emptied before each run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.eval.easc import EascArticle, load
from marsad.eval.rouge import rouge
from marsad.eval.summaries import fill
from marsad.lang.terms import _term, terms, tokens
from marsad.model import Article, Document, Sentence
from marsad.summarize.base import StoryText
from marsad.summarize.graph import LexRankSummarizer

Ranker = Callable[[Sequence[str]], list[int]]


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchRow:
    """One system: fastest run in seconds, ROUGE on EASC, agreement with sumy's default."""

    system: str
    seconds: float
    r1: float
    r2: float
    spearman: float  # mean over articles of the rank correlation with sumy's LexRank


def _marsad(summarizer: LexRankSummarizer) -> Ranker:
    def rank(texts: Sequence[str]) -> list[int]:
        sentences = tuple(
            Sentence(
                article="a", index=i, paragraph=0, start=0, end=0, text=t, terms=terms(t, "ar")
            )
            for i, t in enumerate(texts)
        )
        document = Document(
            article=Article(id="a", title="", text="", source="s"),
            language="ar",
            body="",
            sentences=sentences,
        )
        scores = summarizer.score(StoryText.build([document], attribution_threshold=0.5))
        return sorted(range(len(texts)), key=lambda i: (-scores[i], i))

    return rank


def _marsad_analysed(summarizer: LexRankSummarizer, inputs: list[list[str]]) -> Ranker:
    """Scoring only: the sentences' terms are computed before the clock starts (as in a digest)."""
    analysed = {
        tuple(texts): tuple(
            Sentence(
                article="a", index=i, paragraph=0, start=0, end=0, text=t, terms=terms(t, "ar")
            )
            for i, t in enumerate(texts)
        )
        for texts in inputs
    }
    article = Article(id="a", title="", text="", source="s")

    def rank(texts: Sequence[str]) -> list[int]:
        document = Document(
            article=article, language="ar", body="", sentences=analysed[tuple(texts)]
        )
        scores = summarizer.score(StoryText.build([document], attribution_threshold=0.5))
        return sorted(range(len(texts)), key=lambda i: (-scores[i], i))

    return rank


def _sumy(epsilon: float | None = None, inputs: list[list[str]] | None = None) -> Ranker:
    from marsad.eval.peers import SentenceTokenizer, peer, sumy_ranking

    summarizer: Any = peer("lexrank")
    if epsilon is not None:
        summarizer.epsilon = epsilon
    # With ``inputs``, sumy is given every sentence's tokens up front (tokenized before timing).
    known = {t: tokens(t) for texts in inputs or [] for t in texts}
    tokenizer = SentenceTokenizer(known)
    return lambda texts: sumy_ranking(summarizer, texts, tokenizer)


def _timed(rank: Ranker, inputs: list[list[str]], repeat: int) -> tuple[float, list[list[int]]]:
    best = float("inf")
    rankings: list[list[int]] = []
    for _ in range(repeat):
        _term.cache_clear()  # no run profits from stems cached by an earlier one
        started = time.perf_counter()
        rankings = [rank(texts) for texts in inputs]
        best = min(best, time.perf_counter() - started)
    return best, rankings


def _quality(articles: Sequence[EascArticle], rankings: list[list[int]]) -> tuple[float, float]:
    r1 = r2 = 0.0
    for easc, ranking in zip(articles, rankings, strict=True):
        sentences = easc.document.sentences
        chosen = fill(ranking, [s.word_count for s in sentences], easc.budget)
        score = rouge(" ".join(sentences[i].text for i in chosen), easc.references)
        r1, r2 = r1 + score.r1, r2 + score.r2
    return r1 / len(articles), r2 / len(articles)


def _spearman(a: list[int], b: list[int]) -> float:
    if len(a) < 2:
        return 1.0
    return float(np.corrcoef(np.argsort(a), np.argsort(b))[0, 1])


def bench_lexrank(data: Path, *, repeat: int = 3) -> list[BenchRow]:
    """Time each LexRank on every EASC article's sentences; ROUGE and agreement with sumy's."""
    articles = list(load(data, "all"))
    inputs = [[s.text for s in easc.document.sentences] for easc in articles]
    systems: list[tuple[str, Ranker]] = [
        ("sumy lexrank (defaults: threshold 0.1, epsilon 0.1)", _sumy()),
        ("sumy lexrank (epsilon 1e-6: run to convergence)", _sumy(1e-6)),
        ("marsad lexrank (continuous, default)", _marsad(LexRankSummarizer())),
        ("marsad lexrank (threshold 0.1)", _marsad(LexRankSummarizer(threshold=0.1))),
        ("sumy lexrank, tokens given (scoring only)", _sumy(None, inputs)),
        (
            "marsad lexrank, terms given (scoring only)",
            _marsad_analysed(LexRankSummarizer(), inputs),
        ),
    ]
    rows = []
    reference: list[list[int]] = []
    for name, rank in systems:
        seconds, rankings = _timed(rank, inputs, repeat)
        reference = reference or rankings
        r1, r2 = _quality(articles, rankings)
        agreement = [_spearman(a, b) for a, b in zip(rankings, reference, strict=True)]
        rows.append(
            BenchRow(system=name, seconds=seconds, r1=r1, r2=r2, spearman=float(np.mean(agreement)))
        )
    return rows
