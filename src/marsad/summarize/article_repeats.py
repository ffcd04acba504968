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
    """True when sentence ``other`` gives every count of sentence ``index`` (the figure with its
    counted thing, ``figure_repeats.counts``) and every figure of it (digits or words), and the
    two name one person, body or place (``lead_repeats.names``). Without the figures, the later
    sentence adds one (the three quarters of the 63 children not vaccinated); without the
    shared name, one count may be two things of one article."""
    text, told = story.sentences[index].text, story.sentences[other].text
    mine, theirs = _values(text), _values(told)
    return (
        bool(mine)
        and mine <= theirs
        and 2 * len(mine) >= len(theirs)
        and story.stated_figures(index) <= story.stated_figures(other)
        and bool((names(text) & names(told)) - {""})
    )


def _values(text: str) -> frozenset[float]:
    """The values of ``text``'s counts, a day of a month left out."""
    return frozenset(value for value, counted in counts(text) if counted not in MONTH_WORDS)
