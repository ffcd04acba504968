"""Articles of another day's development in a story (issue 19, round 23): the story's core is
the group of its articles tied by time (published within ``relevance.APART`` of one another)
or by their leads (each one's lead states a fact of the other); an article outside the group
that most outlets form, a day or more from all of them and its lead sharing no fact with theirs,
tells another event of the same actor the clustering let in (the next day's condemnation, an
earlier attack in the same city), and its sentences are not shown unless a core article states
them too."""

from __future__ import annotations

from collections import Counter

import numpy as np

from marsad.summarize.base import StoryText
from marsad.summarize.relevance import APART, LEAD, unless_stated

# A core needs this many articles: with two, neither is the story's (relevance._far_pair).
MIN_ARTICLES = 3


def off_core(story: StoryText) -> np.ndarray:
    """Mask of the sentences of articles outside the story's core group (``_groups``): the
    group of the most outlets, when one group has strictly more than any other."""
    found = np.zeros(len(story.sentences), dtype=bool)
    if len(story.documents) < MIN_ARTICLES:
        return found
    groups = _groups(story)
    if len(set(groups.values())) < 2:
        return found
    outlets: dict[int, set[str]] = {}
    for document in story.documents:
        outlets.setdefault(groups[document.id], set()).add(document.article.source)
    ranked = Counter({group: len(names) for group, names in outlets.items()}).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return found  # no group of the most outlets: no core to keep
    core = ranked[0][0]
    found[:] = [groups[s.article] != core for s in story.sentences]
    return unless_stated(story, found)


def _groups(story: StoryText) -> dict[str, int]:
    """Each article's group: articles published within ``APART`` of each other (or undated)
    are joined, then, when that leaves several groups, those whose leads state a fact of each
    other (both ways: a lead tied one way is the pair classifier reading two events of one
    actor as one, ``relevance._tied``)."""
    ids = [d.id for d in story.documents]
    when = [d.article.published for d in story.documents]
    parent = list(range(len(ids)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    pairs = [(a, b) for a in range(len(ids)) for b in range(a + 1, len(ids))]
    for a, b in pairs:
        one, other = when[a], when[b]
        if one is None or other is None or abs(one - other) < APART:
            parent[find(a)] = find(b)
    if len({find(n) for n in range(len(ids))}) > 1:  # most stories stop here: one day
        articles = np.array([s.article for s in story.sentences])
        leads = np.array([s.index < LEAD for s in story.sentences], dtype=bool)
        same = story.same_fact
        for a, b in pairs:
            if find(a) == find(b):
                continue
            own, their = articles == ids[a], articles == ids[b]
            if same[np.ix_(own & leads, their)].any() and same[np.ix_(their & leads, own)].any():
                parent[find(a)] = find(b)
    return {name: find(n) for n, name in enumerate(ids)}
