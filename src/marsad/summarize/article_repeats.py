"""One count told twice in one article's summary: a later shown sentence of the same article
giving the lead's count again with one of its names, and no figure of its own.

An Arabic report opens with its key count and tells it again further on, attributed or
quoted ("قال جنرال روسي ... إن بلاده اختبرت أكثر من 200 نوع جديد من الأسلحة" / "وأضاف الجنرال
فلاديمير شامانوف ... "لقد اختبرنا ... أكثر من 200 نوع جديد من الأسلحة""; "أمرت السلطات
البحرينية بإعادة طبع 17000 نسخة" / "ونقلت وكالة البحرين عن مدير ... "ويجب ... إعادة طبع 17000
نسخة""). A one-article summary has no pair classifier's logits, so ``figure_repeats`` never
reads it; the same count of the same counted thing and a shared name are the evidence instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.facts._calendar import MONTH_WORDS
from marsad.summarize.figure_repeats import counts
from marsad.summarize.lead_repeats import names
from marsad.summarize.repeats import repeats_in_order

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText


def article_repeats(story: StoryText, ordered: Sequence[int]) -> dict[int, int]:
    """For chosen sentences in reading order (``ordered``) of a story the pair classifier does
    not read (one article, or paraphrases off), each one telling (``_tells``) an earlier one
    of its own article, mapped to that earlier one: the later is the repeat. Not an article's
    first sentence, nor a sentence another chosen one leans on."""
    if story.pair_logits is not None:
        return {}  # ``figure_repeats`` reads these stories, with the classifier as its guard

    def may_repeat(index: int) -> bool:
        return story.sentences[index].index != 0 and bool(counts(story.sentences[index].text))

    def tells(index: int, other: int) -> bool:
        sentence, told = story.sentences[index], story.sentences[other]
        return sentence.article == told.article and _tells(story, index, other)

    return repeats_in_order(story, ordered, may_repeat, tells)


def _tells(story: StoryText, index: int, other: int) -> bool:
    """True when sentence ``other`` gives the values of every count of sentence ``index``
    (``_values``), at most twice as many, every figure of it (digits or words), and a name of
    it (``lead_repeats.names``): the later sentence then adds no figure and is about the same
    person, body or place."""
    text, told = story.sentences[index].text, story.sentences[other].text
    mine, theirs = _values(text), _values(told)
    return (
        bool(mine)
        and mine <= theirs
        # One sum of a sentence listing many is another item of the list ("إلزام الشباب بدفع
        # 350 ألف ريال و5 آلاف ريال ... و5 آلاف ريال للمدرب" / "وإلزام النادي بدفع 5 آلاف
        # ريال"): the one wrong change of February without this guard.
        and 2 * len(mine) >= len(theirs)
        # a figure of its own (the three quarters of the 63 children not vaccinated) is news
        and story.stated_figures(index) <= story.stated_figures(other)
        and bool((names(text) & names(told)) - {""})
    )


def _values(text: str) -> frozenset[float]:
    """The values of ``text``'s counts (``figure_repeats.counts``). By value, not by counted
    noun: a report and its source count one thing with other nouns ("قتل نحو 17 من ميليشيات
    الحوثي" / "وسقط 17 قتيلاً"; "80 قذيفة" / "80 صاروخ وقذيفة"). A day of a month is no count:
    Trump's "12 يناير" ultimatum is not the "12 مايو" deadline (``counts`` reads the month as
    the counted noun)."""
    return frozenset(value for value, counted in counts(text) if counted not in MONTH_WORDS)
