"""Draw summary sentences of a digest as the blind noise checks draw them (rounds 31-32).

Usage: PYTHONPATH=src python scripts/fragment_sample.py DIGEST.json SEED OUT.jsonl [DATA.jsonl]

Every summary sentence of every story, in story and summary order, is one item; ``SEED``
picks 200 with ``random.Random(SEED).sample``. Each row keeps the story, the position in the
summary, the article, the sentence index, whether the sentence comes right after its own
predecessor, and the 16-hex SHA-256 prefix of its text. ``OUT.jsonl.view.txt`` shows each as
an editor reads the summary (round 32): the story's title and the summary sentences before it,
then the sentence as shown and the one before it in its article (for reading; never
committed). The SHA-256 prefix is of the sentence as analysed, which the blind sets use too.
"""

import hashlib
import json
import random
import sys
from pathlib import Path

from marsad.eval.noise import analysed
from marsad.ingest.core import load_articles
from marsad.settings import Settings


def main() -> None:
    """Draw the sample and write the rows and the reading view."""
    digest, seed, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    data = sys.argv[4] if len(sys.argv) > 4 else "/work/data/feb.jsonl"
    pool = []
    for story in json.loads(digest.read_text(encoding="utf-8"))["stories"]:
        previous = None
        for position, shown in enumerate(story["summary"], 1):
            after = (
                previous is not None
                and previous["article"] == shown["article"]
                and previous["sentence"] == shown["sentence"] - 1
            )
            before = [s["text"] for s in story["summary"][: position - 1]]
            pool.append(
                (story["id"], position, shown["article"], shown["sentence"], after,
                 story["title"], before, shown["text"])
            )
            previous = shown
    picked = random.Random(seed).sample(pool, 200)
    wanted = {row[2] for row in picked}
    articles = [a for a in load_articles([data], settings=Settings()).articles if a.id in wanted]
    documents = {document.id: document for document in analysed(articles)}
    rows, view = [], []
    for item, (story, position, article, index, after, title, shown, text) in enumerate(
        picked, 1
    ):
        document = documents[article]
        texts = [sentence.text for sentence in document.sentences]
        digest16 = hashlib.sha256(texts[index].encode()).hexdigest()[:16]
        rows.append(
            {"item": item, "story": story, "position": position, "article": article,
             "sentence": index, "after_predecessor": after, "sha256": digest16}
        )
        earlier = "".join(f"  S{n}: {said}\n" for n, said in enumerate(shown, 1))
        before = texts[index - 1] if index else "(start of article)"
        view.append(
            f"#{item} pos={position} {article} s{index} after={after}\nTITLE: {title}\n"
            f"{earlier}  PREV-IN-ARTICLE: {before}\n>> {text}\n"
        )
    out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    Path(f"{out}.view.txt").write_text("\n".join(view), encoding="utf-8")


if __name__ == "__main__":
    main()
