"""One event told twice by its frame: a later shown sentence with an earlier one's event frame
that adds no figure, doer or place of its own.

Two outlets tell one event with other words ("أعلن ... أن مضادات الاكتئاب فعالة" / "توصلت
دراسة ... إلى أن مضادات الاكتئاب تعمل"), and one article says its lead again further on ("على
أن يتخذ القرار" / "اتخذ قراره وسيعلن عنه"): the pair classifier, reading words, puts such pairs
anywhere from -2.2 to +1.9. The frame (``frames.frame``: the event's verb class, its doers and
places, whether it is done, expected or denied) is what an editor checks; a later sentence whose
frame, figures and names an earlier one already gives tells the reader nothing new.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from marsad.summarize.frames import (
    COUNTED_VERBS,
    FRAME_LOGIT,
    Frame,
    frame,
    part_of_all,
    same_frame,
    story_doers,
)
from marsad.summarize.repeats import later_repeats

if TYPE_CHECKING:
    import numpy as np

    from marsad.summarize.base import StoryText


def frame_repeats(
    story: StoryText, ordered: Sequence[int], near: Callable[[int, int], bool]
) -> dict[int, int]:
    """For chosen sentences in reading order (``ordered``), each one whose frame an earlier one
    tells (``frames.same_frame``) and whose figures (digits or words), doers, cities, countries
    and weekdays the earlier one all gives, mapped to that earlier one: the later is the repeat.
    Not a sentence another chosen one leans on, nor one whose article is not ``near`` in time
    the earlier's, nor a pair the pair classifier reads under ``frames.FRAME_LOGIT`` either way."""

    def may_repeat(index: int) -> bool:
        return frame(story.sentences[index].text) is not None

    def tells(index: int, other: int, same: np.ndarray) -> bool:
        mine = frame(story.sentences[index].text)
        return (
            mine is not None
            and min(same[index, other], same[other, index]) >= FRAME_LOGIT
            and near(index, other)
            and _told_by(story, index, other, mine)
        )

    return later_repeats(story, ordered, may_repeat, tells)


def _told_by(story: StoryText, index: int, other: int, mine: Frame) -> bool:
    """True when sentence ``other`` tells ``mine`` (the frame of sentence ``index``) with every
    figure and name of it: the same frame and nothing of ``index``'s own."""
    theirs = frame(story.sentences[other].text)
    if theirs is None or not same_frame(mine, theirs, story_doers(story)):
        return False
    figures = story.stated_figures(index)
    told_figures = story.stated_figures(other)
    if not figures <= told_figures:
        return False
    # a count of victims given on one side only is another group ("قتل القيادي الحوثي" after
    # "46 عنصرا ... قتلوا"); all of a group is not a part of it ("عشرات المعتقلين" after
    # "المعتقلين السياسيين كافة"): ``frames``'s guards for a credit.
    if mine.verb in COUNTED_VERBS and figures != told_figures:
        return False
    if part_of_all(story.sentences[index].text, story.sentences[other].text):
        return False
    named, told = mine.named, theirs.named
    return (
        set(named.actors) <= set(told.actors)
        and named.cities <= told.cities
        and named.countries <= told.countries
        and named.days <= told.days
    )
