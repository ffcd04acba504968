r"""What labelled repeats share, against the other pairs of shown sentences (issue 19, item 1).

Reads a digest's JSON and engineer-labelled redundant pairs (``tests/data/redund_feb_engineer_*``:
story ids, summary places, article ids and sentence numbers), rebuilds each labelled story's
sentences from the articles as the digest analyses them, and counts, for each feature, the
labelled repeats (of them the root-and-doer class) and the other shown pairs it holds: both
articles' first sentences, two outlets, the same day, the same entity names, one adding no name
and no figure, containment of content words as such and by root, the pair classifier's logit,
the second sentence's place. Tune on February only (docs/evaluation.md, round 30).

python scripts/repeat_pairs.py /work/data/feb.jsonl feb.json \
    tests/data/redund_feb_engineer_r29/labels.jsonl tests/data/redund_feb_engineer_r30/labels.jsonl
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.clean import corpus_evidence
from marsad.lang.stopwords import stopwords_for
from marsad.lang.terms import tokens
from marsad.model import Document
from marsad.pipeline import mark_articles, prepare_articles, read_inputs
from marsad.settings import Settings
from marsad.summarize import StoryText
from marsad.summarize.bounds import considered
from marsad.summarize.lead_repeats import names
from marsad.summarize.root_cover import root_share

Pair = dict[str, Any]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def analysed(path: str, settings: Settings) -> dict[str, Document]:
    """Every article of ``path`` cleaned and analysed as the digest does (corpus evidence)."""
    articles, _, _ = read_inputs([path], settings)
    evidence = corpus_evidence(mark_articles(articles))
    return {d.id: d for d in prepare_articles(articles, evidence, settings).documents}


def story_text(documents: Sequence[Document], settings: Settings) -> StoryText:
    """The story's sentences as its summary reads them: oldest article first, bounded."""
    ordered = sorted(
        documents, key=lambda d: (d.article.published is None, d.article.published or _EPOCH)
    )
    return StoryText.build(
        considered(ordered, settings.max_story_sentences),
        attribution_threshold=settings.attribution_threshold,
    )


def _content(text: str) -> frozenset[str]:
    stop = stopwords_for("ar")
    return frozenset(w for w in tokens(text) if len(w) >= 3 and not w.isdigit() and w not in stop)


def pair_features(story: StoryText, first: int, second: int) -> Pair:
    """What shown sentences ``first`` and ``second`` (story sentence numbers) share."""
    one, two = story.sentences[first], story.sentences[second]
    logits = story.pair_logits
    same = None if logits is None else logits["same"]
    low = None if same is None else float(min(same[first, second], same[second, first]))
    published = {d.id: d.article.published for d in story.documents}
    day_one, day_two = published[one.article], published[two.article]
    words_one, words_two = _content(one.text), _content(two.text)
    names_one, names_two = names(one.text), names(two.text)
    figures_one, figures_two = story.stated_figures(first), story.stated_figures(second)
    held = words_one & words_two
    return {
        "leads": one.index == 0 and two.index == 0,
        "two outlets": story.sources[first] != story.sources[second],
        "same article": one.article == two.article,
        "same day": bool(day_one and day_two and day_one.date() == day_two.date()),
        "same names": bool(names_one) and names_one == names_two,
        "later adds nothing": names_two <= names_one and figures_two <= figures_one,
        "either adds nothing": (names_two <= names_one and figures_two <= figures_one)
        or (names_one <= names_two and figures_one <= figures_two),
        "contained": max(len(held) / len(w) if w else 0.0 for w in (words_one, words_two)),
        "by root": max(root_share(one.text, two.text, "ar"), root_share(two.text, one.text, "ar")),
        "logit": low,
    }


def shown_pairs(digest: dict[str, Any], labels: Path, docs: dict[str, Document]) -> list[Pair]:
    """Every pair of shown sentences of the labelled stories, with its label (None: distinct)."""
    settings, stories = Settings(), {s["id"]: s for s in digest["stories"]}
    found: list[Pair] = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        story = stories[label["story"]]
        text = story_text([docs[a["id"]] for a in story["articles"] if a["id"] in docs], settings)
        where = {(s.article, s.index): k for k, s in enumerate(text.sentences)}
        shown = [where[(x["article"], x["sentence"])] for x in story["summary"]]
        kinds = {
            frozenset({tuple(p["first_ref"][:2]), tuple(p["second_ref"][:2])}): p["evidence"]
            for p in label["pairs"]
        }
        for p, first in enumerate(shown):
            for q in range(p + 1, len(shown)):
                second = shown[q]
                refs = frozenset(
                    (text.sentences[k].article, text.sentences[k].index) for k in (first, second)
                )
                pair = pair_features(text, first, second)
                pair.update(kind=kinds.get(refs), place=q)
                found.append(pair)
    return found


TESTS: dict[str, Callable[[Pair], bool]] = {
    "all shown pairs": lambda f: True,
    "both their articles' first sentences": lambda f: f["leads"],
    "two outlets": lambda f: f["two outlets"],
    "same publication day": lambda f: f["same day"],
    "the same entity names": lambda f: f["same names"],
    "the later adds no name and no figure": lambda f: f["later adds nothing"],
    "either adds no name and no figure": lambda f: f["either adds nothing"],
    "half of one's content words in the other": lambda f: f["contained"] >= 0.5,
    "half held by root": lambda f: f["by root"] >= 0.5,
    "second sentence 2nd or 3rd in the summary": lambda f: f["place"] <= 2,
    "same day, logit -0.5 both ways": lambda f: f["same day"] and (f["logit"] or -99) >= -0.5,
}


def table(pairs: Sequence[Pair]) -> list[str]:
    """One line per test: repeats (root and doer) / distinct pairs it holds."""
    lines = []
    for name, test in TESTS.items():
        held = [f for f in pairs if test(f)]
        repeats = [f for f in held if f["kind"]]
        rooted = sum(1 for f in repeats if f["kind"] == "root+actor")
        lines.append(f"{name}: {len(repeats)} ({rooted}) / {len(held) - len(repeats)}")
    return lines


def main(argv: Sequence[str]) -> None:
    """``data.jsonl digest.json labels.jsonl...``: a table per labels file."""
    data, digest_path, *label_files = argv
    docs = analysed(data, Settings())
    digest = json.loads(Path(digest_path).read_text(encoding="utf-8"))
    for labels in label_files:
        print(f"## {labels}")
        print("\n".join(table(shown_pairs(digest, Path(labels), docs))))


if __name__ == "__main__":
    main(sys.argv[1:])
