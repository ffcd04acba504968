"""The body whose statement speaks: "وأفاد بيان من وزارة الخارجية أنه", "وأوضح بيان نشره
المركز الإعلامي للجيش اليمني، أن": the statement is the body's words, the body the speaker."""

from __future__ import annotations

from marsad.lang.arabic import normalize
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
# A construct's issuer also ends before what the statement is about or a clause joined to it
# ("بيان من وزارة الخارجية الأميركية حول التحالف", "بيان وزارة الداخلية وما جاء فيه").
_ISSUER_ENDS = _ENDS | word_set("حول بشأن بخصوص عن ما وما لها له")
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


def _name(words: list[Token], ends: frozenset[str] = _ENDS) -> list[Token]:
    """The words up to where the name ends, or none when it runs on or holds a number."""
    name: list[Token] = []
    for token in words:
        if token.text in _BREAKS or token.norm in ends:
            break
        if not token.text[0].isalpha() or len(name) == _BODY_WORDS:
            return []
        name.append(token)
    return name


# A statement with a clitic ("لبيان", "وبيان", "ببيان"): "وفقا لبيان من مكتب رئيس الوزراء".
_ANY_STATEMENT = word_set("بيان لبيان وبيان ببيان فبيان")
_THE_STATEMENTS = word_set("البيان بيان")


def statement_issuer(text: str, heads: frozenset[str]) -> str | None:
    """The body a sentence names as a statement's issuer: "بيان من/عن X", "بيان نشره X", or
    an indefinite statement in construct with a body ("وبحسب بيان وزارة العدل الأميركية"),
    its first word a body's head (``heads``) or definite; None when it names none."""
    words = tokenize(text)
    for at, token in enumerate(words[:-1]):
        if token.norm not in _ANY_STATEMENT:
            continue
        after = words[at + 1 :]
        if after[0].norm == "صادر" and len(after) > 1:
            after = after[1:]  # "بيان صادر عن"
        if after[0].norm in _ISSUED:
            after = after[1:]
        name = _name(after, _ISSUER_ENDS)
        if name and (name[0].norm in heads or name[0].norm.startswith("ال")):
            return " ".join(t.text for t in name)
    return None


def tells_statement(text: str) -> bool:
    """True when the sentence names a statement ("وقالت الشركة في بيان", "بيانا"): its
    speaker is the issuer of the statement a later "وأضاف البيان" quotes."""
    return any(t.norm in _ANY_STATEMENT or t.norm == "بيانا" for t in tokenize(text))


def bare_statement(speaker: str) -> bool:
    """True for "البيان" or "بيان" alone as a speaker: a statement is the words of whoever
    issued it. With an adjective it may be another one ("البيان القطري" after "بيان الدول
    الأربع"), so it is left as it is."""
    return normalize(speaker) in _THE_STATEMENTS


def could_issue(speaker: str) -> bool:
    """False for a speaker read from a clause ("إنهما"): no issuer of a statement."""
    first = normalize(speaker.split()[0])
    return first not in _ENDS and not first.startswith(("ان", "بان"))


# A report speaks for whoever issued it: "أفاد تقرير للبيت الأبيض بأن ..." then "وأشار
# التقرير إلى": the verb's subject "التقرير" stands for the body the report was told of.
_THE_REPORT = word_set("التقرير")
_A_REPORT = word_set("تقرير تقريرا")
_REPORT_REACH = 6  # tokens after the verb: "وقالت منظمة العفو الدولية في تقرير"
_REPORT_NEXT = word_set("إن أن ان بأن إلى الى على")


def names_report(text: str, start: int) -> bool:
    """True when the word right after a verb (``start``) is "التقرير" alone, then إن/أن,
    إلى, a clause break or the end: the report told of before speaks."""
    if "تقرير" not in text:
        return False  # most sentences: one substring test
    words = [t for t in tokenize(text) if t.start >= start][:2]
    if not words or words[0].norm not in _THE_REPORT:
        return False
    return len(words) == 1 or words[1].norm in _REPORT_NEXT or words[1].text in _BREAKS


def tells_report(text: str, start: int) -> bool:
    """True when an indefinite report is the verb's subject or its means (``start``: the
    verb's end): "أفاد تقرير للبيت الأبيض", "وقالت المنظمة في تقرير", before إن/أن."""
    if "تقرير" not in text:
        return False
    for token in [t for t in tokenize(text) if t.start >= start][:_REPORT_REACH]:
        if token.norm in _A_REPORT:
            return True
        if token.norm in _SAID or token.text in _BREAKS:
            return False
    return False


_SAID = word_set("إن أن ان انه إنه انها إنها بأن بان أنه أنها أنهم إنهم")
