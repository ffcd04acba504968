"""The gender of the verb a sentence opens with, for a bare speech verb in the sentence after
("طالب ترامب الكونغرس ..." then "وقال إنه"; "ودانت وزارة الخارجية ..." then "وقالت إن"): in
Arabic the verb agrees with its subject, so a feminine verb after a masculine one has another
subject, and carrying the speaker over would give a wrong one."""

from __future__ import annotations

from collections.abc import Callable

from marsad.lang.tokens import Token, tokenize

# A perfect verb's feminine singular ends with the ت of agreement after a stem of at least
# three letters ("دانت", "طالبت", "لفتت"); a three-letter word's final ت is its root ("لفت",
# "صوت", "بات"), masculine.
_FEMININE_MIN = 4
BOTH = ("m", "f")


def opening_genders(text: str, opener: str) -> tuple[str, ...]:
    """ "f" or "m" when the text opens with a verb and then the opener (verb-subject order),
    from the verb's ending; both genders when the opener is not right after a verb (as
    before: no agreement can be read)."""
    tokens = tokenize(text)[:2]
    if len(tokens) < 2 or not opener.startswith(tokens[1].text) or not tokens[0].text.isalpha():
        return BOTH
    if tokens[0].norm.startswith(("ال", "وال")):
        return BOTH  # "الرئيس ترامب": a title, no verb
    verb = tokens[0].norm
    # "ولفت" is و and لفت (masculine) or a four-letter stem with ت (feminine): either, when
    # the conjunction can be read both ways
    readings = {verb, verb[1:]} if verb[:1] in ("و", "ف") else {verb}
    genders = {_gender(word) for word in readings}
    return (genders.pop(),) if len(genders) == 1 else BOTH


def _gender(word: str) -> str:
    return "f" if word.endswith("ت") and len(word) >= _FEMININE_MIN else "m"


def bare_genders(text: str, no_subject: Callable[[Token], bool]) -> tuple[str, ...]:
    """The genders a sentence's opening verb can have when it opens with و, a verb and a word
    that shows it has no subject of its own (``no_subject``: "وبين أن", "وتحدثت لبي بي سي",
    "وشدد خلال حديث له"): the subject is the one the article named before; () otherwise."""
    tokens = tokenize(text)[:2]
    if len(tokens) < 2 or not tokens[0].text.isalpha() or not no_subject(tokens[1]):
        return ()
    verb = tokens[0].norm
    if verb[:1] != "و" or len(verb) < _FEMININE_MIN or verb.startswith("وال"):
        return ()
    readings = {verb[1:], verb} if len(verb) > _FEMININE_MIN else {verb[1:]}
    return tuple(sorted({_gender(word) for word in readings}))
