"""`marsad eval summarize --dataset easc`: ROUGE of marsad's summarizers, sumy peers, Lead, oracle.

Protocol (docs/evaluation.md): every system sees the same sentences (marsad's splitter); the
budget is the article's mean reference length in words; ROUGE-1/2/L F1 (normalized Unicode
tokens, no stemming) against each of the five references, averaged, then over articles.
marsad's summarizers run through ``marsad.summarize.summarize`` exactly as in a digest; the
baselines and sumy peers add sentences in their rank order while they fit the budget.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.eval.easc import EascArticle, load
from marsad.eval.rouge import rouge
from marsad.lang.terms import tokens
from marsad.settings import Settings
from marsad.summarize import Summarizer, summarize

Run = Callable[[EascArticle], list[str]]  # the sentences a system chooses for an article
# Summarizers that learn from EASC (the shipped model): scored on the held-out topics only.
TRAINED_ON_EASC = frozenset({"supervised", "mmr"})


@dataclass(frozen=True, slots=True, kw_only=True)
class SystemScore:
    """Mean ROUGE F1 of one system over a split's articles."""

    system: str
    kind: str  # "marsad", "sumy", "baseline" or "oracle"
    split: str
    articles: int
    r1: float
    r2: float
    rl: float
    words: float  # mean summary length
    seconds: float  # total time spent choosing sentences (not scoring)
    r2_by_article: tuple[float, ...] = ()  # for paired comparisons between systems


def paired_bootstrap(
    a: Sequence[float], b: Sequence[float], *, resamples: int = 10_000, seed: int = 0
) -> tuple[float, float, float]:
    """Mean of a − b over paired articles and its 95% bootstrap interval (articles resampled)."""
    import numpy as np

    difference = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if difference.size == 0:
        raise ValueError("a paired bootstrap needs at least one article")
    picks = np.random.default_rng(seed).integers(0, difference.size, (resamples, difference.size))
    means = difference[picks].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(difference.mean()), float(low), float(high)


def fill(order: Iterable[int], lengths: Sequence[int], budget: int) -> list[int]:
    """Sentences in rank order while they fit the budget (one that does not fit is skipped)."""
    chosen: list[int] = []
    used = 0
    for index in order:
        if used + lengths[index] <= budget:
            chosen.append(index)
            used += lengths[index]
    return sorted(chosen)


def _ngrams(words: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _fast_f1(summary: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    overlap = sum((summary & reference).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(summary.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def oracle(easc: EascArticle) -> list[int]:
    """Greedy oracle: add the sentence that most raises mean R1+R2 F1, while it fits and helps."""
    words = [tokens(s.text) for s in easc.document.sentences]
    lengths = [s.word_count for s in easc.document.sentences]
    refs = [(_ngrams(tokens(r), 1), _ngrams(tokens(r), 2)) for r in easc.references]

    def value(chosen: list[int]) -> float:
        joined = [w for i in sorted(chosen) for w in words[i]]
        one, two = _ngrams(joined, 1), _ngrams(joined, 2)
        return sum(_fast_f1(one, r1) + _fast_f1(two, r2) for r1, r2 in refs) / len(refs)

    chosen: list[int] = []
    best, used = 0.0, 0
    while True:
        options = [
            (value([*chosen, i]), -i)
            for i in range(len(words))
            if i not in chosen and used + lengths[i] <= easc.budget
        ]
        if not options or max(options)[0] <= best:
            return sorted(chosen)
        best, negative = max(options)
        chosen.append(-negative)
        used += lengths[-negative]


def _marsad(summarizer: str | Summarizer, settings: Settings) -> Run:
    def run(easc: EascArticle) -> list[str]:
        summary = summarize(
            [easc.document],
            summarizer=summarizer,
            words=easc.budget,
            redundancy=settings.redundancy_threshold,
            attribution_threshold=settings.attribution_threshold,
            max_sentences=settings.max_story_sentences,
        )
        return [s.text for s in sorted(summary, key=lambda s: s.sentence)]

    return run


def _ranked(rank: Callable[[EascArticle], list[int]]) -> Run:
    def run(easc: EascArticle) -> list[str]:
        sentences = easc.document.sentences
        chosen = fill(rank(easc), [s.word_count for s in sentences], easc.budget)
        return [sentences[i].text for i in chosen]

    return run


def _sumy(name: str) -> Run:
    from marsad.eval.peers import peer, sumy_ranking

    summarizer = peer(name)
    return _ranked(lambda easc: sumy_ranking(summarizer, [s.text for s in easc.document.sentences]))


def _lead_baseline() -> Run:
    return _ranked(lambda easc: list(range(len(easc.document.sentences))))


def _oracle() -> Run:
    return lambda easc: [easc.document.sentences[i].text for i in oracle(easc)]


# The systems marsad's summarizers are compared with: name -> (kind, a new runner).
REFERENCE_SYSTEMS: dict[str, tuple[str, Callable[[], Run]]] = {
    "lead-baseline": ("baseline", _lead_baseline),
    "oracle": ("oracle", _oracle),
}
PEER_PREFIX = "sumy-"  # sumy-NAME: sumy's summarizer NAME (marsad.eval.peers)


def system(name: str, settings: Settings | None = None) -> tuple[str, Run]:
    """(kind, run) for a system name: a reference system, ``sumy-NAME``, else a marsad
    summarizer from the registry."""
    if name in REFERENCE_SYSTEMS:
        kind, make = REFERENCE_SYSTEMS[name]
        return kind, make()
    if name.startswith(PEER_PREFIX):
        return "sumy", _sumy(name.removeprefix(PEER_PREFIX))
    return "marsad", _marsad(name, settings or Settings())


def evaluate(
    articles: Sequence[EascArticle],
    systems: Sequence[str],
    split: str,
    *,
    summarizers: Mapping[str, Summarizer] | None = None,
) -> list[SystemScore]:
    """Mean ROUGE of each system over ``articles``; a name in ``summarizers`` is scored with
    that object (a model being fit) instead of the registry's."""
    results = []
    for name in systems:
        given = (summarizers or {}).get(name)
        kind, run = ("marsad", _marsad(given, Settings())) if given else system(name)
        totals = [0.0, 0.0, 0.0, 0.0]
        seconds = 0.0
        r2: list[float] = []
        for easc in articles:
            started = time.perf_counter()
            chosen = run(easc)
            seconds += time.perf_counter() - started
            text = " ".join(chosen)
            score = rouge(text, easc.references)
            r2.append(score.r2)
            for k, value in enumerate((score.r1, score.r2, score.rl, len(text.split()))):
                totals[k] += value
        n = max(len(articles), 1)
        results.append(
            SystemScore(
                system=name,
                kind=kind,
                split=split,
                articles=len(articles),
                r1=totals[0] / n,
                r2=totals[1] / n,
                rl=totals[2] / n,
                words=totals[3] / n,
                seconds=seconds,
                r2_by_article=tuple(r2),
            )
        )
    return results


def evaluate_easc(path: Path, systems: Sequence[str], split: str) -> list[SystemScore]:
    """Load a split of EASC and evaluate; EASC-trained systems are refused on seen topics."""
    if split != "held-out":
        trained = sorted(set(systems) & TRAINED_ON_EASC)
        if trained:
            raise ValueError(
                f"{', '.join(trained)} learned from EASC Topic1-100: score it on --split held-out"
            )
    return evaluate(list(load(path, split)), systems, split)
