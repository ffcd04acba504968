"""The Summarizer protocol, its registry, and the shared story view every summarizer scores.

A summarizer only scores sentences; choosing within the budget, removing redundancy,
ordering and attribution are shared (sumy's habit of one ranking helper for all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

import numpy as np
from scipy.sparse import csr_matrix

from marsad.errors import UnknownAlgorithmError
from marsad.lang.context import TOLD_WINDOW, points_back, told_before
from marsad.lang.referents import page_pointer, refers_back
from marsad.lang.surnames import surname_only
from marsad.lang.vectors import tfidf_rows
from marsad.model import Document, Sentence
from marsad.summarize.told_events import untold_event
from marsad.summarize.told_kinds import untold_kind

if TYPE_CHECKING:
    from marsad.summarize.credit import ArticleView
    from marsad.summarize.events import StoryEvents

# Up to this many cells (sentences × terms) a story's matrix products run dense: scipy.sparse
# costs tens of microseconds per operation whatever the size, and most stories hold a few
# dozen sentences (one-article stories took 4.8 ms to summarize sparse, mostly that overhead).
DENSE_CELLS = 200_000
# Sentences shorter than this are fragments (bylines, leftovers) and never enter a summary.
MIN_SUMMARY_WORDS = 6
# A quote continued without naming its speaker ("وتابع "…"", "وأضاف: "…"", 'He added: "…"')
# cannot be understood outside its article.
_UNNAMED_SPEAKER = re.compile(
    r"^\s*(و|ف|كما\s+)?(تابع|أضاف|اضاف|قال|أوضح|اوضح|أكد|اكد|مضى)(ت)?\s*[:«\"“]"
    r"|^\s*(he|she|they)\s+(added|said|continued)\s*[:,]?\s*[\"“]",
    re.IGNORECASE,
)
# A question in the reporter's own voice is a heading or an opinion column's rhetoric, not news
# ("فما هي الشركة المصنفة رقم واحد؟"): on February 2018 ANT, 52 of 6,637 summary sentences were
# questions, and all but those quoting someone were of that kind. A quoted question stays.
_OWN_QUESTION = re.compile(r"^[^\"“”«»:]*[?؟]\s*$")
# A prompt to the reader inside a paragraph ("شاهد: لماذا يجند داعش …؟", "شاهد الصور لمعرفة …",
# "شاهد واستمع إلى …"; CNN and Al Arabiya, February): cleaning removes such lines, not sentences.
# "شاهد"/"تابع" are also past verbs ("تابع الرئيس …"): only before a colon or what is shown.
_READER_PROMPT = re.compile(
    r"^\s*(?:شاهد|شاهدوا|شاهدي|تابع|تابعوا|اقرأ|إقرأ|طالع|استمع|اضغط|انقر)\s*(?:[:：]|\s"
    r"(?:أيضا|أيضاً|الفيديو|بالفيديو|الصور|بالصور|الصورة|التقرير|المزيد|هنا|واستمع|تجربة))"
)


@dataclass(frozen=True, kw_only=True)  # no slots: cached_property needs __dict__
class StoryText:
    """The sentences of one story's articles, flattened, with their TF-IDF vectors."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    vectors: csr_matrix
    sources: tuple[str, ...]  # the outlet of each sentence's article
    idf: np.ndarray  # inverse document frequency of each vector column, over the story's sentences
    attribution_threshold: float
    # Recognise paraphrases across articles with the pair classifier (summarize/pairs.py).
    paraphrases: bool = True
    # Credit an outlet whose sentence restates a shown one in its own words (summarize/restated.py).
    restatements: bool = False

    @classmethod
    def build(
        cls,
        documents: Sequence[Document],
        *,
        attribution_threshold: float,
        paraphrases: bool = True,
        restatements: bool = False,
    ) -> StoryText:
        """Flatten the documents' sentences and vectorize them (IDF over the story's sentences)."""
        sentences = tuple(s for document in documents for s in document.sentences)
        if not sentences:
            raise ValueError("a story needs at least one sentence")
        outlet = {document.id: document.article.source for document in documents}
        # A sentence without content terms gets a placeholder so that it still has a row.
        vectors, idf = tfidf_rows([s.terms or ("\x00",) for s in sentences])
        return cls(
            documents=tuple(documents),
            sentences=sentences,
            vectors=vectors,
            sources=tuple(outlet[s.article] for s in sentences),
            idf=idf,
            attribution_threshold=attribution_threshold,
            paraphrases=paraphrases,
            restatements=restatements,
        )

    @cached_property
    def dense(self) -> np.ndarray | None:
        """The vectors as a dense array when the story is small enough (``DENSE_CELLS``)."""
        rows, columns = self.vectors.shape
        return self.vectors.toarray() if rows * columns <= DENSE_CELLS else None

    @cached_property
    def similarity(self) -> np.ndarray:
        """Cosine similarity between every two sentences of the story (dense, n × n)."""
        if self.dense is not None:
            cosines: np.ndarray = self.dense @ self.dense.T
            return cosines
        return np.asarray((self.vectors @ self.vectors.T).todense())

    @cached_property
    def coverage(self) -> np.ndarray:
        """coverage[i, j]: how much of sentence i sentence j states (see attribution.py)."""
        from marsad.summarize.attribution import coverage_matrix

        return coverage_matrix(self)

    @cached_property
    def states(self) -> np.ndarray:
        """states[i, j]: how surely sentence j states sentence i (see attribution.py)."""
        from marsad.summarize.attribution import statement_matrix

        return statement_matrix(self)

    @property
    def same_fact(self) -> np.ndarray:
        """same_fact[i, j]: sentences of different articles that state a common fact."""
        return self._paraphrases["same"]

    @property
    def restates(self) -> np.ndarray:
        """restates[i, j]: sentence j, of another article, states all that sentence i says."""
        return self._paraphrases["states"]

    @cached_property
    def pair_logits(self) -> dict[str, np.ndarray] | None:
        """The pair classifier's logits (``same``, ``states``) of every two sentences, or None
        when paraphrases are off or the story has one article."""
        from marsad.summarize.pairs import shipped_pair_model

        if not self.paraphrases or len({s.article for s in self.sentences}) < 2:
            return None
        return shipped_pair_model().logits(self)

    @cached_property
    def off_event(self) -> np.ndarray:
        """Mask of the sentences telling another event than the story's
        (``offevent.other_event``: another match, a stale preview, another matter)."""
        from marsad.summarize.offevent import other_event

        return other_event(self)

    @cached_property
    def figures(self) -> tuple[frozenset[str], ...]:
        """The numbers each sentence states (``pairs.sentence_figures``)."""
        from marsad.summarize.pairs import sentence_figures

        return tuple(sentence_figures(s.text) for s in self.sentences)

    def stated_figures(self, index: int) -> frozenset[str]:
        """The numbers sentence ``index`` states in digits or in words (outlets write one
        figure both ways)."""
        return self.figures[index] | self.events.worded(index)

    @cached_property
    def articles(self) -> ArticleView:
        """The story's articles as the credit model reads them (see credit.py)."""
        from marsad.summarize.credit import ArticleView

        return ArticleView.of(self)

    @cached_property
    def events(self) -> StoryEvents:
        """The sentences' key figures (tolls, scores), read on demand (see events.py)."""
        from marsad.summarize.events import StoryEvents

        return StoryEvents([s.text for s in self.sentences], [s.terms for s in self.sentences])

    @cached_property
    def _paraphrases(self) -> dict[str, np.ndarray]:
        from marsad.summarize.pairs import TARGETS, shipped_pair_model

        numbers = self.article_numbers
        other = numbers[:, None] != numbers[None, :]
        logits = self.pair_logits
        if logits is None:
            return dict.fromkeys(TARGETS, np.zeros_like(other))
        decided = shipped_pair_model().decide_logits(logits)
        return {target: found & other for target, found in decided.items()}

    @cached_property
    def article_numbers(self) -> np.ndarray:
        """Each sentence's article as a number (one per article): the n × n "other article"
        masks compare numbers, not the ids as strings (about twenty times cheaper)."""
        number: dict[str, int] = {}
        return np.array([number.setdefault(s.article, len(number)) for s in self.sentences])

    @cached_property
    def eligible(self) -> np.ndarray:
        """Mask of sentences that may appear in a summary (full sentences, not fragments)."""
        return np.array(
            [
                _can_stand_alone(s.text) and s.word_count >= MIN_SUMMARY_WORDS
                for s in self.sentences
            ],
            dtype=bool,
        )

    @cached_property
    def predecessor(self) -> np.ndarray:
        """For each sentence, the position of the sentence before it in its article (-1 for
        the first, or a sentence that needs no context: it may be shown alone)."""
        return self._leaning[0]

    @cached_property
    def leans_on_told(self) -> np.ndarray:
        """Mask of the sentences that follow their predecessor only for a kind noun or a
        surname the titles and leads do not tell (``untold_kind``, ``untold_event``,
        ``surname_only``): one the summary shows before them may tell it (``shown_told``)."""
        return self._leaning[1]

    @cached_property
    def _leaning(self) -> tuple[np.ndarray, np.ndarray]:
        """``predecessor`` and ``leans_on_told``, read in one pass."""
        before = np.full(len(self.sentences), -1, dtype=int)
        on_told = np.zeros(len(self.sentences), dtype=bool)
        several = len(self.documents) > 1
        language = {document.id: document.language for document in self.documents}
        # Among several articles, or in an article with a title of its own, a sentence that
        # points back ("كما …", "هذا الأمر") follows its predecessor too. Not in an untitled
        # article (EASC's), where it cost held-out ROUGE-2 (docs/evaluation.md, round 5).
        titles = {
            document.id: document.article.title
            for document in self.documents
            if document.article.title and not document.article.title_inferred
        }
        texts = {document.id: [s.text for s in document.sentences] for document in self.documents}
        # What the summary opens with: among several articles a thing their titles or leads
        # name is usually told by an earlier summary sentence; alone, its own title and lead.
        told = " ".join(
            f"{document.article.title} {document.sentences[0].text}"
            for document in self.documents
            if document.sentences
        )
        for n, sentence in enumerate(self.sentences):
            previous = self.sentences[n - 1] if n else None
            title = titles.get(sentence.article)
            waits = several or title is not None  # for the kinds below
            earlier = texts[sentence.article][max(1, sentence.index - TOLD_WINDOW) : sentence.index]
            leans = sentence.needs_context or (
                waits
                and (
                    points_back(sentence.text, language[sentence.article], title)
                    or told_before(
                        sentence.text,
                        language[sentence.article],
                        title or "",
                        texts[sentence.article][0],
                        earlier,
                    )
                    or refers_back(sentence.text, language[sentence.article], title or "", told)
                )
            )
            by_told = (
                waits
                and not leans
                and (
                    surname_only(
                        sentence.text, language[sentence.article], f"{title or ''} {told}", earlier
                    )
                    or untold_kind(
                        sentence.text, language[sentence.article], f"{title or ''} {told}"
                    )
                    or untold_event(
                        sentence.text, language[sentence.article], f"{title or ''} {told}"
                    )
                )
            )
            # What a sentence ending in ":" introduces (a quote, a list's item, a poem's line)
            # is told by it: shown alone, whose words or which list is lost (round 12). Not in
            # an untitled article either: EASC held-out ROUGE-2 0.4266 -> 0.4225.
            introduced = waits and previous is not None and previous.text.rstrip().endswith(":")
            if (
                (leans or by_told or introduced)
                and previous
                and previous.article == sentence.article
            ):
                before[n] = n - 1
                on_told[n] = by_told and not introduced
        return before, on_told


def _can_stand_alone(text: str) -> bool:
    """False for a sentence that only introduces what follows, continues an unnamed quote,
    asks a question in the reporter's voice, prompts the reader ("شاهد: …") or points to a
    picture of the page ("الإنفوغرافيك المرفق …")."""
    return not (
        text.rstrip().endswith(":")
        or _UNNAMED_SPEAKER.match(text)
        or _OWN_QUESTION.match(text)
        or _READER_PROMPT.match(text)
        or page_pointer(text)
    )


class Summarizer(Protocol):
    """Scores every sentence of a story; higher means more worth including."""

    def score(self, story: StoryText) -> np.ndarray:
        """One score per sentence of ``story.sentences``."""
        ...


@runtime_checkable
class BudgetedSummarizer(Protocol):
    """A summarizer whose choice depends on the budget (ILP, submodular): scores for ``words``."""

    def score(self, story: StoryText) -> np.ndarray:
        """One score per sentence, for a default budget."""
        ...

    def score_within(self, story: StoryText, words: int) -> np.ndarray:
        """One score per sentence; the sentences it would choose within ``words`` rank first."""
        ...


def scores_for(summarizer: Summarizer, story: StoryText, words: int) -> np.ndarray:
    """The summarizer's sentence scores for a budget of ``words`` words."""
    if isinstance(summarizer, BudgetedSummarizer):
        return summarizer.score_within(story, words)
    return summarizer.score(story)


def positions(story: StoryText) -> np.ndarray:
    """Position of each sentence in its article (0 for the first)."""
    return np.array([s.index for s in story.sentences], dtype=float)


SummarizerFactory = Callable[[], Summarizer]
_REGISTRY: dict[str, SummarizerFactory] = {}
F = TypeVar("F", bound=SummarizerFactory)


def register(name: str) -> Callable[[F], F]:
    """Class decorator adding a summarizer to the registry under ``name``."""

    def add(factory: F) -> F:
        if name in _REGISTRY:
            raise ValueError(f"summarizer {name!r} is already registered")
        _REGISTRY[name] = factory
        return factory

    return add


def available() -> list[str]:
    """Names of the registered summarizers, sorted."""
    return sorted(_REGISTRY)


def get_summarizer(name: str) -> Summarizer:
    """A new summarizer by registry name; unknown names list the available ones."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise UnknownAlgorithmError(
            f"unknown summarizer {name!r}; available: {', '.join(available())}"
        ) from None
    return factory()
