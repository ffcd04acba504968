"""Re-anchor the pyramid gold's sentence numbers by sentence text after a cleaning change.

Each member of a unit is (article, sentence number, hash of the sentence's normalized text).
When cleaning removes a line, the numbers after it move; the hash still names the sentence. This
finds each member's sentence again by its hash among its article's sentences (cleaned and split
as `marsad.eval.pyramid.documents_of` does now) and rewrites the numbers, keeping every label
and the files' layout (JSON, one-space indent). When the splitter stops cutting after a member,
the member's text is now the start (or the end) of one longer sentence of the same article:
that sentence states all the member stated, so the member moves to it with its new hash
(reported as "joined"; two members of one unit joined into one sentence become one). A member
found nowhere, or twice, stops the script: a sentence whose text changed otherwise needs a
person, not this script.

python scripts/reanchor_pyramid.py ../shared/data/ant_multisource tests/data/pyramid/*.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from marsad.eval.pyramid import documents_of, read_ant, sentence_hash


def reanchor(data: Path, gold: Path) -> list[str]:
    """Rewrite ``gold``'s moved members; the list of moves, one line each."""
    text = gold.read_text(encoding="utf-8")
    spec = json.loads(text)
    articles = read_ant(data, [a for story in spec["stories"] for a in story["articles"]])
    moves: list[str] = []
    for story in spec["stories"]:
        where: dict[tuple[str, str], list[int]] = defaultdict(list)
        joined: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        for document in documents_of([articles[a] for a in story["articles"]]):
            for sentence in document.sentences:
                whole = sentence_hash(sentence.text)
                where[document.id, whole].append(sentence.index)
                for part in _ends(sentence.text):
                    joined[document.id, sentence_hash(part)].append((sentence.index, whole))
        for unit in story["units"]:
            members: list[list[object]] = []
            for article, index, digest in unit["members"]:
                found = where.get((article, digest), [])
                longer = joined.get((article, digest), [])
                if index in found:
                    new = (index, digest)
                elif len(found) == 1:
                    new = (found[0], digest)
                elif not found and len(longer) == 1:
                    new = longer[0]
                else:
                    raise SystemExit(
                        f"{gold}: {article}:{index} ({digest}) found at {found or longer}"
                    )
                if new != (index, digest):
                    how = "" if new[1] == digest else f" joined, now {new[1]}"
                    moves.append(
                        f"{gold.name}: {article} sentence {index} -> {new[0]} ({digest}{how})"
                    )
                if [article, *new] not in members:
                    members.append([article, *new])
            unit["members"] = members
    layout = json.dumps(spec, ensure_ascii=False, indent=1)
    gold.write_text(layout + ("\n" if text.endswith("\n") else ""), encoding="utf-8")
    return moves


def _ends(text: str) -> list[str]:
    """Every start and end of ``text`` cut at a space: where a joined sentence's parts may be."""
    cuts = [i for i, char in enumerate(text) if char == " "]
    return [text[:i] for i in cuts] + [text[i + 1 :] for i in cuts]


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
