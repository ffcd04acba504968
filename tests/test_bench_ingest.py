"""`marsad bench ingest` reads ANT as it is: all of it, or its first N by date, never the
edited copies the scale benchmark adds past the file's size (asked for all of ANT that way,
the benchmark made copies until the kernel killed it at 23 GB)."""

import gzip
import json
from pathlib import Path

from marsad_bench.ingest import ant_by_date, ingest_bench

TEXT = (
    "The council of {city} met on Monday to discuss the new budget for schools and roads. "
    "The mayor of {city} said the plan would be voted on next week after a public hearing."
)


def _ant(path: Path, days: list[int]) -> Path:
    """A small file in ANT's format, one English article per day given (in that order)."""
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n, day in enumerate(days):
            city = f"Town{n}"
            row = {
                "id": f"a{n}",
                "source": f"outlet{n % 3}",
                "title": f"Budget meeting in {city}",
                "published": f"2018-02-{day:02d}T10:00:00+00:00",
                "text": TEXT.format(city=city),
                "lang": "en",
            }
            out.write(json.dumps(row) + "\n")
    return path


def test_all_of_ant_is_the_file_in_date_order(tmp_path: Path) -> None:
    ant = _ant(tmp_path / "ant.jsonl.gz", [5, 3, 9, 1, 7, 2])
    assert [a.id for a in ant_by_date(ant)] == ["a3", "a5", "a1", "a0", "a4", "a2"]
    assert [a.id for a in ant_by_date(ant, 2)] == ["a3", "a5"]
    assert len(ant_by_date(ant, 50)) == 6  # not topped up with edited copies


def test_a_limit_past_the_file_ingests_only_the_file(tmp_path: Path) -> None:
    ant = _ant(tmp_path / "ant.jsonl.gz", [5, 3, 9, 1, 7, 2])
    result = ingest_bench(
        ant,
        str(tmp_path / "bench.db"),
        limit=100,
        batch_size=4,
        live_batches=0,
        compare_digest=False,
        workers=1,
    )
    assert (result.articles, result.bulk_articles) == (6, 6)
    assert result.stories >= 1
