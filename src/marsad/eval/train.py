"""Train the supervised sentence scorer on EASC Topic1-100 and write it as JSON (``make model``).

Labels are soft: the share of the five human extracts that contain each sentence; a logistic
regression learns from each sentence twice (chosen with weight = share, not chosen with
weight = 1 − share). The regularization strength is chosen by 5-fold cross-validation over
topics, on the ROUGE-2 of the summaries the model makes on the held-out fold.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from marsad.eval.easc import EascArticle, fingerprint, load, reference_share
from marsad.eval.summaries import evaluate
from marsad.summarize.base import StoryText
from marsad.summarize.supervised import FEATURES, LinearModel, SupervisedSummarizer, features

C_GRID = (0.01, 0.1, 1.0, 10.0)
FOLDS = 5
_DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "summarize" / "models" / "supervised.json"


def _story(easc: EascArticle) -> StoryText:
    return StoryText.build([easc.document], attribution_threshold=0.5)


def _examples(articles: Sequence[EascArticle]) -> tuple[np.ndarray, np.ndarray]:
    matrices, labels = [], []
    for easc in articles:
        matrices.append(features(_story(easc)))
        labels.append(np.array(reference_share(easc)))
    return np.vstack(matrices), np.concatenate(labels)


def fit_matrix(
    x: np.ndarray, share: np.ndarray, c: float, names: tuple[str, ...], info: dict[str, Any]
) -> LinearModel:
    """A logistic regression with soft labels: each row once as chosen (weight = share) and
    once as not chosen (weight = 1 − share), on standardized columns."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    standardized = (x - mean) / scale
    doubled = np.vstack([standardized, standardized])
    target = np.concatenate([np.ones(len(x)), np.zeros(len(x))])
    weight = np.concatenate([share, 1.0 - share])
    model = LogisticRegression(C=c, max_iter=1000)
    model.fit(doubled, target, sample_weight=weight)
    return LinearModel(
        features=names,
        mean=mean,
        scale=scale,
        coef=np.asarray(model.coef_[0], dtype=float),
        intercept=float(model.intercept_[0]),
        info=info,
    )


def fit(articles: Sequence[EascArticle], c: float, info: dict[str, Any]) -> LinearModel:
    """The shipped model's regression on the articles' sentences."""
    x, share = _examples(articles)
    return fit_matrix(x, share, c, FEATURES, info)


def _cv_rouge2(articles: Sequence[EascArticle], c: float) -> float:
    """Mean ROUGE-2 F1 on each held-out fold of topics, for a model fit on the other folds."""
    scores = []
    for fold in range(FOLDS):
        test = [a for k, a in enumerate(articles) if k % FOLDS == fold]
        train = [a for k, a in enumerate(articles) if k % FOLDS != fold]
        fitted = SupervisedSummarizer(fit(train, c, {}))
        name = f"cv-{fold}-{c}"
        scores.append(evaluate(test, [name], "cv", summarizers={name: fitted})[0].r2)
    return float(np.mean(scores))


def train(data: Path, output: Path = _DEFAULT_OUTPUT) -> dict[str, Any]:
    """Cross-validate C on Topic1-100, fit on all of them, write the model; return its info."""
    articles = list(load(data, "train"))
    cv = {str(c): round(_cv_rouge2(articles, c), 4) for c in C_GRID}
    best = max(C_GRID, key=lambda c: (cv[str(c)], -c))
    info = {
        "trained_on": "EASC Topic1-100",
        "data_sha256": fingerprint(data, "train"),
        "C": best,
        "cv_rouge2_by_C": cv,
    }
    model = fit(articles, best, info)
    output.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    return info


def main() -> None:
    """``python -m marsad.eval.train [DATA_DIR]``: train and write the shipped model."""
    import sys

    from marsad.eval import dataset_path

    explicit = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(train(dataset_path("easc", explicit)), indent=1))


if __name__ == "__main__":
    main()
