"""Budgeted coverage summarizers: ILP concept coverage and submodular coverage + diversity."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix, lil_matrix

from marsad.settings import Settings
from marsad.summarize.base import StoryText, positions, register
from marsad.summarize.mmr import rescale

DEFAULT_WORDS = Settings().summary_words
# The ILP keeps the most frequent concepts only, so that it stays small and fast.
MAX_CONCEPTS = 400
# Solver time limit in seconds; the incumbent is used if it is reached.
ILP_SECONDS = 5.0


def outlet_agreement(story: StoryText) -> np.ndarray:
    """For each sentence, the share of its content other outlets of the story also carry.

    Each term counts (IDF-weighted, so names and figures weigh more than stock words) by the
    share of the story's other outlets whose articles contain it anywhere: a fact most outlets
    report scores near 1 even when each words it differently, one outlet's detail near 0.
    Zero for every sentence of a one-outlet story.
    """
    if len(set(story.sources)) < 2:
        return np.zeros(len(story.sentences))
    outlets, member = np.unique(np.asarray(story.sources), return_inverse=True)
    rows = np.arange(len(member))
    if story.dense is not None:  # small stories: numpy beats scipy.sparse's overhead
        presence = (story.dense > 0).astype(float)
        of_outlet = np.zeros((len(outlets), len(rows)))
        of_outlet[member, rows] = 1.0
        term_outlets = ((of_outlet @ presence) > 0).sum(axis=0).astype(float)
        weighted = presence * story.idf.reshape(1, -1)
    else:
        sparse = csr_matrix(story.vectors, copy=True)
        sparse.data[:] = 1.0
        shape = (len(outlets), len(rows))
        by_outlet = csr_matrix((np.ones(len(rows)), (member, rows)), shape=shape)
        term_outlets = np.asarray(((by_outlet @ sparse) > 0).sum(axis=0), dtype=float).ravel()
        weighted = csr_matrix(sparse.multiply(story.idf.reshape(1, -1)))
    others = (term_outlets - 1.0) / (len(outlets) - 1)
    mass = np.asarray(weighted.sum(axis=1), dtype=float).ravel()
    # A fragment of a few common words ("ليس هناك هدية أكبر من ذلك.") would share all of its
    # little content: a share is taken of at least half the story's middle sentence (sorted by
    # mass; np.median cost as much as the rest).
    floor = max(0.5 * float(np.sort(mass)[len(mass) // 2]), 1e-9)
    shared = np.asarray(weighted @ others, dtype=float).ravel()
    shares: np.ndarray = shared / np.maximum(mass, floor)
    return shares


def _within_budget_first(story: StoryText, chosen: list[int], prior: np.ndarray) -> np.ndarray:
    """Chosen sentences above all others (in pick order); the rest ordered by ``prior``."""
    scores = rescale(prior) if prior.size else prior
    for rank, index in enumerate(chosen):
        scores[index] = 2.0 + len(chosen) - rank
    return np.asarray(scores, dtype=float)


def _position_prior(story: StoryText) -> np.ndarray:
    return 1.0 / (1.0 + positions(story))


def concepts(story: StoryText) -> dict[tuple[str, str], set[int]]:
    """Gillick & Favre's concepts: adjacent content-term bigrams, with their sentences."""
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, sentence in enumerate(story.sentences):
        for pair in pairwise(sentence.terms):
            holders[pair].add(index)
    return holders


@register("ilp")
class ILPSummarizer:
    """Concept coverage by integer programming (Gillick & Favre 2009) with scipy's HiGHS milp.

    maximize Σ w_c·c  s.t.  Σ len_s·s ≤ L,  s ≤ c for every concept c in s,  c ≤ Σ_{s∋c} s.
    A concept's weight is the number of sentences holding it × the outlets stating it
    (document frequency, as in Gillick & Favre), raised when it appears early in an article.
    """

    def __init__(self, position_weight: float = 1.0, min_frequency: int = 2) -> None:
        self.position_weight = position_weight
        self.min_frequency = min_frequency

    def score(self, story: StoryText) -> np.ndarray:
        """Scores for the default budget (``Settings.summary_words``)."""
        return self.score_within(story, DEFAULT_WORDS)

    def score_within(self, story: StoryText, words: int) -> np.ndarray:
        """The optimal sentence set for ``words`` first, the rest by position."""
        return _within_budget_first(story, self._solve(story, words), _position_prior(story))

    def _weights(self, story: StoryText) -> tuple[list[set[int]], np.ndarray]:
        prior = _position_prior(story)
        found = concepts(story)
        frequent = {c: s for c, s in found.items() if len(s) >= self.min_frequency} or found
        weighted = []
        for concept, holders in frequent.items():
            outlets = len({story.sources[i] for i in holders})
            bonus = 1.0 + self.position_weight * max(prior[i] for i in holders)
            weighted.append((len(holders) * outlets * bonus, sorted(holders), concept))
        weighted.sort(key=lambda item: (-item[0], item[2]))
        kept = weighted[:MAX_CONCEPTS]
        return [set(h) for _, h, _ in kept], np.array([w for w, _, _ in kept])

    def _solve(self, story: StoryText, words: int) -> list[int]:
        n = len(story.sentences)
        holders, weights = self._weights(story)
        m = len(holders)
        if m == 0:
            return []
        lengths = np.array([s.word_count for s in story.sentences], dtype=float)
        occurrences = sum(len(h) for h in holders)
        rows = lil_matrix((1 + occurrences + m, n + m))
        rows[0, :n] = lengths
        row = 1
        for c, sentences in enumerate(holders):
            for s in sentences:  # s ≤ c: a chosen sentence brings its concepts
                rows[row, s], rows[row, n + c] = 1.0, -1.0
                row += 1
            rows[row, n + c] = 1.0  # c ≤ Σ s: a concept counts only if a chosen sentence has it
            for s in sentences:
                rows[row, s] = -1.0
            row += 1
        upper = np.concatenate([[words], np.zeros(occurrences + m)])
        allowed = np.concatenate([story.eligible.astype(float), np.ones(m)])
        result = milp(
            c=np.concatenate([np.zeros(n), -weights]),
            constraints=LinearConstraint(rows.tocsr(), -np.inf, upper),
            integrality=np.ones(n + m),
            bounds=Bounds(np.zeros(n + m), allowed),
            options={"time_limit": ILP_SECONDS},
        )
        if result.x is None:
            return []
        chosen = [i for i in range(n) if result.x[i] > 0.5]
        return sorted(chosen, key=lambda i: (story.sentences[i].index, i))


@register("submodular")
class SubmodularSummarizer:
    """Coverage + diversity, maximized greedily under the budget (Lin & Bilmes 2011).

    F(S) = Σ_i min(C_i(S), α·C_i(V)) + λ·Σ_k sqrt(Σ_{j ∈ S∩P_k} r_j), with C_i(S) = Σ_{j∈S} w_ij,
    clusters P_k of the sentences, singleton rewards r_j; greedy gain / length^0.3.
    Here r_j mixes centrality with a position prior, since news leads carry the story.
    """

    def __init__(self, alpha: float = 5.0, diversity: float = 6.0, cost_power: float = 0.3) -> None:
        self.alpha = alpha  # Lin & Bilmes: α = a / N with a = 5
        self.diversity = diversity  # their λ = 6
        self.cost_power = cost_power  # their r = 0.3

    def score(self, story: StoryText) -> np.ndarray:
        """Scores for the default budget (``Settings.summary_words``)."""
        return self.score_within(story, DEFAULT_WORDS)

    def score_within(self, story: StoryText, words: int) -> np.ndarray:
        """The greedy sentence set for ``words`` first (in pick order), the rest by reward."""
        reward = self._rewards(story)
        return _within_budget_first(story, self._greedy(story, words, reward), reward)

    def _rewards(self, story: StoryText) -> np.ndarray:
        centrality = story.similarity.mean(axis=1)
        return np.asarray(rescale(centrality) + _position_prior(story), dtype=float)

    def _greedy(self, story: StoryText, words: int, reward: np.ndarray) -> list[int]:
        n = len(story.sentences)
        weights = story.similarity
        caps = (self.alpha / n) * weights.sum(axis=1)
        clusters = _clusters(story)
        lengths = np.array([max(s.word_count, 1) for s in story.sentences], dtype=float)
        covered = np.zeros(n)
        cluster_mass = np.zeros(int(clusters.max()) + 1 if n else 0)
        chosen: list[int] = []
        used = 0.0
        candidates = [i for i in range(n) if story.eligible[i]]
        while candidates:
            base = np.minimum(covered, caps).sum()
            gains = []
            for j in candidates:
                coverage = np.minimum(covered + weights[:, j], caps).sum() - base
                k = clusters[j]
                diversity = np.sqrt(cluster_mass[k] + reward[j]) - np.sqrt(cluster_mass[k])
                gains.append(
                    (coverage + self.diversity * diversity) / lengths[j] ** self.cost_power
                )
            best = candidates[int(np.argmax(gains))]
            candidates.remove(best)
            if used + lengths[best] > words:
                continue
            chosen.append(best)
            used += lengths[best]
            covered += weights[:, best]
            cluster_mass[clusters[best]] += reward[best]
        return chosen


def _clusters(story: StoryText) -> np.ndarray:
    """Sentence clusters for the diversity term: k-means on TF-IDF vectors, k ≈ n / 5."""
    n = len(story.sentences)
    k = max(1, n // 5)
    if k == 1:
        return np.zeros(n, dtype=int)
    from sklearn.cluster import KMeans

    model = KMeans(n_clusters=k, n_init=1, random_state=0)
    return np.asarray(model.fit_predict(story.vectors), dtype=int)
