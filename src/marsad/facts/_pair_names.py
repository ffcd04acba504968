"""Two words an article writes side by side that are no first name and family name: the
first is a verb after a ما particle ("لما ذكره مؤسس ...", "ربما بات هاينكس يواجه"), so the
pair would make a speaker of a verb and the word after it."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# "ما" and the particles built on it take a verb next ("لما ذكره", "بينما بات", "عندما قال",
# "حسبما أعلن"), never a person's first name.
_BEFORE_VERB = word_set("ما لما بما كما حسبما عندما ربما بينما مثلما طالما فيما")


def after_verb_particle(tokens: Sequence[Token], at: int) -> bool:
    """True when the word at ``at`` follows a ما particle (also with و: "وربما بات")."""
    if at < 1:
        return False
    before = tokens[at - 1].norm
    return before in _BEFORE_VERB or (before[:1] == "و" and before[1:] in _BEFORE_VERB)


def preposition_noun(text: str) -> bool:
    """True for لـ written on a hamza-alif word ("لإتاحة", "لأجل"): a preposition and a noun
    ("دعت لإتاحة"), never a family name (a foreign name starts with لا, not لإ/لأ)."""
    return text.startswith(("لإ", "لأ"))
