"""The body whose statement speaks: "وأفاد بيان من وزارة الخارجية أنه", "وأوضح بيان نشره
المركز الإعلامي للجيش اليمني، أن": the statement is the body's words, the body the speaker."""

from __future__ import annotations

from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize
from marsad.lang.words import word_set

# "بيان" then who issued it: a preposition of origin ("من", "عن") or a verb of issuing with
# the statement as its object pronoun ("نشره", "أصدرته"). Arabic writes the issuer right
# after either; "بيان" then a definite noun ("بيان الخارجية") names the body only in short,
# so it is left to the rules that read the body named before.
_STATEMENT = word_set("بيان")
# "وقال البيان الصادر عن الفرع المحلي لوزارة الصحة، إن": the definite statement with the
# definite issuing participle is the same construction; "البيان" alone is the statement told
# before, whose issuer the sentence does not name.
_THE_STATEMENT = word_set("البيان")
_THE_ISSUED = word_set("الصادر")
_ISSUED = word_set("من عن صادر نشره نشرته أصدره أصدرته وزعه وزعته")
# The issuer's name ends before what was said or how: إن/أن, a clause break, a quote mark,
# a preposition of time or place, or "التابع(ة) لـ" that says whose body it is ("الفرع المحلي
# لوزارة الصحة التابعة لحكومة المعارضة": the branch is the issuer, the rest places it).
_ENDS = word_set(
    "إن أن ان انه إنه انها إنها بأن بان أنه أنها أنهم إنهم في على إلى الى خلال عبر اليوم "
    "أمس يوم الذي التي جاء وجاء التابع التابعة"
)
_BREAKS = CLAUSE_BREAKS | {'"', "«", "“", ":"}
_BODY_WORDS = 6  # "المركز الإعلامي للجيش اليمني", "وزارة الخارجية والتعاون الدولي"


def issued_by(text: str, start: int, limit: int, heads: frozenset[str]) -> str | None:
    """The body after "بيان من/عن X" or "بيان نشره X", right after the verb (``start``),
    when its first word is a body's head (``heads``: "وزارة", "المركز", ...) or definite;
    None when nothing such follows, or the name runs on past ``_BODY_WORDS`` words."""
    words = [t for t in tokenize(text) if start <= t.start and t.end <= limit]
    if len(words) < 3:
        return None
    if words[0].norm in _THE_STATEMENT and words[1].norm in _THE_ISSUED:
        at = 2  # "البيان الصادر عن": then "عن"
    elif words[0].norm in _STATEMENT:
        at = 2 if words[1].norm == "صادر" else 1  # "بيان صادر عن": the issuing word, "عن"
    else:
        return None
    if at >= len(words) or words[at].norm not in _ISSUED:
        return None
    name = _name(words[at + 1 :])
    if not name or not (name[0].norm in heads or name[0].norm.startswith("ال")):
        return None
    return " ".join(t.text for t in name)


def _name(words: list[Token]) -> list[Token]:
    """The words up to where the name ends, or none when it runs on or holds a number."""
    name: list[Token] = []
    for token in words:
        if token.text in _BREAKS or token.norm in _ENDS:
            break
        if not token.text[0].isalpha() or len(name) == _BODY_WORDS:
            return []
        name.append(token)
    return name
