"""An automatic audit of every multi-article summary of a digest: redundancy, credit, context.

The checks read the summary as an editor's checklist would and share no code with the
summarizer's choices: two summary sentences are redundant when they carry the same figures
and most of the same words; a credited article is wrong when none of its sentences carries
the summary sentence's figures and most of its words; an article is missing when one of its
sentences does and it is not credited; a sentence that leans on the one before it must follow
it, and a summary must open with an article's lead.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.model import Digest, Document, Sentence, Story, SummarySentence
from marsad.summarize.pairs import sentence_figures as figures

# Share of the shorter sentence's content terms the other must hold: two summary sentences
# above it say one thing twice; a credited article's sentence below it does not state it.
SAME_TERMS = 0.5
# An uncredited article states a summary sentence when one of its sentences holds this much.
STATES_TERMS = 0.8
# The opening sentence must be among the first sentences of its article (its lead).
LEAD_SENTENCES = 2

KINDS = ("redundant", "wrong_credit", "missing_credit", "alone", "opening")


@dataclass(slots=True)
class Audit:
    """Counts over the audited summaries, with a few examples of each failure."""

    stories: int = 0
    sentences: int = 0
    credits: int = 0
    also: int = 0  # "also told" articles (the second level of credit, not checked here)
    with_also: int = 0  # sentences with an "also told" list
    failing: Counter[str] = field(default_factory=Counter)  # sentences (or stories) per kind
    stories_with: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, story: Story, text: str) -> None:
        """Count one failure of ``kind`` and keep up to three examples."""
        self.failing[kind] += 1
        found = self.examples.setdefault(kind, [])
        if len(found) < 3:
            found.append(f"{story.id}: {text[:160]}")


def _holds(big: Sentence, small: Sentence, share: float) -> bool:
    """True when ``big`` carries ``small``'s figures and ``share`` of its content terms."""
    terms = set(small.terms)
    if not terms or not figures(small.text) <= figures(big.text):
        return False
    return len(terms & set(big.terms)) / len(terms) >= share


def audit_story(story: Story, documents: dict[str, Document], audit: Audit) -> None:
    """Add one story's summary to the audit (stories of one article are skipped)."""
    if len(story.articles) < 2 or not story.summary:
        return
    audit.stories += 1
    sentences = [_analysed(s, documents) for s in story.summary]
    before = Counter(audit.failing)
    for n, (shown, sentence) in enumerate(zip(story.summary, sentences, strict=True)):
        audit.sentences += 1
        audit.credits += len(shown.sources)
        audit.also += len(shown.also)
        audit.with_also += bool(shown.also)
        if any(
            _holds(sentence, other, SAME_TERMS) or _holds(other, sentence, SAME_TERMS)
            for other in sentences[:n]
        ):
            audit.note("redundant", story, shown.text)
        for article in shown.sources:
            if article != shown.article and not any(
                _holds(other, sentence, SAME_TERMS) for other in documents[article].sentences
            ):
                audit.note("wrong_credit", story, f"{article}: {shown.text}")
        for member in story.articles:
            if member.id not in shown.sources and any(
                _holds(other, sentence, STATES_TERMS) for other in documents[member.id].sentences
            ):
                audit.note("missing_credit", story, f"{member.id}: {shown.text}")
        previous = story.summary[n - 1] if n else None
        leans = sentence.needs_context  # as analysis flagged it (lang/context.py)
        follows = previous is not None and (previous.article, previous.sentence) == (
            shown.article,
            shown.sentence - 1,
        )
        if leans and not follows:
            audit.note("alone", story, shown.text)
    opening = story.summary[0]
    if opening.sentence >= LEAD_SENTENCES:
        audit.note("opening", story, opening.text)
    for kind in KINDS:
        if audit.failing[kind] > before[kind]:
            audit.stories_with[kind] += 1


def _analysed(shown: SummarySentence, documents: dict[str, Document]) -> Sentence:
    return documents[shown.article].sentences[shown.sentence]


def audit_digest(digest: Digest, documents: Sequence[Document]) -> Audit:
    """Audit every multi-article story of ``digest``; ``documents`` are its analysed articles."""
    by_id = {document.id: document for document in documents}
    audit = Audit()
    for story in digest.stories:
        audit_story(story, by_id, audit)
    return audit


READINGS = Path(__file__).resolve().parents[3] / "tests" / "data" / "summary_reading"
READING_FILE = READINGS / "march-2018.jsonl"
SECOND_READING = READINGS / "march-2018-second-reader.jsonl"
# (name, first reader, second reader): the readings at b3c80d4, 7a2280b, 5c0858b, 2f5b068,
# db0847e and bd94216.
READINGS_DONE = (
    ("b3c80d4", READING_FILE, SECOND_READING),
    (
        "7a2280b",
        READINGS / "march-2018-final.jsonl",
        READINGS / "march-2018-final-second-reader.jsonl",
    ),
    (
        "5c0858b",
        READINGS / "march-2018-round3.jsonl",
        READINGS / "march-2018-round3-second-reader.jsonl",
    ),
    (
        "2f5b068",
        READINGS / "march-2018-round4.jsonl",
        READINGS / "march-2018-round4-second-reader.jsonl",
    ),
    (
        "db0847e",
        READINGS / "march-2018-round5.jsonl",
        READINGS / "march-2018-round5-second-reader.jsonl",
    ),
    (
        "bd94216",
        READINGS / "march-2018-round6.jsonl",
        READINGS / "march-2018-round6-second-reader.jsonl",
    ),
    (
        "5cd5f2e",
        READINGS / "march-2018-round7.jsonl",
        READINGS / "march-2018-round7-second-reader.jsonl",
    ),
    (
        "a1752e3",
        READINGS / "march-2018-round8.jsonl",
        READINGS / "march-2018-round8-second-reader.jsonl",
    ),
    (
        "94b8e88",
        READINGS / "march-2018-round9.jsonl",
        READINGS / "march-2018-round9-second-reader.jsonl",
    ),
    (
        "ef9958b",
        READINGS / "march-2018-round10.jsonl",
        READINGS / "march-2018-round10-second-reader.jsonl",
    ),
    (
        "84a95de",
        READINGS / "march-2018-round11.jsonl",
        READINGS / "march-2018-round11-second-reader.jsonl",
    ),
    (
        "50c3a82",
        READINGS / "march-2018-round12.jsonl",
        READINGS / "march-2018-round12-second-reader.jsonl",
    ),
    (
        "3f3ffe7",
        READINGS / "march-2018-round13.jsonl",
        READINGS / "march-2018-round13-second-reader.jsonl",
    ),
    (
        "d1bb164",
        READINGS / "march-2018-round14.jsonl",
        READINGS / "march-2018-round14-second-reader.jsonl",
    ),
    (
        "e571994",
        READINGS / "march-2018-round15.jsonl",
        READINGS / "march-2018-round15-second-reader.jsonl",
    ),
    (
        "d390370",
        READINGS / "march-2018-round16.jsonl",
        READINGS / "march-2018-round16-second-reader.jsonl",
    ),
    (
        "b18f6ad",
        READINGS / "march-2018-round17.jsonl",
        READINGS / "march-2018-round17-second-reader.jsonl",
    ),
    (
        "ad0f95b",
        READINGS / "march-2018-round18.jsonl",
        READINGS / "march-2018-round18-second-reader.jsonl",
    ),
    (
        "0951f3b",
        READINGS / "march-2018-round19.jsonl",
        READINGS / "march-2018-round19-second-reader.jsonl",
    ),
    (
        "4fb4c99",
        READINGS / "march-2018-round20.jsonl",
        READINGS / "march-2018-round20-second-reader.jsonl",
    ),
    (
        "f4b2492",
        READINGS / "march-2018-round21.jsonl",
        READINGS / "march-2018-round21-second-reader.jsonl",
    ),
    (
        "7e0fe9a",
        READINGS / "march-2018-round22.jsonl",
        READINGS / "march-2018-round22-second-reader.jsonl",
    ),
    (
        "3c98140",
        READINGS / "march-2018-round23.jsonl",
        READINGS / "march-2018-round23-second-reader.jsonl",
    ),
    (
        "5c78a5c",
        READINGS / "march-2018-round24.jsonl",
        READINGS / "march-2018-round24-second-reader.jsonl",
    ),
    (
        "0345e9b",
        READINGS / "march-2018-round25.jsonl",
        READINGS / "march-2018-round25-second-reader.jsonl",
    ),
    (
        "1e52547",
        READINGS / "march-2018-round26.jsonl",
        READINGS / "march-2018-round26-second-reader.jsonl",
    ),
    (
        "462e1a0",
        READINGS / "march-2018-round27.jsonl",
        READINGS / "march-2018-round27-second-reader.jsonl",
    ),
    (
        "b1b1719",
        READINGS / "march-2018-round28.jsonl",
        READINGS / "march-2018-round28-second-reader.jsonl",
    ),
    (
        "514cb8f",
        READINGS / "march-2018-round29.jsonl",
        READINGS / "march-2018-round29-second-reader.jsonl",
    ),
    (
        "621ee1c",
        READINGS / "march-2018-round30.jsonl",
        READINGS / "march-2018-round30-second-reader.jsonl",
    ),
)
# "wrong_also": an outlet of the second credit line ("also told, in part or in other words")
# whose article does not tell the sentence's fact; read from round 20 on (before it, no such line).
SENTENCE_CHECKS = (
    "noise",
    "off_topic",
    "needs_context",
    "wrong_credit",
    "missing_credit",
    "wrong_also",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """An editor's blind reading of summaries: shares of sentences and of summaries failing
    each item of the checklist (docs/annotation-summaries.md)."""

    summaries: int
    sentences: int
    sentence_shares: dict[str, float]  # SENTENCE_CHECKS and "redundant"
    summary_shares: dict[str, float]  # noise_or_off_topic, redundant, first_states_event, ...


def _flagged(sentence: dict[str, Any], check: str) -> bool:
    if check == "redundant":
        return sentence.get("redundant_with") is not None
    return bool(sentence.get(check))


def read_reading(path: Path = READING_FILE) -> list[dict[str, Any]]:
    """The rows of a reading file (one summary per line)."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def reading_scores(rows: Sequence[dict[str, Any]]) -> Reading:
    """The checklist's shares over the read summaries."""
    sentences = [s for row in rows for s in row["sentences"]]
    checks = (*SENTENCE_CHECKS, "redundant")
    count = max(len(rows), 1)

    def share(test: Callable[[dict[str, Any]], bool]) -> float:
        return sum(test(row) for row in rows) / count

    return Reading(
        summaries=len(rows),
        sentences=len(sentences),
        sentence_shares={
            c: sum(_flagged(s, c) for s in sentences) / max(len(sentences), 1) for c in checks
        },
        summary_shares={
            "noise_or_off_topic": share(
                lambda r: any(
                    _flagged(s, "noise") or _flagged(s, "off_topic") for s in r["sentences"]
                )
            ),
            "redundant": share(lambda r: any(_flagged(s, "redundant") for s in r["sentences"])),
            "first_states_event": share(lambda r: bool(r["first_states_event"])),
            "missing_core_fact": share(lambda r: bool(r["missing_core_fact"])),
            "publishable": share(lambda r: bool(r["publishable"])),
        },
    )


def reading_agreement(
    first: Path = READING_FILE, second: Path = SECOND_READING
) -> tuple[int, float, float]:
    """Summaries both readers read; share of their per-summary verdicts (publishable, first
    sentence, redundant, noise, missing fact) and of their per-sentence flags that agree."""
    one = {row["item"]: row for row in read_reading(first)}
    other = [row for row in read_reading(second) if row["item"] in one]
    verdicts = same_verdicts = flags = same_flags = 0
    for row in other:
        mine, theirs = reading_scores([one[row["item"]]]), reading_scores([row])
        for key in mine.summary_shares:
            verdicts += 1
            same_verdicts += mine.summary_shares[key] == theirs.summary_shares[key]
        for a, b in zip(one[row["item"]]["sentences"], row["sentences"], strict=True):
            for check in (*SENTENCE_CHECKS, "redundant"):
                if check == "wrong_also" and check not in a and check not in b:
                    continue  # a reading from before the second credit line
                flags += 1
                same_flags += _flagged(a, check) == _flagged(b, check)
    return len(other), same_verdicts / max(verdicts, 1), same_flags / max(flags, 1)
