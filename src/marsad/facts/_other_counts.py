"""Counts of things outside the counted lexicon, for discrepancies: which of them count one
thing (the same noun after the same act) and may be compared across outlets."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.facts.quantities import TIME_UNITS, QuantityMention
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.words import word_set

OTHER = "other"
# A count of no thing of the lexicon is compared only with counts of the same noun (its lemma,
# ``QuantityMention.unit``: "276 تلميذة" against "نحو 200 تلميذة"), never with one of a noun
# that names no kind of people or things ("شخص", "آخرين") or of time.
_VAGUE_NOUNS = word_set(
    "شخص أشخاص فرد أفراد نسمة آخر آخرين آخرون مواطن مواطنين عديد person persons others"
)
# Prepositions and adverbs of time or place say nothing of what was done to those counted:
# "رصيد أتلتيك بلباو عند 28 نقطة" and "تجمد رصيده عند 20 نقطة" are two teams' points.
_PARTICLES = word_set("من إلى على في عن أن إن بين مع و ف ب ل ال عند لدى حتى منذ خلال قبل بعد")


def other_key(mention: QuantityMention) -> str | None:
    """The key ``other:<noun>`` under which an exact count of a thing outside the lexicon is
    compared, or None when it is typed, vague, of time or of a noun that names nothing."""
    unit = mention.unit
    if mention.counted != OTHER or unit is None or unit in TIME_UNITS:
        return None
    if normalize(unit) in _VAGUE_NOUNS or mention.value_kind != "exact":
        return None
    return f"{OTHER}:{unit}"


def is_other(concept: str) -> bool:
    """True for a key of ``other_key``."""
    return concept.startswith(f"{OTHER}:")


def same_act(
    first: Iterable[tuple[str, QuantityMention]], second: Iterable[tuple[str, QuantityMention]]
) -> bool:
    """True when some figures of both sides (sentence, mention) come after the same word ("خطف
    نحو 200 تلميذة", "خطف 276 تلميذة"): the noun alone does not say what was done to those
    counted ("تأييد 11 عضوا" beside "المؤلف من 15 عضوا"; "شمل 2000 امرأة" beside "من 2167
    امرأة", February 2018)."""
    acts = {form for sentence, mention in first for form in _act(sentence, mention)}
    return any(form in acts for sentence, mention in second for form in _act(sentence, mention))


def told_apart(first: Iterable[str], second: Iterable[str]) -> bool:
    """True when one article gives both values (the articles of each side's claims): it
    tells them as two counts of the noun ("69 نقطة بفارق أربع نقاط ... بفارق خمس نقاط عن
    مراكز الهبوط"; "6-1" and "4-1" at half time), so another outlet giving one of them
    disputes nothing (February 2018 stories outside the blind gold)."""
    return bool(set(first) & set(second))


def _act(sentence: str, mention: QuantityMention) -> tuple[str, ...]:
    """The forms of the word just before a figure, none when it is a particle ("من 2167")."""
    words = sentence[: mention.start].split()
    word = normalize(words[-1].strip("،,.:\"'()«»")) if words else ""
    return tuple(form for form in stems(word) if form not in _PARTICLES and len(form) > 1)
