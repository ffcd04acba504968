"""The claim test against the pair classifier on the February gold's sentence pairs:
``python -m marsad.eval.claim_pairs [DATA_DIR]``.

Every ordered pair of sentences of different articles of a February gold story (the first 12
and round 18's 15), both in some unit: ``same`` when they share a unit, ``states`` when the
second states every unit of the first (as ``train_pairs.examples``). The claims agree when the
event frames match (``frames.same_frame``: one verb class, mood, polarity, doer or place) and no
argument conflicts (``claims.conflict``). March stories are never read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from marsad.eval.pyramid import BLIND, BLIND_ROUND18, load_gold
from marsad.eval.train_pairs import THRESHOLDS
from marsad.summarize.base import StoryText
from marsad.summarize.claims import calls_otherwise, conflict
from marsad.summarize.frames import frame, same_frame, story_doers

Row = dict[str, bool | float]


def pair_rows(data: Path) -> Iterator[Row]:
    """One row per gold pair: its labels, the classifier's probabilities and the claim tests."""
    for gold in (BLIND, BLIND_ROUND18):
        for story in load_gold(data, gold, "tune"):
            text = StoryText.build(story.documents, attribution_threshold=0.5)
            units = [
                frozenset(n for n, u in enumerate(story.units) if (s.article, s.index) in u.members)
                for s in text.sentences
            ]
            logits = text.pair_logits
            assert logits is not None
            doers = story_doers(text)
            frames = [frame(s.text) for s in text.sentences]
            for i, one in enumerate(text.sentences):
                for j, two in enumerate(text.sentences):
                    if one.article == two.article or not units[i] or not units[j]:
                        continue
                    first, second = frames[i], frames[j]
                    clash = conflict(one.text, two.text)
                    yield {
                        "same": bool(units[i] & units[j]),
                        "states": units[i] <= units[j],
                        "p_same": float(1 / (1 + np.exp(-logits["same"][i, j]))),
                        "p_states": float(1 / (1 + np.exp(-logits["states"][i, j]))),
                        "agree": bool(first and second and same_frame(first, second, doers))
                        and not clash,
                        "conflict": clash,
                        "calls": calls_otherwise(one.text, two.text),
                    }


def _score(rows: list[Row], label: str, hits: list[bool]) -> str:
    """Precision, recall and count of the pairs ``hits`` marks, for ``label``."""
    true = sum(bool(row[label]) for row in rows)
    right = sum(hit and bool(row[label]) for hit, row in zip(hits, rows, strict=True))
    return f"P {right / max(sum(hits), 1):.3f} R {right / max(true, 1):.3f} (n {sum(hits)})"


def main() -> None:
    """Print precision and recall of each test for ``same`` and ``states``."""
    from marsad.eval import dataset_path

    explicit = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    rows = list(pair_rows(dataset_path("ant_multisource", explicit)))
    same = sum(bool(r["same"]) for r in rows)
    states = sum(bool(r["states"]) for r in rows)
    print(f"{len(rows)} pairs, {same} same, {states} states")
    for label in ("same", "states"):
        cut = THRESHOLDS[label]
        p = [float(r[f"p_{label}"]) for r in rows]
        agree = [bool(r["agree"]) for r in rows]
        tests = {
            "claims agree": agree,
            f"classifier p >= {cut}": [x >= cut for x in p],
            f"classifier, or p >= {cut - 0.15:.2f} and claims agree": [
                x >= cut or (x >= cut - 0.15 and a) for x, a in zip(p, agree, strict=True)
            ],
            "classifier, no conflict": [
                x >= cut and not r["conflict"] for x, r in zip(p, rows, strict=True)
            ],
            "classifier, no call for another thing": [
                x >= cut and not r["calls"] for x, r in zip(p, rows, strict=True)
            ],
        }
        for name, hits in tests.items():
            print(f"{label}, {name}: {_score(rows, label, hits)}")
    for key in ("conflict", "calls"):
        flagged = [r for r in rows if r[key]]
        print(
            f"{key}: {len(flagged)} pairs, {sum(bool(r['same']) for r in flagged)} same, "
            f"{sum(bool(r['states']) for r in flagged)} states"
        )


if __name__ == "__main__":
    main()
