"""Re-anchor the pyramid gold's sentence numbers by sentence text after a cleaning change.

Each member of a unit is (article, sentence number, hash of the sentence's normalized text).
When cleaning removes a line, the numbers after it move; the hash still names the sentence. This
finds each member's sentence again by its hash among its article's sentences (cleaned and split
as `marsad.eval.pyramid.documents_of` does now) and rewrites only the numbers, in place, keeping
every label, hash and the file's layout. A member whose hash is found nowhere, or twice, stops
the script: a sentence whose text changed needs a person, not this script.

python scripts/reanchor_pyramid.py ../shared/data/ant_multisource tests/data/pyramid/*.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from marsad.eval.pyramid import documents_of, read_ant, sentence_hash


def reanchor(data: Path, gold: Path) -> list[str]:
    """Rewrite ``gold``'s moved sentence numbers; the list of moves, one line each."""
    text = gold.read_text(encoding="utf-8")
    spec = json.loads(text)
    ids = [article for story in spec["stories"] for article in story["articles"]]
    articles = read_ant(data, ids)
    moves: dict[tuple[str, int, str], int] = {}
    for story in spec["stories"]:
        where: dict[tuple[str, str], list[int]] = defaultdict(list)
        for document in documents_of([articles[a] for a in story["articles"]]):
            for sentence in document.sentences:
                where[document.id, sentence_hash(sentence.text)].append(sentence.index)
        for unit in story["units"]:
            for article, index, digest in unit["members"]:
                found = where.get((article, digest), [])
                if index in found:
                    continue
                if len(found) != 1:
                    raise SystemExit(f"{gold}: {article}:{index} ({digest}) found at {found}")
                moves[article, index, digest] = found[0]
    for (article, index, digest), new in moves.items():
        pattern = re.compile(rf'("{re.escape(article)}",\s*){index}(,\s*"{digest}")')
        text, count = pattern.subn(rf"\g<1>{new}\g<2>", text)
        if not count:
            raise SystemExit(f"{gold}: {article}:{index} not found in the file's text")
    gold.write_text(text, encoding="utf-8")
    return [f"{gold.name}: {a} sentence {i} -> {n} ({d})" for (a, i, d), n in moves.items()]


def main() -> int:
    """Re-anchor every gold file given after the data folder; print what moved."""
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    data = Path(sys.argv[1])
    for name in sys.argv[2:]:
        for line in reanchor(data, Path(name)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
