"""A bare kind noun as a speech verb's subject ("وأشار النادي إلى أن", "وأضاف البرنامج، أنه"):
the body the article named before with that kind ("نادي ليون الفرنسي", "برنامج حساب
المواطن"). Read in an article only: a sentence alone says no more than "the club"."""

from __future__ import annotations

from marsad.lang.tokens import CLAUSE_BREAKS, tokenize

# What may follow a bare subject: the reported clause, a colon or quote, a comma, to whom,
# where or how ("وقال النادي في بيان", "وأوضح الموقع على صفحته").
_AFTER = frozenset(
    {"ان", "انه", "انها", "بان", "بانه", "بانها", "الي", "في", "علي", "عبر", "ل", "لـ"}
)

_READ = 60  # characters read after the verb: the two words this needs, not the whole clause


def kind_subject(text: str, verb_end: int, kinds: frozenset[str]) -> str | None:
    """The kind (matching form, without ال: "نادي", "برنامج") of a definite kind noun written
    right after a speech verb ending at ``verb_end`` and alone as its subject, else None.
    Alone: a clause break, a quote mark, إن/أن or a preposition comes next, not a word that
    would make it a name or a description ("النادي الأهلي", "الموقع الرسمي للنادي")."""
    tokens = tokenize(text[verb_end : verb_end + _READ])[:2]
    if not tokens or not tokens[0].norm.startswith("ال"):
        return None
    kind = tokens[0].norm[2:]
    if kind not in kinds:
        return None
    after = tokens[1] if len(tokens) > 1 else None
    if after is None or after.text in CLAUSE_BREAKS or not after.text[0].isalpha():
        return kind
    return kind if after.norm in _AFTER else None
