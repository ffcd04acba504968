"""Benchmark: marsad's LexRank against sumy's on the same sentences (time and agreement).

Both get the same sentence strings of all 153 EASC articles and the same tokenization
(``marsad.lang.terms.tokens``), stop words and Snowball stemmer (see marsad.eval.peers). Two
ways: from strings (tokenizing is timed) and with every sentence's tokens given (only ranking,
stop words and stemming are timed). Each system runs ``repeat`` times in alternating rounds;
the fastest run counts.
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
from marsad.lang.terms import sentence_tokens, tokens
from marsad.summarize.graph import (
    DAMPING,
    EPSILON,
    THRESHOLD,
    idf_modified_cosine,
    lexrank,
    lexrank_terms,
    pagerank,
)

Ranker = Callable[[Sequence[str]], list[int]]


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchRow:
    """One system: fastest run in seconds, ROUGE on EASC, agreement with sumy's default."""

    system: str
    seconds: float
    r1: float
    r2: float
    spearman: float  # mean over articles of the rank correlation with sumy's LexRank


def _ranking(scores: np.ndarray) -> list[int]:
    """Best first; equal scores in sentence order (the shared selection's and sumy's order)."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


def _tokenizer(inputs: list[list[str]] | None) -> Callable[[str], list[str]]:
    """Tokens of a sentence: computed, or looked up when every sentence was tokenized before."""
    if inputs is None:
        return tokens
    known = {text: tokens(text) for texts in inputs for text in texts}
    return known.__getitem__


def _marsad(inputs: list[list[str]] | None = None, *, epsilon: float = EPSILON) -> Ranker:
    known = _tokenizer(inputs) if inputs is not None else None

    def rank(texts: Sequence[str]) -> list[int]:
        # From strings, marsad tokenizes a story's sentences in one call (the summarizer's way).
        words = [known(t) for t in texts] if known else sentence_tokens(texts)
        return _ranking(lexrank(words, "ar", threshold=THRESHOLD, epsilon=epsilon))

    return rank


def _continuous(inputs: list[list[str]] | None = None) -> Ranker:
    to_words = _tokenizer(inputs)

    def rank(texts: Sequence[str]) -> list[int]:
        words = [to_words(t) for t in texts] if inputs is not None else sentence_tokens(texts)
        weights = idf_modified_cosine(lexrank_terms(words, "ar"))
        np.fill_diagonal(weights, 0.0)
        return _ranking(pagerank(weights, damping=DAMPING))

    return rank


def _sumy(inputs: list[list[str]] | None = None, *, epsilon: float | None = None) -> Ranker:
    from marsad.eval.peers import SentenceTokenizer, peer, sumy_ranking

    summarizer: Any = peer("lexrank")
    if epsilon is not None:
        summarizer.epsilon = epsilon
    known = {t: tokens(t) for texts in inputs or [] for t in texts}
    tokenizer = SentenceTokenizer(known)
    return lambda texts: sumy_ranking(summarizer, texts, tokenizer)


def _timed(
    systems: list[tuple[str, Ranker]], inputs: list[list[str]], repeat: int
) -> list[tuple[float, list[list[int]]]]:
    """Fastest time and the rankings of each system; rounds alternate the systems so that a
    change in the machine's load falls on all of them alike."""
    best = [float("inf")] * len(systems)
    rankings: list[list[list[int]]] = [[] for _ in systems]
    for _ in range(repeat):
        for number, (_, rank) in enumerate(systems):
            started = time.perf_counter()
            rankings[number] = [rank(texts) for texts in inputs]
            best[number] = min(best[number], time.perf_counter() - started)
    return list(zip(best, rankings, strict=True))


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
        ("sumy lexrank (threshold 0.1, epsilon 0.1), from strings", _sumy()),
        ("marsad lexrank (the same), from strings", _marsad()),
        ("sumy lexrank, tokens given", _sumy(inputs)),
        ("marsad lexrank, tokens given", _marsad(inputs)),
        ("sumy lexrank (epsilon 1e-6), from strings", _sumy(epsilon=1e-6)),
        ("marsad lexrank (epsilon 1e-6), from strings", _marsad(epsilon=1e-6)),
        ("marsad lexrank-continuous, from strings", _continuous()),
    ]
    rows = []
    reference: list[list[int]] = []
    for (name, _), (seconds, rankings) in zip(
        systems, _timed(systems, inputs, repeat), strict=True
    ):
        reference = reference or rankings
        r1, r2 = _quality(articles, rankings)
        agreement = [_spearman(a, b) for a, b in zip(rankings, reference, strict=True)]
        rows.append(
            BenchRow(system=name, seconds=seconds, r1=r1, r2=r2, spearman=float(np.mean(agreement)))
        )
    return rows
