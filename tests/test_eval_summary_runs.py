"""`marsad eval summarize` as a library call: data sets in a registry, their defaults and
their checks in marsad.eval, not in the command."""

from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.eval
import marsad.eval.summaries
from marsad.cli import load_commands
from marsad.errors import MarsadError
from marsad.eval.summaries import REFERENCE_SYSTEMS, system
from marsad.eval.summary_runs import (
    DATASETS,
    EASC_SYSTEMS,
    EascRun,
    dataset,
    evaluate_summaries,
)


def test_the_data_sets_are_registered_and_an_unknown_one_lists_them() -> None:
    assert list(DATASETS) == ["easc", "ant", "ant-auto"]
    with pytest.raises(MarsadError, match="choose easc, ant, ant-auto"):
        evaluate_summaries("duc")
    with pytest.raises(ValueError, match="already registered"):
        dataset("easc")(DATASETS["easc"])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"gold": "nope"}, "unknown gold 'nope'"),
        ({"split": "june"}, "unknown split 'june' for ant"),
    ],
)
def test_ant_checks_its_gold_and_split_before_reading_data(
    options: dict[str, str], message: str, tmp_path: Path
) -> None:
    with pytest.raises(MarsadError, match=message):
        evaluate_summaries("ant", data_dir=tmp_path, **options)


def _recorded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[list[str], str]]:
    calls: list[tuple[list[str], str]] = []

    def evaluate_easc(path: Path, systems: Sequence[str], split: str) -> list[object]:
        calls.append((list(systems), split))
        return []

    monkeypatch.setattr(marsad.eval, "dataset_path", lambda name, explicit: tmp_path / name)
    monkeypatch.setattr(marsad.eval.summaries, "evaluate_easc", evaluate_easc)
    return calls


def test_easc_defaults_leave_out_easc_trained_systems_on_seen_topics(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = _recorded(monkeypatch, tmp_path)
    held_out = evaluate_summaries("easc", split="held-out")
    evaluate_summaries("easc", split="all")
    evaluate_summaries("easc", split="all", systems=[" lexrank", "", "mmr "])
    assert isinstance(held_out, EascRun) and held_out.split == "held-out"
    assert calls[0] == (list(EASC_SYSTEMS), "held-out")
    assert "supervised" not in calls[1][0] and "mmr" not in calls[1][0]
    assert len(calls[1][0]) == len(EASC_SYSTEMS) - 2 and calls[1][1] == "all"
    assert calls[2] == (["lexrank", "mmr"], "all")  # given names are the caller's choice


def test_the_command_turns_a_bad_choice_into_one_line(tmp_path: Path) -> None:
    runner = CliRunner()
    app = load_commands()
    result = runner.invoke(app, ["eval", "summarize", "--dataset", "ant", "--gold", "nope"])
    assert result.exit_code == 2 and "unknown gold 'nope'" in result.output
    result = runner.invoke(app, ["eval", "summarize", "--dataset", "duc"])
    assert result.exit_code == 2 and "choose easc, ant, ant-auto" in result.output


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("lead-baseline", "baseline"),
        ("oracle", "oracle"),
        ("sumy-lexrank", "sumy"),
        ("lexrank", "marsad"),
    ],
)
def test_each_system_name_finds_its_kind(name: str, kind: str) -> None:
    assert set(REFERENCE_SYSTEMS) == {"lead-baseline", "oracle"}
    found, run = system(name)
    assert found == kind and callable(run)
