"""Which sentences of a story state the same fact: a pair classifier trained on blind gold.

Outlets word one fact differently ("أحرز ريال مدريد ... 3-1" / "فاز ريال مدريد بثلاثة أهداف"),
so one cosine threshold either misses paraphrases or merges different facts. Two logistic
regressions over the pair's lexical evidence (cosine, one-way coverage both ways, shared and
clashing figures, lead positions, outlet, length) give, for every two sentences, the
probability that they share a fact (``same``: a summary must not state it twice) and that
the second states all the first says (``states``: the second's outlet may be credited). They
were fit on the blind pyramid gold of February 2018 (``python -m marsad.eval.train_pairs``);
the weights ship as JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import csr_matrix

from marsad.caches import cached
from marsad.lang.arabic import normalize_digits

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

MODEL_FILE = "pairs.json"
TARGETS = ("same", "states")
FEATURES = (
    "cosine",  # TF-IDF cosine of the two sentences
    "coverage",  # IDF-weighted share of the first's terms the second holds
    "coverage_back",  # the same the other way
    "figures_held",  # share of the first's figures the second states (1 without figures)
    "figures_clash",  # both state figures and share none
    "both_leads",  # both are among the first two sentences of their articles
    "same_outlet",
    "length_gap",  # |log of the ratio of their word counts|
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def sentence_figures(text: str) -> frozenset[str]:
    """The numbers a sentence states (Arabic-Indic digits folded, thousands commas dropped)."""
    return frozenset(m.replace(",", "") for m in _NUMBER.findall(normalize_digits(text)))


def pair_features(story: StoryText) -> Iterator[tuple[str, np.ndarray]]:
    """Each feature of every ordered pair of the story's sentences, as an n × n matrix, one at
    a time (a story of 2,000 sentences holds a few such matrices, not all of them)."""
    n = len(story.sentences)
    yield "cosine", story.similarity
    yield "coverage", story.coverage
    yield "coverage_back", story.coverage.T
    found = story.figures
    numbers = sorted(set().union(*found))
    column = {number: k for k, number in enumerate(numbers)}
    rows = [k for k, figures in enumerate(found) for _ in figures]
    columns = [column[f] for figures in found for f in figures]
    marks = csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(n, max(len(numbers), 1)))
    shared = np.asarray((marks @ marks.T).todense())
    counts = np.array([len(figures) for figures in found], dtype=float)
    held = np.ones((n, n))
    has = counts > 0
    held[has] = shared[has] / counts[has, None]
    yield "figures_held", held
    yield "figures_clash", (np.outer(has, has) & (shared == 0)).astype(float)
    lead = np.array([s.index <= 1 for s in story.sentences])
    yield "both_leads", np.outer(lead, lead).astype(float)
    outlets = np.asarray(story.sources)
    yield "same_outlet", (outlets[:, None] == outlets[None, :]).astype(float)
    length = np.log1p([s.word_count for s in story.sentences])
    yield "length_gap", np.abs(length[:, None] - length[None, :])


@dataclass(frozen=True, slots=True, kw_only=True)
class PairModel:
    """One standardized logistic regression per target over ``FEATURES``."""

    mean: np.ndarray
    scale: np.ndarray
    coef: dict[str, np.ndarray]
    intercept: dict[str, float]
    threshold: dict[str, float]
    info: dict[str, Any]

    def logits(self, story: StoryText) -> dict[str, np.ndarray]:
        """For each target, the logit of every ordered pair of the story's sentences (n × n;
        one pass over the features)."""
        size = (len(story.sentences),) * 2
        logits = {target: np.full(size, self.intercept[target]) for target in TARGETS}
        for k, (_, matrix) in enumerate(pair_features(story)):
            standardized = (matrix - self.mean[k]) / self.scale[k]
            for target in TARGETS:
                logits[target] += standardized * self.coef[target][k]
        return logits

    def decide(self, story: StoryText) -> dict[str, np.ndarray]:
        """For each target, whether its probability reaches the model's threshold, for every
        ordered pair of the story's sentences (n × n booleans)."""
        return self.decide_logits(self.logits(story))

    def decide_logits(self, logits: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """``decide`` on logits already computed."""
        # p >= t  <=>  logit >= log(t / (1 - t)): no exponentials needed.
        return {
            target: logits[target] >= np.log(self.threshold[target] / (1 - self.threshold[target]))
            for target in TARGETS
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "features": list(FEATURES),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "coef": {t: self.coef[t].tolist() for t in TARGETS},
            "intercept": self.intercept,
            "threshold": self.threshold,
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PairModel:
        """Read the JSON form; a model for other features is an error."""
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"pair model features {data['features']} differ from {FEATURES}")
        return cls(
            mean=np.array(data["mean"], dtype=float),
            scale=np.array(data["scale"], dtype=float),
            coef={t: np.array(data["coef"][t], dtype=float) for t in TARGETS},
            intercept={t: float(data["intercept"][t]) for t in TARGETS},
            threshold={t: float(data["threshold"][t]) for t in TARGETS},
            info=dict(data.get("info", {})),
        )


@cached()
def shipped_pair_model() -> PairModel:
    """The pair model shipped in marsad/summarize/models/."""
    text = resources.files("marsad.summarize.models").joinpath(MODEL_FILE).read_text("utf-8")
    return PairModel.from_dict(json.loads(text))
