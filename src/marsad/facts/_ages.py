"""A person's age told differently by two outlets (issue 18, recall18): "زينب الأنصاري البالغة
7 أعوام" (CNN) against "طفلة عمرها ست سنوات" (BBC), labelled a conflict by February's blind
gold; an editor found 26 against 27 on later pages. An age is a length of time, no counted
thing, so the figure pairing never compares it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.facts._goal_minutes import minutes_conflict
from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities
from marsad.lang.arabic import normalize
from marsad.model import Discrepancy, Document

LABEL = {"ar": "العمر", "en": "age"}
# The words that make a length of years an age, just before it: "البالغة (من العمر)", "عمره",
# "يبلغ من العمر", "في الـ19 من عمره" (read after it); their gender is the holder's.
_CUE = re.compile(
    r"(?:^|\s)(?P<cue>[وف]?(?:ال)?بالغ(?P<f1>[ةه])?(?:\s+من\s+(?:ال)?عمر\S*)?"
    r"|عمر(?:ه|(?P<f2>ها))(?:\s+(?:نحو|حوالي))?"
    r"|(?:ي|(?P<f3>ت))بلغ\s+من\s+(?:ال)?عمر\S*)\s*$"
)
# "(26 عاما)" or "، 19 عاما،" right after a name: an age in apposition, gender unknown.
_APPOSITION = re.compile(r"[(،,]\s*$")
_APPOSITION_END = re.compile(r"^\s*[)،,]")
_OF_AGE_AFTER = re.compile(r"^\s+من\s+عمر(?:ه|(?P<f>ها))")
# "في الـ19 من عمره": the preposition before the number of an age read after it.
_IN_THE = re.compile(r"(?:في|فى)\s+(?:الـ\s?|ال)?$")
_YEARS = frozenset({"عام", "سنه"})
# A sentence that may tell an age: an age word, or years in digits in apposition. Most
# sentences hold neither: the figure reader is not run on them.
_HINT = re.compile(r"بالغ|عمر|[(،,]\s*\d{1,3}\s*(?:عام|سن)")
# Words that name a kind of person, not who: a holder of these alone is the story's person of
# that gender only if the article gives no other age for it.
_KIND_WORDS = (
    "طفل طفلة الطفل الطفلة فتاة الفتاة فتى الفتى شاب الشاب شابة الشابة رجل الرجل امرأة "
    "المرأة سيدة السيدة الضحية المتهم المتهمة القاتل المشتبه المهاجم المسلح مراهق المراهق "
    "لاعب اللاعب الصغيرة الصغير ابنة ابن التي الذي وهو وهي هو هي"
)
_KINDS = frozenset(normalize(word) for word in _KIND_WORDS.split())
# Ages one or two years apart are one person's told two ways (a birthday passed, a rounding);
# further apart they are more likely two people of the story.
AGE_GAP = 2


@dataclass(frozen=True, slots=True)
class ToldAge:
    """One age an article gives: its value, whose (the words before it), the holder's gender
    when the words tell it (``f``, ``m`` or empty), and its sentence."""

    article: str
    outlet: str
    age: int
    holder: frozenset[str]
    gender: str
    sentence: str


def sentence_ages(text: str) -> list[tuple[int, frozenset[str], str]]:
    """(age, holder words, gender) of the ages a sentence tells: a length of years after an
    age word ("البالغ من العمر 24 عاما", "عمرها ست سنوات") or in apposition ("(24 عاما)")."""
    found = []
    for mention in quantities(text, month_words=MONTH_WORDS):
        if mention.unit not in _YEARS or mention.value_kind != "exact" or mention.value is None:
            continue
        if not float(mention.value).is_integer() or not 0 < mention.value < 120:
            continue
        before, after = text[: mention.start], text[mention.end :]
        cue = _CUE.search(before)
        of_age = _OF_AGE_AFTER.match(after)
        if cue is not None:
            gender = "f" if cue.group("f1") or cue.group("f2") or cue.group("f3") else "m"
            start = cue.start("cue")
        elif of_age is not None and _IN_THE.search(before):
            gender = "f" if of_age.group("f") else "m"
            start = before.rstrip().rfind(" ")
        elif (apposition := _APPOSITION.search(before)) and _APPOSITION_END.match(after):
            gender, start = "", apposition.start()
        else:
            continue
        found.append((int(mention.value), _holder(text[: max(start, 0)]), gender))
    return found


def _holder(before: str) -> frozenset[str]:
    """Whose age: the word before it, and the one before that unless the first names a kind
    of person ("وقتل طفلة": the verb is no name; "زينب الأنصاري": a name of two words)."""
    words = [normalize(w.strip("،,.:\"'()«»")) for w in before.split()[-2:]]
    if words and words[-1] in _KINDS:
        words = words[-1:]
    return frozenset(words) - {""}


def _article_ages(document: Document) -> list[ToldAge]:
    """Every age an article tells, once per value and holder."""
    seen: dict[tuple[int, frozenset[str]], ToldAge] = {}
    for sentence in document.sentences:
        if _HINT.search(sentence.text) is None:
            continue
        for age, holder, gender in sentence_ages(sentence.text):
            told = ToldAge(document.id, document.article.source, age, holder, gender, sentence.text)
            seen.setdefault((age, holder), told)
    return list(seen.values())


def _named(holder: frozenset[str]) -> frozenset[str]:
    """The holder's words that may name someone (not a kind of person)."""
    return frozenset(w for w in holder if w not in _KINDS and len(w) > 2)


def _one_person(a: ToldAge, b: ToldAge, ages: dict[str, list[ToldAge]]) -> bool:
    """True when two ages are of one person: their holders share a name word, or one names
    only a kind of person ("طفلة عمرها ست سنوات") of the gender of the other and each article
    gives ages of one value only for that gender (the story's one such person)."""
    names_a, names_b = _named(a.holder), _named(b.holder)
    if names_a & names_b:
        return True
    if names_a and names_b:
        return False
    if not a.gender or a.gender != b.gender:
        return False
    return all(
        len({t.age for t in ages[told.article] if t.gender == told.gender}) == 1 for told in (a, b)
    )


def age_conflicts(items: Sequence[ToldAge], *, language: str) -> list[Discrepancy]:
    """Conflicts between two outlets' ages of one person, one to ``AGE_GAP`` years apart; an
    article that gives both values tells two people."""
    ages: dict[str, list[ToldAge]] = {}
    for item in items:
        ages.setdefault(item.article, []).append(item)
    found: dict[tuple[int, int], tuple[list[ToldAge], list[ToldAge]]] = {}
    for a in items:
        for b in items:
            if not 0 < b.age - a.age <= AGE_GAP or a.outlet == b.outlet:
                continue
            if b.age in {t.age for t in ages[a.article]} or a.age in {
                t.age for t in ages[b.article]
            }:
                continue
            if _one_person(a, b, ages):
                low, high = found.setdefault((a.age, b.age), ([], []))
                low += [] if a in low else [a]
                high += [] if b in high else [b]
    subject = LABEL.get(language, LABEL["en"])
    return [
        minutes_conflict(subject, "a person's age", [(age, sides[0]), (other, sides[1])])
        for (age, other), sides in sorted(found.items())
    ]


def story_age_conflicts(documents: Sequence[Document], *, language: str) -> list[Discrepancy]:
    """Age conflicts of one story (nothing unless two outlets tell an age)."""
    items = [told for d in documents for told in _article_ages(d)]
    if len({told.outlet for told in items}) < 2:
        return []
    return age_conflicts(items, language=language)
