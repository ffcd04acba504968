"""The body a sentence that quotes no one opens with, read from its words where no entity
names it ("وكشفت صحيفة "X" أن", "وكانت الشرطة الإسرائيلية قد اتهمت"): the subject of a bare
"وأضافت أن" / "وقالت إن" in the sentence right after (``article_quotes``)."""

from __future__ import annotations

from marsad.facts._quote_words import BODY_HEADS, QUOTE_MARKS, QUOTED_NAME_WORDS, STATEMENTS
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set

# Arabic: "كان/كانت X قد فعل": the subject sits between the auxiliary and "قد".
_WAS = {"m": word_set("كان وكان"), "f": word_set("كانت وكانت")}
_QAD = word_set("قد")
_FEMININE_MIN = 4  # "وقالت": a verb of three letters and more, with ت, is feminine
_ADJECTIVES = 3  # "الشرطة الإسرائيلية", "الوكالة الرسمية التركية": at most three


def kind_opener(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The body ``text`` opens with as the subject of its first verb, and the verb's gender:
    a kind of body with a quoted name ("صحيفة "كورييري ديلو سبورت"") or a definite kind with
    the definite adjectives after it ("الشرطة الإسرائيلية"); never a bare kind ("الشرطة"),
    which may be any body named before."""
    tokens = tokenize(text)[: 4 + QUOTED_NAME_WORDS + _ADJECTIVES]
    if len(tokens) < 3 or not tokens[0].text.isalpha():
        return None
    first = tokens[0].norm
    was = next((g for g, forms in _WAS.items() if first in forms), None)
    if was is None and (first in ARABIC or first.startswith(("ال", "وال"))):
        return None
    found = _body(tokens, 1)
    if found is None:
        return None
    name, after = found
    if was is not None:
        # "وكانت الشرطة ... قد اتهمت": "قد" and a verb after the subject, else no verb-subject
        if after + 1 >= len(tokens) or tokens[after].norm not in _QAD:
            return None
        return name, (was,)
    gender = "f" if first.endswith("ت") and len(first) >= _FEMININE_MIN else "m"
    return name, (gender,)


def _body(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The body's words from ``at`` and the index after them."""
    head = tokens[at]
    if head.norm not in BODY_HEADS or head.norm.removeprefix("ال") in STATEMENTS:
        return None  # "وتضمن البيان الرسمي": a statement, whose issuer is someone else
    at += 1
    if not head.norm.startswith("ال"):
        # an indefinite kind needs its name in quotation marks ("موقع "بي جي آر"")
        if at >= len(tokens) or tokens[at].text not in QUOTE_MARKS:
            return None
        end = next((i for i in range(at + 1, len(tokens)) if tokens[i].text in QUOTE_MARKS), None)
        if end is None or not 1 <= end - at - 1 <= QUOTED_NAME_WORDS:
            return None
        words = [t.text for t in tokens[at + 1 : end]]
        return f"{head.text} {' '.join(words)}", end + 1
    adjectives: list[str] = []
    while at < len(tokens) and len(adjectives) < _ADJECTIVES and _nisba(tokens[at]):
        adjectives.append(tokens[at].text)
        at += 1
    if not adjectives:
        return None
    return f"{head.text} {' '.join(adjectives)}", at


def _nisba(token: Token) -> bool:
    """A definite adjective of origin or kind ("الإسرائيلية", "الرسمي"): ال, then ي or ية."""
    word = token.norm
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 5
