"""scripts/reanchor_pyramid.py: members moved by a cleaning change, and members a splitter joined."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

from marsad.eval.pyramid import ANT_FILE, ant_article, documents_of, sentence_hash

RECORD = {
    "id": "AR-test-1-20180210",
    "title": "وزير الخارجية يزور القاهرة",
    "text": (
        "وصل وزير الخارجية إلى القاهرة صباح اليوم في زيارة رسمية تستمر يومين.\n"
        "وقال الوزير إن المحادثات ستتناول العلاقات الثنائية والأزمة في المنطقة.\n"
        "ومن المقرر أن يلتقي الوزير الرئيس المصري يوم الأحد المقبل."
    ),
    "source": "alarabia",
    "published": "2018-02-10T09:00:00+00:00",
}


def _script() -> ModuleType:
    path = Path(__file__).parents[1] / "scripts" / "reanchor_pyramid.py"
    spec = importlib.util.spec_from_file_location("reanchor_pyramid", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentences() -> list[str]:
    (document,) = documents_of([ant_article(RECORD)])
    return [sentence.text for sentence in document.sentences]


def _gold(tmp_path: Path, members: list[list[object]]) -> Path:
    with gzip.open(tmp_path / ANT_FILE, "wt", encoding="utf-8") as out:
        out.write(json.dumps(RECORD, ensure_ascii=False) + "\n")
    spec = {
        "stories": [{"articles": [RECORD["id"]], "units": [{"label": "u", "members": members}]}]
    }
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def test_a_moved_member_gets_its_new_number(tmp_path: Path) -> None:
    second = _sentences()[1]
    gold = _gold(tmp_path, [[RECORD["id"], 5, sentence_hash(second)]])
    moves = _script().reanchor(tmp_path, gold)
    assert len(moves) == 1
    members = json.loads(gold.read_text(encoding="utf-8"))["stories"][0]["units"][0]["members"]
    assert members == [[RECORD["id"], 1, sentence_hash(second)]]


def test_two_members_joined_into_one_sentence_become_one(tmp_path: Path) -> None:
    second = _sentences()[1]
    words = second.split(" ")
    start, end = " ".join(words[:5]), " ".join(words[5:])
    gold = _gold(
        tmp_path,
        [[RECORD["id"], 1, sentence_hash(start)], [RECORD["id"], 2, sentence_hash(end)]],
    )
    moves = _script().reanchor(tmp_path, gold)
    assert all("joined" in move for move in moves) and len(moves) == 2
    members = json.loads(gold.read_text(encoding="utf-8"))["stories"][0]["units"][0]["members"]
    assert members == [[RECORD["id"], 1, sentence_hash(second)]]


def test_a_member_found_nowhere_stops_the_script(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [[RECORD["id"], 1, sentence_hash("جملة لم ترد في المقال")]])
    before = gold.read_text(encoding="utf-8")
    try:
        _script().reanchor(tmp_path, gold)
    except SystemExit as stop:
        assert "found at []" in str(stop)
    else:
        raise AssertionError("a member found nowhere must stop the script")
    assert gold.read_text(encoding="utf-8") == before
