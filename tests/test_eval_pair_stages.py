"""Missed conflicts and updates counted by the stage that lost them (``eval.pair_stages``)."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.eval.facts_blind import BlindEvaluation, _score_pairs
from marsad.eval.pair_stages import (
    STAGES,
    LostPair,
    digest_stories,
    stage_of,
    story_split,
    why_table,
)


def test_each_loss_has_its_stage() -> None:
    assert stage_of("a figure not read", None, ["withheld as unsure"]) == (
        STAGES[0],
        "withheld as unsure",
    )
    assert (
        stage_of("a figure not read", None, ["nothing read"] * 2)[1] == "nothing read (both sides)"
    )
    assert stage_of("read as another counted thing") == (STAGES[1], "another counted thing")
    assert stage_of("judged none", "past event: a year") == (STAGES[2], "past event: a year")
    assert stage_of("judged none", "no event match") == (STAGES[3], "no event match")
    assert stage_of("judged none", "judged none") == (STAGES[4], "judged none")
    assert stage_of("judged scope") == (STAGES[4], "judged scope")


def test_the_scorer_records_every_missed_pair_with_its_stage() -> None:
    figure = {"value_kind": "exact", "counted": "killed", "anchor": ""}
    story = {
        "id": "s",
        "articles": {"a": {"outlet": "BBC"}, "b": {"outlet": "CNN"}},
        "figures": [
            {**figure, "id": "f1", "article": "a", "value": 14},
            {**figure, "id": "f2", "article": "b", "value": 12},
            {**figure, "id": "f3", "article": "b", "value": 9},
        ],
        "pairs": [
            {"a": "f1", "b": "f2", "label": "conflict"},
            {"a": "f1", "b": "f3", "label": "update"},
        ],
    }
    typed = {("a", "14"): {"killed"}, ("b", "12"): {"killed"}, ("b", "9"): {"other"}}
    result = BlindEvaluation(split="tune")
    _score_pairs(result, story, [], typed)
    assert why_table(result.lost_pairs) == [
        (STAGES[1], "another counted thing", 0, 1),
        (STAGES[4], "judged none", 1, 0),
    ]


def test_a_digest_tells_which_missed_pairs_it_keeps_in_one_story(tmp_path: Path) -> None:
    digest = {
        "stories": [
            {"id": "s1", "articles": [{"id": "a"}, {"id": "b"}]},
            {"id": "s2", "articles": [{"id": "c"}]},
        ]
    }
    path = tmp_path / "digest.json"
    path.write_text(json.dumps(digest), encoding="utf-8")
    stories = digest_stories(path)
    lost = [
        LostPair(label="conflict", stage=STAGES[0], detail="x", articles=pair)
        for pair in (("a", "b"), ("a", "c"), ("a", "z"))
    ]
    assert story_split(lost, stories) == {
        "in one story": 1,
        "in two stories": 1,
        "an article not in the digest": 1,
    }
