"""Which sentences of a story state the same fact: a pair classifier trained on blind gold.

Outlets word one fact differently ("أحرز ريال مدريد ... 3-1" / "فاز ريال مدريد بثلاثة أهداف"),
so one cosine threshold either misses paraphrases or merges different facts. Two logistic
regressions over the pair's lexical evidence (cosine, one-way coverage both ways, shared and
clashing figures, lead positions, outlet, length) give, for every two sentences, the
probability that they share a fact (``same``: a summary must not state it twice) and that
the second states all the first says (``states``: the second's outlet may be credited). They
were fit on the blind pyramid gold of February 2018 (``python -m marsad.eval.train_pairs``);
the weights ship as JSON.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import csr_matrix

from marsad.caches import cached
from marsad.facts.quotes import has_speech_verb
from marsad.lang.arabic import normalize_digits
from marsad.lang.names import skeleton
from marsad.lang.terms import terms
from marsad.summarize.doer import doer_words
from marsad.summarize.fact_figures import fact_figures_held
from marsad.summarize.signature import ANCHORED_LOGIT, MAX_APART, event_pairs, figures_agree
from marsad.summarize.verb_roots import root_event

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

MODEL_FILE = "pairs.json"
TARGETS = ("same", "states")
FEATURES = (
    "cosine",  # TF-IDF cosine of the two sentences
    "coverage",  # IDF-weighted share of the first's terms the second holds
    "coverage_back",  # the same the other way
    "figures_held",  # share of the first's figures the second states (1 without figures)
    "figures_clash",  # both state figures and share none
    "both_leads",  # both are among the first two sentences of their articles
    "same_outlet",
    "length_gap",  # |log of the ratio of their word counts|
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# A sentence whose content another article's sentence holds this much of (IDF-weighted, names
# by their loose spelling), with every figure of it, shares a fact with it, whatever the
# classifier says: the cosine, low between a short sentence and a long one, hid such copies.
# On the February gold, of the pairs of different articles held at 0.6 and not already
# stated (``statement_matrix`` < 0.5), 13 share every unit and 3 some, none none.
CONTAINED = 0.6
# For a credit (``states``) the share is higher: a wrong credit is worse than a missing one.
CONTAINED_STATES = 0.8
# ... when it has at least this many content terms (a short clause is held by many sentences).
CONTAINED_TERMS = 5
# Words in quotation marks (« », “ ”, "): what a speaker said, which outlets quote in full or
# in part ("لا تختبروا" / "لا تختبروا عزم إسرائيل!").
_QUOTED = re.compile(r"[«“\"]([^«»“”\"]+)[»”\"]")
# "وصف ظريف تصريحات نتانياهو "بالسيرك الهزلي"", "رد ظريف بوصف تصريحاته بـ "السيرك الهزلي"": a
# description quoted (the verb or its noun), which the quotes stage's speech verbs leave out.
_DESCRIBED = re.compile(r"(?:^|\s)[وف]?ب?(?:وصف|وصفت|يصف|تصف)\s")
# Two outlets' first sentences tell the story's event: at this "same fact" logit, either way,
# they state one fact though their words differ (a doer named or not, other verbs: "سقطت
# طائرة هليكوبتر عسكرية تقل مسؤولين كبارا" / "مروحية تحطمت" with the minister named). On the
# February gold, first sentences of two articles at -0.25 to 0 share a unit 4 times of 4 (0 of 1
# at -0.5 to -0.25). Second sentences too share a unit there (6 of 6 more), but joining them
# hid a rich lead behind a CNN aside ("ويذكر أن …") in the Aseman crash story: gold pyramid
# 0.896 -> 0.884, so only first sentences.
LEAD_LOGIT = -0.25


def sentence_figures(text: str) -> frozenset[str]:
    """The numbers a sentence states (Arabic-Indic digits folded, thousands commas dropped)."""
    return frozenset(m.replace(",", "") for m in _NUMBER.findall(normalize_digits(text)))


def pair_features(story: StoryText) -> Iterator[tuple[str, np.ndarray]]:
    """Each feature of every ordered pair of the story's sentences, as an n × n matrix, one at
    a time (a story of 2,000 sentences holds a few such matrices, not all of them)."""
    n = len(story.sentences)
    yield "cosine", story.similarity
    yield "coverage", story.coverage
    yield "coverage_back", story.coverage.T
    found = story.figures
    numbers = sorted(set().union(*found))
    column = {number: k for k, number in enumerate(numbers)}
    rows = [k for k, figures in enumerate(found) for _ in figures]
    columns = [column[f] for figures in found for f in figures]
    marks = csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(n, max(len(numbers), 1)))
    shared = np.asarray((marks @ marks.T).todense())
    counts = np.array([len(figures) for figures in found], dtype=float)
    held = np.ones((n, n))
    has = counts > 0
    held[has] = shared[has] / counts[has, None]
    yield "figures_held", held
    yield "figures_clash", (np.outer(has, has) & (shared == 0)).astype(float)
    lead = np.array([s.index <= 1 for s in story.sentences])
    yield "both_leads", np.outer(lead, lead).astype(float)
    outlets = np.asarray(story.sources)
    yield "same_outlet", (outlets[:, None] == outlets[None, :]).astype(float)
    length = np.log1p([s.word_count for s in story.sentences])
    yield "length_gap", np.abs(length[:, None] - length[None, :])


def loose_coverage(story: StoryText) -> np.ndarray:
    """coverage[i, j] (the IDF-weighted share of sentence i's terms that sentence j holds) with
    terms matched by ``lang.names.skeleton``: outlets spell one name their own way (ماسك /
    موسك, نتنياهو / نتانياهو), and the exact terms then share nothing but the verb."""
    view = story.articles
    weighted = csr_matrix(view.loose.multiply(view.loose_idf.reshape(1, -1)))
    overlap = (weighted @ view.loose.T).toarray()
    mass = np.asarray(weighted.sum(axis=1)).ravel()
    mass[mass == 0] = 1.0
    coverage: np.ndarray = overlap / mass[:, None]
    return coverage


def rules(story: StoryText, same: np.ndarray) -> dict[str, np.ndarray]:
    """The pairs decided by rule, whatever the classifier says: ``rule_same`` (one sentence
    contains the other, ``contained``, they report one quote, ``same_quote``, or tell one
    event, ``signature.event_pairs``) and ``rule_states`` (j contains i at
    ``CONTAINED_STATES``: a credit, so stricter; an event told in other words gives none: one of
    its six February credits was wrong, and on the March gold it lowered attribution precision);
    ``same``: the classifier's "same fact" logits, a floor for the event and lead rules
    (``lead_pairs``: two outlets' first sentences close to one fact)."""
    loose = loose_coverage(story)
    # both shares from one pass: what is held at the higher share is held at the lower one
    either = contained(story, loose, min(CONTAINED, CONTAINED_STATES))
    held = either & (loose >= CONTAINED)
    eligible = story.eligible.tolist()
    event = event_pairs(story, eligible, same) | event_pairs(
        story, eligible, same, root_event, ANCHORED_LOGIT
    )
    # a doer read from the words (``doer``) marks a repeat, not a credit: on the blind
    # February gold its one second-line credit was wrong (Joyce's "decided to resign after
    # harassment claims" given to the BBC's pressure to resign)
    read = event_pairs(story, eligible, same, root_event, ANCHORED_LOGIT, doer_words)
    return {
        "rule_same": held | held.T | same_quote(story) | event | read | lead_pairs(story, same),
        "rule_states": either & (loose >= CONTAINED_STATES),
        "event": event,
    }


def lead_pairs(story: StoryText, same: np.ndarray) -> np.ndarray:
    """joined[i, j]: sentences i and j, the first sentences of two outlets' articles published
    within ``signature.MAX_APART``, both such as may be shown, whose "same fact" logit either
    way reaches ``LEAD_LOGIT``, one of which states every figure of the other (CNN's "65, not
    66" beside France 24's "66 aboard" is a correction) and whose tolls and scores agree
    (``signature.figures_agree``): one fact. Symmetric."""
    n = len(story.sentences)
    joined = np.zeros((n, n), dtype=bool)
    lead = story.eligible & np.array([s.index == 0 for s in story.sentences])
    rows = np.flatnonzero(lead)
    if rows.size < 2:
        return joined
    outlet = np.unique(np.asarray(story.sources)[rows], return_inverse=True)[1]
    close = np.maximum(same, same.T)[np.ix_(rows, rows)] >= LEAD_LOGIT
    close &= outlet[:, None] != outlet[None, :]
    published = {d.id: d.article.published for d in story.documents}
    for a, b in zip(*np.nonzero(np.triu(close, 1)), strict=True):
        i, j = int(rows[a]), int(rows[b])
        first = published.get(story.sentences[i].article)
        second = published.get(story.sentences[j].article)
        if first and second and abs(first - second) > MAX_APART:
            continue
        one, two = story.figures[i], story.figures[j]
        if (one <= two or two <= one) and figures_agree(story, i, j):
            joined[i, j] = joined[j, i] = True
    return joined


def contained(story: StoryText, loose: np.ndarray, share: float) -> np.ndarray:
    """contained[i, j]: sentence j, of another article, holds ``share`` of sentence i's
    content by ``loose`` (``loose_coverage``) and every figure of it; i has
    ``CONTAINED_TERMS`` terms or more."""
    articles = story.article_numbers
    held: np.ndarray = loose >= share
    held &= articles[:, None] != articles[None, :]
    held &= (np.diff(story.articles.loose.indptr) >= CONTAINED_TERMS)[:, None]
    for i, j in zip(*np.nonzero(held), strict=True):
        if not fact_figures_held(story.sentences[i].text, story.figures[i], story.figures[j]):
            held[i, j] = False
    return held


def quoted_spans(text: str) -> tuple[str, ...]:
    """The words ``text`` holds in quotation marks, span by span; none without a speech verb
    (quotation marks also set off names: "السيف الحاسم", "سناب شات")."""
    spans: list[str] = _QUOTED.findall(text)
    if not spans or not (has_speech_verb(text) or _DESCRIBED.search(text)):
        return ()
    return tuple(spans)


@cached(20_000)  # a wire sentence's copies, and a story's sentences again in a later digest
def quoted_terms(text: str, language: str) -> frozenset[str]:
    """The terms ``text`` holds in quotes (``quoted_spans``), loosely spelled
    (``lang.names.skeleton``)."""
    spans = quoted_spans(text)
    if not spans:
        return frozenset()
    return frozenset(skeleton(term) for span in spans for term in terms(span, language))


def _quotes_all(own: frozenset[str], other: frozenset[str]) -> bool:
    """True when each of ``own``'s quoted terms is among ``other``'s, or begins or is begun by
    one of them of at least three letters: the stemmer reads one quoted word two ways
    ("بالسيرك" / "سيرك": سيرك / سير)."""
    return own <= other or all(
        term in other
        or any(
            min(len(term), len(word)) >= 3 and (term.startswith(word) or word.startswith(term))
            for word in other
        )
        for term in own
    )


def _telling(term: str, frequency: Counter[str], sentences: int) -> bool:
    """A single quoted word tells a quote when it is long (five letters: "تختبروا", not
    "هجوم") and under a quarter of the story's sentences hold it."""
    return len(term) >= 5 and 4 * frequency.get(term, 0) < sentences


def same_quote(story: StoryText) -> np.ndarray:
    """same[i, j]: sentences i and j, both such as may be shown (``StoryText.eligible``),
    report one quote: j quotes every quoted word of i (a single one only when ``_telling``),
    and they share a word outside the quotes that fewer than half the story's sentences hold:
    the speaker's name, not "قال" (on February, half of the quoted words matched names and
    slogans: "أقوى هجوم" / "ضد أي هجوم")."""
    n = len(story.sentences)
    same = np.zeros((n, n), dtype=bool)
    language = {d.id: d.language for d in story.documents}
    # only sentences that may be shown (half the cost of reading the quoted words' terms)
    quoted = [
        quoted_terms(s.text, language[s.article]) if shown else frozenset()
        for s, shown in zip(story.sentences, story.eligible.tolist(), strict=True)
    ]
    quoting = [i for i in range(n) if quoted[i]]
    if not quoting:
        return same
    held = [frozenset(map(skeleton, s.terms)) for s in story.sentences]
    frequency = Counter(term for terms_held in held for term in terms_held)
    # terms that match share their first three letters: a cheap test before the full one
    heads = [frozenset(term[:3] for term in terms_quoted) for terms_quoted in quoted]
    for i in quoting:
        if len(quoted[i]) == 1 and not _telling(next(iter(quoted[i])), frequency, n):
            continue
        for j in quoting:
            if j == i or not heads[i] <= heads[j] or not _quotes_all(quoted[i], quoted[j]):
                continue
            outside = (held[i] - quoted[i]) & (held[j] - quoted[j])
            if any(2 * frequency[t] < n for t in outside):
                same[i, j] = same[j, i] = True
    return same


@dataclass(frozen=True, slots=True, kw_only=True)
class PairModel:
    """One standardized logistic regression per target over ``FEATURES``."""

    mean: np.ndarray
    scale: np.ndarray
    coef: dict[str, np.ndarray]
    intercept: dict[str, float]
    threshold: dict[str, float]
    info: dict[str, Any]

    def logits(self, story: StoryText) -> dict[str, np.ndarray]:
        """For each target, the logit of every ordered pair of the story's sentences (n × n;
        one pass over the features); beside them, ``rules``: the pairs the rules decide
        whatever the logit (``decide_logits``)."""
        size = (len(story.sentences),) * 2
        logits = {target: np.full(size, self.intercept[target]) for target in TARGETS}
        for k, (_, matrix) in enumerate(pair_features(story)):
            standardized = (matrix - self.mean[k]) / self.scale[k]
            for target in TARGETS:
                logits[target] += standardized * self.coef[target][k]
        return logits | rules(story, logits["same"])

    def decide(self, story: StoryText) -> dict[str, np.ndarray]:
        """For each target, whether its probability reaches the model's threshold, for every
        ordered pair of the story's sentences (n × n booleans)."""
        return self.decide_logits(self.logits(story))

    def decide_logits(self, logits: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """``decide`` on logits already computed; a pair the rules decide (``rules``, when
        ``logits`` holds them) is decided whatever its logit."""
        # p >= t  <=>  logit >= log(t / (1 - t)): no exponentials needed.
        return {
            target: (
                logits[target] >= np.log(self.threshold[target] / (1 - self.threshold[target]))
            )
            | logits.get(f"rule_{target}", False)
            for target in TARGETS
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "features": list(FEATURES),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "coef": {t: self.coef[t].tolist() for t in TARGETS},
            "intercept": self.intercept,
            "threshold": self.threshold,
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PairModel:
        """Read the JSON form; a model for other features is an error."""
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"pair model features {data['features']} differ from {FEATURES}")
        return cls(
            mean=np.array(data["mean"], dtype=float),
            scale=np.array(data["scale"], dtype=float),
            coef={t: np.array(data["coef"][t], dtype=float) for t in TARGETS},
            intercept={t: float(data["intercept"][t]) for t in TARGETS},
            threshold={t: float(data["threshold"][t]) for t in TARGETS},
            info=dict(data.get("info", {})),
        )


@cached()
def shipped_pair_model() -> PairModel:
    """The pair model shipped in marsad/summarize/models/."""
    text = resources.files("marsad.summarize.models").joinpath(MODEL_FILE).read_text("utf-8")
    return PairModel.from_dict(json.loads(text))
