"""Quality gates for story clustering and deduplication on the ANT corpus (shared data).

Floors are pinned below the measured figures (docs/evaluation.md) with the gold file's hash:
a change that lowers quality fails here; a floor is only lowered on purpose.
"""

import hashlib
from pathlib import Path

from marsad.dedupe import DedupeParams
from marsad.eval.dedupe_eval import build_set, evaluate
from marsad.eval.stories import TUNING_MONTHS, cluster_scores
from marsad.ingest import load_articles
from marsad.settings import Settings

GOLD = Path(__file__).parent / "data" / "cluster_gold" / "ant-2018-03-04_06.jsonl"
GOLD_SHA256 = "cc56677ff48470ac3ea8a1db68a0abfeac777540200b657915445372c60c2978"
CLUSTER_F1_FLOOR = 0.88  # measured 0.900 at the default threshold 0.1
STREAM_F1_FLOOR = 0.86  # measured 0.883


def test_gold_file_is_the_one_the_floors_were_measured_on() -> None:
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == GOLD_SHA256


def test_clustering_quality_floor(shared_data) -> None:  # type: ignore[no-untyped-def]
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz")
    rows = cluster_scores(GOLD, ant, margin_days=3, thresholds=[0.1])
    by_method = {row.method: row for row in rows}
    assert by_method["average link, time window"].score.f1 >= CLUSTER_F1_FLOOR
    assert by_method["streaming, one article at a time"].score.f1 >= STREAM_F1_FLOOR
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
