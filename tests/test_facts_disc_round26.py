"""Issue 18, item 2, round 26: disagreements on February 2018 stories outside the blind gold,
labelled by the engineer (``tests/data/discrepancies_feb_engineer``, never a blind figure): a
singular scale word after a qualifier is one of it ("نحو مليون لاجئ"), "ونصف" after a scale
adds half of it; counts of other things that one article gives both of, or that follow a
preposition, are not disputed across outlets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.facts.quantities import quantities
from test_facts_disc_round16 import _discrepancies, _kinds

LABELLED = Path(__file__).parent / "data" / "discrepancies_feb_engineer" / "labels.jsonl"
STORIES = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
# Money is not compared across outlets: its pairs are kept as labelled misses.
COMPARED = [s for s in STORIES if all(p["concept"] != "money" for p in s["pairs"])]


@pytest.mark.parametrize("story", COMPARED, ids=[s["story"][:30] for s in COMPARED])
def test_labelled_february_pairs(story: dict[str, Any]) -> None:
    found = _discrepancies(story)
    for pair in story["pairs"]:
        expected = set() if pair["label"] == "none" else {pair["label"]}
        assert _kinds(found, pair["concept"], pair["values"]) == expected, pair["reason"]


def test_the_sample_before_the_change() -> None:
    pairs = [p for s in STORIES for p in s["pairs"]]
    flagged = [p for p in pairs if p["flagged"]]
    assert sum(p["label"] == p["flagged"] for p in flagged) == 1  # of 6 flagged here
    assert sum(p["label"] == "conflict" and p["flagged"] is None for p in pairs) == 2


def _read(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.qualifier) for m in quantities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("في التعامل مع أزمة نحو مليون لاجئ سوري", "نحو مليون لاجئ", 1_000_000),
        ("إلى مقتل ما يزيد عن ألف شخص", "ما يزيد عن ألف شخص", 1000),
        ("وفر أكثر من مليون شخص من المدينة", "أكثر من مليون شخص", 1_000_000),
        ("مع نحو مليون ونصف المليون لاجئ سوري", "نحو مليون ونصف المليون لاجئ", 1_500_000),
        ("وصل عدد النازحين إلى 3 ملايين ونصف", "3 ملايين ونصف", 3_500_000),
    ],
)
def test_a_scale_word_after_a_qualifier_is_one_of_it(
    sentence: str, text: str, value: float
) -> None:
    assert [(t, v) for t, v, _ in _read(sentence)] == [(text, value)]


@pytest.mark.parametrize("sentence", ["قرأ قصص ألف ليلة وليلة", "شارك في المليونية أمس"])
def test_a_scale_word_alone_is_no_figure(sentence: str) -> None:
    assert _read(sentence) == []
