"""Where the groups of a blind check of multi-article stories land in a new digest of their
month: ``python -m marsad.eval.story_check CHECK.jsonl MONTH [DATA_DIR] [NAME=VALUE ...]``.

A check file (tests/data/story_gold/check-multi-article-*.jsonl) holds stories an editor
judged from their articles alone: one event or not, and the intruders. Re-clustering the month
with other rules shows what a rule fixes (a wrongly joined group whose intruders now stand
apart from the rest) and what it breaks (a group judged one event that is split now), without
reading the articles again. Only the tuning month (February 2018) is for choosing rules; March
only reports, and later months are held out (refused here).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.eval.clusters import BCubed, bcubed
from marsad.settings import Settings

MONTHS = ("2018-02", "2018-03")  # April-October 2018 are held out


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckedGroup:
    """One judged story: its articles, the editor's verdict and the intruders' ids."""

    group: int
    articles: list[str]
    same_event: bool
    same_storyline: bool
    intruders: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckOutcome:
    """What a clustering does with the checked groups (group numbers in each list)."""

    parted: list[int]  # wrongly joined, the intruders now apart from the rest
    partly: list[int]  # wrongly joined, split, but not the intruders (if any) from the rest
    kept_wrong: list[int]  # wrongly joined and still one story
    split_right: list[int]  # judged one event, now split
    right: int  # groups judged one event

    @property
    def wrong(self) -> int:
        """Groups judged not one event."""
        return len(self.parted) + len(self.partly) + len(self.kept_wrong)


def load_check(path: Path) -> list[CheckedGroup]:
    """The groups of a check file (one JSON object a line)."""
    groups = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            groups.append(
                CheckedGroup(
                    group=int(row["group"]),
                    articles=[str(a) for a in row["articles"]],
                    same_event=bool(row["same_event"]),
                    same_storyline=bool(row["same_storyline"]),
                    intruders=[str(a) for a in row.get("intruders") or []],
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a checked group ({error})") from None
    return groups


def outcome(groups: Sequence[CheckedGroup], story_of: Mapping[str, str]) -> CheckOutcome:
    """Each group's fate under a clustering (article id -> story id; a missing article is a
    story of its own)."""
    parted, partly, kept_wrong, split_right = [], [], [], []
    for group in groups:
        stories = {article: story_of.get(article, f"\0{article}") for article in group.articles}
        if group.same_event:
            if len(set(stories.values())) > 1:
                split_right.append(group.group)
            continue
        rest = {stories[a] for a in group.articles if a not in group.intruders}
        apart = {stories[a] for a in group.intruders}
        if group.intruders and not rest & apart:
            parted.append(group.group)
        elif len(set(stories.values())) > 1:
            partly.append(group.group)
        else:
            kept_wrong.append(group.group)
    right = sum(1 for group in groups if group.same_event)
    return CheckOutcome(
        parted=parted, partly=partly, kept_wrong=kept_wrong, split_right=split_right, right=right
    )


def month_stories(data: Path, month: str, settings: Settings) -> dict[str, str]:
    """Article id -> story number of the digest's clustering of a month of ANT."""
    from marsad.clean import corpus_evidence
    from marsad.dedupe import DedupeParams, duplicates_of_prints
    from marsad.eval.noise import read_month
    from marsad.pipeline import cluster_stories, mark_articles, prepare_articles

    if month not in MONTHS:
        raise ValueError(f"month {month!r}: only {', '.join(MONTHS)} (later months are held out)")
    articles = read_month(data, month)
    evidence = corpus_evidence(mark_articles(articles))
    outline = prepare_articles(articles, evidence.for_articles(articles), settings).outline
    params = DedupeParams(threshold=settings.duplicate_threshold)
    duplicates = duplicates_of_prints(outline.fingerprints, params)
    clustering = cluster_stories(outline, duplicates.groups, settings)
    ids = outline.ids
    return {ids[m]: str(n) for n, members in enumerate(clustering.groups) for m in members}


def month_stream(data: Path, month: str, settings: Settings) -> dict[str, str]:
    """Article id -> story id of the store's streaming clusterer fed a month of ANT in
    publication order (the store's ``ingest`` of the month, in memory)."""
    from datetime import UTC, datetime

    from marsad.clean import clean_articles
    from marsad.eval.noise import read_month
    from marsad.lang import analyse
    from marsad.stream import StreamingClusterer, stream_params

    if month not in MONTHS:
        raise ValueError(f"month {month!r}: only {', '.join(MONTHS)} (later months are held out)")
    documents = sorted(
        (analyse(article) for article in clean_articles(read_month(data, month))),
        key=lambda d: d.article.published or datetime.min.replace(tzinfo=UTC),
    )
    stream = StreamingClusterer(params=stream_params(settings))
    assigned = {document.id: stream.add(document) for document in documents}
    return {aid: stream.resolve(story) for aid, story in assigned.items()}


def month_agreement(data: Path, month: str, settings: Settings) -> tuple[int, BCubed]:
    """The store's stories of a month against the digest's (B-cubed, the digest as reference,
    over the articles both place): how far the two algorithms part over a month, where long
    stories and reports of other days show what the gold days cannot."""
    digest = month_stories(data, month, settings)
    stream = month_stream(data, month, settings)
    both = sorted(digest.keys() & stream.keys())
    return len(both), bcubed({a: digest[a] for a in both}, {a: stream[a] for a in both})


def main(argv: list[str]) -> int:
    """Print what the digest (settings from NAME=VALUE arguments) does with a check's groups."""
    from marsad.config import parse_assignments, resolve
    from marsad.errors import MarsadError
    from marsad.eval import dataset_path

    if len(argv) < 2:
        print(__doc__.splitlines()[1], file=sys.stderr)
        return 2
    path, month = Path(argv[0]), argv[1]
    rest = argv[2:]
    folder = Path(rest.pop(0)) if rest and "=" not in rest[0] else None
    try:
        settings = resolve(assigned=parse_assignments(rest), environ={}).settings
        if month not in MONTHS:
            raise ValueError(f"month {month!r}: only {', '.join(MONTHS)} (later are held out)")
        groups = load_check(path)
        story_of = month_stories(dataset_path("ant_multisource", folder), month, settings)
    except (OSError, ValueError, MarsadError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    result = outcome(groups, story_of)
    print(f"wrongly joined groups: {result.wrong}")
    print(f"  intruders apart now: {len(result.parted)} {result.parted}")
    print(f"  split, not the intruders from the rest: {len(result.partly)} {result.partly}")
    print(f"  still one story: {len(result.kept_wrong)}")
    print(f"groups judged one event: {result.right}")
    print(f"  split now: {len(result.split_right)} {result.split_right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
