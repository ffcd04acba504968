"""Score a February digest against the three engineer-labelled member samples (rounds 28, 30, 31).

``python tests/data/members_feb_engineer_r31/score.py DIGEST.json``: per sample, the wrong
members still in their story (the digest story holding most of the labelled right members),
the right members lost from it, and the summary sentences taken from wrong members.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent
SAMPLES = ("members_feb_engineer", "members_feb_engineer_r30", "members_feb_engineer_r31")


def main(path: str) -> None:
    """Print the counts of each sample and of all three."""
    stories = json.loads(Path(path).read_text(encoding="utf-8"))["stories"]
    story_of = {a["id"]: s for s in stories for a in s["articles"]}
    totals: Counter[str] = Counter()
    for name in SAMPLES:
        counts: Counter[str] = Counter()
        for labelled in json.loads((DATA / name / "sample.json").read_text("utf-8"))["stories"]:
            wrong = {w["id"] for w in labelled["wrong"]}
            right = [m for m in labelled["members"] if m not in wrong | set(labelled["borderline"])]
            held = Counter(story_of[m]["id"] for m in right if m in story_of)
            main_id = held.most_common(1)[0][0]
            main = next(s for s in stories if s["id"] == main_id)
            members = {a["id"] for a in main["articles"]}
            kept = sorted(wrong & members)
            lost = sorted(set(right) - members)
            from_wrong = [x for x in main["summary"] if x["article"] in wrong]
            counts.update(
                stories=1,
                wrong=len(wrong),
                kept=len(kept),
                lost=len(lost),
                sentences=len(main["summary"]),
                wrong_sentences=len(from_wrong),
                summaries_hit=bool(from_wrong),
            )
            for item in kept + lost:
                print(f"  {name} {labelled['story']} {'kept' if item in kept else 'lost'} {item}")
        totals.update(counts)
        print(name, dict(counts))
    print("all", dict(totals))


if __name__ == "__main__":
    main(sys.argv[1])
