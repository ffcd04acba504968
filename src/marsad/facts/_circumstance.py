"""A sentence that opens with a circumstance, a comma, then its speech verb: "وبعد أقل من ساعة
من بث نبأ اعتقاله، قال إن", "ورداً على سؤال يتعلق بالأحكام ...، أشار إلى أن". The phrase says
when, where or in answer to what; the verb's subject is its pronoun, the person the text was
quoting, as in a "وأضاف" that opens the sentence."""

from __future__ import annotations

from marsad.lang.tokens import tokenize
from marsad.lang.words import word_set

# Prepositions and adverbial accusatives that open a circumstance ("بعد", "في", "ردا على",
# "تعليقا على", "حول"), with or without و/ف. "من" is left out: "من جهته، قال" and "من جانبه"
# point to someone else than the speaker before.
_OPENERS = word_set(
    "بعد قبل في خلال عند عقب إثر اثر حول عن بشأن ردا رداً تعليقا تعليقاً على منذ أثناء وسط أمام"
)
# Words that, in the phrase, turn to another person: "في المقابل، قال", "وفي حين ..." and
# "بدوره" contrast the coming speaker with the one before; "جهته", "جانبه" carry a pronoun
# for another.
_OTHERS = word_set(
    "المقابل حين بدوره بدورها جهته جهتها جانبه جانبها ناحيته ناحيتها المقابلة الآخر الأخرى"
)
CLAUSE_WORDS = 16  # "ورداً على سؤال يتعلق بالأحكام الصادرة على عدد من الأفراد في المملكة": 12


def circumstance_before(text: str, verb_start: int) -> bool:
    """True when the text before ``verb_start`` is a circumstance of at most ``CLAUSE_WORDS``
    words, opened by a preposition or adverb and closed by a comma right before the verb."""
    head = text[:verb_start].rstrip()
    if not head.endswith(("،", ",")):
        return _topic_before(head)
    tokens = [t for t in tokenize(head[:-1]) if t.text[0].isalnum()]
    if not tokens or len(tokens) > CLAUSE_WORDS:
        return False
    first = tokens[0].norm
    if first not in _OPENERS and not (first[:1] in ("و", "ف") and first[1:] in _OPENERS):
        return False
    return not any(t.norm in _OTHERS for t in tokens)


_ABOUT = word_set("عن وعن")
TOPIC_WORDS = 6  # "وعن الأزمة مع الدوحة أعلن:", "وعن اليمن قال"


def _topic_before(head: str) -> bool:
    """True for a short topic opened by "وعن" and written with no comma before the verb
    ("وعن الأزمة مع الدوحة أعلن:"): what the words are about, as a circumstance."""
    tokens = [t for t in tokenize(head) if t.text[0].isalnum()]
    if not tokens or len(tokens) > TOPIC_WORDS or tokens[0].norm not in _ABOUT:
        return False
    return not any(t.norm in _OTHERS for t in tokens)


# A phrase that turns to the sentence's own subject: "من جهتها، نصحت السفارة", "إلى ذلك، كشف
# ثرون", "بدوره، أكد ...": the verb after its comma names who the sentence is about.
_TURN_WORDS = _OTHERS | word_set("ذلك ذاك")
_TURN_OPENERS = word_set("من إلى الى في و وإلى والى وفي ومن")
_TURN_TOKENS = 3  # "ومن جهته", "وفي المقابل", "إلى ذلك"


def without_turn(text: str) -> str:
    """The text with an opening turn phrase and its comma blanked (offsets kept), else as is."""
    comma = text.find("،")
    if comma < 0:
        return text
    tokens = [t for t in tokenize(text[:comma]) if t.text[0].isalnum()]
    if not 1 <= len(tokens) <= _TURN_TOKENS or tokens[-1].norm not in _TURN_WORDS:
        return text
    if len(tokens) > 1 and not all(t.norm in _TURN_OPENERS for t in tokens[:-1]):
        return text
    return " " * (comma + 1) + text[comma + 1 :]
