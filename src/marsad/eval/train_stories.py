"""Fit the story pair weights (marsad/evidence.py) on the February days of the blind story
gold and write them as JSON: ``python -m marsad.eval.train_stories [DATA_DIR]``.

Examples are the clusterer's own candidate pairs (articles sharing a strong term within the
time window) of two gold articles of one day, labelled same story or not. A logistic regression
over the three cosines (whole text, headline, lead) gives the weights; those of the headline
and the lead, divided by the text's, are shipped. March days are never used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from marsad.cluster import (
    ClusterParams,
    TermCounts,
    candidate_pairs,
    pair_similarities,
    publication_days,
)
from marsad.eval.story_gold import GOLD_DIR, TUNE_DAYS, _windows, load_day
from marsad.evidence import MODEL_FILE, StoryEvidence
from marsad.lang.vectors import tfidf

OUTPUT = Path(__file__).resolve().parents[1] / "models" / MODEL_FILE


def examples(ant_dir: Path, gold_dir: Path = GOLD_DIR) -> tuple[np.ndarray, np.ndarray]:
    """Rows of (text, title, lead) cosines of the candidate pairs of gold articles, and
    whether each pair is one gold story."""
    from marsad.clean import clean_articles
    from marsad.lang import analyse

    rows, labels = [], []
    for day, articles in _windows(ant_dir, TUNE_DAYS, 1):
        gold = load_day(day, gold_dir)
        documents = [analyse(item) for item in clean_articles(articles)]
        blocks = [tfidf(block) for block in TermCounts.of(documents, marked=True).blocks()]
        pairs = candidate_pairs(blocks[0], publication_days(documents), ClusterParams())
        ids = np.array([document.id for document in documents])
        both = np.array([a in gold and b in gold for a, b in ids[pairs].tolist()], dtype=bool)
        pairs = pairs[both] if len(pairs) else pairs
        rows.append(np.column_stack([pair_similarities(block, pairs) for block in blocks]))
        labels += [gold[a].story == gold[b].story for a, b in ids[pairs].tolist()]
    return np.vstack(rows), np.array(labels, dtype=bool)


def fit(x: np.ndarray, y: np.ndarray) -> StoryEvidence:
    """The headline and lead weights relative to the text's, with what they were fit on."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import cross_val_predict

    model = LogisticRegression(max_iter=1000).fit(x, y)
    text, title, lead = model.coef_[0].tolist()
    held_out = cross_val_predict(
        LogisticRegression(max_iter=1000), x, y, cv=5, method="predict_proba"
    )
    info: dict[str, Any] = {
        "trained_on": list(TUNE_DAYS),
        "pairs": len(y),
        "same_story": int(y.sum()),
        "coef": [round(value, 4) for value in (text, title, lead)],
        "intercept": round(float(model.intercept_[0]), 4),
        "cv_average_precision": round(float(average_precision_score(y, held_out[:, 1])), 4),
        "text_only_average_precision": round(float(average_precision_score(y, x[:, 0])), 4),
    }
    return StoryEvidence(title=round(title / text, 3), lead=round(lead / text, 3), info=info)


def main(argv: list[str]) -> int:
    """Fit on the February gold days and write ``models/story_pairs.json``."""
    from marsad.eval import dataset_path

    ant = dataset_path("ant_multisource", Path(argv[0]) if argv else None)
    evidence = fit(*examples(ant))
    OUTPUT.write_text(json.dumps(evidence.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}: {evidence.to_dict()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
