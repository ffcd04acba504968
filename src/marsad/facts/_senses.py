"""A lexicon word read in another sense: an entity's form that the sentence's grammar says is
an ordinary word ("بحماس كبير" is with great enthusiasm, "الناحية اليمنى" the right flank)."""

from __future__ import annotations

from marsad.facts.gazetteer import Entry, Gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.names import fold
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# An indefinite adjective of degree after a noun: a common noun's ("بحماس كبير"); a proper
# name takes a definite one ("حماس الفلسطينية").
_DEGREE = word_set("كبير كبيره شديد شديده بالغ بالغه زائد منقطع عارم عارمه")
# Feminine nouns with no ة: the body's paired parts ("يده اليمنى", "بيده", "للساق اليمنى",
# "الكتف اليمنى"); not "عين" (the city, "العين الإماراتى") nor "رجل" (a man).
_FEMININE_PARTS = ("يد", "ساق", "قدم", "اذن", "كف", "كتف", "ذراع")
# "من أصل إيراني", "من أصول تركية": the origin of a person, not the country taking part.
_ORIGIN = word_set("اصل اصول")


def other_sense(
    tokens: list[Token], i: int, last: int, hit: tuple[Entry, str], gaz: Gazetteer
) -> bool:
    """True when the entity read at tokens ``i``..``last`` is an ordinary word there."""
    entry, form = hit
    previous = tokens[i - 1] if i > 0 else None
    if form == "nisba":
        return _before_lineage(tokens, last) or (
            previous is not None
            and (
                previous.norm in _ORIGIN
                or _feminine_before_alef_maqsura(tokens[i], previous)
                or name_after_definite(tokens[i], previous)
            )
        )
    if last != i or entry.type == "person":
        return False
    if _folded_short(tokens[i], entry):
        return True  # "كيف" (how) is not "كييف" (Kyiv)
    if _always(tokens, i):
        return True
    # Not a feminine nisba the lexicon spells as the name ("السورية" folds as "سورية").
    defined = [f for f in stems(tokens[i].norm) if f.startswith("ال") and not f.endswith("يه")]
    if defined and not any((fold(form),) in gaz.phrases for form in defined):
        return True  # "بالحماس": a name the lexicon writes bare takes no article
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return nxt in _DEGREE


# "دوما" is also the adverb "always": "يحاولون دوما ممارسة", "السعودية دوما تصنع". The town
# (Douma, east of Damascus) follows a place noun or "في"; the adverb is written with tanween
# or comes before a verb, a preposition, a quantifier or an indefinite feminine word
# ("كانت دوما ثابتة"): of February 2018's 36 "دوما" (14 adverbs, 22 the town) this reads
# 13 adverbs so and keeps every town.
_ADVERBS = word_set("دوما")
_TOWN_BEFORE = word_set("في مدينة لمدينة بمدينة بلدة ضواحي منطقة مناطق")
_ADVERB_NEXT = word_set("على كل كثيرا دائما ما")
_TANWEEN = frozenset("\u064b\u064c\u064d")


def _always(tokens: list[Token], i: int) -> bool:
    """True for "دوما" read as the adverb "always" (``_ADVERBS``)."""
    if tokens[i].norm not in _ADVERBS or (i > 0 and tokens[i - 1].norm in _TOWN_BEFORE):
        return False
    if any(ch in _TANWEEN for ch in tokens[i].text):
        return True
    if i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isalpha():
        return False
    nxt = tokens[i + 1].norm
    return (
        nxt in _ADVERB_NEXT
        or (nxt[:1] in ("ي", "ت") and len(nxt) >= 4 and not nxt.startswith("ال"))
        or (nxt[:1] == "ل" and len(nxt) >= 4)
        or (nxt.endswith("ه") and not nxt.startswith(("ال", "و", "ب")))
    )


# Words of lineage after a first name: "تركي آل الشيخ" (آل folds to ال), "تركي بن طلال".
_LINEAGE = word_set("ال بن ابن بنت")


def _before_lineage(tokens: list[Token], last: int) -> bool:
    """A nisba followed by a word of lineage is a person's first name, not the place ("أعلن
    تركي آل الشيخ" names no Turkey); a nisba adjective is followed by no such word."""
    return last + 1 < len(tokens) and tokens[last + 1].norm in _LINEAGE


# Words before a first name: "بن تركي", "أبو تركي".
_NAME_PARTICLES = word_set("بن ابن ابو بنت")
SHORT_FOLDED = 3  # letters: a word this short matches a longer name only by its folding


def name_after_definite(token: Token, previous: Token) -> bool:
    """An indefinite nisba after a definite word or a name particle is a first name, not an
    adjective, which would agree in definiteness: "العقيد الركن تركي المالكي", "بن تركي";
    but "مواطن تركي", "بالسجن مدى الحياة لمغربي"."""
    forms = stems(token.norm)
    if any(form.startswith("ال") for form in forms):
        return False
    if len(forms) > 1 and token.norm.startswith(("ل", "ب")):
        return False  # a preposition opens another phrase: "لمغربي", "للسعوديين"
    return previous.norm in _NAME_PARTICLES or (
        previous.norm.startswith("ال") and previous.text[:1].isalpha()
    )


def _folded_short(token: Token, entry: Entry) -> bool:
    """True for a short word that matches a longer one-word name only once the name's doubled
    letters are folded ("كيف" and "كييف")."""
    name = normalize(entry.canonical)
    if " " in name:
        return False
    folded = fold(name)
    return any(
        len(form) <= SHORT_FOLDED < len(name) and fold(form) == folded for form in stems(token.norm)
    )


def _feminine_before_alef_maqsura(token: Token, previous: Token) -> bool:
    """A nisba agrees with its noun: after a feminine noun it ends in -ية, so a word in ى
    there ("الناحية اليمنى", "يده اليمنى") is another adjective (اليمنى, the right one)."""
    if not token.text.endswith("ى"):
        return False
    if previous.text.endswith("ة"):
        return True
    return any(
        bare.removeprefix("ال") == part or (bare.startswith(part) and len(bare) <= len(part) + 2)
        for bare in stems(previous.norm)
        for part in _FEMININE_PARTS
    )
