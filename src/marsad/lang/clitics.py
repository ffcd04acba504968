"""Arabic proclitics: the one list of the letters written onto the next word, and the forms of a
word without them."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.caches import cached

# Proclitics written attached to the next word: conjunctions و/ف, prepositions ب/ل/ك, article ال.
# Longest first: ``stems`` lists the forms in this order.
PROCLITICS = (
    "وبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "لل",
    "وب",
    "ول",
    "فب",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
# The proclitics stripped from a counted noun ("من الجنود", "بالعشرات"): the article, و and ب;
# ف, ك and ل alone are left on, as they often begin the noun itself. In ``PROCLITICS`` order.
NOUN_PROCLITICS = tuple(p for p in PROCLITICS if p in {"وبال", "وال", "بال", "لل", "ال", "و", "ب"})
_FIRST_LETTERS = frozenset(prefix[0] for prefix in PROCLITICS)


@cached(200_000)
def stems(word: str) -> tuple[str, ...]:
    """The normalized word and its forms without proclitics (longest first stripped last).

    Arabic writes conjunctions, prepositions and the article onto the word: "وبالعشرات" holds
    و + ب + ال + عشرات. A bare stem must keep at least two letters.
    """
    if word[:1] not in _FIRST_LETTERS:
        return (word,)  # most words: none of the sixteen proclitics can start them
    forms = [word]
    for prefix in PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            forms.append(word[len(prefix) :])
    return tuple(dict.fromkeys(forms))


def without_proclitic(word: str, proclitics: Sequence[str], keep: int = 3) -> str:
    """``word`` without the first of ``proclitics`` (longest first) it starts with, when at
    least ``keep`` letters are left ("والشرطة" → "شرطة" with the article among them)."""
    for prefix in proclitics:
        if word.startswith(prefix) and len(word) - len(prefix) >= keep:
            return word[len(prefix) :]
    return word


def with_clitics(words: frozenset[str]) -> frozenset[str]:
    """The words with every proclitic written before them (for a fast per-sentence test)."""
    return frozenset(words | {prefix + word for prefix in PROCLITICS for word in words})
