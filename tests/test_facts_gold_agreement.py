"""The second annotators of the blind facts gold (issue 18): how far two blind annotators agree
on the figures and the pair labels that the discrepancy scores rest on (the third February
round, round 18's fourth February and second March rounds, round 19's fifth February and third
March rounds, round 21's sixth February round), on round 20's fourth February quote round, and
on the date rounds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.eval.facts_blind import _same_speaker

GOLD = Path(__file__).parent / "data" / "facts_gold_blind"


def _stories(name: str) -> dict[str, dict[str, Any]]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return {story["id"]: story for story in map(json.loads, lines)}


def _key(figure: dict[str, Any]) -> tuple[str, str, str]:
    """A figure as both annotators can name it: its article, value and counted thing."""
    return figure["article"], json.dumps(figure["value"]), figure["counted"]


def _labels(story: dict[str, Any]) -> dict[frozenset[tuple[str, str, str]], str]:
    keys = {figure["id"]: _key(figure) for figure in story["figures"]}
    return {frozenset((keys[p["a"]], keys[p["b"]])): p["label"] for p in story["pairs"]}


# Round 18's second annotator: one story of the fourth February round, two of the second March.
ROUND_18 = {
    "story-2018-02-23-february-033",
    "story-2018-03-15-march-4-071",
    "story-2018-03-09-march-8-008",
}

# Round 19's second annotator: one story of the fifth February round, two of the third March
# (stories drawn for conflicts).
ROUND_19 = {
    "story-2018-02-17-conflicts-01",
    "story-2018-03-02-march-5-021",
    "story-2018-03-29-march-6-079",
}


def _agreement(ids: set[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Figures both annotators list (``same`` of ``all``) and the confusion of pair labels."""
    first, second = _stories("figures.jsonl"), _stories("figures-second-annotator.jsonl")
    assert ids <= set(second) and set(second) <= set(first)
    confusion: Counter[tuple[str, str]] = Counter()
    figures = Counter[str]()
    for story_id in ids:
        mine, other = first[story_id], second[story_id]
        keys_a = {_key(f) for f in mine["figures"]}
        keys_b = {_key(f) for f in other["figures"]}
        figures.update(same=len(keys_a & keys_b), all=len(keys_a | keys_b))
        labels_a, labels_b = _labels(mine), _labels(other)
        for pair in labels_a.keys() | labels_b.keys():  # a pair not listed reads as "none"
            confusion[labels_a.get(pair, "none"), labels_b.get(pair, "none")] += 1
    return figures, confusion


# Round 21's second annotator: two stories of the sixth February round (drawn for conflicts).
ROUND_21 = {"story-2018-02-21-conflicts6-01", "story-2018-02-19-conflicts6-09"}


def test_two_annotators_agree_on_most_pair_labels() -> None:
    second = _stories("figures-second-annotator.jsonl")
    assert len(second) == 11
    figures, confusion = _agreement(set(second) - ROUND_18 - ROUND_19 - ROUND_21)
    assert (figures["same"], figures["all"]) == (99, 102)
    agreed = sum(n for (a, b), n in confusion.items() if a == b)
    assert (agreed, sum(confusion.values())) == (72, 90)
    assert confusion["none", "scope"] + confusion["scope", "none"] == 17
    assert confusion["update", "update"] == 3 and confusion["update", "conflict"] == 1


def test_round_18s_second_annotator_agrees_on_every_figure_and_pair() -> None:
    # 3 stories with no conflict or update pair: agreement on those kinds is not measured here.
    figures, confusion = _agreement(ROUND_18)
    assert (figures["same"], figures["all"]) == (67, 67)
    agreed = sum(n for (a, b), n in confusion.items() if a == b)
    assert (agreed, sum(confusion.values())) == (57, 57)
    assert confusion["scope", "scope"] == 4


def test_round_19s_second_annotator() -> None:
    # The February story: 4/4 figures and no cross-outlet pair for either annotator. The two
    # March stories: 28/30 figures, 20/25 pair labels, the 5 differences all scope against none;
    # neither annotator labels a conflict or update there, so those kinds are not measured.
    figures, confusion = _agreement({"story-2018-02-17-conflicts-01"})
    assert (figures["same"], figures["all"], sum(confusion.values())) == (4, 4, 0)
    figures, confusion = _agreement(ROUND_19 - {"story-2018-02-17-conflicts-01"})
    assert (figures["same"], figures["all"]) == (28, 30)
    agreed = sum(n for (a, b), n in confusion.items() if a == b)
    assert (agreed, sum(confusion.values())) == (20, 25)
    assert confusion["scope", "none"] + confusion["none", "scope"] == 5


def test_round_21s_second_annotator_agrees_on_every_pair_label() -> None:
    # Two stories of the sixth February round: 13/15 figures (one annotator gives "عام واحد أو
    # عامين" as a range, the other as two figures), every pair label the same, among them both
    # conflicts (a Ghouta toll since Sunday, a study's control group).
    figures, confusion = _agreement(ROUND_21)
    assert (figures["same"], figures["all"]) == (13, 15)
    agreed = sum(n for (a, b), n in confusion.items() if a == b)
    assert (agreed, sum(confusion.values())) == (12, 12)
    assert confusion["conflict", "conflict"] == 2 and confusion["internal", "internal"] == 1


def test_the_fourth_february_quote_rounds_second_annotator() -> None:
    # Round 20: a third annotator relabelled 50 of the 200 quote sentences of the fourth February
    # round (25 of each first annotator's half). Agreement is scored as marsad is: a speaker
    # shares a name word that is not an office word, or both say there is none.
    first = {row["id"]: row for row in _stories("quotes.jsonl").values()}
    second = {
        row["id"]: row
        for row in _stories("quotes-second-annotator.jsonl").values()
        if row["id"].startswith("quote-feb4-")
    }
    assert len(second) == 50 and set(second) <= set(first)
    assert sum(first[i]["is_quote"] == second[i]["is_quote"] for i in second) == 50
    both = [i for i in second if first[i]["is_quote"] and second[i]["is_quote"]]
    agreed = [
        i
        for i in both
        if (first[i]["speaker_type"] == "none") == (second[i]["speaker_type"] == "none")
        and (
            first[i]["speaker_type"] == "none"
            or _same_speaker(first[i]["speaker"], second[i]["speaker"])
        )
    ]
    assert (len(agreed), len(both)) == (38, 38)


def test_the_date_rounds_second_annotators_agree_on_every_day() -> None:
    # 20 items of each date round relabelled by another blind annotator (March, the second,
    # third and, in round 21, fifth February rounds): the same kind and day on all 80.
    first = _stories("dates.jsonl")
    second = _stories("dates-second-annotator.jsonl")
    rounds = Counter(item_id.rsplit("-", 1)[0] for item_id in second)
    assert rounds == {"date-mar": 20, "date-feb2": 20, "date-feb3": 20, "date-feb5": 20}
    for item_id, item in second.items():
        assert (item["kind"], item["day"]) == (first[item_id]["kind"], first[item_id]["day"])
