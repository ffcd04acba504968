"""The kind of action a headline reports, for story clustering: one actor's next step.

Two reports of one person or body a day or more apart often tell two events: the prosecutor
freezes an opposition leader's assets, and a day later a court renews his detention; police
arrest suspects in a graft case, and a day later the premier's defence lawyer resigns (issue
19, round 31). Both headlines name the actor, so words and names join them. A headline's kinds
are read from its words' roots (``lang.roots.readings``) against ``headline_kinds.toml``; two
headlines that each report a kind, none in common, more than
``Settings.other_kinds_after_days`` apart count ``Settings.other_kinds_weight`` more for
stories (storylines still link them).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources

import numpy as np
from scipy.sparse import csr_matrix

from marsad.caches import cached
from marsad.evidence import NAMED, _marked
from marsad.lang.arabic import normalize
from marsad.lang.roots import readings, root_keys

DATA_FILE = "headline_kinds.toml"
# A headline's kind of action, among the named terms (evidence.named_terms' marks).
KIND = NAMED + "v:"
_PUNCTUATION = ".,:;!?،؛؟\"'«»“”()-–"


EXCEPTIONS = "not_a_kind"


@cache
def _table() -> dict[str, object]:
    """``headline_kinds.toml`` as read."""
    text = resources.files("marsad").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def not_kinds() -> frozenset[str]:
    """Normalized words that a root reading would take for a kind but name none."""
    words = _table().get(EXCEPTIONS, [])
    if not isinstance(words, list):
        raise ValueError(f"{DATA_FILE}: {EXCEPTIONS} must be a list of words")
    return frozenset(normalize(str(word)) for word in words)


@cache
def kind_roots() -> dict[tuple[str, str | None], str]:
    """The kind of each (root, form) key of ``headline_kinds.toml`` (form None: form I)."""
    return root_keys(_table(), DATA_FILE, skip=EXCEPTIONS)


@cached(100_000)
def word_kind(word: str) -> str | None:
    """The kind of action ``word`` names by one of its root readings, or None."""
    if normalize(word) in not_kinds():
        return None
    kinds = kind_roots()
    for root, form in sorted(readings(word)):
        found = kinds.get((root, form)) or (kinds.get((root, None)) if form == "I" else None)
        if found:
            return found
    return None


def headline_kinds(title: str) -> list[str]:
    """The kinds of action a headline reports, marked as named terms (``KIND``), each once."""
    found = (word_kind(word.strip(_PUNCTUATION)) for word in title.split())
    return list(dict.fromkeys(KIND + kind for kind in found if kind))


def kinds_rows(named: csr_matrix, words: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Of each pair of rows of named-term counts (``words``: their columns' terms), whether both
    headlines report a kind of action and none in common."""
    found = np.zeros(len(pairs), dtype=bool)
    if not len(pairs) or not len(words):
        return found
    columns = np.char.startswith(words.astype(str), KIND)
    if not columns.any():
        return found
    present = csr_matrix((named[:, np.flatnonzero(columns)] > 0).astype(np.float64))
    has = np.asarray(present.sum(axis=1)).ravel() > 0
    both = has[pairs[:, 0]] & has[pairs[:, 1]]
    first, second = pairs[both, 0], pairs[both, 1]
    common = np.asarray(present[first].multiply(present[second]).sum(axis=1)).ravel()
    found[both] = common == 0
    return found


def kinds_apart(first: Iterable[str], second: Iterable[str]) -> bool:
    """``kinds_rows`` of one pair of articles from their named terms (the store's clusterer)."""
    one, two = _marked(first, KIND), _marked(second, KIND)
    return bool(one and two and not one & two)
