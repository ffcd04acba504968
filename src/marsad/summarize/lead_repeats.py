"""One fact told twice by two articles' leads: a later shown first sentence that another
article's shown first sentence already tells, with every figure, name and weekday of it.

Outlets open their reports of one fact in their own words ("هددت محكمة بلجيكية شركة فيسبوك،
الجمعة، بغرامة ..." / "أمرت محكمة بلجيكية شركة فيسبوك بوقف تعقب الأشخاص ..."; "كشفت دراسة
طبية حديثة، أن الأدوية المضادة للاكتئاب تساعد ..." / "خلصت دراسة طبية ضخمة إلى أن مضادات
الاكتئاب فعالة"), and the pair classifier, reading words, puts such leads at "same fact" logits
of -0.9 to -0.25, under ``pairs.LEAD_LOGIT``. What an editor checks is what the later lead adds:
a figure, a name, a day or an event of its own; a lead that adds none of them is the repeat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.facts.entities import entity_mentions
from marsad.summarize.events import tolls
from marsad.summarize.frames import part_of_all
from marsad.summarize.repeats import later_repeats
from marsad.summarize.signature import event_verb, weekdays

if TYPE_CHECKING:
    import numpy as np

    from marsad.summarize.base import StoryText

# Two articles' leads are one fact when the "same fact" logit either way reaches this (the
# lower of the two is read). On February's 269 multi-outlet summaries the shown lead pairs
# passing the other tests at -0.9 or more were 6, read: 5 one fact (SpaceX's launch / the rocket
# in space, North Korea's chemical supplies, Facebook's Belgian ruling, the antidepressant
# study, Nokia's 8110), 1 background told twice (Afrin); the first pair under it, at -0.94,
# was Lukaku's words after the match lead: another fact.
LEAD_REPEAT_LOGIT = -0.9


def lead_repeats(
    story: StoryText, ordered: Sequence[int], near: Callable[[int, int], bool]
) -> dict[int, int]:
    """For chosen sentences in reading order (``ordered``), each first sentence of an article
    that an earlier chosen first sentence of another article tells (``_tells``), mapped to that
    earlier one: the later is the repeat. Not a sentence another chosen one leans on, nor one
    whose article is not ``near`` in time the earlier's."""

    def may_repeat(index: int) -> bool:
        return story.sentences[index].index == 0

    def tells(index: int, other: int, same: np.ndarray) -> bool:
        sentence, told = story.sentences[index], story.sentences[other]
        return (
            told.index == 0
            and told.article != sentence.article
            and min(same[index, other], same[other, index]) >= LEAD_REPEAT_LOGIT
            and near(index, other)
            and story.stated_figures(index) <= story.stated_figures(other)
            and _tells(told.text, sentence.text)
        )

    return later_repeats(story, ordered, may_repeat, tells)


def _tells(told: str, text: str) -> bool:
    """True when ``told`` gives every name and weekday of ``text``, the same tolls, and the same
    event class by its opening words (``signature.event_verb``): an arrest in Lebanon is not the
    Philippine president's call for the suspect's extradition, though both name the victim.
    All of a group is not a part of it (``frames.part_of_all``: a decision to release all the
    detainees / dozens released)."""
    if event_verb(text) != event_verb(told) or tolls(text) != tolls(told):
        return False
    if not weekdays(text) <= weekdays(told) or part_of_all(text, told):
        return False
    return names(text) <= names(told)


@cached(20_000)
def names(text: str) -> frozenset[str]:
    """The people, organizations and places ``text`` names (their canonical forms)."""
    return frozenset(mention.canonical for mention in entity_mentions(text))
