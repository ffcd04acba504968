"""Which features would help the supervised scorer? Cross-validated on EASC Topic1-100 only.

``python -m marsad.eval.ablation [DATA_DIR]`` prints the 5-fold ROUGE-2 (folds of topics, the
summaries made through ``marsad.summarize.summarize`` as in train.py) of Lead, of the shipped
features, and of the shipped features with the candidates below, under a logistic regression
and gradient boosting. A candidate enters the shipped model only if it raises this score.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from marsad.eval.easc import EascArticle, load, reference_share
from marsad.eval.summaries import evaluate
from marsad.eval.train import C_GRID, FOLDS, fit_matrix
from marsad.lang.terms import tokens
from marsad.summarize.base import StoryText, positions
from marsad.summarize.graph import lexrank
from marsad.summarize.supervised import FEATURES, features

CANDIDATES = (
    "lexrank_discrete",  # sumy-style LexRank × sentences
    "first_similarity",  # TF-IDF cosine to the article's first sentence
    "digits",  # share of the sentence's tokens that are numbers
    "keyword",  # mean number of sentences holding each of its terms, over sentences
    "degree",  # share of the other sentences with cosine > 0.1
    "log_sentences",  # log of the article's sentence count
    "first",  # first sentence of the article
    "second",  # second sentence
    "words_before",  # share of the article's words before the sentence
)
FeatureFunction = Callable[[StoryText], np.ndarray]
Predictor = Callable[[np.ndarray], np.ndarray]


def candidates(story: StoryText) -> np.ndarray:
    """The candidate columns (sentences × CANDIDATES) of a single-article story."""
    n = len(story.sentences)
    words = [tokens(s.text) for s in story.sentences]
    ranks = lexrank(words, story.documents[0].language)
    total = ranks.sum()
    presence = story.vectors.copy()
    presence.data[:] = 1.0
    holders = np.asarray(presence.sum(axis=0)).ravel()
    terms = np.maximum(np.asarray(presence.sum(axis=1)).ravel(), 1.0)
    lengths = np.array([s.word_count for s in story.sentences], dtype=float)
    position = positions(story)
    columns = [
        ranks / total * n if total > 0 else ranks,
        story.similarity[:, 0],
        np.array([sum(t.isdigit() for t in w) / max(len(w), 1) for w in words]),
        np.asarray(presence @ holders).ravel() / terms / n,
        ((story.similarity > 0.1).sum(axis=1) - 1) / n,
        np.full(n, np.log(n)),
        (position == 0).astype(float),
        (position == 1).astype(float),
        (np.cumsum(lengths) - lengths) / lengths.sum(),
    ]
    return np.column_stack(columns)


def extended(story: StoryText) -> np.ndarray:
    """The shipped features followed by the candidates."""
    return np.hstack([features(story), candidates(story)])


class _Fitted:
    """A summarizer scoring with a fitted predictor (registered for one fold only)."""

    def __init__(self, columns: FeatureFunction, predict: Predictor) -> None:
        self.columns = columns
        self.predict = predict

    def score(self, story: StoryText) -> np.ndarray:
        return self.predict(self.columns(story))


def _logistic(c: float) -> Callable[[np.ndarray, np.ndarray], Predictor]:
    def train(x: np.ndarray, share: np.ndarray) -> Predictor:
        return fit_matrix(x, share, c, tuple(str(k) for k in range(x.shape[1])), {}).predict

    return train


def _boosting(x: np.ndarray, share: np.ndarray) -> Predictor:
    from sklearn.ensemble import HistGradientBoostingRegressor

    model = HistGradientBoostingRegressor(
        max_depth=3, learning_rate=0.05, max_iter=200, min_samples_leaf=40, random_state=0
    )
    model.fit(x, share)
    return lambda matrix: np.asarray(model.predict(matrix), dtype=float)


def cross_validate(
    articles: Sequence[EascArticle],
    columns: FeatureFunction,
    train: Callable[[np.ndarray, np.ndarray], Predictor],
) -> float:
    """Mean ROUGE-2 over the folds of topics, each scored by a model fit on the other folds."""
    matrices = [columns(StoryText.build([a.document], attribution_threshold=0.5)) for a in articles]
    shares = [np.array(reference_share(a)) for a in articles]
    scores = []
    for fold in range(FOLDS):
        inside = [k for k in range(len(articles)) if k % FOLDS != fold]
        predict = train(
            np.vstack([matrices[k] for k in inside]), np.concatenate([shares[k] for k in inside])
        )
        name = f"ablation-{fold}"
        test = [a for k, a in enumerate(articles) if k % FOLDS == fold]
        fitted = _Fitted(columns, predict)
        scores.append(evaluate(test, [name], "cv", summarizers={name: fitted})[0].r2)
    return float(np.mean(scores))


def ablation(data: Path) -> dict[str, float]:
    """Cross-validated ROUGE-2 on Topic1-100 of Lead and of each feature set and model."""
    articles = list(load(data, "train"))
    (lead,) = evaluate(articles, ["lead"], "cv")
    results = {"lead": lead.r2}
    c = C_GRID[1]
    shipped = f"shipped {len(FEATURES)} features, logistic C={c}"
    results[shipped] = cross_validate(articles, features, _logistic(c))
    more = f"+ {len(CANDIDATES)} candidates"
    results[f"{more}, logistic C={c}"] = cross_validate(articles, extended, _logistic(c))
    results["shipped features, gradient boosting"] = cross_validate(articles, features, _boosting)
    results[f"{more}, gradient boosting"] = cross_validate(articles, extended, _boosting)
    return {name: round(value, 4) for name, value in results.items()}


def main() -> None:
    """``python -m marsad.eval.ablation [DATA_DIR]``."""
    import sys

    from marsad.eval import dataset_path

    explicit = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(ablation(dataset_path("easc", explicit)), indent=1))


if __name__ == "__main__":
    main()
