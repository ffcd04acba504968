"""How far above Lead can a single-document summarizer go on EASC? Measured on Topic1-100 only.

``python -m marsad.eval.easc_limits [DATA_DIR]`` prints, on the training topics, the ROUGE-2 of
Lead (marsad's and the baseline's), of a ranking by the true share of references taking each
sentence (through marsad's selection), of the greedy oracle, of each human extract against the
other four, and of Lead at budgets other than the protocol's (docs/evaluation.md, issue 19).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from marsad.eval.easc import EascArticle, load, reference_share
from marsad.eval.rouge import rouge
from marsad.eval.summaries import evaluate, fill
from marsad.summarize.base import StoryText

BUDGET_FACTORS = (0.8, 0.9, 1.0, 1.1, 1.2)


def human_agreement(articles: Sequence[EascArticle]) -> float:
    """Mean ROUGE-2 F1 of each reference against the article's other references (at its own
    length): how far the human summarizers agree with one another."""
    scores = []
    for easc in articles:
        references = easc.references
        scores.append(
            np.mean(
                [
                    rouge(reference, [*references[:k], *references[k + 1 :]]).r2
                    for k, reference in enumerate(references)
                ]
            )
        )
    return float(np.mean(scores))


def lead_by_budget(
    articles: Sequence[EascArticle], factors: Sequence[float] = BUDGET_FACTORS
) -> dict[float, float]:
    """ROUGE-2 of the article's first sentences filled to ``factor`` × the protocol's budget
    (the mean reference length): how strongly the score depends on the summary's length."""
    result = {}
    for factor in factors:
        scores = []
        for easc in articles:
            sentences = easc.document.sentences
            lengths = [s.word_count for s in sentences]
            chosen = fill(range(len(sentences)), lengths, round(easc.budget * factor))
            scores.append(rouge(" ".join(sentences[i].text for i in chosen), easc.references).r2)
        result[factor] = float(np.mean(scores))
    return result


class ReferenceShare:
    """A scorer that knows the answer: each sentence's share of the references taking it
    (``reference_share``), looked up by the article's id. An upper bound for any scorer
    going through marsad's selection."""

    def __init__(self, articles: Sequence[EascArticle]) -> None:
        self.shares = {easc.document.id: np.array(reference_share(easc)) for easc in articles}

    def score(self, story: StoryText) -> np.ndarray:
        """The true share of each sentence of a single-article story."""
        return self.shares[story.documents[0].id]


def limits(articles: Sequence[EascArticle]) -> dict[str, float]:
    """ROUGE-2 of Lead, the oracles and the human extracts, and of Lead by budget factor."""
    named = {"true-share ranking": ReferenceShare(articles)}
    scores = evaluate(articles, ["lead", "lead-baseline", "oracle"], "train")
    scores += evaluate(articles, list(named), "train", summarizers=named)
    result = {score.system: score.r2 for score in scores}
    result["human extract vs the other four"] = human_agreement(articles)
    for factor, value in lead_by_budget(articles).items():
        result[f"lead-baseline at {factor} x budget"] = value
    return {name: round(value, 4) for name, value in result.items()}


def main() -> None:
    """``python -m marsad.eval.easc_limits [DATA_DIR]``: the limits on Topic1-100."""
    import sys

    from marsad.eval import dataset_path

    explicit = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(limits(list(load(dataset_path("easc", explicit), "train"))), indent=1))


if __name__ == "__main__":
    main()
