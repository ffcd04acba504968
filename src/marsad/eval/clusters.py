"""Story clustering quality: B-cubed precision, recall and F1 against a hand-labelled gold set."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import InputError


@dataclass(frozen=True, slots=True, kw_only=True)
class BCubed:
    """B-cubed scores (Bagga & Baldwin 1998), averaged over items."""

    precision: float
    recall: float
    f1: float
    items: int
    gold_clusters: int
    predicted_clusters: int


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> BCubed:
    """B-cubed over the items of ``gold``; an item missing from ``predicted`` is a singleton.

    For item e: precision(e) = |C(e) ∩ G(e)| / |C(e)|, recall(e) = |C(e) ∩ G(e)| / |G(e)|,
    where C(e) is e's predicted cluster and G(e) its gold cluster (restricted to gold items).
    """
    items = list(gold)
    if not items:
        raise ValueError("the gold set is empty")
    labels = {item: predicted.get(item, f"\x00singleton:{item}") for item in items}
    pair_counts = Counter((labels[item], gold[item]) for item in items)
    predicted_sizes = Counter(labels.values())
    gold_sizes = Counter(gold[item] for item in items)
    precision = recall = 0.0
    for item in items:
        common = pair_counts[(labels[item], gold[item])]
        precision += common / predicted_sizes[labels[item]]
        recall += common / gold_sizes[gold[item]]
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(
        precision=precision,
        recall=recall,
        f1=f1,
        items=len(items),
        gold_clusters=len(gold_sizes),
        predicted_clusters=len(predicted_sizes),
    )


def load_gold(path: Path) -> dict[str, str]:
    """Read a gold file: JSON lines of {"id": article id, "story": label}."""
    gold: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            gold[str(record["id"])] = str(record["story"])
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(f"{path}:{number}: not a gold record ({error})") from None
    return gold
