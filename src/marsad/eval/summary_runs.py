"""`marsad eval summarize` as one library call: each data set is a registered runner that picks
its default systems, checks its split and gold, and returns its own kind of result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.errors import MarsadError
from marsad.eval.summaries import TRAINED_ON_EASC

if TYPE_CHECKING:
    from marsad.eval.ant_stories import AutoScore
    from marsad.eval.pyramid import PyramidScore
    from marsad.eval.summaries import SystemScore

# Every marsad summarizer, then the sumy peers and the baselines (EASC single articles).
EASC_SYSTEMS = (
    "lead-baseline", "oracle", "lead", "centroid", "consensus", "lexrank", "lexrank-continuous",
    "textrank", "ilp", "submodular", "mmr", "supervised", "sumy-lexrank", "sumy-lsa",
    "sumy-textrank", "sumy-luhn", "sumy-kl", "sumy-sumbasic",
)  # fmt: skip
# The ANT stories are multi-document: marsad's summarizers only.
ANT_SYSTEMS = (
    "lead", "centroid", "consensus", "lexrank", "lexrank-continuous", "textrank", "ilp",
    "submodular", "mmr", "supervised", "supervised-agreement", "supervised-restated",
)  # fmt: skip
GOLDS = ("blind", "blind-round18", "rule-writer")
# --split of the ANT gold stories -> the gold's own split (held-out is the report month).
ANT_SPLITS = {"held-out": "report", "report": "report", "tune": "tune", "all": None}


@dataclass(frozen=True, slots=True, kw_only=True)
class EascRun:
    """ROUGE of each system on a split of EASC."""

    split: str
    scores: list[SystemScore]


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRun:
    """Pyramid, attribution and redundancy on the hand-annotated ANT stories; with the blind
    gold, the second annotator's agreement: (stories both labelled, F1, kappa)."""

    gold: str
    scores: list[PyramidScore]
    agreement: tuple[int, float, float] | None


@dataclass(frozen=True, slots=True, kw_only=True)
class AutoRun:
    """Automatic pyramid on the held-out ANT stories."""

    scores: list[AutoScore]


SummaryRun = EascRun | GoldRun | AutoRun
Runner = Callable[[Path | None, Sequence[str] | None, str, str], SummaryRun]
DATASETS: dict[str, Runner] = {}


def dataset(name: str) -> Callable[[Runner], Runner]:
    """Register the runner of one data set under ``name``."""

    def add(runner: Runner) -> Runner:
        if name in DATASETS:
            raise ValueError(f"data set {name!r} is already registered")
        DATASETS[name] = runner
        return runner

    return add


def evaluate_summaries(
    name: str,
    *,
    split: str = "held-out",
    gold: str = "blind",
    systems: Sequence[str] | None = None,
    data_dir: Path | None = None,
) -> SummaryRun:
    """Score ``systems`` (default: the data set's own list) on one data set; an unknown data
    set, split or gold is a MarsadError that lists the choices."""
    if name not in DATASETS:
        raise MarsadError(f"unknown data set {name!r}: choose {', '.join(DATASETS)}")
    return DATASETS[name](data_dir, systems, split, gold)


def _check(option: str, value: str, choices: Sequence[str], where: str = "") -> None:
    """A MarsadError listing ``choices`` when ``value`` is not one of them."""
    if value not in choices:
        raise MarsadError(f"unknown {option} {value!r}{where}: choose {', '.join(choices)}")


def _names(given: Sequence[str] | None, default: Sequence[str]) -> list[str]:
    """The given systems, or the data set's defaults; blank names dropped."""
    return [name.strip() for name in (default if given is None else given) if name.strip()]


def _ant_path(data_dir: Path | None) -> Path:
    from marsad.eval import dataset_path

    return dataset_path("ant_multisource", data_dir)


@dataset("easc")
def _run_easc(
    data_dir: Path | None, systems: Sequence[str] | None, split: str, gold: str
) -> EascRun:
    """EASC ROUGE; by default the EASC-trained systems only on the held-out topics."""
    from marsad.eval import dataset_path
    from marsad.eval.summaries import evaluate_easc

    seen = split != "held-out"  # topics the EASC-trained systems learned from
    default = [name for name in EASC_SYSTEMS if not (seen and name in TRAINED_ON_EASC)]
    names = _names(systems, default)
    try:
        scores = evaluate_easc(dataset_path("easc", data_dir), names, split)
    except ValueError as error:
        raise MarsadError(str(error)) from None
    return EascRun(split=split, scores=scores)


@dataset("ant")
def _run_ant(
    data_dir: Path | None, systems: Sequence[str] | None, split: str, gold: str
) -> GoldRun:
    """The gold pyramid; the blind gold by month, the rule writer's four stories whole."""
    from marsad.eval.pyramid import (
        BLIND,
        BLIND_ROUND18,
        BLIND_ROUND18_SECOND,
        BLIND_SECOND,
        GOLD,
        evaluate_gold,
        unit_agreement,
    )

    _check("gold", gold, GOLDS)
    _check("split", split, tuple(ANT_SPLITS), " for ant")
    ant = _ant_path(data_dir)
    names = _names(systems, ANT_SYSTEMS)
    # each blind gold with its second annotator's labels
    blinds = {
        "blind": (BLIND, BLIND_SECOND),
        "blind-round18": (BLIND_ROUND18, BLIND_ROUND18_SECOND),
    }
    blind = blinds.get(gold)
    scores = evaluate_gold(
        ant,
        names,
        gold=blind[0] if blind else GOLD,
        split=ANT_SPLITS[split] if blind else None,
    )
    agreement = unit_agreement(ant, *blind) if blind else None
    return GoldRun(gold=gold, scores=scores, agreement=agreement)


@dataset("ant-auto")
def _run_ant_auto(
    data_dir: Path | None, systems: Sequence[str] | None, split: str, gold: str
) -> AutoRun:
    """Automatic units on the held-out ANT stories (split and gold do not apply)."""
    from marsad.eval.ant_stories import evaluate_auto

    names = _names(systems, ANT_SYSTEMS)
    return AutoRun(scores=evaluate_auto(_ant_path(data_dir), names))
