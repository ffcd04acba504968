"""One fact in other forms of its words: how much of a sentence another holds by root.

Outlets tell one fact with other forms of the same words: a verb for a noun ("تجديد" /
"تجدد"), a broken plural for a dual ("عقدي" / "عقود"), a noun with a pronoun ("سلوكهما" /
"سلوك"). Stems keep the pattern, so the pair classifier's word features read such a sentence as
another fact (February: "ولم يتم تجديد عقدي موظفين اثنين آخرين بسبب الاشتباه في سوء سلوكهما
الجنسي" / "لم تجدد عقود اثنين من العاملين حامت شكوك بشأن ارتكابهما إساءات سلوك جنسية", "same
fact" logit -0.02). A word is held when the other sentence has it, or a word of one of its
trilateral roots (``lang.roots.readings``).
"""

from __future__ import annotations

from marsad.caches import cached
from marsad.lang.roots import readings
from marsad.lang.stopwords import stopwords_for
from marsad.lang.terms import tokens

# Roots are read for Arabic words of at least this many letters: shorter ones are particles.
MIN_LETTERS = 3
# Sentences and words whose readings are kept (the cache changes no output).
CACHED = 100_000


def root_share(text: str, other: str, language: str) -> float:
    """Share of ``text``'s content words that ``other`` holds as such or by one of their roots
    (0 for a text without content words)."""
    own = _content(text, language)
    if not own:
        return 0.0
    theirs = _content(other, language)
    their_roots = frozenset().union(*map(_roots, theirs))
    held = sum(1 for word in own if word in theirs or _roots(word) & their_roots)
    return held / len(own)


@cached(maxsize=CACHED)
def _content(text: str, language: str) -> frozenset[str]:
    """The normalized content words of ``text`` (no stop words, no digits)."""
    stop = stopwords_for(language)
    return frozenset(
        word
        for word in tokens(text)
        if len(word) >= MIN_LETTERS and not word.isdigit() and word not in stop
    )


@cached(maxsize=CACHED)
def _roots(word: str) -> frozenset[str]:
    """The trilateral roots ``word`` may be read as (none for a word no pattern reads)."""
    return frozenset(root for root, _ in readings(word))
