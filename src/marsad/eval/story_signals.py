"""Glue signals measured one by one on the February days of the blind story gold:
``python -m marsad.eval.story_signals [DATA_DIR]``.

Each signal is a pair rule (``ClusterParams.pair_rule``) that discounts candidate pairs the
glue types of the March blind checks share: reports of different days (recurring market,
weather and match reports), the same outlet on different days, headlines with no term in
common, and headlines whose rare terms (names: a background document frequency of at most
two) differ (two matches of one competition). Scored like ``marsad eval stories --split tune``
(the digest's clustering at the default settings), with the clustering's CPU time. Only the
February days: the March days are for reporting, never for choosing a rule.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from marsad.cluster import ClusterParams, PairRule, PairView, cluster_counts
from marsad.eval.story_gold import TUNE_DAYS, StoryGoldScore, _windows, load_day, score
from marsad.evidence import Background, evidence_of
from marsad.pipeline import Outline, batch_params
from marsad.settings import Settings

HOUR = 1 / 24


@dataclass(frozen=True, slots=True)
class Window:
    """One gold day with the days around it, prepared up to clustering."""

    day: str
    outline: Outline
    copies: list[list[int]]


def time_gap(hours: float, weight: float) -> PairRule:
    """Pairs published more than ``hours`` apart count ``weight`` of themselves."""

    def rule(view: PairView) -> np.ndarray:
        apart = np.abs(view.days[view.pairs[:, 0]] - view.days[view.pairs[:, 1]])
        return np.where(apart > hours * HOUR, view.weights * weight, view.weights)

    return rule


def same_outlet_gap(hours: float, weight: float) -> PairRule:
    """Pairs of one outlet more than ``hours`` apart count ``weight`` (a recurring report)."""

    def rule(view: PairView) -> np.ndarray:
        if view.outlets is None:
            return view.weights
        first, second = view.pairs[:, 0], view.pairs[:, 1]
        same = view.outlets[first] == view.outlets[second]
        apart = np.abs(view.days[first] - view.days[second]) > hours * HOUR
        return np.where(same & apart, view.weights * weight, view.weights)

    return rule


def no_shared_headline(weight: float) -> PairRule:
    """Pairs whose headlines share no term count ``weight``."""

    def rule(view: PairView) -> np.ndarray:
        return np.where(_shared(view.title, view.pairs) > 0, view.weights, view.weights * weight)

    return rule


def headline_names_clash(background: Background, rarest: int, weight: float) -> PairRule:
    """Pairs whose headlines both hold rare terms (background frequency at most ``rarest``)
    and share none of them count ``weight``: different names, different events."""

    def rule(view: PairView) -> np.ndarray:
        rare = (background.of(view.title_words) <= rarest).astype(np.float64)
        names = csr_matrix(view.title.multiply(rare[np.newaxis, :]))
        has = np.asarray(names.sum(axis=1)).ravel() > 0
        both = has[view.pairs[:, 0]] & has[view.pairs[:, 1]]
        clash = both & (_shared(names, view.pairs) == 0)
        return np.where(clash, view.weights * weight, view.weights)

    return rule


def _shared(rows: csr_matrix, pairs: np.ndarray) -> np.ndarray:
    """For each pair, the dot product of its two rows of counts (0: no term in common)."""
    if not len(pairs):
        return np.zeros(0)
    products = rows[pairs[:, 0]].multiply(rows[pairs[:, 1]])
    return np.asarray(products.sum(axis=1)).ravel()


def windows(ant_dir: Path, settings: Settings) -> Iterator[Window]:
    """The February gold days, each cleaned, analysed and deduplicated as the digest does."""
    from marsad.clean import corpus_evidence
    from marsad.dedupe import DedupeParams, duplicates_of_prints
    from marsad.pipeline import mark_articles, prepare_articles

    for day, articles in _windows(ant_dir, TUNE_DAYS, 1):
        evidence = corpus_evidence(mark_articles(articles))
        outline = prepare_articles(articles, evidence.for_articles(articles), settings).outline
        params = DedupeParams(threshold=settings.duplicate_threshold)
        groups = duplicates_of_prints(outline.fingerprints, params)
        position = {article: n for n, article in enumerate(outline.ids)}
        copies = [[position[a] for a in group.articles] for group in groups.groups]
        yield Window(day=day, outline=outline, copies=copies)


def measure(prepared: list[Window], params: ClusterParams) -> tuple[StoryGoldScore, float]:
    """The gold score of the digest's clustering with ``params``, and its CPU seconds."""
    gold, stories, lines = {}, {}, {}
    seconds = 0.0
    for window in prepared:
        outline = window.outline
        sources = [article.source for article in outline.fingerprints.articles]
        start = time.process_time()
        found = cluster_counts(outline.terms, outline.days, params, window.copies, sources)
        seconds += time.process_time() - start
        ids = outline.ids
        labels = {aid: (window.day, label) for aid, label in load_day(window.day).items()}
        for position, members in enumerate(found.groups):
            for member in members:
                stories[ids[member]] = f"{window.day}/{position}"
        for number, positions in enumerate(found.storylines):
            for position in positions:
                for member in found.groups[position]:
                    lines[ids[member]] = f"{window.day}/{number}"
        gold.update(labels)
    return score(gold, stories, lines, TUNE_DAYS), seconds


def signals(settings: Settings) -> list[tuple[str, PairRule | None]]:
    """The rules measured, by name (none: the default clustering)."""
    background = evidence_of(settings).background
    rules: list[tuple[str, PairRule | None]] = [("default", None)]
    rules += [(f"more than {h} h apart x {w}", time_gap(h, w)) for h in (12, 24) for w in (0.7,)]
    rules += [
        (f"one outlet, more than {h} h apart x {w}", same_outlet_gap(h, w))
        for h, w in ((12, 0.5), (12, 0.7), (18, 0.5))
    ]
    rules += [(f"no headline term shared x {w}", no_shared_headline(w)) for w in (0.5, 0.7)]
    if background is not None:
        rules += [
            (f"headline names differ (df <= {k}) x {w}", headline_names_clash(background, k, w))
            for k, w in ((2, 0.7), (2, 0.85))
        ]
    return rules


def main(argv: list[str]) -> int:
    """Print each signal's February story and storyline scores and its clustering time."""
    from marsad.eval import dataset_path

    ant = dataset_path("ant_multisource", Path(argv[0]) if argv else None)
    settings = Settings()
    prepared = list(windows(ant, settings))
    base = batch_params(settings)
    print("signal | story P | story R | story F1 | storyline F1 | false stories | cluster CPU s")
    for name, rule in signals(settings):
        result, seconds = measure(prepared, replace(base, pair_rule=rule))
        print(
            f"{name} | {result.story.precision:.3f} | {result.story.recall:.3f} | "
            f"{result.story.f1:.3f} | {result.storyline.f1:.3f} | "
            f"{result.false} of {result.multi_article} | {seconds:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
