"""Quality gates for story clustering and deduplication on the ANT corpus (shared data).

Floors are pinned below the measured figures (docs/evaluation.md) with the gold file's hash:
a change that lowers quality fails here; a floor is only lowered on purpose.
"""

import hashlib
from pathlib import Path

from marsad.dedupe import DedupeParams
from marsad.eval.dedupe_eval import build_set, evaluate
from marsad.eval.stories import TUNING_MONTHS, cluster_scores
from marsad.eval.story_gold import GOLD_DIR as STORY_GOLD_DIR
from marsad.eval.story_gold import agreement, load_day, run_story_gold
from marsad.ingest import load_articles
from marsad.settings import Settings

GOLD = Path(__file__).parent / "data" / "cluster_gold" / "ant-2018-03-04_06.jsonl"
GOLD_SHA256 = "cc56677ff48470ac3ea8a1db68a0abfeac777540200b657915445372c60c2978"
# The old set's stories are as broad as storylines ("eastern-ghouta-offensive", 28 articles),
# so it is compared with marsad's storylines: measured 0.855 at 0.15 (0.891 for the one-level
# stories at 0.10 before; the blind two-level gold below is what the thresholds follow now).
CLUSTER_F1_FLOOR = 0.84
# Lowered on purpose (2026-12-04): the stream's storylines measure 0.829 here (its one-level
# stories at 0.12 measured 0.883); on the blind gold the stream went from 0.848 to 0.951 (Feb).
STREAM_F1_FLOOR = 0.81


def test_gold_file_is_the_one_the_floors_were_measured_on() -> None:
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == GOLD_SHA256


def test_clustering_quality_floor(shared_data) -> None:  # type: ignore[no-untyped-def]
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz")
    rows = cluster_scores(GOLD, ant, margin_days=3, thresholds=[Settings().storyline_threshold])
    by_method = {row.method: row for row in rows}
    assert by_method["average link, time window"].score.f1 >= CLUSTER_F1_FLOOR
    assert by_method["streaming storylines, one article at a time"].score.f1 >= STREAM_F1_FLOOR
    baseline = max(r.score.f1 for r in rows if r.method.startswith("single link"))
    assert by_method["average link, time window"].score.f1 > baseline


def test_dedupe_recall_and_precision_floor(shared_data) -> None:  # type: ignore[no-untyped-def]
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz")
    articles = [
        a
        for a in load_articles([ant], settings=Settings()).articles
        if a.published and a.published.isoformat()[:7] in TUNING_MONTHS
    ]
    truth, (score,) = evaluate(build_set(articles[:800], 300), [DedupeParams()])
    assert truth > 50
    assert score.recall >= 0.95
    assert score.precision >= 0.98


STORY_GOLD_SHA256 = "4d51353d7659e385f304dbf095098df12ca90b62c87c1bb20dd657d8ab0ecc61"
# Measured 2026-12-05 on the March days with the headline and lead evidence on by default
# (docs/evaluation.md): story P 0.964 R 0.926 F1 0.944, storyline F1 0.907, 0 of 83
# multi-article stories glue two gold storylines (before: P 0.924, F1 0.924, 9 of 90).
STORY_F1_FLOOR = 0.93
STORY_PRECISION_FLOOR = 0.95
STORYLINE_F1_FLOOR = 0.89
FALSE_STORY_CEILING = 0.03


def test_story_gold_is_the_one_the_floors_were_measured_on() -> None:
    digest = hashlib.sha256()
    for path in sorted(STORY_GOLD_DIR.glob("2018-*.jsonl")):
        digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode())
    assert digest.hexdigest() == STORY_GOLD_SHA256


def test_two_level_stories_against_the_blind_gold(shared_data) -> None:  # type: ignore[no-untyped-def]
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    report = run_story_gold(ant, "report").rows[-1]
    assert report.story.f1 >= STORY_F1_FLOOR
    assert report.story.precision >= STORY_PRECISION_FLOOR
    assert report.storyline.f1 >= STORYLINE_F1_FLOOR
    assert report.false_share <= FALSE_STORY_CEILING


def test_second_annotator_agrees_with_the_first() -> None:
    first, second = load_day("2018-03-16"), load_day("2018-03-16-second-annotator")
    count, stories, storylines = agreement(first, second)
    assert count == 100
    assert stories.f1 >= 0.95 and storylines.f1 >= 0.9  # measured 1.000 and 0.962
