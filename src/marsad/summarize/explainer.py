"""Explainer members (issue 19, round 30): a profile or explainer filed beside the news ("من هو
صالح مسلم …؟", "من هم المرتزقة الروس الغامضون في سوريا؟", "لماذا تدهورت الأوضاع …؟", an
infographic) is joined to the story by its actor, but its sentences tell the actor's past or
another matter, not the event: they give no summary sentence beside the news members, but for
the explainer's first sentence, which may state the news and comes after the news members'."""

from __future__ import annotations

import re

import numpy as np

from marsad.lang.arabic import normalize
from marsad.summarize.base import StoryText

# A title that asks who or why, in the matching form (``normalize``): "من هو/هي/هم/هن" (a
# profile), "لماذا"/"لما" (an explainer), closed by a question mark. February's multi-article
# stories hold 10 such titles with the infographics below, read: 4 profiles of the story's person
# (Griffiths, Saleh Muslim, Nabeel Rajab, al-Suhaimi), 2 explainers (the Russian mercenaries
# beside a report on their attack, Ethiopia's unrest beside its emergency), 4 infographics (two
# are a story of their own); "ما هي/كيف" titles are not matched: they ask what the event itself
# holds ("ما هي الأرقام التي حطمها صلاح أمام ويست هام؟" in the match's story) or are how-tos.
_QUESTION = re.compile(r"^\W*(?:من\s+(?:هو|هي|هم|هن)|لماذا|لما)(?!\w)")
_ASKS = re.compile(r"[؟?]\W*$")
# An infographic's title ("انفوجرافيك العمالة الفلبينية ..", "إنفوغرافيك.. تجاذبات …").
_GRAPHIC = re.compile(r"(?<!\w)(?:ب|و)?(?:ال)?[اإ]نفو(?:جراف|غراف|كراف)(?:يك|يا)?(?!\w)")


def is_explainer(title: str) -> bool:
    """True when a title announces a profile or an explainer (who / why question, infographic)."""
    plain = normalize(title)
    return bool(_QUESTION.search(plain) and _ASKS.search(title)) or bool(_GRAPHIC.search(plain))


def explainer_sentences(story: StoryText) -> np.ndarray:
    """Mask of the sentences of the story's explainer members (``is_explainer``) when another
    member is not one: chosen only after the news members' sentences, as ``relevance.background``
    (a story of explainers alone is told by them). ``select`` leaves out all but their first
    sentences (``article_leads``) and takes those after the others."""
    found = np.zeros(len(story.sentences), dtype=bool)
    if len(story.documents) < 2:
        return found
    explainers = {d.id for d in story.documents if is_explainer(d.article.title or "")}
    if not explainers or len(explainers) == len(story.documents):
        return found
    found[:] = [s.article in explainers for s in story.sentences]
    return found


def article_leads(story: StoryText) -> np.ndarray:
    """Mask of the sentences that open their article."""
    return np.array([not s.index for s in story.sentences], dtype=bool)
