"""Story clustering: candidates within a time window, average link, B-cubed."""

import dataclasses
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from marsad.cluster import (
    ClusterParams,
    TermCounts,
    candidate_pairs,
    cluster_documents,
    cut,
    merges,
    near_copies,
)
from marsad.eval.clusters import bcubed
from marsad.lang import analyse
from marsad.lang.vectors import tfidf
from marsad.model import Article, CleanArticle, Document

FLOOD = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم في القرى."
FLOOD_2 = (
    "فرق الإنقاذ تستخدم القوارب للوصول إلى القرى المعزولة بسبب الفيضانات في المحافظة الشمالية."
)
CUP = (
    "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في المباراة النهائية."
)


def _document(aid: str, text: str, day: float | None) -> Document:
    published = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(days=day) if day is not None else None
    article = Article(id=aid, title="", text=text, source=aid, published=published)
    return analyse(CleanArticle(article=article, paragraphs=(text,)))


def _labels(documents: list[Document], **params: float) -> list[set[str]]:
    clustering = cluster_documents(documents, ClusterParams(**params))  # type: ignore[arg-type]
    return sorted(({documents[i].id for i in g} for g in clustering.groups), key=sorted)


def test_same_event_joins_and_another_stays_apart() -> None:
    documents = [
        _document("f1", FLOOD, 0),
        _document("f2", f"{FLOOD_2} {FLOOD}", 0.5),
        _document("c1", CUP, 0.2),
    ]
    assert _labels(documents) == [{"c1"}, {"f1", "f2"}]


def test_articles_weeks_apart_are_different_stories() -> None:
    documents = [_document("f1", FLOOD, 0), _document("f2", FLOOD, 30)]
    assert _labels(documents) == [{"f1"}, {"f2"}]
    assert _labels(documents, window_days=40) == [{"f1", "f2"}]


def test_undated_articles_are_compared_with_all() -> None:
    documents = [_document("f1", FLOOD, None), _document("f2", FLOOD, 30)]
    assert _labels(documents) == [{"f1", "f2"}]


def test_average_link_does_not_chain() -> None:
    # a-b and b-c are similar, a-c are not: single link would join all three.
    pairs = np.array([[0, 1], [1, 2]])
    labels = cut(3, merges(3, pairs, np.array([0.9, 0.8]), 0.5), 0.5)
    assert labels[0] == labels[1] != labels[2]


def test_average_link_merges_a_tight_group() -> None:
    pairs = np.array([[0, 1], [1, 2], [0, 2]])
    labels = cut(3, merges(3, pairs, np.array([0.9, 0.8, 0.7]), 0.5), 0.5)
    assert len(set(labels)) == 1


def test_empty_input() -> None:
    assert cluster_documents([], ClusterParams()).groups == []


def test_bcubed_perfect_and_all_in_one() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, gold).f1 == 1.0
    lumped = bcubed(gold, {"a": "1", "b": "1", "c": "1"})
    assert lumped.recall == 1.0
    assert lumped.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_bcubed_missing_prediction_is_a_singleton() -> None:
    score = bcubed({"a": "x", "b": "x"}, {"a": "1"})
    assert score.precision == 1.0
    assert score.recall == 0.5


def test_copies_follow_their_representative() -> None:
    documents = [
        _document("f1", FLOOD, 0),
        _document("c1", CUP, 0.1),
        _document("f1-copy", FLOOD, 0.2),
    ]
    clustering = cluster_documents(documents, ClusterParams(), duplicates=[[0, 2]])
    assert sorted(sorted(g) for g in clustering.groups) == [[0, 2], [1]]
    assert clustering.candidate_pairs == 0  # the copy was never compared


def test_term_counts_joined_from_partitions_equal_counts_of_the_whole() -> None:
    documents = [
        _document("a", FLOOD, 0),
        _document("b", FLOOD_2, 1),
        _document("c", CUP, 2),
        _document("d", FLOOD + " " + CUP, 3),
    ]
    whole = TermCounts.of(documents)
    joined = TermCounts.concat([TermCounts.of(documents[:1]), TermCounts.of(documents[1:])])
    assert whole.vocabulary.tolist() == joined.vocabulary.tolist()
    assert whole.vocabulary.tolist() == sorted(whole.vocabulary.tolist())
    assert (whole.counts != joined.counts).nnz == 0
    vectors = tfidf(whole.counts)
    assert np.allclose(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel(), 1.0)
    assert vectors[0].multiply(vectors[1]).sum() > vectors[0].multiply(vectors[2]).sum()


def test_candidate_pairs_respect_the_window_and_pair_undated_articles_with_all() -> None:
    documents = [
        _document("a", FLOOD, 0),
        _document("b", FLOOD_2, 2.5),
        _document("c", FLOOD, 9),
        _document("d", FLOOD_2, None),
    ]
    vectors = tfidf(TermCounts.of(documents[:3]).blocks()[0])
    dated = candidate_pairs(vectors, np.array([0, 2.5, 9]), ClusterParams())
    assert dated.tolist() == [[0, 1]]  # c is 9 and 6.5 days away from a and b
    vectors = tfidf(TermCounts.of(documents).blocks()[0])
    days = np.array([0, 2.5, 9, np.nan])
    pairs = {tuple(p) for p in candidate_pairs(vectors, days, ClusterParams()).tolist()}
    assert {(0, 3), (1, 3), (2, 3)} <= pairs  # the undated article meets everyone


def test_storylines_continue_the_merges_of_stories_and_nest_them() -> None:
    # Two tight pairs, loosely linked through one cross pair (average 0.5 / 4 = 0.125).
    pairs = np.array([[0, 1], [2, 3], [1, 2]])
    done = merges(4, pairs, np.array([0.9, 0.8, 0.5]), threshold=0.1)
    stories, lines = cut(4, done, 0.6), cut(4, done, 0.1)
    assert stories[0] == stories[1] != stories[2] == stories[3]
    assert len(set(lines)) == 1
    assert cut(4, done, 0.2) == stories  # 0.125 is below 0.2: the pairs stay apart
    averages = [average for _kept, _merged, average in done]
    assert averages == sorted(averages, reverse=True)


def test_a_development_is_its_own_story_in_the_same_storyline() -> None:
    documents = [_document("f1", FLOOD, 0), _document("f2", FLOOD_2, 1), _document("c", CUP, 0)]
    clustering = cluster_documents(
        documents, ClusterParams(threshold=0.5, storyline_threshold=0.05)
    )
    stories = [{documents[i].id for i in group} for group in clustering.groups]
    lines = [set().union(*(stories[n] for n in line)) for line in clustering.storylines]
    assert sorted(map(sorted, stories)) == [["c"], ["f1"], ["f2"]]
    assert sorted(map(sorted, lines)) == [["c"], ["f1", "f2"]]


def test_two_articles_of_one_outlet_need_more_to_be_one_story() -> None:
    flood, rescue = _document("f1", FLOOD, 0), _document("f2", f"{FLOOD_2} {FLOOD}", 0.1)
    params = ClusterParams(threshold=0.5, storyline_threshold=0.1, same_outlet_weight=0.5)
    apart = cluster_documents([flood, rescue], params)  # each _document is its own outlet
    assert len(apart.groups) == 1
    same = dataclasses.replace(rescue.article, source=flood.article.source)
    other = _document("c", CUP, 0)
    documents = [flood, dataclasses.replace(rescue, article=same), other]
    together = cluster_documents(documents, params)
    assert len(together.groups) == 3 and len(together.storylines) == 2
    # A corpus of one outlet (or of articles naming none) is not weighed down.
    assert len(cluster_documents(documents[:2], params).groups) == 1


WORDS = FLOOD.split()


def _edited(number: int) -> str:
    """The flood sentence with one word swapped for another of its words (a light edit)."""
    words = list(WORDS)
    words[number % len(words)] = WORDS[(number * 7 + 3) % len(words)]
    return " ".join(words)


def test_near_copies_are_clustered_as_one_row_not_all_their_pairs() -> None:
    copies = [_document(f"f{n}", _edited(n), n / 100) for n in range(40)]
    documents = [*copies, _document("c", CUP, 0.2)]
    vectors = tfidf(TermCounts.of(documents).blocks()[0])
    days = np.array([n / 100 for n in range(40)] + [0.2])
    group = near_copies(vectors, days, ClusterParams())
    assert set(group[:40].tolist()) == {0} and group[40] == 40
    far = days.copy()
    far[39] = 30.0  # a copy a month later is not joined to the others
    assert near_copies(vectors, far, ClusterParams())[39] == 39
    clustering = cluster_documents(documents, ClusterParams())
    assert sorted(map(sorted, clustering.groups)) == [list(range(40)), [40]]
    assert clustering.candidate_pairs <= 1  # 780 pairs among the copies without joining


def test_a_row_standing_for_several_articles_links_by_their_average() -> None:
    # Item 0 stands for two articles whose similarities to item 1 sum to 0.9: average 0.45.
    pairs = np.array([[0, 1]])
    assert merges(2, pairs, np.array([0.9]), 0.5, sizes=[2, 1]) == []
    assert merges(2, pairs, np.array([0.9]), 0.4, sizes=[2, 1]) == [(0, 1, 0.45)]
