"""sumy's summarizers as peers, run on exactly the sentences marsad split.

sumy's own tokenizers need NLTK data that cannot be downloaded here, so sumy gets marsad's
sentences directly and a tokenizer object whose ``to_words`` gives the same normalized Unicode
tokens ROUGE uses; stop words and the Snowball stemmer are the same as marsad's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from marsad.lang.stopwords import stopwords_for
from marsad.lang.terms import tokens

PEERS = ("lexrank", "lsa", "textrank", "luhn", "kl", "sumbasic")
_CLASSES = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
}


class SentenceTokenizer:
    """The tokenizer object sumy expects: sentences are given, words are marsad's tokens."""

    language = "arabic"

    def __init__(self, known: dict[str, list[str]] | None = None) -> None:
        self.known = known if known is not None else {}

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """A paragraph is passed one sentence at a time, so it is one sentence."""
        return (paragraph,)

    def to_words(self, sentence: str) -> list[str]:
        """Normalized ``\\w+`` tokens (from ``known`` when the sentence was tokenized before)."""
        found = self.known.get(sentence)
        return found if found is not None else tokens(sentence)


def _stem(word: str) -> str:
    """The same stemmer object (and word cache) as marsad's LexRank, for a fair comparison."""
    from marsad.lang.terms import stemmer_for

    stemmer = stemmer_for("ar")
    return stemmer.stemWord(word) if stemmer else word


def peer(name: str) -> Any:
    """A configured sumy summarizer (Arabic stop words and stems)."""
    import importlib

    if name not in _CLASSES:
        raise ValueError(f"unknown sumy peer {name!r}; available: {', '.join(PEERS)}")
    try:
        module = importlib.import_module(_CLASSES[name][0])
    except ImportError as error:
        raise ImportError("sumy peers need the eval extra: pip install 'marsad[eval]'") from error
    summarizer = getattr(module, _CLASSES[name][1])(_stem)
    summarizer.stop_words = sorted(stopwords_for("ar"))
    return summarizer


def sumy_document(sentences: Sequence[str], tokenizer: SentenceTokenizer | None = None) -> Any:
    """A sumy document holding exactly ``sentences``, in one paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = tokenizer or SentenceTokenizer()
    return ObjectDocumentModel([Paragraph([Sentence(text, tokenizer) for text in sentences])])


def sumy_ranking(
    summarizer: Any, sentences: Sequence[str], tokenizer: SentenceTokenizer | None = None
) -> list[int]:
    """Sentence indices from the best to the worst by the summarizer's own rating.

    sumy sorts every sentence by rating and then calls ``count`` on the sorted list; a
    callable count captures that ranking. Unrated sentences follow in document order.
    """
    captured: list[Any] = []

    def everything(infos: list[Any]) -> list[Any]:
        captured.extend(infos)
        return infos

    count: Callable[[list[Any]], list[Any]] = everything
    summarizer(sumy_document(sentences, tokenizer), count)
    order = [int(info.order) for info in captured]
    seen = set(order)
    return order + [i for i in range(len(sentences)) if i not in seen]
