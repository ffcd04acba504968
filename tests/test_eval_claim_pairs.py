"""The claim test over the February pyramid gold's pairs (marsad.eval.claim_pairs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from marsad.eval.claim_pairs import _score, pair_rows
from marsad.eval.train_pairs import THRESHOLDS


def test_score_counts_precision_and_recall_of_the_marked_pairs() -> None:
    rows: list[dict[str, bool | float]] = [{"same": True}, {"same": True}, {"same": False}]
    assert _score(rows, "same", [True, False, True]) == "P 0.500 R 0.500 (n 2)"
    assert _score(rows, "same", [False, False, False]) == "P 0.000 R 0.000 (n 0)"


def test_a_call_for_another_thing_is_never_a_credit_on_the_february_gold(
    shared_data: Callable[[str], Path],
) -> None:
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    rows = list(pair_rows(ant))
    assert len(rows) > 10_000
    assert not any(row["agree"] and row["conflict"] for row in rows)
    refused = [r for r in rows if r["calls"] and float(r["p_states"]) >= THRESHOLDS["states"]]
    # Round 19: the classifier credits 5 such pairs; none truly states the other.
    assert refused and not any(r["states"] for r in refused)
