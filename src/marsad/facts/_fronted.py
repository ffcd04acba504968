"""A subject written before its speech verb after "كان" or "يذكر أن": "كانت سبيس إكس أعلنت
أنها", "وكانت صحيفة "لوباريزيان" الفرنسية قالت", "ويذكر أن مدير مستشفى عفرين، الدكتور جوان
محمد قال". The verb then carries a pronoun for that noun, so the words after it are never
its subject: the speaker is the noun phrase between the opener and the verb."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.facts._quote_words import QUOTE_MARKS
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# "كان" and its sisters' forms that open a clause with a noun then a verb ("وكانت الشركة قد
# قالت"): the noun is كان's subject and the verb's pronoun stands for it.
_KAN = word_set("كان كانت وكان وكانت")
# "ويذكر أن X قال", "ويشار إلى أن X أكد": the noun after أن is the clause's subject, and the
# verb after it agrees with it (the same fronting as after كان).
_NOTED = word_set("يذكر ويذكر يشار ويشار")
_TO = word_set("إلى الى")
_THAT = word_set("أن ان")
# "لكن صحيفة "ماركا" أشارت إلى أنه", "غير أن الوزير قال": لكن, أن of "إلا أن"/"غير أن" and
# "بل إن" take a noun, their subject, and the verb after it agrees with it, as after كان. Read
# at the last such word before the verb, after a comma or at the sentence's start.
_BUT = word_set("لكن ولكن")
_BUT_THAT = word_set("إلا الا غير بل")
_THAT_FORMS = word_set("أن ان إن")
# After لكن the outlet's own correspondent and a study or report tell, no one speaks ("لكن
# مراسل "العربية" قال", "لكن دراسة حديثة أشارت"): no speaker, as the guide asks.
_NOT_FRONTED = word_set("مراسل المراسل مراسلة مراسلنا دراسة الدراسة تقرير التقرير تقارير التقارير")
# Words between the fronted subject and its verb: قد ("وكان X قد قال") and, after "يذكر أن",
# كان ("يذكر أن واتساب كانت أعلنت").
_BEFORE_VERB = word_set("قد كان كانت")
_FRONTED_WORDS = 11  # "ويذكر أن مدير مستشفى عفرين، الدكتور جوان محمد": a title, a comma, a name
_QUOTED_WORDS = 3  # a body's quoted name: "صحيفة "لوباريزيان""


def fronted_span(words: Sequence[Token]) -> tuple[int, int] | None:
    """Indexes (first, end) of the noun phrase fronted before the verb in ``words`` (the
    sentence's tokens before its speech verb): after a sentence-opening "كان" form, or after
    "(و)يذكر أن" / "(و)يشار إلى أن"; without a trailing comma or "قد". None for any other
    opening."""
    if not words:
        return None
    first = 0
    if words[0].norm in _KAN:
        first = 1
    elif words[0].norm in _NOTED:
        first = 2 if len(words) > 1 and words[1].norm in _TO else 1
        if first >= len(words) or words[first].norm not in _THAT:
            return None
        first += 1
    elif (after := _after_but(words)) is not None:
        if after >= len(words) or words[after].norm in _NOT_FRONTED:
            return None
        first = after
    else:
        return None
    end = len(words)
    while end > first and (words[end - 1].norm in _BEFORE_VERB or words[end - 1].norm == ","):
        end -= 1  # "هاني أبو ريدا، قد حذر", "يذكر أن واتساب كانت أعلنت"
    if not 1 <= end - first <= _FRONTED_WORDS:
        return None
    return first, end


def _after_but(words: Sequence[Token]) -> int | None:
    """Index of the first word after the last "لكن" / "إلا أن" / "غير أن" / "بل إن" that
    opens the sentence or follows a comma, else None."""
    for at in range(len(words) - 1, -1, -1):
        word = words[at].norm
        if word in _BUT:
            start = at
        elif word in _THAT_FORMS and at and words[at - 1].norm in _BUT_THAT:
            start = at - 1
        else:
            continue
        if start == 0 or words[start - 1].text in {"،", ","}:
            return at + 1
        return None
    return None


def quoted_body(words: Sequence[Token], heads: frozenset[str]) -> str | None:
    """ "صحيفة "لوباريزيان" الفرنسية": a body's head (``heads``, matching form), its name of
    at most three words in quote marks, then nothing or nationalities (definite nisbas):
    "صحيفة لوباريزيان"."""
    if len(words) < 4 or words[0].norm not in heads or words[1].text not in QUOTE_MARKS:
        return None
    close = next((k for k in range(2, len(words)) if words[k].text in QUOTE_MARKS), None)
    if close is None or not 1 <= close - 2 <= _QUOTED_WORDS:
        return None
    inner = words[2:close]
    if not all(t.text[0].isalpha() for t in inner):
        return None
    if not all(nisba(t.norm) for t in words[close + 1 :]):
        return None
    return " ".join([words[0].text] + [t.text for t in inner])


def nisba(word: str) -> bool:
    """A definite nisba adjective in the matching form: "الفرنسيه", "الامريكي"."""
    return word.startswith("ال") and word.endswith(("ي", "يه"))
