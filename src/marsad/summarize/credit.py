"""Which articles state a summary sentence: a decision per article, not per sentence pair.

An outlet often tells one summary sentence's fact over two of its own sentences ("زار الوزير
الأقصى …" / "وزار بن علوي قبة الصخرة …"), so no single sentence of it states the summary
sentence and a pairwise rule leaves it uncredited (16 of the 30 credits missing on the February
blind gold were of that kind). A logistic regression over the article as a whole (the share of
the sentence's terms that the article holds anywhere or in its close sentences, its figures,
the best pairwise evidence of the pair classifier) decides for each other article of the story.
It was fit on the blind pyramid gold of February 2018 with the pair classifier
(``python -m marsad.eval.train_pairs``); the weights ship as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import csr_matrix

from marsad.caches import cached
from marsad.lang.names import skeleton
from marsad.summarize.fact_figures import fact_figures_held

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

MODEL_FILE = "credit.json"
FEATURES = (
    "best_states",  # the pair classifier's best "states" logit over the article's sentences
    "best_same",  # its best "same fact" logit
    "union_coverage",  # IDF-weighted share of the sentence's terms the article holds anywhere
    "near_coverage",  # the same over the article's sentences close to it (cosine or same fact)
    "figures_held",  # share of the sentence's figures the article states (1 without figures)
    "figures_clash",  # the sentence states figures and the article none of them
    "best_cosine",
    "second_cosine",  # the article's second closest sentence (a fact told over two sentences)
    "lead",  # the sentence is among the first two of its own article
    "log_length",  # log(1 + words) of the sentence: longer sentences say more to be stated
)
# A sentence of the article is close to the summary sentence at this cosine, or when the pair
# classifier leans to "same fact" (logit ≥ 0).
NEAR_COSINE = 0.15


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A story's articles as the credit model reads them: where each one's sentences start,
    the terms each sentence holds and the sentences stating each figure."""

    starts: np.ndarray  # index of each article's first sentence (articles are contiguous)
    presence: csr_matrix  # sentences × terms, 1 where the sentence holds the term
    stating: dict[str, np.ndarray]  # figure -> the sentences that state it
    loose: csr_matrix  # sentences × loose spellings (lang.names.skeleton) of their terms, 1/0
    loose_idf: np.ndarray  # IDF of each loose spelling over the story's sentences

    @classmethod
    def of(cls, story: StoryText) -> ArticleView:
        """The view of ``story`` (its sentences are flattened article by article)."""
        starts = [
            index
            for index, sentence in enumerate(story.sentences)
            if not index or sentence.article != story.sentences[index - 1].article
        ]
        presence = csr_matrix(story.vectors, copy=True)
        presence.data[:] = 1.0
        stating: dict[str, list[int]] = {}
        for index, figures in enumerate(story.figures):
            for figure in figures:
                stating.setdefault(figure, []).append(index)
        # Outlets spell one name their own way (ماسك / موسك, نتنياهو / نتانياهو): the loose
        # spelling lets them share the term. The vectors' columns are the terms in order of
        # first use (``lang.vectors.tfidf_rows``): each is spelled loosely once, not per use.
        vocabulary = dict.fromkeys(t for s in story.sentences for t in s.terms or ("\x00",))
        loosely = list(map(skeleton, vocabulary))
        spelled = {form: k for k, form in enumerate(dict.fromkeys(loosely))}  # first use first
        column = list(map(spelled.__getitem__, loosely))
        merge = csr_matrix(
            (np.ones(len(column)), (np.arange(len(column)), column)),
            shape=(len(column), len(spelled)),
        )
        loose = csr_matrix(presence @ merge)
        loose.data[:] = 1.0
        frequency = np.bincount(loose.indices, minlength=loose.shape[1])
        loose_idf = np.log((1 + loose.shape[0]) / (1 + frequency)) + 1.0  # as tfidf_rows
        return cls(
            starts=np.array(starts),
            presence=presence,
            stating={figure: np.array(rows) for figure, rows in stating.items()},
            loose=loose,
            loose_idf=loose_idf,
        )

    def start(self, sentence: int) -> int:
        """The first sentence of the article holding ``sentence``."""
        return int(self.starts[np.searchsorted(self.starts, sentence, side="right") - 1])

    def end(self, start: int) -> int:
        """One past the last sentence of the article starting at ``start``."""
        following = self.starts[self.starts > start]
        return int(following[0]) if following.size else self.presence.shape[0]


def article_features(story: StoryText, index: int) -> tuple[list[int], np.ndarray]:
    """The other articles of the story (as the first sentence of each) and, for each, the
    ``FEATURES`` row saying how surely it states sentence ``index`` (every article at once:
    maxima and unions over each article's run of sentences)."""
    view = story.articles
    starts = view.starts
    n = len(story.sentences)
    sentence = story.sentences[index]
    logits = story.pair_logits
    cosine = story.similarity[index]
    same = logits["same"][index] if logits is not None else np.full(n, -np.inf)
    states = logits["states"][index] if logits is not None else np.full(n, -np.inf)
    near = (cosine >= NEAR_COSINE) | (same >= 0)
    terms = view.presence.indices[view.presence.indptr[index] : view.presence.indptr[index + 1]]
    weights = story.idf[terms]
    mass = weights.sum() or 1.0
    # sentences × the sentence's own terms; a TF-IDF weight is never 0, so the dense vectors
    # (when the story has them) say it without slicing the sparse matrix's columns
    dense = story.dense
    holds = (dense[:, terms] if dense is not None else view.presence[:, terms].toarray()) > 0
    held = np.maximum.reduceat(holds, starts, axis=0) @ weights / mass
    near_held = np.maximum.reduceat(holds & near[:, None], starts, axis=0) @ weights / mass
    own = story.figures[index]
    stated = np.zeros(len(starts))
    for figure in own:
        mask = np.zeros(n, dtype=bool)
        mask[view.stating[figure]] = True
        stated += np.maximum.reduceat(mask, starts)
    lengths = np.diff(np.append(starts, n))
    best = np.maximum.reduceat(cosine, starts)
    top = np.repeat(best, lengths)
    ties = np.add.reduceat((cosine == top).astype(int), starts)
    below = np.maximum.reduceat(np.where(cosine < top, cosine, -np.inf), starts)
    second = np.where(ties >= 2, best, np.where(lengths > 1, below, 0.0))
    count = len(starts)
    rows = np.column_stack(
        [
            np.maximum.reduceat(states, starts),
            np.maximum.reduceat(same, starts),
            held,
            near_held,
            stated / len(own) if own else np.ones(count),
            (stated == 0).astype(float) if own else np.zeros(count),
            best,
            second,
            np.full(count, float(sentence.index <= 1)),
            np.full(count, float(np.log1p(sentence.word_count))),
        ]
    )
    other = np.array([story.sentences[s].article != sentence.article for s in starts.tolist()])
    return starts[other].tolist(), rows[other]


def _figures_agree(story: StoryText, index: int, start: int, end: int) -> bool:
    """True when the article's sentences close to sentence ``index`` state its key figures
    (its toll or score, ``events.StoryEvents.states_key``), or all its figures without one.

    Outlets tell one event with different tolls and prices ("14 قتيلا" on Sunday, "مئة" on
    Monday; "63.01 دولار" at the close, "63.76" in the morning): the model, reading the words,
    credited them on February (6 of 16 added credits read were such), so a credit needs the
    figures too. A report of a 5-0 win that does not add "the 11th in a row" still states the
    win: only the figures that identify the event are required when the sentence has some."""
    own = story.figures[index]
    key = story.events.has_key(index)
    if not own and not key:
        return True
    cosine = story.similarity[index, start:end]
    logits = story.pair_logits
    same = logits["same"][index, start:end] if logits is not None else np.zeros(end - start)
    close = (np.flatnonzero((cosine >= NEAR_COSINE) | (same >= 0)) + start).tolist()
    if key:
        return story.events.states_key(index, close, story.figures)
    stated = frozenset().union(*(story.figures[j] for j in close))
    if own <= stated:
        return True
    # "خمس سنوات" states the 5 of "5 سنوات": numbers in words, read only when digits fall short
    worded = stated.union(*(story.events.worded(j) for j in close))
    return fact_figures_held(story.sentences[index].text, own, worded)


@dataclass(frozen=True, slots=True, kw_only=True)
class CreditModel:
    """A standardized logistic regression over ``FEATURES`` and its decision threshold."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    info: dict[str, Any]

    def logit(self, rows: np.ndarray) -> np.ndarray:
        """The logit that each article (row) states the sentence."""
        return np.asarray(((rows - self.mean) / self.scale) @ self.coef + self.intercept)

    def credited(self, story: StoryText, index: int) -> list[int]:
        """For each other article that states sentence ``index``, its sentence closest to it
        (the best "states" logit, then cosine): where the credit points."""
        if story.pair_logits is None:
            return []
        firsts, rows = article_features(story, index)
        if not firsts:
            return []
        cut = np.log(self.threshold / (1 - self.threshold))
        found = []
        for first, logit in zip(firsts, self.logit(rows).tolist(), strict=True):
            end = story.articles.end(first)
            if logit < cut or not _figures_agree(story, index, first, end):
                continue
            states = story.pair_logits["states"][index, first:end]
            closest = np.lexsort((-story.similarity[index, first:end], -states))[0]
            found.append(first + int(closest))
        return found

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "features": list(FEATURES),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "coef": self.coef.tolist(),
            "intercept": self.intercept,
            "threshold": self.threshold,
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CreditModel:
        """Read the JSON form; a model for other features is an error."""
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"credit model features {data['features']} differ from {FEATURES}")
        return cls(
            mean=np.array(data["mean"], dtype=float),
            scale=np.array(data["scale"], dtype=float),
            coef=np.array(data["coef"], dtype=float),
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            info=dict(data.get("info", {})),
        )


@cached()
def shipped_credit_model() -> CreditModel:
    """The credit model shipped in marsad/summarize/models/."""
    text = resources.files("marsad.summarize.models").joinpath(MODEL_FILE).read_text("utf-8")
    return CreditModel.from_dict(json.loads(text))
