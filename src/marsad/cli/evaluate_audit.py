"""`marsad eval audit`: redundancy, credit and context failures over every multi-article
summary of a month's digest."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from marsad.cli import eval_app, fail, out
from marsad.errors import MarsadError


@eval_app.command("audit")
def evaluate_audit_command(
    month: Annotated[str, typer.Option(help="Month of ANT to digest, as YYYY-MM.")] = "2018-03",
    data_dir: Annotated[
        Path | None, typer.Option(help="Folder of the data sets (default ../shared/data).")
    ] = None,
    summarizer: Annotated[
        str | None, typer.Option(help="Summarizer to audit (default: the settings').")
    ] = None,
    readings_only: Annotated[
        bool,
        typer.Option("--readings-only", help="Only print the editors' blind reading of March."),
    ] = False,
) -> None:
    """Audit the summaries of every multi-article story of a month: the same fact twice,
    credit to an article that does not state the sentence, an article that states it but is
    not credited, a sentence shown without the sentence it leans on, an opening that is not an
    article's lead.

    First, the editors' blind reading of 50 random March summaries (tests/data/summary_reading).

    Example: marsad eval audit --month 2018-03
    """
    from marsad.eval import dataset_path
    from marsad.eval.audit import (
        KINDS,
        READINGS_DONE,
        audit_digest,
        read_reading,
        reading_agreement,
        reading_scores,
    )
    from marsad.eval.noise import analysed, read_month
    from marsad.pipeline import digest
    from marsad.settings import Settings

    readings = [(name, reading_scores(read_reading(first))) for name, first, _ in READINGS_DONE]
    table = Table("checklist", *(f"at {name}" for name, _ in readings), title="blind readings")
    for part, plural in (("sentence", "sentences"), ("summary", "summaries")):
        for key in getattr(readings[0][1], f"{part}_shares"):
            table.add_row(
                f"{plural}: {key}",
                *(f"{getattr(r, f'{part}_shares')[key]:.1%}" for _, r in readings),
            )
    for (name, first, second), (_, reading) in zip(READINGS_DONE, readings, strict=True):
        both, verdicts, flags = reading_agreement(first, second)
        out.print(
            f"at {name}: {reading.summaries} random March summaries, {reading.sentences} "
            f"sentences; a second reader on {both}: verdicts agree {verdicts:.0%}, "
            f"sentence flags {flags:.0%}"
        )
    out.print(table)
    if readings_only:
        return
    try:
        articles = read_month(dataset_path("ant_multisource", data_dir), month)
        if not articles:
            fail(ValueError(f"no ANT article published in {month}"))
        settings = Settings(summarizer=summarizer) if summarizer else Settings()
        audit = audit_digest(digest(articles, settings=settings), analysed(articles))
    except (MarsadError, OSError, ValueError, KeyError) as error:
        fail(error)
    table = Table("check", "failures", "share", "stories", "share of stories", title=month)
    for kind in KINDS:
        base = audit.credits if kind == "wrong_credit" else audit.sentences
        if kind == "opening":
            base = audit.stories
        table.add_row(
            kind,
            str(audit.failing[kind]),
            f"{audit.failing[kind] / max(base, 1):.1%}",
            str(audit.stories_with[kind]),
            f"{audit.stories_with[kind] / max(audit.stories, 1):.1%}",
        )
    out.print(
        f"{audit.stories} multi-article stories, {audit.sentences} summary sentences, "
        f"{audit.credits} credits; {audit.with_also} sentences also told in part or in other "
        f"words by {audit.also} articles"
    )
    out.print(table)
    for kind, examples in audit.examples.items():
        for example in examples:
            out.print(f"  {kind}: {escape(example)}", highlight=False)
