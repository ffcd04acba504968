"""Where a blind check's groups land in a new clustering (eval/story_check.py)."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.eval.story_check import CheckedGroup, load_check, main, month_agreement, outcome
from marsad.settings import Settings


def _group(number: int, articles: list[str], same: bool, intruders: list[str]) -> CheckedGroup:
    return CheckedGroup(
        group=number,
        articles=articles,
        same_event=same,
        same_storyline=same,
        intruders=intruders,
    )


def test_outcome_tells_fixed_groups_from_broken_ones() -> None:
    groups = [
        _group(1, ["a", "b", "c"], False, ["c"]),  # its intruder now alone: fixed
        _group(2, ["d", "e", "f"], False, ["f"]),  # split, but the intruder stays with d
        _group(3, ["g", "h"], False, ["h"]),  # still one story
        _group(4, ["i", "j"], True, []),  # one event, split now
        _group(5, ["k", "l"], True, []),  # one event, kept
    ]
    story_of = {"a": "1", "b": "1", "c": "2", "d": "3", "f": "3", "e": "4"}
    story_of |= {"g": "5", "h": "5", "i": "6", "j": "7", "k": "8", "l": "8"}
    result = outcome(groups, story_of)
    assert (result.parted, result.partly, result.kept_wrong) == ([1], [2], [3])
    assert result.split_right == [4] and result.right == 2 and result.wrong == 3
    # An article the clustering does not know is a story of its own.
    assert outcome(groups[4:], {"k": "8"}).split_right == [5]


def test_load_check_reads_the_shipped_february_check(tmp_path: Path) -> None:
    shipped = Path(__file__).parent / "data" / "story_gold" / "check-multi-article-february.jsonl"
    groups = load_check(shipped)
    assert len(groups) == 100
    assert sum(group.same_event for group in groups) == 79
    assert all(set(group.intruders) <= set(group.articles) for group in groups)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"group": 1}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        load_check(bad)


def test_a_held_out_month_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).parent / "data" / "story_gold" / "check-multi-article-february.jsonl"
    assert main([str(shipped), "2018-05"]) == 2
    assert "held out" in capsys.readouterr().err
    assert main([str(shipped), "2018-02", "no_such_setting=1"]) == 2
    assert main([]) == 2


def test_month_agreement_refuses_held_out_months() -> None:
    with pytest.raises(ValueError, match="held out"):
        month_agreement(Path("unused"), "2018-05", Settings())


def test_store_and_digest_agree_over_february(shared_data: Callable[[str], Path]) -> None:
    """Round 8 of issue 17: the store's bar 0.21 (0.968 at 0.22) keeps a story's later
    developments with it as the digest's average link does, over all of February."""
    folder = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    count, value = month_agreement(folder, "2018-02", Settings())
    assert count > 2000
    assert value.f1 >= 0.97
