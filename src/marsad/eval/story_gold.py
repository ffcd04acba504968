"""Stories against the blind two-level gold (tests/data/story_gold/): every article of six
non-adjacent days of February-March 2018 labelled with its story and its storyline by annotators
who never saw marsad's output. Tune on the February days, report on the March days.

Each gold day is digested with the articles of the days around it (marsad's stories may reach
over midnight), then marsad's stories are read on the gold articles only. Storylines are
labelled within a day (each day had its own annotator), so the storyline level is scored per
day too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from marsad.eval.ant_stories import read_days
from marsad.eval.clusters import BCubed, bcubed
from marsad.model import Article, Digest
from marsad.settings import Settings

GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "story_gold"
TUNE_DAYS = ("2018-02-15", "2018-02-17", "2018-02-19")
REPORT_DAYS = ("2018-03-10", "2018-03-13", "2018-03-16")
SPLITS = {"tune": TUNE_DAYS, "report": REPORT_DAYS, "all": TUNE_DAYS + REPORT_DAYS}


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldLabel:
    """An article's gold story and storyline."""

    story: str
    storyline: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryGoldScore:
    """marsad's stories on some gold days, at both levels, and its glued stories."""

    days: tuple[str, ...]
    story: BCubed
    storyline: BCubed
    multi_article: int  # marsad stories with at least two gold articles
    false: int  # of those, stories whose gold articles belong to two or more storylines

    @property
    def false_share(self) -> float:
        """Share of multi-article stories that glue unrelated articles."""
        return self.false / self.multi_article if self.multi_article else 0.0


def load_day(day: str, gold_dir: Path = GOLD_DIR) -> dict[str, GoldLabel]:
    """One gold day: article id -> its gold labels."""
    path = gold_dir / f"{day}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: GoldLabel(story=row["story"], storyline=row["storyline"]) for row in rows}


def digest_labels(digest: Digest) -> tuple[dict[str, str], dict[str, str]]:
    """Article id -> marsad story id, and -> storyline id; copies follow their story."""
    stories: dict[str, str] = {}
    lines: dict[str, str] = {}
    for story in digest.stories:
        members = [article.id for article in story.articles]
        members += [aid for group in story.duplicates for aid in group.articles]
        for article_id in members:
            stories.setdefault(article_id, story.id)
            lines.setdefault(article_id, story.storyline or story.id)
    return stories, lines


def score(
    gold: Mapping[str, tuple[str, GoldLabel]],
    stories: Mapping[str, str],
    lines: Mapping[str, str],
    days: Sequence[str],
) -> StoryGoldScore:
    """Score predicted story and storyline ids against gold labels keyed by article id."""
    story_gold = {aid: f"{day}/{label.story}" for aid, (day, label) in gold.items()}
    line_gold = {aid: f"{day}/{label.storyline}" for aid, (day, label) in gold.items()}
    members: dict[str, list[str]] = defaultdict(list)
    for aid in gold:
        if aid in stories:
            members[stories[aid]].append(aid)
    multi = [ids for ids in members.values() if len(ids) > 1]
    glued = [ids for ids in multi if len({line_gold[aid] for aid in ids}) > 1]
    return StoryGoldScore(
        days=tuple(days),
        story=bcubed(story_gold, stories),
        storyline=bcubed(line_gold, lines),
        multi_article=len(multi),
        false=len(glued),
    )


def run_story_gold(
    ant_dir: Path,
    split: str = "report",
    settings: Settings | None = None,
    margin_days: int = 1,
    gold_dir: Path = GOLD_DIR,
    *,
    stream: bool = False,
) -> StoryGoldRun:
    """Per gold day and over the split, marsad's digest stories against the gold; with
    ``stream`` also the store's streaming clusterer fed the same days in publication order (as
    ``ingest`` does) and its agreement with the digest."""
    from marsad.pipeline import digest

    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    days = SPLITS[split]
    settings = settings or Settings()
    rows = []
    gold: dict[str, tuple[str, GoldLabel]] = {}
    found: dict[str, dict[str, str]] = {"story": {}, "line": {}, "stream": {}, "stream line": {}}
    for day, articles in _windows(ant_dir, days, margin_days):
        labels = {aid: (day, label) for aid, label in load_day(day, gold_dir).items()}
        missing = labels.keys() - {a.id for a in articles}
        if missing:
            raise ValueError(f"gold articles not in ANT for {day}: {', '.join(sorted(missing))}")
        stories, lines = digest_labels(digest(articles, settings))
        day_stories = {aid: f"{day}/{stories[aid]}" for aid in labels if aid in stories}
        day_lines = {aid: f"{day}/{lines[aid]}" for aid in labels if aid in lines}
        rows.append(score(labels, day_stories, day_lines, (day,)))
        gold.update(labels)
        found["story"].update(day_stories)
        found["line"].update(day_lines)
        if stream:
            streamed, streamed_lines = _stream_labels(articles, settings)
            found["stream"].update({a: f"{day}/{streamed[a]}" for a in labels if a in streamed})
            found["stream line"].update(
                {a: f"{day}/{streamed_lines[a]}" for a in labels if a in streamed_lines}
            )
    rows.append(score(gold, found["story"], found["line"], days))
    if not stream:
        return StoryGoldRun(rows=rows)
    both = [aid for aid in gold if aid in found["stream"] and aid in found["story"]]
    agreement = StreamAgreement(
        stream=score(gold, found["stream"], found["stream line"], days),
        stories=bcubed({a: found["story"][a] for a in both}, {a: found["stream"][a] for a in both}),
        storylines=bcubed(
            {a: found["line"][a] for a in both}, {a: found["stream line"][a] for a in both}
        ),
    )
    return StoryGoldRun(rows=rows, stream=agreement)


def _windows(
    ant_dir: Path, days: Sequence[str], margin_days: int
) -> Iterator[tuple[str, list[Article]]]:
    """Each gold day with the ANT articles of the days around it (the corpus read once)."""
    spans = {
        day: [
            (date.fromisoformat(day) + timedelta(days=shift)).isoformat()
            for shift in range(-margin_days, margin_days + 1)
        ]
        for day in days
    }
    by_day = read_days(ant_dir, sorted({d for span in spans.values() for d in span}))
    for day, span in spans.items():
        yield day, [article for d in span for article in by_day.get(d, ())]


def _stream_labels(
    articles: Sequence[Article], settings: Settings
) -> tuple[dict[str, str], dict[str, str]]:
    """Article id -> story and storyline id of the streaming clusterer, in publication order."""
    from marsad.clean import clean_articles
    from marsad.lang import analyse
    from marsad.stream import StreamingClusterer, stream_params

    documents = sorted(
        (analyse(item) for item in clean_articles(articles)),
        key=lambda d: d.article.published or datetime.min.replace(tzinfo=UTC),
    )
    stream = StreamingClusterer(params=stream_params(settings))
    assigned = {document.id: stream.add(document) for document in documents}
    return (
        {aid: stream.resolve(story) for aid, story in assigned.items()},
        {aid: stream.storyline_of(story) for aid, story in assigned.items()},
    )


def agreement(
    first: Mapping[str, GoldLabel], second: Mapping[str, GoldLabel]
) -> tuple[int, BCubed, BCubed]:
    """Two annotators on the same articles: the count, and B-cubed of the second against the
    first at the story and the storyline level."""
    both = sorted(first.keys() & second.keys())
    stories = bcubed({a: first[a].story for a in both}, {a: second[a].story for a in both})
    lines = bcubed({a: first[a].storyline for a in both}, {a: second[a].storyline for a in both})
    return len(both), stories, lines


@dataclass(frozen=True, slots=True, kw_only=True)
class StreamAgreement:
    """The streaming clusterer (the store's) on the gold days, and how far it agrees with
    the batch digest on the same articles (B-cubed, the digest as reference)."""

    stream: StoryGoldScore
    stories: BCubed
    storylines: BCubed


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryGoldRun:
    """Per-day and overall scores of the digest, and the stream's when asked for."""

    rows: list[StoryGoldScore]
    stream: StreamAgreement | None = None
