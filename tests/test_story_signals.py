"""Glue signals as pair rules (eval/story_signals.py): each discounts the pairs it names, and
the clusterer applies a rule to its candidate pairs."""

import numpy as np
from scipy.sparse import csr_matrix

from marsad.cluster import ClusterParams, PairView, TermCounts, cluster_counts
from marsad.eval.story_signals import (
    headline_names_clash,
    no_shared_headline,
    same_outlet_gap,
    time_gap,
)
from marsad.evidence import TITLE, Background


def _view(days: list[float], outlets: list[str], titles: list[list[int]]) -> PairView:
    pairs = np.array([[0, 1], [0, 2], [1, 2]])
    words = np.array([TITLE + "league", TITLE + "riverside", TITLE + "rovers"])
    return PairView(
        pairs=pairs,
        weights=np.ones(3),
        sizes=np.ones(3, dtype=np.int64),
        days=np.array(days),
        outlets=np.array(outlets, dtype=object),
        title=csr_matrix(np.array(titles, dtype=float)),
        title_words=words,
        lead=csr_matrix((3, 0)),
        lead_words=np.array([], dtype=str),
    )


def test_time_rules_discount_pairs_far_apart_and_recurring_reports_of_one_outlet() -> None:
    view = _view([0.0, 0.25, 2.0], ["a", "a", "a"], [[1, 0, 0]] * 3)
    assert time_gap(12, 0.5)(view).tolist() == [1.0, 0.5, 0.5]
    other = _view([0.0, 0.25, 2.0], ["a", "b", "b"], [[1, 0, 0]] * 3)
    assert same_outlet_gap(12, 0.5)(other).tolist() == [1.0, 1.0, 0.5]


def test_headline_rules_discount_pairs_without_shared_terms_or_with_different_names() -> None:
    # Two matches of one league: "league" in every headline, a different club in each.
    view = _view([0.0] * 3, ["a", "b", "c"], [[1, 1, 0], [1, 0, 1], [0, 0, 0]])
    assert no_shared_headline(0.5)(view).tolist() == [1.0, 0.5, 0.5]
    background = Background(
        documents=100, terms=np.array([TITLE + "league"]), frequency=np.array([40])
    )
    # The third headline has no name at all: only the first pair clashes.
    assert headline_names_clash(background, 2, 0.5)(view).tolist() == [0.5, 1.0, 1.0]


def test_the_clusterer_applies_a_pair_rule_to_its_candidate_pairs() -> None:
    counts = csr_matrix(np.array([[3.0, 1.0, 0.0], [3.0, 0.0, 1.0], [0.0, 0.0, 4.0]]))
    terms = TermCounts(vocabulary=np.array(["quake", "chile", "peru"]), counts=counts)
    days = np.zeros(3)
    params = ClusterParams(threshold=0.5, storyline_threshold=0.1)
    assert [0, 1] in cluster_counts(terms, days, params).groups
    seen: list[int] = []

    def halve(view: PairView) -> np.ndarray:
        seen.append(len(view.pairs))
        return view.weights * 0.5

    split = cluster_counts(terms, days, ClusterParams(threshold=0.5, pair_rule=halve))
    assert seen and [0, 1] not in split.groups
