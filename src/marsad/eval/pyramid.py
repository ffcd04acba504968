"""Multi-document checks on real ANT stories: pyramid coverage, attribution and redundancy.

There are no reference summaries for ANT. Content units come from a small gold set annotated by
hand (tests/data/pyramid/gold.json: which sentences of which articles state each unit); a
unit's weight is the number of outlets stating it (Nenkova & Passonneau 2004's pyramid, with
outlets as the "summarizers"). An automatic variant takes as units the groups of sentences that
marsad's attribution links across outlets. The story's articles are cleaned and analysed as in a
digest; gold sentences are checked against a hash of their text, so drifting indices fail loudly.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from marsad.clean import clean_articles
from marsad.lang import analyse
from marsad.lang.arabic import normalize
from marsad.model import Article, Document, SummarySentence
from marsad.settings import Settings
from marsad.summarize import StoryText, summarize
from marsad.summarize.attribution import stating_sentences

GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "pyramid"
# The rule writer's four stories; the blind gold of 24 stories (12 February, 12 March) and a
# second annotator's labels of four of them.
GOLD = GOLD_DIR / "gold.json"
BLIND = GOLD_DIR / "blind-2018.json"
BLIND_SECOND = GOLD_DIR / "blind-2018-second-annotator.json"
# Round 18: 15 more February stories by three blind annotators, a fourth on three of them.
BLIND_ROUND18 = GOLD_DIR / "blind-2018-feb-round18.json"
BLIND_ROUND18_SECOND = GOLD_DIR / "blind-2018-feb-round18-second-annotator.json"
ANT_FILE = "ant-2018.jsonl.gz"
Key = tuple[str, int]  # (article id, sentence index)


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """A content unit: a label in the annotator's words and the sentences that state it."""

    label: str
    members: frozenset[Key]
    outlets: frozenset[str]
    core: bool = False  # states the event itself (who did what, where, when)

    @property
    def weight(self) -> int:
        """How many outlets state it (two articles of one outlet count once)."""
        return len(self.outlets)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldStory:
    """A hand-annotated story: its analysed documents and its content units."""

    id: str
    documents: tuple[Document, ...]
    units: tuple[Unit, ...]
    split: str = "tune"  # tune (February) or report (March)


@dataclass(frozen=True, slots=True, kw_only=True)
class PyramidScore:
    """Mean over the gold stories of one summarizer's multi-document scores."""

    system: str
    pyramid: float  # covered unit weight / best weight with as many units
    auto_pyramid: float  # the same with automatic units (marsad's cross-outlet attribution)
    attribution_precision: float  # of the listed sources, how many really state the sentence
    attribution_recall: float  # of the articles that state it, how many are listed
    # Shares of the annotated summary sentences with an article that states it left out, and
    # with one listed that does not: the blind reading's "missing" and "wrong credit" per sentence.
    missing_share: float
    wrong_share: float
    # The "also told" list (SummarySentence.also): of its articles, how many state at least one
    # unit of the sentence; the annotated sentences that have one; and the share of annotated
    # sentences with an article stating any of their units in neither list (the readers' sense
    # of a missing credit: the fact told in part or in other words).
    also_precision: float
    also_sentences: int
    part_missing_share: float
    redundancy: float  # share of summary sentences that add no new unit
    opening: float  # share of stories whose first sentence states a core unit (the event)
    core: float  # share of stories whose summary states a core unit
    core_share: float  # mean over stories of the share of their core units the summary states
    core_all: float  # share of stories whose summary states every one of their core units
    stories: int


def sentence_hash(text: str) -> str:
    """Short SHA-256 of a sentence's normalized text (checks an annotation still fits)."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()[:10]


def read_ant(path: Path, ids: Iterable[str]) -> dict[str, Article]:
    """The ANT articles with the given ids (first record of each id) from the gzipped JSONL."""
    wanted = set(ids)
    found: dict[str, Article] = {}
    with gzip.open(path / ANT_FILE, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not any(key in line[:200] for key in wanted - found.keys()):
                continue
            record = json.loads(line)
            if record["id"] in wanted and record["id"] not in found:
                found[record["id"]] = ant_article(record)
    missing = wanted - found.keys()
    if missing:
        raise ValueError(f"ANT articles not found: {', '.join(sorted(missing))}")
    return found


def documents_of(articles: Sequence[Article]) -> tuple[Document, ...]:
    """Clean and analyse a story's articles as a digest does, oldest first."""
    cleaned = clean_articles(articles)
    documents = [analyse(item) for item in cleaned]
    return tuple(
        sorted(documents, key=lambda d: (d.article.published is None, d.article.published))
    )


def load_gold(data: Path, gold: Path = GOLD, split: str | None = None) -> list[GoldStory]:
    """The gold stories (of one split when given), their articles read from ANT; a sentence
    that drifted is an error."""
    spec = json.loads(gold.read_text(encoding="utf-8"))
    if split is not None:
        spec["stories"] = [s for s in spec["stories"] if s.get("split", "tune") == split]
    ids = [a for story in spec["stories"] for a in story["articles"]]
    articles = read_ant(data, ids)
    stories = []
    for story in spec["stories"]:
        documents = documents_of([articles[a] for a in story["articles"]])
        text = {(d.id, s.index): s.text for d in documents for s in d.sentences}
        outlet = {d.id: d.article.source for d in documents}
        units = []
        for unit in story["units"]:
            members = set()
            for article, index, digest in unit["members"]:
                if sentence_hash(text.get((article, index), "")) != digest:
                    raise ValueError(f"gold sentence {article}:{index} no longer matches its hash")
                members.add((article, index))
            units.append(
                Unit(
                    label=unit["label"],
                    members=frozenset(members),
                    outlets=frozenset(outlet[article] for article, _ in members),
                    core=bool(unit.get("core", False)),
                )
            )
        stories.append(
            GoldStory(
                id=story["id"],
                documents=documents,
                units=tuple(units),
                split=story.get("split", "tune"),
            )
        )
    return stories


def automatic_units(story: StoryText) -> list[Unit]:
    """Groups of sentences that marsad's attribution links across at least two outlets."""
    units = []
    seen: set[frozenset[Key]] = set()
    for index, sentence in enumerate(story.sentences):
        stating = stating_sentences(story, index)
        members = frozenset((story.sentences[j].article, story.sentences[j].index) for j in stating)
        if len({story.sources[j] for j in stating}) >= 2 and members not in seen:
            seen.add(members)
            outlets = frozenset(story.sources[j] for j in stating)
            units.append(Unit(label=sentence.text, members=members, outlets=outlets))
    return units


def pyramid(summary: Sequence[SummarySentence], units: Sequence[Unit]) -> float:
    """Weight of the units the summary states / the best weight as many units could have."""
    keys = {(s.article, s.sentence) for s in summary}
    covered = [u for u in units if u.members & keys]
    best = sorted((u.weight for u in units), reverse=True)[: max(len(covered), len(summary))]
    return min(1.0, sum(u.weight for u in covered) / sum(best)) if best and sum(best) else 0.0


def redundancy(summary: Sequence[SummarySentence], units: Sequence[Unit]) -> float:
    """Share of the summary's unit-bearing sentences whose units all came earlier."""
    seen: set[int] = set()
    repeats = bearing = 0
    for sentence in summary:
        own = {n for n, u in enumerate(units) if (sentence.article, sentence.sentence) in u.members}
        if own:
            bearing += 1
            repeats += own <= seen
            seen |= own
    return repeats / bearing if bearing else 0.0


def true_sources(key: Key, units: Sequence[Unit]) -> set[str] | None:
    """Articles stating every gold unit the sentence states (None: the sentence is in no unit)."""
    own = [u for u in units if key in u.members]
    if not own:
        return None
    sources = {article for article, _ in own[0].members}
    for unit in own[1:]:
        sources &= {article for article, _ in unit.members}
    return sources | {key[0]}


def attribution(summary: Sequence[SummarySentence], units: Sequence[Unit]) -> tuple[int, int, int]:
    """(correct listed sources, listed sources, true sources) over the annotated sentences."""
    correct = listed = true = 0
    for sentence in summary:
        gold = true_sources((sentence.article, sentence.sentence), units)
        if gold is None:
            continue
        predicted = set(sentence.sources)
        correct += len(predicted & gold)
        listed += len(predicted)
        true += len(gold)
    return correct, listed, true


def credit_sentences(
    summary: Sequence[SummarySentence], units: Sequence[Unit]
) -> tuple[int, int, int]:
    """(annotated sentences, those missing a true source, those listing a wrong one): the
    blind reading counts sentences, not credits."""
    annotated = missing = wrong = 0
    for sentence in summary:
        gold = true_sources((sentence.article, sentence.sentence), units)
        if gold is None:
            continue
        annotated += 1
        missing += bool(gold - set(sentence.sources))
        wrong += bool(set(sentence.sources) - gold)
    return annotated, missing, wrong


def also_credits(
    summary: Sequence[SummarySentence], units: Sequence[Unit]
) -> tuple[int, int, int, int]:
    """(right "also told" articles, listed ones, annotated sentences with a list, annotated
    sentences with an article stating one of their units in neither list): an "also told"
    article is right when it states at least one unit of the sentence."""
    right = listed = with_also = part_missing = 0
    for sentence in summary:
        key = (sentence.article, sentence.sentence)
        own = [unit for unit in units if key in unit.members]
        if not own:
            continue
        telling = {article for unit in own for article, _ in unit.members}
        also = set(sentence.also)
        right += len(also & telling)
        listed += len(also)
        with_also += bool(also)
        part_missing += bool(telling - also - set(sentence.sources) - {sentence.article})
    return right, listed, with_also, part_missing


def states_core(sentence: SummarySentence, units: Sequence[Unit]) -> bool:
    """True when the summary sentence is a member of a core unit (it states the event)."""
    key = (sentence.article, sentence.sentence)
    return any(unit.core and key in unit.members for unit in units)


def core_stated(summary: Sequence[SummarySentence], units: Sequence[Unit]) -> tuple[int, int]:
    """(core units the summary states, core units): one core unit stated is not the event told
    whole (the blind readings count a summary missing any core fact)."""
    keys = {(s.article, s.sentence) for s in summary}
    core = [unit for unit in units if unit.core]
    return sum(bool(unit.members & keys) for unit in core), len(core)


def summarize_by(
    name: str, documents: Sequence[Document], settings: Settings
) -> tuple[SummarySentence, ...]:
    """One story's summary by the summarizer ``name`` within the settings' budget and
    thresholds, as the summary evaluations run each system."""
    return summarize(
        documents,
        summarizer=name,
        words=settings.summary_words,
        redundancy=settings.redundancy_threshold,
        attribution_threshold=settings.attribution_threshold,
        max_sentences=settings.max_story_sentences,
        paraphrases=settings.paraphrases,
    )


def evaluate_gold(
    data: Path,
    systems: Sequence[str],
    settings: Settings | None = None,
    *,
    gold: Path = GOLD,
    split: str | None = None,
) -> list[PyramidScore]:
    """Scores of each summarizer on the gold stories (budget: the settings' summary words)."""
    settings = settings or Settings()
    stories = load_gold(data, gold, split)
    results = []
    for name in systems:
        rows: list[tuple[float, float, float, bool, bool]] = []
        shares: list[tuple[int, int]] = []  # (core units stated, core units) of each story
        counts = [0, 0, 0]
        per_sentence = [0, 0, 0]  # annotated sentences, with a missing credit, with a wrong one
        also = [0, 0, 0, 0]  # also_credits: right, listed, sentences with one, missing in part
        for story in stories:
            summary = summarize_by(name, story.documents, settings)
            text = StoryText.build(
                story.documents, attribution_threshold=settings.attribution_threshold
            )
            rows.append(
                (
                    pyramid(summary, story.units),
                    pyramid(summary, automatic_units(text)),
                    redundancy(summary, story.units),
                    bool(summary) and states_core(summary[0], story.units),
                    any(states_core(sentence, story.units) for sentence in summary),
                )
            )
            shares.append(core_stated(summary, story.units))
            for k, value in enumerate(attribution(summary, story.units)):
                counts[k] += value
            for k, value in enumerate(credit_sentences(summary, story.units)):
                per_sentence[k] += value
            for k, value in enumerate(also_credits(summary, story.units)):
                also[k] += value
        n = max(len(rows), 1)
        results.append(
            PyramidScore(
                system=name,
                pyramid=sum(r[0] for r in rows) / n,
                auto_pyramid=sum(r[1] for r in rows) / n,
                attribution_precision=counts[0] / counts[1] if counts[1] else 1.0,
                attribution_recall=counts[0] / counts[2] if counts[2] else 1.0,
                missing_share=per_sentence[1] / per_sentence[0] if per_sentence[0] else 0.0,
                wrong_share=per_sentence[2] / per_sentence[0] if per_sentence[0] else 0.0,
                also_precision=also[0] / also[1] if also[1] else 1.0,
                also_sentences=also[2],
                part_missing_share=also[3] / per_sentence[0] if per_sentence[0] else 0.0,
                redundancy=sum(r[2] for r in rows) / n,
                opening=sum(r[3] for r in rows) / n,
                core=sum(r[4] for r in rows) / n,
                core_share=_mean(stated / total for stated, total in shares if total),
                core_all=_mean(float(stated == total) for stated, total in shares if total),
                stories=len(rows),
            )
        )
    return results


def _mean(values: Iterable[float]) -> float:
    """Mean of the values (1.0 when there are none: nothing to miss)."""
    items = list(values)
    return sum(items) / len(items) if items else 1.0


def unit_agreement(data: Path, first: Path, second: Path) -> tuple[int, float, float]:
    """Stories both annotators labelled, and over every two sentences of different articles
    of those stories, the F1 and Cohen's kappa of "they state a common unit"."""
    one = {story.id: story for story in load_gold(data, first)}
    other = {story.id: story for story in load_gold(data, second) if story.id in one}
    both = [0, 0, 0, 0]  # yes/yes, yes/no, no/yes, no/no
    for story_id, story in other.items():
        keys = [(d.id, s.index) for d in story.documents for s in d.sentences]
        shared = [_sharing(one[story_id].units), _sharing(story.units)]
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                if a[0] != b[0]:
                    x, y = ((a, b) in shared[0]), ((a, b) in shared[1])
                    both[(not x) * 2 + (not y)] += 1
    yes_yes, yes_no, no_yes, no_no = both
    total = max(sum(both), 1)
    f1 = 2 * yes_yes / max(2 * yes_yes + yes_no + no_yes, 1)
    observed = (yes_yes + no_no) / total
    chance = ((yes_yes + yes_no) * (yes_yes + no_yes) + (no_yes + no_no) * (yes_no + no_no)) / (
        total * total
    )
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    return len(other), f1, kappa


def _sharing(units: Sequence[Unit]) -> set[tuple[Key, Key]]:
    """Ordered pairs of sentences that state a common unit."""
    return {(a, b) for unit in units for a in unit.members for b in unit.members if a != b}


def ant_article(record: dict[str, Any]) -> Article:
    """An Article from one ANT JSONL record (dated, Arabic)."""
    return Article(
        id=record["id"],
        title=record["title"],
        text=record["text"],
        source=record["source"],
        published=datetime.fromisoformat(record["published"]),
        published_certainty="stated",
        lang="ar",
    )
