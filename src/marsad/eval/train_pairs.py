"""Fit the pair classifier (marsad/summarize/pairs.py) and the article credit model
(marsad/summarize/credit.py) on the blind pyramid gold's February stories and write them as
JSON: ``python -m marsad.eval.train_pairs [DATA_DIR]``.

Every ordered pair of sentences from different articles of a gold story is a pair example, when
the first sentence states at least one gold unit: ``same`` when the two share a unit,
``states`` when the second states every unit of the first. Every such sentence that may enter
a summary and every other article of its story is a credit example: positive when the
article's sentences together state every unit of the sentence. March stories are never used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from marsad.eval.pyramid import BLIND, GoldStory, load_gold
from marsad.summarize import credit
from marsad.summarize.base import StoryText
from marsad.summarize.credit import CreditModel, article_features
from marsad.summarize.pairs import FEATURES, TARGETS, PairModel, pair_features

MODELS = Path(__file__).resolve().parents[1] / "summarize" / "models"
OUTPUT = MODELS / "pairs.json"
CREDIT_OUTPUT = MODELS / "credit.json"
# Chosen on the February gold with `marsad eval summarize --dataset ant --split tune`: "same"
# at 0.35/0.5/0.65 gave redundancy 0.089/0.058/0.075; "states" at 0.35/0.5/0.65 gave
# attribution recall 0.77/0.75/0.71 at precision 1.000 (0.4 keeps a margin below 0.35).
THRESHOLDS = {"same": 0.5, "states": 0.4}
# The lowest with precision >= 0.95 on February's 1,207 credit examples, each story's decided by
# a model fit on the 11 others (0.7 / 0.8 / 0.9: precision 0.917 / 0.951 / 0.974 at recall
# 0.576 / 0.510 / 0.444; docs/evaluation.md).
CREDIT_THRESHOLD = 0.8


def examples(stories: list[GoldStory]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Feature rows and one label vector per target."""
    rows: list[np.ndarray] = []
    labels: dict[str, list[bool]] = {t: [] for t in TARGETS}
    for story in stories:
        text = StoryText.build(story.documents, attribution_threshold=0.5)
        units = [
            frozenset(n for n, u in enumerate(story.units) if (s.article, s.index) in u.members)
            for s in text.sentences
        ]
        articles = np.array([s.article for s in text.sentences])
        mask = (articles[:, None] != articles[None, :]) & np.array([bool(u) for u in units])[
            :, None
        ]
        first, second = np.nonzero(mask)
        rows.append(np.column_stack([m[first, second] for _, m in pair_features(text)]))
        for i, j in zip(first.tolist(), second.tolist(), strict=True):
            labels["same"].append(bool(units[i] & units[j]))
            labels["states"].append(units[i] <= units[j])
    return np.vstack(rows), {t: np.array(v) for t, v in labels.items()}


def fit(stories: list[GoldStory], info: dict[str, Any]) -> PairModel:
    """Standardized logistic regressions, one per target."""
    from sklearn.linear_model import LogisticRegression

    x, labels = examples(stories)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    standardized = (x - mean) / scale
    coef, intercept = {}, {}
    for target in TARGETS:
        model = LogisticRegression(max_iter=2000).fit(standardized, labels[target])
        coef[target] = np.asarray(model.coef_[0], dtype=float)
        intercept[target] = float(model.intercept_[0])
        info[f"{target}_positive_share"] = round(float(labels[target].mean()), 4)
    info["pairs"] = len(x)
    return PairModel(
        mean=mean, scale=scale, coef=coef, intercept=intercept, threshold=THRESHOLDS, info=info
    )


def credit_examples(
    stories: list[GoldStory], pairs: PairModel
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Credit feature rows, their labels and each row's story number (``pairs`` gives the
    pairwise evidence, as the shipped pair model does at run time)."""
    rows: list[np.ndarray] = []
    labels: list[bool] = []
    groups: list[int] = []
    for number, story in enumerate(stories):
        text = StoryText.build(story.documents, attribution_threshold=0.5)
        text.__dict__["pair_logits"] = pairs.logits(text)  # this model's, not the shipped one
        units = [
            frozenset(n for n, u in enumerate(story.units) if (s.article, s.index) in u.members)
            for s in text.sentences
        ]
        told: dict[str, frozenset[int]] = {}
        for sentence, own in zip(text.sentences, units, strict=True):
            told[sentence.article] = told.get(sentence.article, frozenset()) | own
        for index, own in enumerate(units):
            if not own or not text.eligible[index]:
                continue
            firsts, features = article_features(text, index)
            rows.append(features)
            labels.extend(own <= told[text.sentences[first].article] for first in firsts)
            groups.extend([number] * len(firsts))
    return np.vstack(rows), np.array(labels), np.array(groups)


def fit_credit(stories: list[GoldStory], pairs: PairModel, info: dict[str, Any]) -> CreditModel:
    """A standardized logistic regression of "the article states the sentence"."""
    from sklearn.linear_model import LogisticRegression

    x, labels, _ = credit_examples(stories, pairs)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(max_iter=2000).fit((x - mean) / scale, labels)
    info["examples"] = len(x)
    info["positive_share"] = round(float(labels.mean()), 4)
    return CreditModel(
        mean=mean,
        scale=scale,
        coef=np.asarray(model.coef_[0], dtype=float),
        intercept=float(model.intercept_[0]),
        threshold=CREDIT_THRESHOLD,
        info=info,
    )


def train(data: Path, output: Path = OUTPUT, credit_output: Path = CREDIT_OUTPUT) -> dict[str, Any]:
    """Fit both models on the February gold stories and write them; return their info."""
    stories = load_gold(data, BLIND, "tune")
    source = "blind pyramid gold, February 2018 (tests/data/pyramid/blind-2018.json)"
    info: dict[str, Any] = {
        "trained_on": source,
        "stories": len(stories),
        "features": list(FEATURES),
    }
    model = fit(stories, info)
    output.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    credit_info: dict[str, Any] = {
        "trained_on": source,
        "stories": len(stories),
        "features": list(credit.FEATURES),
    }
    credit_model = fit_credit(stories, model, credit_info)
    credit_output.write_text(json.dumps(credit_model.to_dict(), indent=1) + "\n", encoding="utf-8")
    return {"pairs": info, "credit": credit_info}


def main() -> None:
    """``python -m marsad.eval.train_pairs [DATA_DIR]``: train and write the shipped model."""
    from marsad.eval import dataset_path

    explicit = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(train(dataset_path("ant_multisource", explicit)), indent=1))


if __name__ == "__main__":
    main()
