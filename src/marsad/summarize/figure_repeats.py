"""One count told twice: two shown sentences giving the same figure of the same counted thing.

An Arabic report gives its key count in the lead and again further on, in other words around
it ("أول دولة آسيوية تبيع سندات "خضراء" ... بقيمة 1.25 مليار دولار" / "وباعت إندونيسيا صكوكا
خضراء بقيمة 1.25 مليار دولار أجلها خمس سنوات"; "وتغريمه 40 ألف ريال" / "وفرضت اللجنة غرامة
قدرها 40 ألف ريال"), and two outlets give one count their own way ("أودت بحياة 46 بحارا" /
"غضب أسر 46 بحارا قتلوا"). The pair classifier, reading the other words, puts such pairs at
"same fact" logits of -2.2 to +1.1, among many pairs that add a fact; the figure and its counted
noun (``facts.quantities``) are what the two share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.facts.quantities import TIME_UNITS, lemma, quantities
from marsad.lang.arabic import normalize, normalize_digits
from marsad.summarize.events import figure_text
from marsad.summarize.repeats import later_repeats

if TYPE_CHECKING:
    import numpy as np

    from marsad.summarize.base import StoryText

# A count of one or of a time span is no fact's own figure: "هدف واحد", an age ("البالغ من
# العمر 24 عاما"), a duration ("لمدة 30 يوما", "قبل أربعة أشهر"). On the February digest's
# summaries, of the 6 shown pairs sharing such a count 5 were two facts (ages, durations); the
# 8 sharing another count all told one fact twice, some beside a new detail (by my reading).
MIN_COUNT = 2
# Two sentences sharing a count are about one thing when the pair classifier's "same fact"
# logit, either way, reaches this: a guard against one score or one sum in two matches or two
# deals of a roundup. On February the 8 read were at -2.19 or more.
COUNT_LOGIT = -2.5
# A later sentence is left out only when it gives no figure the earlier one does not: of the 8
# February summaries the shared count alone changed, the later sentence added a figure in 6
# (Liverpool's four scorers and their minutes beside the 4-1, the 58% and 43% beside the 12%,
# the four-match ban beside the 40,000-riyal fine, Napoli's 69 points), and only 2 of those 8
# were better for its absence; with this condition 2 change, both better. Its counts too must
# all be the earlier one's: the Mali army's "7 كلم شرق ديورا" is not the lead's "سبعة مدنيين".


# A goal's minute, as match reports give it: "في الدقيقة 18", or in brackets after the scorer
# ("سيرخيو أغويرو (18)"; an age is written with its noun: "(24 عاما)"). Two sentences giving
# one minute tell one goal (February: Agüero's 18th-minute goal from Sky and the BBC,
# Hawsawi's 10th-minute goal twice in one CNN report).
_MINUTE = re.compile(r"(?:الدقيقة|الدقيقه)\s+(\d{1,3})(?!\d)|\((\d{1,3})\)")
# ... or written as an ordinal, as CNN and Al Arabiya write the first minutes ("وتقدم الأخضر عند
# الدقيقة العاشرة عبر معتز هوساوي" beside Sky's "سجل للأخضر عمر هوساوي (10) ...", February):
# "العاشرة" 10, "الحادية عشرة" 11, "الخامسة والعشرين" 25, "الثلاثين" 30 (normalized forms, ة as ه,
# ى as ي). Not a minute of a half or of added time ("الدقيقة الأولى من الوقت بدل الضائع",
# "الدقيقة الثالثة من الشوط الثاني"): its number is not the match's minute.
_MINUTE_WORD = frozenset({"الدقيقه", "دقيقه"})
_ORDINAL_UNITS = {
    "الاولي": 1,
    "الحاديه": 1,
    "الثانيه": 2,
    "الثالثه": 3,
    "الرابعه": 4,
    "الخامسه": 5,
    "السادسه": 6,
    "السابعه": 7,
    "الثامنه": 8,
    "التاسعه": 9,
}
_ORDINAL_TENS = {
    "عشرين": 20,
    "ثلاثين": 30,
    "اربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
}
_PUNCTUATION = "\"'()،,.:؛«»“”!؟?-"


# A figure after a hedge is one outlet's rounding of another's exact figure: "ارتفعت الصادرات
# بنسبة 12,2 في المئة ... الواردات ... 7,9 بالمئة" (Sky) / "ارتفعت الصادرات بنحو 12% في حين نمت
# الواردات بنحو 8%" (Al Arabiya), February. The facts stage keeps the hedge in the mention's text
# (its kind stays "exact"); ب or ل may be written on it ("بنحو", "لحوالي").
_HEDGE = re.compile(r"(?<!\S)[وبل]?(?:نحو|حوالي|حوالى|قرابة|زهاء|يقارب)(?!\S)")
# An outlet quoting a statement opens the quotation after the figure ("شن ضربات جوية على 18
# "هدفا إرهابيا يعود لحماس"" (France 24) / "قصفت إسرائيل 18 هدفا" (Al Arabiya), February): the
# opening mark (after a space: a closing one follows the figure) is dropped, so the figure keeps
# its counted noun.
_QUOTE_AFTER_FIGURE = re.compile(r"(\d)\s+[\"«“]\s*(?=\w)")


@cached(20_000)
def _typed(text: str) -> tuple[tuple[tuple[float, str], bool], ...]:
    """The counts of ``counts`` from the facts stage, each with whether a hedge (``_HEDGE``)
    comes before its figure."""
    found = []
    for mention in quantities(_QUOTE_AFTER_FIGURE.sub(r"\1 ", text)):
        if mention.value_kind != "exact" or mention.value is None or mention.value < MIN_COUNT:
            continue
        unit = lemma(mention.unit) if mention.unit else None
        counted = mention.concept or unit  # "77 قتيلا" and "مقتل 77 شخصا" count the killed
        if counted and unit not in TIME_UNITS:
            found.append(((mention.value, counted), bool(_HEDGE.search(mention.text))))
    return tuple(found)


@cached(20_000)
def counts(text: str) -> frozenset[tuple[float, str]]:
    """The exact figures ``text`` gives with what they count (the facts stage's concept, else
    the counted noun's lemma), a figure of ``MIN_COUNT`` or more that counts no time span, and
    the minutes of goals (``_MINUTE``)."""
    found = {
        (float(first or second), "minute")
        for first, second in _MINUTE.findall(normalize_digits(text))
    }
    found |= {(float(minute), "minute") for minute in _ordinal_minutes(text)}
    return frozenset(found | {count for count, _ in _typed(text)})


def _ordinal_minutes(text: str) -> list[int]:
    """The goal minutes ``text`` writes as ordinals after "الدقيقة" (``_ORDINAL_UNITS``)."""
    words = [word.strip(_PUNCTUATION) for word in normalize(text).split()]
    found = []
    for at, word in enumerate(words[:-1]):
        if word not in _MINUTE_WORD:
            continue
        minute, length = _ordinal(words[at + 1 : at + 3])
        if minute and words[at + 1 + length : at + 2 + length] != ["من"]:
            found.append(minute)
    return found


def _ordinal(words: list[str]) -> tuple[int, int]:
    """The number an ordinal of one or two ``words`` gives and how many words it takes; 0 for
    none: "العاشره" 10, "الحاديه عشره" 11, "الخامسه والعشرين" 25, "الثلاثين" 30."""
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first == "العاشره":
        return 10, 1
    if first.startswith("ال") and first[2:] in _ORDINAL_TENS:
        return _ORDINAL_TENS[first[2:]], 1
    unit = _ORDINAL_UNITS.get(first, 0)
    if not unit:
        return 0, 0
    if second == "عشره":
        return 10 + unit, 2
    if second.startswith("وال") and second[3:] in _ORDINAL_TENS:
        return _ORDINAL_TENS[second[3:]] + unit, 2
    return (0, 0) if first == "الحاديه" else (unit, 1)


def rounded(later: str, earlier: str) -> frozenset[tuple[float, str]]:
    """The hedged counts of ``later`` (``_HEDGE``) that round a count of ``earlier`` with a
    fraction to a whole number of the same counted thing ("بنحو 12%" of "12,2 في المئة")."""
    given = counts(earlier)
    return frozenset(
        (value, counted)
        for (value, counted), hedged in _typed(later)
        if hedged
        and any(
            thing == counted and not float(exact).is_integer() and abs(exact - value) < 1
            for exact, thing in given
        )
    )


def figure_repeats(
    story: StoryText, ordered: Sequence[int], near: Callable[[int, int], bool]
) -> dict[int, int]:
    """For chosen sentences in reading order (``ordered``), each one whose counts (``counts``)
    an earlier one gives, with every figure of it (in digits or words, or rounded:
    ``rounded``), mapped to that earlier one: the later is the repeat. Not an article's first
    sentence, nor a sentence another chosen one leans on, nor one whose article is not ``near``
    in time the earlier's (a count days later may be another event's)."""

    # An article's first sentence tells its own event, a count beside it often background
    # ("أوقع الأربعاء الماضي 17 قتيلا" in France 24's lead of the survivors' march, after
    # Sky's report of the shooting's 17 dead): it is never the repeat.
    def may_repeat(index: int) -> bool:
        return story.sentences[index].index != 0 and bool(counts(story.sentences[index].text))

    def tells(index: int, other: int, same: np.ndarray) -> bool:
        text, earlier = story.sentences[index].text, story.sentences[other].text
        near_figures = rounded(text, earlier)
        return (
            counts(text) - near_figures <= counts(earlier)
            and story.stated_figures(index) - {figure_text(float(v)) for v, _ in near_figures}
            <= story.stated_figures(other)
            and max(same[index, other], same[other, index]) >= COUNT_LOGIT
            and near(index, other)
        )

    return later_repeats(story, ordered, may_repeat, tells)


def figure_contained(
    story: StoryText, ordered: Sequence[int], near: Callable[[int, int], bool]
) -> dict[int, int]:
    """For chosen sentences in reading order (``ordered``), each one whose counts (``counts``)
    and figures (digits or words) a later chosen sentence of another article all gives, with a
    count more, mapped to that later one: the fuller sentence stays whichever comes first. An
    outlet's sentence on one goal or one figure is part of another outlet's fuller report of
    them ("وتقدم الأخضر عند الدقيقة العاشرة عبر معتز هوساوي" / "سجل للأخضر عمر هوساوي (10)
    وتيسير الجاسم (57) ومهند عسيري (88)", February); ``figure_repeats`` reads only the later
    one. Not an article's first sentence, nor one another chosen sentence leans on, nor a pair
    the pair classifier puts under ``COUNT_LOGIT`` both ways or not ``near`` in time."""

    def may_repeat(index: int) -> bool:
        return story.sentences[index].index != 0 and bool(counts(story.sentences[index].text))

    def tells(index: int, fuller: int, same: np.ndarray) -> bool:
        return (
            story.sentences[index].article != story.sentences[fuller].article
            and counts(story.sentences[index].text) < counts(story.sentences[fuller].text)
            and story.stated_figures(index) <= story.stated_figures(fuller)
            and max(same[index, fuller], same[fuller, index]) >= COUNT_LOGIT
            and near(index, fuller)
        )

    # walked from the end: the sentences kept first are the later ones in reading order
    return later_repeats(story, ordered[::-1], may_repeat, tells)
