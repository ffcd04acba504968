"""Fit the pair classifier (marsad/summarize/pairs.py) on the blind pyramid gold's February
stories and write it as JSON: ``python -m marsad.eval.train_pairs [DATA_DIR]``.

Every ordered pair of sentences from different articles of a gold story is an example, when
the first sentence states at least one gold unit: ``same`` when the two share a unit,
``states`` when the second states every unit of the first. March stories are never used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from marsad.eval.pyramid import BLIND, GoldStory, load_gold
from marsad.summarize.base import StoryText
from marsad.summarize.pairs import FEATURES, TARGETS, PairModel, pair_features

OUTPUT = Path(__file__).resolve().parents[1] / "summarize" / "models" / "pairs.json"
# Chosen on the February gold with `marsad eval summarize --dataset ant --split tune`: "same"
# at 0.35/0.5/0.65 gave redundancy 0.089/0.058/0.075; "states" at 0.35/0.5/0.65 gave
# attribution recall 0.77/0.75/0.71 at precision 1.000 (0.4 keeps a margin below 0.35).
THRESHOLDS = {"same": 0.5, "states": 0.4}


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


def train(data: Path, output: Path = OUTPUT) -> dict[str, Any]:
    """Fit on the February gold stories and write the model; return its info."""
    stories = load_gold(data, BLIND, "tune")
    info: dict[str, Any] = {
        "trained_on": "blind pyramid gold, February 2018 (tests/data/pyramid/blind-2018.json)",
        "stories": len(stories),
        "features": list(FEATURES),
    }
    model = fit(stories, info)
    output.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    return info


def main() -> None:
    """``python -m marsad.eval.train_pairs [DATA_DIR]``: train and write the shipped model."""
    from marsad.eval import dataset_path

    explicit = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(train(dataset_path("ant_multisource", explicit)), indent=1))


if __name__ == "__main__":
    main()
