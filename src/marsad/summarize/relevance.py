"""Which sentences of a story a summary may lean on: not an article far from the story's centre
(another event's article the clustering let in), not a one-line flash that only repeats its
title (``usable``); a sentence sharing no term with the story's other articles only when
nothing else fits (``peripheral``). A far sentence another article states too
(``StoryText.same_fact`` or ``states``) is not far: the fact belongs to the story; a flash is
still a flash (another article's lead tells it as a sentence)."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix

from marsad.summarize.base import StoryText

# An article is far from the story when the cosine of its TF-IDF sum to the sum of the other
# articles' (each normalised) is below this; only with at least ``MIN_ARTICLES`` articles, since
# with two neither is the centre.
FAR_ARTICLE = 0.2
MIN_ARTICLES = 3
# An article of fewer sentences has too few words to be judged (a video's one-line caption).
JUDGED_SENTENCES = 3
# An article whose lead states a fact another article states is on the story.
LEAD = 2
# A sentence is far from the story's key terms (terms of at least two of its articles) when
# fewer than this share of its terms are key terms: none (0.2 moved out 121 February summary
# sentences, most of them an outlet's own detail of the event).
FAR_SENTENCE = 0.01
# A one-sentence article whose sentence has this share of its words in the title is a flash.
FLASH_TITLE_SHARE = 0.6
_WORD = re.compile(r"\w+")


def usable(story: StoryText) -> np.ndarray:
    """Mask of the sentences a summary may use: not those of a far article that no other
    article states, not a flash."""
    articles = [s.article for s in story.sentences]
    names = list(dict.fromkeys(articles))
    if len(names) < 2:
        return np.ones(len(articles), dtype=bool)
    far = _far_articles(story, articles, names)
    mask: np.ndarray = ~_unless_stated(story, far) & ~_flashes(story)
    return mask


def peripheral(story: StoryText) -> np.ndarray:
    """Mask of the sentences none of whose terms another article of the story has (and that
    no other article states): chosen only after every other sentence was considered. On
    February, 9 of the 12 summary sentences it moved out were asides or fragments ("حسب ما
    نقلت وكالة الصحافة الفرنسية.", "وينكر الطرفان جميع الادعاءات …"); banning them outright
    would also drop an outlet's own detail when the budget has room."""
    articles = [s.article for s in story.sentences]
    if len(set(articles)) < 2:
        return np.zeros(len(articles), dtype=bool)
    return _unless_stated(story, _far_sentences(story, articles))


def _unless_stated(story: StoryText, far: np.ndarray) -> np.ndarray:
    """``far`` without the sentences another, not far, article states too."""
    rows = np.flatnonzero(far)
    if not rows.size:
        return far
    articles = np.array([s.article for s in story.sentences])
    stated = story.same_fact[rows] | (story.states[rows] >= story.attribution_threshold)
    others = (articles[None, :] != articles[rows, None]) & ~far[None, :]
    kept = far.copy()
    kept[rows] = ~(stated & others).any(axis=1)
    return kept


def article_closeness(story: StoryText) -> dict[str, float]:
    """Each article's cosine to the centroid of the story's other articles (TF-IDF sums)."""
    articles = [s.article for s in story.sentences]
    names = list(dict.fromkeys(articles))
    if len(names) < 2:
        return dict.fromkeys(names, 1.0)
    sums = np.asarray((_members(articles) @ story.vectors).todense())
    sums /= np.linalg.norm(sums, axis=1, keepdims=True) + 1e-12
    total = sums.sum(axis=0)
    closeness = {}
    for n, name in enumerate(names):
        others = total - sums[n]
        closeness[name] = float(sums[n] @ others / (np.linalg.norm(others) + 1e-12))
    return closeness


def _members(articles: list[str]) -> csr_matrix:
    """Articles × sentences: 1 where the sentence is the article's (articles in story order)."""
    names = list(dict.fromkeys(articles))
    number = {name: n for n, name in enumerate(names)}
    rows = np.array([number[a] for a in articles])
    return csr_matrix(
        (np.ones(len(articles)), (rows, np.arange(len(articles)))),
        shape=(len(names), len(articles)),
    )


def _far_articles(story: StoryText, articles: list[str], names: list[str]) -> np.ndarray:
    """Sentences of articles far from the others (``FAR_ARTICLE``) none of whose sentences
    states a fact another article states: a short video piece on the event is far by its words
    but its lead states the event."""
    if len(names) < MIN_ARTICLES:
        return np.zeros(len(articles), dtype=bool)
    closeness = article_closeness(story)
    length = Counter(articles)
    low = np.array(
        [closeness[a] < FAR_ARTICLE and length[a] >= JUDGED_SENTENCES for a in articles],
        dtype=bool,
    )
    if not low.any():
        return low
    shares: list[bool] = np.asarray(story.same_fact.any(axis=1), dtype=bool).tolist()
    anchored = {
        s.article
        for s, shared in zip(story.sentences, shares, strict=True)
        if shared and s.index < LEAD
    }
    far: np.ndarray = low & np.array([a not in anchored for a in articles], dtype=bool)
    return far


def _far_sentences(story: StoryText, articles: list[str]) -> np.ndarray:
    """Sentences few of whose terms appear in another article of the story."""
    present = (story.vectors > 0).astype(float)
    in_articles = np.asarray(((_members(articles) @ present) > 0).sum(axis=0)).ravel()
    key = np.asarray(present @ (in_articles > 1).astype(float)).ravel()
    total = np.asarray(present.sum(axis=1)).ravel()
    has_terms = np.array([bool(s.terms) for s in story.sentences])
    far: np.ndarray = has_terms & (key < FAR_SENTENCE * total)
    return far


def _flashes(story: StoryText) -> np.ndarray:
    """The sentence of an article that is one sentence repeating its title."""
    flash = np.zeros(len(story.sentences), dtype=bool)
    count = Counter(s.article for s in story.sentences)
    bodies = {d.id: d for d in story.documents}
    for n, sentence in enumerate(story.sentences):
        if count[sentence.article] > 1:
            continue
        document = bodies[sentence.article]
        if sentence.text.strip() != document.body.strip():
            continue
        words = _WORD.findall(sentence.text)
        title = set(_WORD.findall(document.article.title))
        if words and sum(w in title for w in words) / len(words) >= FLASH_TITLE_SHARE:
            flash[n] = True
    return flash
