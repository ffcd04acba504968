"""`marsad eval facts`: precision and recall of facts on hand-annotated gold stories."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from marsad.cli import eval_app, fail, out
from marsad.errors import MarsadError

if TYPE_CHECKING:
    from marsad.eval.date_shapes import DateError
    from marsad.eval.flag_whys import FalseFlag
    from marsad.eval.pair_stages import LostPair
    from marsad.eval.quote_whys import QuoteCase


@eval_app.command("facts")
def evaluate_facts_command(
    gold: Annotated[
        Path | None, typer.Option(help="Folder of gold files (tests/data/facts_gold).")
    ] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the data sets.")] = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print a Markdown table (for docs/evaluation.md).")
    ] = False,
    split: Annotated[
        str | None,
        typer.Option(
            help="Score the blind gold (tests/data/facts_gold_blind): tune (February 2018), "
            "report (March 2018) or all."
        ),
    ] = None,
    why: Annotated[
        bool,
        typer.Option(
            "--why",
            help="With --split: count the missed conflicts and updates by the stage that "
            "lost them, and the wrong dates by expression kind and error shape (counts only).",
        ),
    ] = False,
    digest: Annotated[
        Path | None,
        typer.Option(
            help="With --why: a `marsad digest --format json` output; counts the missed pairs "
            "whose two articles it puts in two stories."
        ),
    ] = None,
) -> None:
    """Precision/recall per fact kind (quantities, dates, entities, quotes, discrepancies).

    Example: marsad eval facts --gold tests/data/facts_gold
    Example: marsad eval facts --split report
    Example: marsad eval facts --split report --why --digest march.json
    """
    if split is not None:
        _blind(split, gold, data_dir, markdown=markdown, why=why, digest=digest)
        return
    from marsad.eval.facts import DEFAULT_GOLD, KINDS, evaluate_facts

    try:
        result = evaluate_facts(gold or DEFAULT_GOLD, data_dir)
    except (MarsadError, OSError, ValueError, KeyError) as error:
        fail(error)
    rows = [
        (kind, result.scores[kind])
        for kind in KINDS
        if result.scores[kind].gold or result.scores[kind].predicted
    ]
    title = f"{len(result.stories)} stories, {result.articles} articles"
    speakers = f"quote speakers right: {result.speaker_accuracy:.3f} of {result.speakers_total}"
    if markdown:
        out.print(f"{title}\n", soft_wrap=True)
        out.print("| kind | precision | recall | F1 | matched | predicted | gold |", soft_wrap=True)
        out.print("|---|---|---|---|---|---|---|")
        for kind, s in rows:
            out.print(
                f"| {kind} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.matched} "
                f"| {s.predicted} | {s.gold} |",
                soft_wrap=True,
            )
        out.print(f"\n{speakers}")
        return
    table = Table("kind", "precision", "recall", "F1", "matched", "predicted", "gold", title=title)
    for kind, s in rows:
        table.add_row(
            kind,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.matched),
            str(s.predicted),
            str(s.gold),
        )
    out.print(table)
    out.print(speakers)


def _blind(
    split: str,
    gold: Path | None,
    data_dir: Path | None,
    *,
    markdown: bool,
    why: bool = False,
    digest: Path | None = None,
) -> None:
    from marsad.eval.facts_blind import DEFAULT_BLIND_GOLD, TARGETS, evaluate_blind, scores
    from marsad.eval.pair_stages import digest_stories

    try:
        stories = digest_stories(digest) if digest is not None else None
        result = evaluate_blind(split, gold or DEFAULT_BLIND_GOLD, data_dir)
    except (MarsadError, OSError, ValueError, KeyError) as error:
        fail(error)
    title = f"blind gold, {split} split: {result.stories} stories"
    rows = [
        (name, ratio.value, f"{ratio.right}/{ratio.total}", TARGETS.get(name))
        for name, ratio in scores(result).items()
    ]
    if markdown:
        out.print(f"{title}\n", soft_wrap=True)
        out.print("| measure | value | right/total | target |\n|---|---|---|---|")
        for name, value, counts, target in rows:
            aim = f">= {target:.2f}" if target is not None else ""
            out.print(f"| {name} | {value:.3f} | {counts} | {aim} |", soft_wrap=True)
    else:
        table = Table("measure", "value", "right/total", "target", title=title)
        for name, value, counts, target in rows:
            table.add_row(name, f"{value:.3f}", counts, f">= {target:.2f}" if target else "")
        out.print(table)
    lost = sorted(result.missed.items(), key=lambda item: (-item[1], item[0]))
    missed = ", ".join(f"{where} {count}" for where, count in lost) or "none"
    out.print(f"\nmissed conflicts and updates: {missed}", soft_wrap=True)
    lost = sorted(result.before_pairing.items(), key=lambda item: (-item[1], item[0]))
    where = ", ".join(f"{why} {count}" for why, count in lost) or "none"
    out.print(f"of those judged none, where the pairing lost them: {where}", soft_wrap=True)
    sides = sorted(result.unread.items(), key=lambda item: (-item[1], item[0]))
    what = ", ".join(f"{why} {count}" for why, count in sides) or "none"
    out.print(f"of those a figure not read, their unread sides: {what}", soft_wrap=True)
    if why:
        _why(result.lost_pairs, stories)
        _date_shapes(result.date_errors)
        _quote_whys(result.quote_cases)
        _flag_whys(result.false_flags)


def _why(pairs: list[LostPair], stories: dict[str, str] | None) -> None:
    """The missed conflicts and updates by stage (``eval.pair_stages``), counts only."""
    from marsad.eval.pair_stages import story_split, why_table

    table = Table("stage", "why", "conflicts", "updates", title="missed, by the stage that lost it")
    for stage, detail, conflicts, updates in why_table(pairs):
        table.add_row(stage, detail, str(conflicts), str(updates))
    out.print(table)
    if stories is not None:
        split = ", ".join(f"{k} {v}" for k, v in story_split(pairs, stories).items())
        out.print(f"the digest's stories: {split}", soft_wrap=True)


def _date_shapes(errors: list[DateError]) -> None:
    """The wrong and unresolved dates by expression kind and error shape (``eval.date_shapes``),
    counts only."""
    from marsad.eval.date_shapes import shape_table, totals

    rows = shape_table(errors)
    table = Table("kind", "shape", "wrong", title="wrong dates, by expression kind and error shape")
    for kind, row in rows:
        for shape, count in row.items():
            if count:
                table.add_row(kind, shape, str(count))
    for shape, count in totals(rows).items():
        if count:
            table.add_row("all", shape, str(count))
    out.print(table)


def _quote_whys(cases: list[tuple[QuoteCase, bool]]) -> None:
    """The quotes given no speaker or a wrong one by why (``eval.quote_whys``), counts only."""
    from marsad.eval.quote_whys import why_counts

    table = Table("why", "no speaker", "wrong", title="quotes without a right speaker, by why")
    for why, none, wrong in why_counts(cases):
        table.add_row(why, str(none), str(wrong))
    out.print(table)


def _flag_whys(flags: list[FalseFlag]) -> None:
    """The false conflicts and updates by why (``eval.flag_whys``), counts only."""
    from marsad.eval.flag_whys import why_counts

    table = Table("why", "conflicts", "updates", title="false conflicts and updates, by why")
    for why, conflicts, updates in why_counts(flags):
        table.add_row(why, str(conflicts), str(updates))
    out.print(table)
