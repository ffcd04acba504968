"""Count the background document frequencies of headline and lead terms (marsad/evidence.py)
and write them as JSON: ``python -m marsad.eval.story_background [DATA_DIR]``.

The corpus is every ANT article published before 1 March 2018 (January and February 2018, and
the few older ones): the tuning month, never the report month or the held-out months. A term
is kept when at least ``MIN_DOCUMENTS`` articles use it in one block; rarer ones weigh as if
unseen (their IDF differs by less than ln 2).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from marsad.evidence import BACKGROUND_FILE, LEAD, TITLE, marked_terms
from marsad.lang.terms import terms

OUTPUT = Path(__file__).resolve().parents[1] / "models" / BACKGROUND_FILE
BEFORE = "2018-03-01"  # published before this day (ISO date prefix)
MIN_DOCUMENTS = 2


def background(ant_dir: Path) -> dict[str, object]:
    """Document frequencies of the headline and lead terms of ANT before ``BEFORE``."""
    from marsad.clean import clean_articles
    from marsad.eval.pyramid import ANT_FILE, ant_article
    from marsad.lang import analyse

    articles, seen = [], set()
    with gzip.open(ant_dir / ANT_FILE, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            published = (record.get("published") or "")[:10]
            fresh = record["id"] not in seen and record["text"].strip()
            if published and published < BEFORE and fresh:
                seen.add(record["id"])
                articles.append(ant_article(record))
    counts: dict[str, Counter[str]] = {TITLE: Counter(), LEAD: Counter()}
    documents = 0
    for item in clean_articles(articles):
        document = analyse(item)
        if not document.sentences:
            continue
        documents += 1
        title = terms(document.article.title, document.language)
        for term in set(marked_terms(title, document)):
            counts[term[0]][term[1:]] += 1
    return {
        "corpus": f"ANT 2018 (ant_multisource), every article published before {BEFORE}",
        "documents": documents,
        "min_documents": MIN_DOCUMENTS,
        "title": _kept(counts[TITLE]),
        "lead": _kept(counts[LEAD]),
    }


def _kept(counts: Counter[str]) -> dict[str, int]:
    """Terms used by at least ``MIN_DOCUMENTS`` articles, sorted for a stable file."""
    return {term: n for term, n in sorted(counts.items()) if n >= MIN_DOCUMENTS}


def main(argv: list[str]) -> int:
    """Count and write ``models/story_background.json``."""
    from marsad.eval import dataset_path

    ant = dataset_path("ant_multisource", Path(argv[0]) if argv else None)
    table = background(ant)
    OUTPUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}: {table['documents']} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
