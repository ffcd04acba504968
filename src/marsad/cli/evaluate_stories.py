"""`marsad eval cluster` and `marsad eval dedupe`: story clustering and near-duplicate quality."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from marsad.cli import ConfigFile, SetOption, eval_app, fail, out, settings_from
from marsad.errors import MarsadError

DEFAULT_GOLD = Path("tests/data/cluster_gold/ant-2018-03-04_06.jsonl")
ANT_FILE = "ant_multisource/ant-2018.jsonl.gz"


@eval_app.command("cluster")
def evaluate_cluster(
    gold: Annotated[Path, typer.Option(help="Gold file: JSON lines {id, story}.")] = DEFAULT_GOLD,
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the data sets.")] = None,
    margin_days: Annotated[
        int, typer.Option(help="Days of other articles around the gold days, as distractors.")
    ] = 3,
    thresholds: Annotated[
        str, typer.Option(help="Comma-separated story thresholds to compare.")
    ] = "0.06,0.08,0.1,0.12,0.15,0.2",
) -> None:
    """B-cubed precision/recall/F1 of story clustering against a hand-labelled gold set.

    The clustered input is every ANT article published from `margin_days` before the first
    gold day to `margin_days` after the last (all categories), so that the gold articles must
    be told apart from real distractors. Example: marsad eval cluster
    """
    from marsad.eval import dataset_path
    from marsad.eval.stories import cluster_scores

    try:
        rows = cluster_scores(
            gold,
            dataset_path(ANT_FILE, data_dir),
            margin_days,
            [float(value) for value in thresholds.split(",")],
        )
    except (MarsadError, ValueError, OSError) as error:
        fail(error)
    table = Table(
        "method",
        "threshold",
        "precision",
        "recall",
        "F1",
        "stories",
        "pairs",
        "seconds",
        title=f"B-cubed on {gold.name}",
    )
    for row in rows:
        table.add_row(
            row.method,
            f"{row.threshold:.2f}",
            f"{row.score.precision:.3f}",
            f"{row.score.recall:.3f}",
            f"{row.score.f1:.3f}",
            str(row.score.predicted_clusters),
            f"{row.pairs:,}",
            f"{row.seconds:.2f}",
        )
    out.print(table)


@eval_app.command("dedupe")
def evaluate_dedupe(
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the data sets.")] = None,
    articles: Annotated[
        int, typer.Option(help="Real ANT articles (Feb-Mar 2018) to start from.")
    ] = 3000,
    variants: Annotated[int, typer.Option(help="Edited copies added.")] = 1000,
) -> None:
    """Pairwise precision/recall of near-duplicate detection against exact Jaccard >= 0.8.

    Example: marsad eval dedupe --articles 3000 --variants 1000
    """
    from marsad.eval import dataset_path
    from marsad.eval.stories import dedupe_scores

    try:
        truth, scores = dedupe_scores(dataset_path(ANT_FILE, data_dir), articles, variants)
    except (MarsadError, ValueError, OSError) as error:
        fail(error)
    table = Table(
        "bands × rows",
        "precision",
        "recall",
        "candidate pairs",
        "seconds",
        title=f"Near-duplicates: {truth:,} true pairs (exact Jaccard ≥ 0.8)",
    )
    for score in scores:
        table.add_row(
            f"{score.bands} × {score.num_perm // score.bands}",
            f"{score.precision:.4f}",
            f"{score.recall:.4f}",
            f"{score.candidates:,}",
            f"{score.seconds:.2f}",
        )
    out.print(table)


@eval_app.command("stories")
def evaluate_stories(
    split: Annotated[
        str, typer.Option(help="Gold days: tune (February), report (March) or all.")
    ] = "report",
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the data sets.")] = None,
    stream: Annotated[
        bool,
        typer.Option(
            "--stream", help="Also the store's streaming clusterer, and its agreement with digest."
        ),
    ] = False,
    config: ConfigFile = None,
    assignments: SetOption = None,
) -> None:
    """Stories and storylines against the blind two-level gold in tests/data/story_gold/:
    B-cubed per day and over the split, and the multi-article stories that glue articles of
    different storylines ("false stories").

    Settings (--config, MARSAD_*, --set) apply to both clusterers, e.g. the text alone
    (no headline and lead evidence) at its thresholds: --set story_evidence=false
    --set story_threshold=0.22 --set storyline_threshold=0.15 --set stream_story_threshold=0.26
    --set stream_storyline_threshold=0.21.

    Example: marsad eval stories --split report
    """
    from marsad.eval import dataset_path
    from marsad.eval.story_gold import run_story_gold

    settings = settings_from(config, assignments, {})
    try:
        ant = dataset_path("ant_multisource", data_dir)
        run = run_story_gold(ant, split, settings, stream=stream)
    except (MarsadError, ValueError, OSError, KeyError) as error:
        fail(error)
    rows, agreement = run.rows, run.stream
    table = Table(
        "days",
        "story P",
        "story R",
        "story F1",
        "storyline P",
        "storyline R",
        "storyline F1",
        "multi-article",
        "false",
        title=f"B-cubed against the blind gold ({split})",
    )
    for row in rows:
        table.add_row(
            ", ".join(row.days),
            f"{row.story.precision:.3f}",
            f"{row.story.recall:.3f}",
            f"{row.story.f1:.3f}",
            f"{row.storyline.precision:.3f}",
            f"{row.storyline.recall:.3f}",
            f"{row.storyline.f1:.3f}",
            str(row.multi_article),
            f"{row.false} ({row.false_share:.1%})",
        )
    out.print(table)
    if agreement is not None:
        found = agreement.stream
        out.print(
            f"streaming (store): story P {found.story.precision:.3f} R {found.story.recall:.3f} "
            f"F1 {found.story.f1:.3f}; storyline F1 {found.storyline.f1:.3f}; false stories "
            f"{found.false} of {found.multi_article}; agreement with digest (B-cubed F1): "
            f"stories {agreement.stories.f1:.3f}, storylines {agreement.storylines.f1:.3f}",
            highlight=False,
        )
