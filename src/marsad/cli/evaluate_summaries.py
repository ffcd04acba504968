"""`marsad eval summarize`: ROUGE on EASC, pyramid on ANT."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from marsad.cli import eval_app, fail, out

if TYPE_CHECKING:
    from rich.table import Table

    from marsad.eval.summaries import SystemScore

DEFAULT_SYSTEMS = (
    "lead-baseline,oracle,lead,centroid,consensus,lexrank,lexrank-continuous,textrank,ilp,"
    "submodular,mmr,supervised,sumy-lexrank,sumy-lsa,sumy-textrank,sumy-luhn,sumy-kl,sumy-sumbasic"
)

ANT_SYSTEMS = (
    "lead,centroid,consensus,lexrank,lexrank-continuous,textrank,ilp,submodular,mmr,supervised"
)


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
            help="ANT gold: blind (24 stories, blind annotators) or rule-writer (4 stories)."
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
    from rich.table import Table

    from marsad.errors import MarsadError
    from marsad.eval import dataset_path

    chosen = systems or (ANT_SYSTEMS if dataset.startswith("ant") else DEFAULT_SYSTEMS)
    if dataset == "easc" and split != "held-out" and systems is None:
        chosen = ",".join(n for n in chosen.split(",") if n not in ("mmr", "supervised"))
    names = [name.strip() for name in chosen.split(",") if name.strip()]
    try:
        if dataset == "ant":
            from marsad.eval.pyramid import BLIND, BLIND_SECOND, GOLD, evaluate_gold, unit_agreement

            files = {"blind": BLIND, "rule-writer": GOLD}
            if gold not in files:
                raise MarsadError(f"unknown gold {gold!r}: choose blind or rule-writer")
            stories = {"held-out": "report", "report": "report", "tune": "tune", "all": None}
            if split not in stories:
                raise MarsadError(f"unknown split {split!r} for ant: choose report, tune or all")
            ant = dataset_path("ant_multisource", data_dir)
            rows = evaluate_gold(
                ant, names, gold=files[gold], split=stories[split] if gold == "blind" else None
            )
            table = Table(
                "system",
                "pyramid",
                "auto pyramid",
                "attribution P",
                "attribution R",
                "redundancy",
                "opening",
                "event",
                title=f"{gold} gold, {rows[0].stories if rows else 0} stories",
            )
            for row in rows:
                table.add_row(
                    row.system,
                    f"{row.pyramid:.3f}",
                    f"{row.auto_pyramid:.3f}",
                    f"{row.attribution_precision:.3f}",
                    f"{row.attribution_recall:.3f}",
                    f"{row.redundancy:.3f}",
                    f"{row.opening:.3f}",
                    f"{row.core:.3f}",
                )
            out.print(table)
            if gold == "blind":
                both, f1, kappa = unit_agreement(ant, BLIND, BLIND_SECOND)
                out.print(
                    f"Second annotator on {both} stories: sentence pairs sharing a unit, "
                    f"F1 {f1:.3f}, kappa {kappa:.3f}"
                )
            return
        if dataset == "ant-auto":
            from marsad.eval.ant_stories import evaluate_auto

            table = Table("system", "stories", "auto pyramid", "redundancy", "multi-outlet")
            for auto in evaluate_auto(dataset_path("ant_multisource", data_dir), names):
                table.add_row(
                    auto.system,
                    str(auto.stories),
                    f"{auto.auto_pyramid:.3f}",
                    f"{auto.auto_redundancy:.3f}",
                    f"{auto.multi_source:.3f}",
                )
            out.print(table)
            return
        if dataset != "easc":
            raise MarsadError(f"unknown data set {dataset!r}: choose easc, ant or ant-auto")
        from marsad.eval.summaries import evaluate_easc

        results = evaluate_easc(dataset_path("easc", data_dir), names, split)
    except (MarsadError, ValueError) as error:
        fail(error)
    out.print(_easc_table(results, split))


def _easc_table(results: list[SystemScore], split: str) -> Table:
    """ROUGE of each system; with lead-baseline among them, each R2 difference from it with
    its 95% paired bootstrap interval (10,000 resamples of the articles)."""
    from rich.table import Table

    from marsad.eval.summaries import paired_bootstrap

    lead = next((r for r in results if r.system == "lead-baseline"), None)
    columns = ["system", "kind", "R1", "R2", "RL", "words", "seconds"]
    table = Table(
        *columns, *(["R2 − lead-baseline [95% CI]"] if lead else []), title=f"EASC {split}"
    )
    for result in results:
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
