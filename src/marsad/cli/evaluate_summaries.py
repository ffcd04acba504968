"""`marsad eval summarize`: ROUGE on EASC, pyramid on ANT (marsad.eval.summary_runs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from marsad.cli import eval_app, fail, out

if TYPE_CHECKING:
    from rich.table import Table

    from marsad.eval.summary_runs import AutoRun, EascRun, GoldRun


@eval_app.command("summarize")
def evaluate_summarize(
    dataset: Annotated[
        str,
        typer.Option(
            help="easc (ROUGE), ant (gold pyramid) or ant-auto (held-out days, automatic units)."
        ),
    ] = "easc",
    split: Annotated[
        str,
        typer.Option(
            help="EASC topics: held-out (101-153), train (1-100) or all; ANT gold stories: "
            "report (March; also held-out), tune (February) or all."
        ),
    ] = "held-out",
    gold: Annotated[
        str,
        typer.Option(
            help="ANT gold: blind (24 stories, blind annotators), blind-round18 (15 more February "
            "stories, round 18) or rule-writer (4 stories)."
        ),
    ] = "blind",
    systems: Annotated[
        str | None,
        typer.Option(help="Comma-separated: marsad summarizers, sumy-NAME, baselines."),
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option(help="Folder of the data sets (default ../shared/data).")
    ] = None,
) -> None:
    """ROUGE-1/2/L F1 of summarizers on EASC, or the automatic pyramid on ANT stories.

    Example: marsad eval summarize --dataset easc --split held-out
    """
    from marsad.errors import MarsadError
    from marsad.eval.summary_runs import EascRun, GoldRun, evaluate_summaries

    names = systems.split(",") if systems is not None else None
    try:
        run = evaluate_summaries(dataset, split=split, gold=gold, systems=names, data_dir=data_dir)
    except (MarsadError, ValueError) as error:
        fail(error)
    if isinstance(run, EascRun):
        out.print(_easc_table(run))
    elif isinstance(run, GoldRun):
        out.print(_gold_table(run))
        if run.agreement is not None:
            both, f1, kappa = run.agreement
            out.print(
                f"Second annotator on {both} stories: sentence pairs sharing a unit, "
                f"F1 {f1:.3f}, kappa {kappa:.3f}"
            )
    else:
        out.print(_auto_table(run))


def _easc_table(run: EascRun) -> Table:
    """ROUGE of each system; with lead-baseline among them, each R2 difference from it with
    its 95% paired bootstrap interval (10,000 resamples of the articles)."""
    from rich.table import Table

    from marsad.eval.summaries import paired_bootstrap

    lead = next((r for r in run.scores if r.system == "lead-baseline"), None)
    columns = ["system", "kind", "R1", "R2", "RL", "words", "seconds"]
    table = Table(
        *columns, *(["R2 − lead-baseline [95% CI]"] if lead else []), title=f"EASC {run.split}"
    )
    for result in run.scores:
        cells = [
            result.system,
            result.kind,
            f"{result.r1:.4f}",
            f"{result.r2:.4f}",
            f"{result.rl:.4f}",
            f"{result.words:.1f}",
            f"{result.seconds:.2f}",
        ]
        if lead:
            mean, low, high = paired_bootstrap(result.r2_by_article, lead.r2_by_article)
            cells.append(f"{mean:+.4f} [{low:+.4f}, {high:+.4f}]")
        table.add_row(*cells)
    return table


def _gold_table(run: GoldRun) -> Table:
    """Pyramid, attribution, redundancy, opening, event and core-unit scores of each system."""
    from rich.table import Table

    stories = run.scores[0].stories if run.scores else 0
    table = Table(
        "system", "pyramid", "auto pyramid", "attribution P", "attribution R", "missing",
        "wrong", "also P", "with also", "missing in part", "redundancy", "opening", "event",
        "core share", "all core",
        title=f"{run.gold} gold, {stories} stories",
    )  # fmt: skip
    for row in run.scores:
        table.add_row(
            row.system,
            f"{row.pyramid:.3f}",
            f"{row.auto_pyramid:.3f}",
            f"{row.attribution_precision:.3f}",
            f"{row.attribution_recall:.3f}",
            f"{row.missing_share:.3f}",
            f"{row.wrong_share:.3f}",
            f"{row.also_precision:.3f}",
            str(row.also_sentences),
            f"{row.part_missing_share:.3f}",
            f"{row.redundancy:.3f}",
            f"{row.opening:.3f}",
            f"{row.core:.3f}",
            f"{row.core_share:.3f}",
            f"{row.core_all:.3f}",
        )
    return table


def _auto_table(run: AutoRun) -> Table:
    """Automatic pyramid, redundancy and multi-outlet share of each system."""
    from rich.table import Table

    table = Table("system", "stories", "auto pyramid", "redundancy", "multi-outlet")
    for auto in run.scores:
        table.add_row(
            auto.system,
            str(auto.stories),
            f"{auto.auto_pyramid:.3f}",
            f"{auto.auto_redundancy:.3f}",
            f"{auto.multi_source:.3f}",
        )
    return table
