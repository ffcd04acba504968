"""Re-anchor engineer-labelled samples (rows of article, sentence number, SHA-256 prefix and
optional character offsets) after a splitter or cleaning change moved or joined sentences.

The rows' sentences are read as the code they were labelled with split them (``--before``, a
source tree) and found again in today's split: the same text at another number, or inside one
longer sentence (the offsets move by where it starts there). Only the row's number, offsets and
hash change; labels stay. A sentence found nowhere, or twice, is reported and left as it was.

python scripts/reanchor_samples.py --before ../old/src ../shared/data tests/data/x/rows.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from marsad.clean import clean_articles
from marsad.eval.facts import ant_articles
from marsad.lang import analyse

ANT = "ant_multisource/ant-2018.jsonl.gz"
_DUMP = """
import json, sys
from marsad.clean import clean_articles
from marsad.eval.facts import ant_articles
from marsad.lang import analyse
ids = set(json.loads(sys.argv[2]))
for item in clean_articles(ant_articles(__import__('pathlib').Path(sys.argv[1]), ids)):
    document = analyse(item)
    print(json.dumps([document.article.id, [s.text for s in document.sentences]]))
"""


def _sentences(data: Path, ids: set[str], before: Path | None) -> dict[str, list[str]]:
    """Each article's sentences, split by today's code or by the tree at ``before``."""
    if before is None:
        documents = [analyse(item) for item in clean_articles(ant_articles(data / ANT, ids))]
        return {d.article.id: [s.text for s in d.sentences] for d in documents}
    run = subprocess.run(
        [sys.executable, "-c", _DUMP, str(data / ANT), json.dumps(sorted(ids))],
        env={"PYTHONPATH": str(before)},
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(line) for line in run.stdout.splitlines())


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def reanchor(data: Path, before: Path, sample: Path) -> list[str]:
    """Rewrite ``sample``'s moved rows in place; one line per row moved or not found."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    ids = {row["article"] for row in rows}
    now, then = _sentences(data, ids, None), _sentences(data, ids, before)
    report = []
    for row in rows:
        texts = now.get(row["article"], [])
        index, prefix = row["sentence"], row["sha256"]
        if index < len(texts) and _sha(texts[index]).startswith(prefix):
            continue
        old = then.get(row["article"], [])
        if index >= len(old) or not _sha(old[index]).startswith(prefix):
            report.append(f"{sample.name}: {row.get('id', index)} not found in the old split")
            continue
        places = [(k, t.find(old[index])) for k, t in enumerate(texts) if old[index] in t]
        if len(places) != 1:
            report.append(f"{sample.name}: {row.get('id', index)} found at {places}")
            continue
        (new, shift) = places[0]
        row["sentence"], row["sha256"] = new, _sha(texts[new])[: len(prefix)]
        for key in ("start", "end"):
            if isinstance(row.get(key), int):
                row[key] += shift
        report.append(f"{sample.name}: {row.get('id', index)} {index} -> {new} (+{shift})")
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report


def main() -> int:
    """Re-anchor every sample file given; print what moved."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the labelled code's src/")
    parser.add_argument("data", type=Path, help="the shared data folder (ant_multisource/ inside)")
    parser.add_argument("samples", type=Path, nargs="+")
    arguments = parser.parse_args()
    for sample in arguments.samples:
        for line in reanchor(arguments.data, arguments.before, sample):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
