"""A chosen lead's fuller version: another article's first sentence that says all it says and more.

Outlets lead with one event told more or less whole: "استخدمت روسيا حق النقض ضد مشروع قرار …"
beside "استخدمت روسيا حق الفيتو الاثنين … ضد مشروع قرار بريطاني دعمته الولايات المتحدة وفرنسا".
The blind pyramid gold marks the draft's author and the day as core units; the short lead
states neither, so the summary shows the lead that states the short one and adds to it.
"""

from __future__ import annotations

import numpy as np

from marsad.summarize.base import StoryText

# The pair classifier's "the second states all the first says" logit (p 0.73) from the chosen
# lead to its fuller version, and below 0 (p 0.5) back: the chosen lead does not state all
# the fuller one says. On the February gold (27 stories) these find the two leads that add a
# core unit (Russia's veto of a British draft, Abbas's call for another mediator) and no
# lead that states less.
FULLER_STATES = 1.0
FULLER_BACK = 0.0


def fuller_leads(story: StoryText, index: int, candidates: np.ndarray) -> list[int]:
    """First sentences of other articles (among ``candidates``) that state all sentence
    ``index`` says and more, with every figure it states (a fuller version never drops a toll
    or a score), most surely fuller first."""
    logits = story.pair_logits
    if logits is None:
        return []
    forward, back = logits["states"][index], logits["states"][:, index]
    figures = story.stated_figures(index)
    found = [
        other
        for other in np.flatnonzero(
            candidates & (forward >= FULLER_STATES) & (back < FULLER_BACK)
        ).tolist()
        if story.sentences[other].index == 0
        and story.sentences[other].article != story.sentences[index].article
        and figures <= story.stated_figures(other)
    ]
    return sorted(found, key=lambda other: (-float(forward[other] - back[other]), other))
