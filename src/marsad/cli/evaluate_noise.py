"""`marsad eval noise`: noise left in a month's digest per outlet, and the detectors' and the
cleaning's precision/recall against the blind hand check."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from marsad.cli import eval_app, fail, out
from marsad.errors import MarsadError


@eval_app.command("noise")
def evaluate_noise_command(
    month: Annotated[str, typer.Option(help="Month of ANT to digest, as YYYY-MM.")] = "2018-03",
    data_dir: Annotated[
        Path | None, typer.Option(help="Folder of the data sets (default ../shared/data).")
    ] = None,
    gold_only: Annotated[
        bool, typer.Option("--gold-only", help="Only score against the hand check.")
    ] = False,
) -> None:
    """Share of story and summary sentences flagged as noise per outlet, with examples, and
    precision and recall of each detector and of marsad's cleaning on 300 hand-checked March
    sentences, and of the needs_context flag on two sets of 500 hand-checked February sentences
    (tuning) and on the March sentences' fragment label (report).

    Example: marsad eval noise --month 2018-03
    """
    from marsad.eval import dataset_path
    from marsad.eval.noise import (
        FRAGMENT_SETS,
        FRAGMENTS_MONTH,
        GOLD_MONTH,
        KINDS,
        SUMMARY_CHECKS,
        agreement,
        analysed,
        fragment_score,
        gold_fragment_score,
        gold_scores,
        noise_report,
        read_month,
        summary_check,
    )
    from marsad.pipeline import digest

    try:
        ant = dataset_path("ant_multisource", data_dir)
        gold_month = read_month(ant, GOLD_MONTH)
        scores, size = gold_scores(gold_month)
        both, observed, kappa = agreement()
        table = Table("decision", "precision", "recall", "flagged", "noise in gold")
        for s in scores:
            table.add_row(
                s.name, f"{s.precision:.3f}", f"{s.recall:.3f}", str(s.predicted), str(s.gold)
            )
        out.print(
            f"Hand check: {size} sentences; second annotator on {both}: "
            f"agreement {observed:.2f}, kappa {kappa:.2f}"
        )
        out.print(table)
        february = analysed(read_month(ant, FRAGMENTS_MONTH))
        for name, (first, second) in FRAGMENT_SETS.items():
            fragments, lost = fragment_score(february, first)
            both, observed, kappa = agreement(first, second, label="fragment")
            out.print(
                f"February fragments {name} (tuning): needs_context precision "
                f"{fragments.precision:.3f}, recall {fragments.recall:.3f} "
                f"({fragments.true_positive} of {fragments.gold}, {fragments.predicted} flagged; "
                f"{lost} labelled sentences no longer found); second annotator on {both}: "
                f"agreement {observed:.2f}, kappa {kappa:.2f}",
                highlight=False,
            )
            several, _ = fragment_score(february, first, several=True)
            out.print(
                f"{several.name}: precision {several.precision:.3f}, recall "
                f"{several.recall:.3f} ({several.true_positive} of {several.gold}, "
                f"{several.predicted} flagged)",
                highlight=False,
            )
        s = gold_fragment_score(gold_month)
        out.print(
            f"{s.name}: precision {s.precision:.3f}, recall {s.recall:.3f} "
            f"({s.true_positive} of {s.gold}, {s.predicted} flagged)",
            highlight=False,
        )
        for path in SUMMARY_CHECKS:
            check = summary_check(path)
            kinds = ", ".join(f"{n} {label}" for label, n in check.labels.most_common())
            out.print(
                f"Blind check {path.name}: {check.shown_noise} of {check.sentences} summary "
                f"sentences read as noise ({check.shown_noise / check.sentences:.1%}: {kinds})",
                highlight=False,
            )
        if gold_only:
            return
        articles = gold_month if month == GOLD_MONTH else read_month(ant, month)
        if not articles:
            fail(ValueError(f"no ANT article published in {month}"))
        report = noise_report(digest(articles), analysed(articles))
    except (MarsadError, OSError, ValueError, KeyError) as error:
        fail(error)
    for part in ("story", "summary"):
        table = Table("outlet", f"{part} sentences", "flagged", "share", *KINDS, title=month)
        for outlet, row in sorted(report.items()):
            counted = row.story if part == "story" else row.summary
            table.add_row(
                outlet,
                str(counted.sentences),
                str(counted.noisy),
                f"{counted.noisy / max(counted.sentences, 1):.1%}",
                *(str(counted.flags[k]) for k in KINDS),
            )
        out.print(table)
    for outlet, row in sorted(report.items()):
        for kind, texts in row.examples.items():
            for text in texts:
                out.print(escape(f"{outlet} {kind}: {text}"), soft_wrap=True, highlight=False)
