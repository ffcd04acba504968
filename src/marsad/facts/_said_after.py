"""The speaker named after the words: "«...»، قال X", "«...»، بحسب X", "... هذا ما أكدته X",
"...، على حد تعبير X". Arabic news may put the attribution after what was said; the cue then
closes the sentence, so nothing said after it can be X's instead."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.facts._quote_words import QUOTE_MARKS
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set

# "هذا ما قاله X", "وهو ما أكدته X", "كما قال X": the verb's subject said what came before.
_POINTERS = word_set("هذا وهذا هو وهو ذلك وذلك")
_AS = word_set("كما وكما")
# "بحسب X", "وفقا لـX", "على حد تعبير X", "على حد قول X": X's words, by a preposition.
_BY = word_set("حسب بحسب وفق")
_BY_TO = word_set("وفقا طبقا")
_PHRASE = word_set("تعبير قول وصف")
# Words one of the cues holds: a sentence without them (and without a speech verb) has none.
CUE_WORDS = _BY | _BY_TO | word_set("حد ما")
# The first word of a cue after a clause with no quote marks (a bare verb is no cue there).
FIRST_WORDS = _POINTERS | _AS | _BY | _BY_TO | word_set("على")
# A verb with its object pronoun ("قاله", "أكدته", "قالها"): the words just quoted.
_OBJECT = ("ته", "تها", "ه", "ها")
# Words after the cue that open another statement: it is not the cue that closes the sentence.
_OPENS_SPEECH = word_set("إن أن أنه أنها بأن بأنه بأنها")
_MARKS = QUOTE_MARKS | {":"}


def _verb(token: Token, is_verb: Callable[[str], bool]) -> bool:
    """A speech verb, also with an object pronoun ("قاله", "أكدته")."""
    if is_verb(token.norm):
        return True
    return any(
        is_verb(token.norm[: -len(end)])
        for end in _OBJECT
        if token.norm.endswith(end) and len(token.norm) - len(end) >= 3
    )


def said_after(
    text: str, end: int, is_verb: Callable[[str], bool], *, bare: bool = True
) -> tuple[str, tuple[int, int]] | None:
    """The cue that names, after ``end`` (a quote's close or a clause's end), who said it:
    ("verb", span of the speech verb; "what" for "هذا ما قاله") or ("by", span of the
    preposition phrase), the subject or
    name after it closing the sentence. None when anything else follows the words first, or
    when the cue opens another statement ("، وقال X إن ...": X says what comes next).
    ``bare``: a speech verb alone is a cue ("«...»، قال X"); after a clause with no quote
    marks it opens the next clause instead ("...، وأضاف كريس بول 15 نقطة")."""
    tokens = [t for t in tokenize(text[end:]) if t.text not in ("،", ",")]
    if not tokens:
        return None
    first = tokens[0]
    found: tuple[str, int, Token] | None = None  # kind, index of the name's first token, cue
    if bare and _verb(first, is_verb):
        found = ("verb", 1, first)
    elif len(tokens) > 2 and (first.norm in _POINTERS and tokens[1].norm == "ما"):
        if _verb(tokens[2], is_verb):
            found = ("what", 3, tokens[2])
    elif len(tokens) > 1 and first.norm in _AS and _verb(tokens[1], is_verb):
        found = ("verb", 2, tokens[1])
    elif first.norm in _BY:
        found = ("by", 1, first)
    elif len(tokens) > 1 and first.norm in _BY_TO and tokens[1].norm in ("ل", "لـ"):
        found = ("by", 2, tokens[1])
    elif len(tokens) > 3 and (first.norm, tokens[1].norm) == ("علي", "حد"):
        found = ("by", 3, tokens[2]) if tokens[2].norm in _PHRASE else None
    if found is None:
        return None
    kind, at, cue = found
    rest = tokens[at:]
    if not rest or any(t.text in _MARKS or t.norm in _OPENS_SPEECH for t in rest):
        return None
    return kind, (end + cue.start, end + cue.end)


def name_tokens(text: str, start: int) -> Sequence[Token]:
    """The tokens after ``start`` (the cue's end)."""
    return [Token(t.text, t.norm, t.start + start, t.end + start) for t in tokenize(text[start:])]
