"""Noise left in a digest: independent detectors over story and summary sentences, per outlet,
and their precision and recall (and the cleaning's) against a blind hand check.

The detectors do not share code with the cleaning rules: they look at a sentence as a reader
would (a dateline prefix, a heading, a hashtag, a teaser title, a cut-off end, a fragment).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.clean import clean_articles, compact
from marsad.eval.pyramid import ANT_FILE, ant_article
from marsad.lang import analyse
from marsad.lang.context import needs_context, points_back
from marsad.model import Article, Digest, Document, SummarySentence

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "noise" / "gold-march-2018.jsonl"
SECOND = GOLD.with_name("second-annotator.jsonl")
# Blind checks of summary sentences drawn from March digests, before, during and after this
# round's cleaning changes (tests/data/noise/README.md says how they were drawn).
SUMMARY_CHECKS = tuple(
    GOLD.with_name(f"summaries-march-2018-{name}.jsonl")
    for name in (
        "before",
        "after",
        "final",
        "round4",
        "round5",
        "round6",
        "round7",
        "round8",
        "round9",
        "round10",
        "round11",
        "round12",
        "round13",
        "round14",
        "round15",
        "round16",
        "round17",
        "round18",
        "round19",
        "round20",
        "round21",
        "round22",
        "round23",
        "round24",
        "round25",
        "round26",
        "round27",
        "round28",
        "round29",
        "round30",
        "round30-context",
        "round31",
        "round31-context",
    )
)
GOLD_MONTH = "2018-03"
# Tuning labels for needs_context: 500 February sentences (second sentence to ninth of an
# article, after cleaning), labelled blind; a second annotator relabelled the first 100.
FRAGMENTS = GOLD.with_name("fragments-february-2018.jsonl")
FRAGMENTS_SECOND = GOLD.with_name("fragments-february-2018-second.jsonl")
# A second round: 500 other February sentences drawn the same way, by other annotators.
FRAGMENTS_ROUND2 = GOLD.with_name("fragments-february-2018-round2.jsonl")
FRAGMENTS_ROUND2_SECOND = GOLD.with_name("fragments-february-2018-round2-second.jsonl")
# Each February set with its second annotator's relabelling, in the order they were made.
FRAGMENT_SETS = {
    "round 1": (FRAGMENTS, FRAGMENTS_SECOND),
    "round 2": (FRAGMENTS_ROUND2, FRAGMENTS_ROUND2_SECOND),
}
FRAGMENTS_MONTH = "2018-02"

_DATELINE = re.compile(
    r"^\s*(?:[^\s()،,]+[\s،,]+){0,6}\([^()]{2,30}\)\s*[-–—]|^\s*\([^()]{3,80}\)\s*[-–—]"
)
_HASHTAG = re.compile(r"[#＃]\w|(?<!\w)@\w{2,}")
_QUESTION = re.compile(r"[?؟][\"”’»)]*\s*$")
_TERMINAL = re.compile(r"[.!?؟…:;؛\"”’»)]\s*$")
# A sentence cut after a letter name or a single letter ("… بالرحلة إم.", "… بنوك بي.").
_CUT_AFTER_LETTER = re.compile(
    r"(?:^|\s)(?:إم|ام|بي|سي|دي|إف|اف|جي|إتش|اتش|إن|إس|اس|تي|يو|كيه|آي|\w)\.\s*$"
)
_WORD = re.compile(r"\w+")


def _dateline(text: str) -> bool:
    return bool(_DATELINE.match(text))


def _heading(text: str) -> bool:
    words = len(text.split())
    return (words <= 14 and bool(_QUESTION.search(text))) or (
        words <= 10 and not _TERMINAL.search(text)
    )


def _hashtag(text: str) -> bool:
    return bool(_HASHTAG.search(text))


def _truncated(text: str) -> bool:
    return bool(_CUT_AFTER_LETTER.search(text)) or len(_WORD.findall(text)) < 3


def _fragment(text: str) -> bool:
    return needs_context(text, "ar")


# Detectors that read one sentence; "teaser" needs the titles of the period (see noise_report).
DETECTORS: dict[str, Callable[[str], bool]] = {
    "dateline": _dateline,
    "heading": _heading,
    "hashtag": _hashtag,
    "truncated": _truncated,
    "fragment": _fragment,
}
KINDS = (*DETECTORS, "teaser")


@dataclass(slots=True)
class Flagged:
    """Sentences read, how many a detector flags, and the flags by detector."""

    sentences: int = 0
    noisy: int = 0
    flags: Counter[str] = field(default_factory=Counter)

    def add(self, found: list[str]) -> None:
        """Count one sentence and the detectors that flag it."""
        self.sentences += 1
        self.noisy += bool(found)
        self.flags.update(found)


@dataclass(slots=True)
class OutletNoise:
    """Flagged story and summary sentences of one outlet, with examples of the flagged
    summary sentences."""

    story: Flagged = field(default_factory=Flagged)
    summary: Flagged = field(default_factory=Flagged)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def flags(text: str, titles: frozenset[str] = frozenset()) -> list[str]:
    """The detectors that flag a sentence; ``titles`` are compact titles of other articles."""
    found = [name for name, detect in DETECTORS.items() if detect(text)]
    if titles and compact(text) in titles:
        found.append("teaser")
    return found


def noise_report(
    digest: Digest, documents: Sequence[Document] = (), examples: int = 3
) -> dict[str, OutletNoise]:
    """Per outlet, how many summary sentences and how many sentences of the story members
    (``documents``: the articles as marsad analysed them) the detectors flag. A sentence is a
    teaser when it is the title of another article of its outlet in the digest. A summary
    sentence right after its own article's previous sentence is not a fragment: it reads as
    meant (the summaries show one that needs context only there)."""
    report: dict[str, OutletNoise] = defaultdict(OutletNoise)
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    own_title: dict[str, str] = {}
    outlet_of: dict[str, str] = {}
    for story in digest.stories:
        for article in story.articles:
            own_title[article.id] = compact(article.title)
            titles[article.source][own_title[article.id]] += 1
            outlet_of[article.id] = article.source

    def detect(text: str, article: str) -> tuple[str, list[str]]:
        source = outlet_of.get(article, "?")
        key = compact(text)
        # Another article's title: more articles have it than this one's own title counts.
        others = titles[source][key] > (own_title.get(article) == key)
        return source, flags(text, frozenset({key}) if others else frozenset())

    for document in documents:
        if document.id not in outlet_of:  # an exact copy, in no story
            continue
        for sentence in document.sentences:
            source, found = detect(sentence.text, document.id)
            report[source].story.add(found)
    for story in digest.stories:
        previous: SummarySentence | None = None
        for summary_sentence in story.summary:
            source, found = detect(summary_sentence.text, summary_sentence.article)
            if _follows(previous, summary_sentence):
                found = [name for name in found if name != "fragment"]
            previous = summary_sentence
            row = report[source]
            row.summary.add(found)
            for name in found:
                if len(row.examples[name]) < examples:
                    row.examples[name].append(summary_sentence.text)
    return dict(report)


def _follows(previous: SummarySentence | None, sentence: SummarySentence) -> bool:
    """The summary sentence comes right after its article's previous sentence."""
    return (
        previous is not None
        and previous.article == sentence.article
        and previous.sentence == sentence.sentence - 1
    )


def analysed(articles: Sequence[Article]) -> list[Document]:
    """The articles cleaned with each other's evidence and analysed, as a digest does."""
    return [analyse(item) for item in clean_articles(articles)]


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldSentence:
    """A hand-checked sentence of an ANT article: its text, its article and the label."""

    article: Article
    start: int
    end: int
    noise: bool
    labels: tuple[str, ...]

    @property
    def text(self) -> str:
        """The sentence as it stands in the article."""
        return self.article.text[self.start : self.end]


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """Precision and recall of a yes/no decision against the gold's noise label."""

    name: str
    true_positive: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of flagged sentences that are noise."""
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of noise sentences that are flagged."""
        return self.true_positive / self.gold if self.gold else 0.0


def load_gold(month: Sequence[Article], gold: Path = GOLD) -> list[GoldSentence]:
    """The gold sentences with their articles (from ``month``, the articles of the month it
    was drawn from); a drifted text is an error."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    articles: dict[str, Article] = {}
    for article in month:
        articles.setdefault(article.id, article)
    items = []
    for row in rows:
        item = GoldSentence(
            article=articles[row["article"]],
            start=row["start"],
            end=row["end"],
            noise=row["noise"],
            labels=tuple(row["labels"]),
        )
        if hashlib.sha256(item.text.encode()).hexdigest()[:16] != row["sha256"]:
            raise ValueError(f"gold sentence {row['article']}:{row['start']} no longer matches")
        items.append(item)
    return items


def score(name: str, items: Sequence[GoldSentence], decided: Sequence[bool]) -> Score:
    """Precision and recall of one decision per gold sentence against its noise label."""
    return Score(
        name=name,
        true_positive=sum(d and item.noise for d, item in zip(decided, items, strict=True)),
        predicted=sum(decided),
        gold=sum(item.noise for item in items),
    )


def cleaning_handles(items: Sequence[GoldSentence], context: Sequence[Article]) -> list[bool]:
    """For each gold sentence, whether marsad does not show it as it stands: removed or changed
    by cleaning (with the period's articles as evidence), or flagged ``needs_context``."""
    chosen = list({item.article.id: item.article for item in items}.values())
    chosen_ids = {article.id for article in chosen}
    cleaned = clean_articles(chosen, context=[a for a in context if a.id not in chosen_ids])
    shown: dict[str, set[str]] = {}
    for item in cleaned:
        document = analyse(item)
        shown[document.id] = {compact(s.text) for s in document.sentences if not s.needs_context}
    return [compact(item.text) not in shown[item.article.id] for item in items]


def read_month(data: Path, month: str) -> list[Article]:
    """ANT articles published in a month ("2018-03")."""
    with gzip.open(data / ANT_FILE, "rt", encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines if f'"published": "{month}' in line)
        return [ant_article(r) for r in records if r["published"].startswith(month)]


def gold_scores(month: Sequence[Article], gold: Path = GOLD) -> tuple[list[Score], int]:
    """Each detector's and the cleaning's precision/recall on the gold, and its size.
    ``month``: the articles of ``GOLD_MONTH`` (the gold's texts, the cleaning's evidence)."""
    items = load_gold(month, gold)
    scores = [score("any detector", items, [bool(flags(item.text)) for item in items])]
    scores += [
        score(name, items, [detect(item.text) for item in items])
        for name, detect in DETECTORS.items()
    ]
    scores.append(score("marsad cleaning", items, cleaning_handles(items, month)))
    return scores, len(items)


def fragment_score(
    month: Sequence[Article] | Sequence[Document],
    gold: Path = FRAGMENTS,
    *,
    several: bool = False,
) -> tuple[Score, int]:
    """Precision and recall of ``needs_context`` against the labelled fragments, and how many
    labelled sentences are no longer found (their article now splits differently).
    ``month``: the articles of ``FRAGMENTS_MONTH``, or those already ``analysed`` (to score
    several sets without analysing the month again). ``several``: score what a summary of
    several articles keeps after its predecessor, ``needs_context`` or ``points_back``."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    wanted = {row["article"] for row in rows}
    flagged: dict[tuple[str, str], bool] = {}
    documents = [item for item in month if isinstance(item, Document)]
    if len(documents) < len(month):
        documents = analysed([item for item in month if isinstance(item, Article)])
    for document in documents:
        if document.id in wanted:
            for sentence in document.sentences:
                digest = hashlib.sha256(sentence.text.encode()).hexdigest()[:16]
                flagged[document.id, digest] = sentence.needs_context or (
                    several and points_back(sentence.text, document.language)
                )
    found = [row for row in rows if (row["article"], row["sha256"]) in flagged]
    decided = [flagged[row["article"], row["sha256"]] for row in found]
    fragment = ["fragment" in row["labels"] for row in found]
    name = "needs_context or points_back" if several else "needs_context"
    result = Score(
        name=f"{name} (February fragments, {_set_name(gold)})",
        true_positive=sum(d and f for d, f in zip(decided, fragment, strict=True)),
        predicted=sum(decided),
        gold=sum(fragment),
    )
    return result, len(rows) - len(found)


def _set_name(gold: Path) -> str:
    """The round a February set is known by, or its file name."""
    names = {first: name for name, (first, _) in FRAGMENT_SETS.items()}
    return names.get(gold, gold.stem)


def gold_fragment_score(month: Sequence[Article], gold: Path = GOLD) -> Score:
    """Precision and recall of ``needs_context`` against the hand check's "fragment" label
    (the report for the rules tuned on February). ``month``: the articles of ``GOLD_MONTH``."""
    items = load_gold(month, gold)
    return Score(
        name="needs_context (March fragment label)",
        true_positive=sum(needs_context(i.text, "ar") and "fragment" in i.labels for i in items),
        predicted=sum(needs_context(i.text, "ar") for i in items),
        gold=sum("fragment" in i.labels for i in items),
    )


def agreement(
    first: Path = GOLD, second: Path = SECOND, label: str | None = None
) -> tuple[int, float, float]:
    """Items labelled by both annotators, raw agreement on noise (or on one ``label``), and
    Cohen's kappa."""

    def labelled(row: dict[str, Any]) -> bool:
        return bool(row["noise"]) if label is None else label in row["labels"]

    a = {r["item"]: labelled(r) for r in map(json.loads, first.read_text().splitlines())}
    b = {r["item"]: labelled(r) for r in map(json.loads, second.read_text().splitlines())}
    both = sorted(a.keys() & b.keys())
    n = len(both)
    observed = sum(a[i] == b[i] for i in both) / n
    pa, pb = sum(a[i] for i in both) / n, sum(b[i] for i in both) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    return n, observed, (observed - chance) / (1 - chance)


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryCheck:
    """A blind check of summary sentences: how many were judged, and how many a reader of the
    summary sees as noise (a fragment right after its own predecessor reads as meant)."""

    sentences: int
    noise: int
    shown_noise: int
    labels: Counter[str]


def summary_check(path: Path) -> SummaryCheck:
    """Count the noise of one blind check of summary sentences. A row read in context (its
    annotator saw the title and the summary sentences before it) is shown noise as labelled;
    a row read alone is not when it is only a fragment right after its own predecessor."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    shown = [
        row
        for row in rows
        if row["noise"]
        and (
            row.get("reading") == "context"
            or not (set(row["labels"]) == {"fragment"} and row["after_predecessor"])
        )
    ]
    return SummaryCheck(
        sentences=len(rows),
        noise=sum(row["noise"] for row in rows),
        shown_noise=len(shown),
        labels=Counter(label for row in shown for label in row["labels"]),
    )
