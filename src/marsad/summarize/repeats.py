"""The reading-order walk shared by the repeat rules (``figure_repeats``, ``frame_repeats``,
``lead_repeats``): each chosen sentence that an earlier kept one already tells is a repeat."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# ``tells(index, earlier, same)``: ``same`` is the pair classifier's "same fact" logits.
Tells = Callable[[int, int, np.ndarray], bool]


def later_repeats(
    story: StoryText,
    ordered: Sequence[int],
    may_repeat: Callable[[int], bool],
    tells: Tells,
) -> dict[int, int]:
    """For chosen sentences in reading order (``ordered``), each one ``may_repeat`` allows and
    an earlier kept one ``tells``, mapped to that earlier one. Never
    a sentence another chosen one leans on, and nothing without the pair classifier's logits
    (one article's summary, or paraphrases off)."""
    logits = story.pair_logits
    if logits is None:
        return {}
    same = logits["same"]
    return repeats_in_order(
        story, ordered, may_repeat, lambda index, other: tells(index, other, same)
    )


def repeats_in_order(
    story: StoryText,
    ordered: Sequence[int],
    may_repeat: Callable[[int], bool],
    tells: Callable[[int, int], bool],
) -> dict[int, int]:
    """The walk of ``later_repeats`` without the pair classifier: each chosen sentence (in
    reading order) that ``may_repeat`` allows and an earlier kept one ``tells``, mapped to that
    earlier one; never a sentence another chosen one leans on."""
    leaned_on = {int(story.predecessor[i]) for i in ordered}
    found: dict[int, int] = {}
    kept: list[int] = []
    for index in ordered:
        earlier = None
        if index not in leaned_on and may_repeat(index):
            earlier = next((other for other in kept if tells(index, other)), None)
        if earlier is None:
            kept.append(index)
        else:
            found[index] = earlier
    return found
