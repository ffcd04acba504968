"""A dual noun of people counts two: "قتيلان", "شخصين", "ضحيتين" are 2 killed, 2 persons, 2
victims (Arabic writes "two" on the noun, with no number word)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.words import word_set

# Singular nouns of people (or of a casualty: "جثة") whose plural is broken ("قتلى", "أشخاص",
# "جنود", "عناصر") or feminine in "ات": only on them is "-ين/-ان" the dual and not the sound
# masculine plural ("مدنيين", "مصابين", "مسلحين" are many, not two). Nouns with another sense
# in the dual are left out ("رجلين" also two legs, "طالبين" also "demanding").
_SINGULARS = word_set(
    "شخص قتيل جريح جندي عنصر طفل فرد ضابط مريض سجين شهيد ضحية امرأة فتاة تلميذة جثة"
)
_MASCULINE = ("ين", "ان")  # genitive/accusative and nominative dual endings
_FEMININE = ("تين", "تان")  # the "ة" of the singular is written "ت" before the dual ending
_DEFINITE = ("ال", "لل")


def _forms(singular: str) -> tuple[str, ...]:
    if singular.endswith("ه"):
        return tuple(singular[:-1] + ending for ending in _FEMININE)
    return tuple(singular + ending for ending in _MASCULINE)


# Every dual form (normalized), mapped to its singular: the quantity reader's fast path asks
# whether a sentence holds a number word at all.
DUALS: dict[str, str] = {form: single for single in _SINGULARS for form in _forms(single)}


def dual_person(word: str) -> str | None:
    """The singular of ``word`` (normalized, with or without clitics) when it is the dual of a
    noun of people: "وشخصان" → "شخص", "ضحيتين" → "ضحيه"; None otherwise. Every reading of
    its clitics is tried: "فردين" is no "ف" + "ردين". A definite dual names two already told
    of, or stands for a plural ("عدد الجريحين إلى 12"): no figure."""
    for form in stems(word):
        if form in DUALS and word.endswith(form):
            return None if word[: -len(form)].endswith(_DEFINITE) else DUALS[form]
    return None
