"""Words a speaker's span catches from the clause around the name (issue 18, an editor's read
of story pages: "منوتشين لبرنامج", "البيان أنهما", "سابق إثر", "الداخلية وجاء فيه",
"لشركة كامبريدج", "متحدث باسم", "تعليق كلوب"): a particle, a conjunction with a verb, a
preposition on a body's noun, or a verbal noun before the name. Cut off, or no speaker."""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.facts._quote_words import BODIES, KINDS
from marsad.facts.gazetteer import gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.names import fold
from marsad.lang.words import word_set

# Particles and prepositions that end a clause's subject, never a name: "البيان أنهما",
# "سابق إثر", "الاتحاد الأوروبي من", "نتانياهو بشدة" (February speakers).
_LAST = word_set("أن أنه أنها أنهما أنهم بأن إثر عقب قبل بعد من وفقا بشدة بوضوح")
# A word whose complement the span lost: "متحدث باسم" with no body after it, "ابن" with no
# father ("أورد ابن", "شهدها ابن"); an adjective whose noun it lost ("سابق إثر").
_INCOMPLETE = word_set("باسم ابن بن")
_ALONE = word_set("سابق سابقة السابق السابقة")
# A pronoun that opens the span and the subject it names after it: "وهو رحيم غول", "ويدعى
# صلاح الخواجا", "بحسب رويترز" (February speakers): the name is the rest.
_BEFORE_NAME = word_set("وهو وهي ويدعى وتدعى بحسب حسب")
# A conjunction whose pronoun is the subject, a verb after it: "لكنه توقع", "بعدما قررت".
_CLAUSE = word_set("لكنه لكنها ولكنه ولكنها ولكن لكن بعدما عندما وعندما")
# "وجاء فيه", "وجاء في البيان": a new clause after the speaker ("الداخلية وجاء فيه").
_NEW_CLAUSE = word_set("وجاء وجاءت")
# ل/ب on a body's noun: the body named, the preposition caught from the clause ("التابع
# لحكومة هونغ كونغ"); on another noun, an object or an addressee, not the subject
# ("لشؤون الإعلام", "لحقوق الانسان", "منوتشين لبرنامج").
_BODY_NOUNS = KINDS | BODIES | word_set("حكومة")
_GOVERNED_NOUNS = _BODY_NOUNS | word_set("برنامج شؤون حقوق وسائل")
# The verbal noun of form II, تفعيل ("تعليق كلوب", "توزيع المياه"): the action, not its doer;
# the given names of this shape are listed.
_VERBAL_NOUN_II = re.compile("^ت[^اىةه][^اويىةه]ي[^اويىةه]$")
_NAMES_II = word_set("تحسين تغريد تسنيم توفيق تيسير")
# The possessive pronouns a noun after ل carries when it is the addressee: "لمحبيه".
_POSSESSIVE = ("يه", "ها", "هم", "هما", "كم", "نا")


def _governed(written: str, form: str) -> bool:
    """ل/ب on a body's noun or on a noun opening with a written hamza below ("لإيرادات"):
    no name starts with a preposition on either (``form``: the matching form)."""
    if not form.startswith(("ل", "ب")) or len(form) < 4 or fold(form) in gazetteer().first_words:
        return False
    return form[1:] in _GOVERNED_NOUNS or written[1:].startswith("إ")


def _addressee(form: str) -> bool:
    """ل on a noun with a possessive pronoun ("وأضاف لمحبيه", "قال لمتابعيها"): to whom it was
    said, never who said it (no name ends in one of these pronouns after ل)."""
    return (
        form.startswith("ل")
        and not form.startswith("لل")
        and len(form) >= 5
        and form.endswith(_POSSESSIVE)
        and fold(form) not in gazetteer().first_words
    )


def _told(written: str, form: str) -> bool:
    """ل on an indefinite noun ``_governed`` reads: to whom it was said ("لوسائل")."""
    return form.startswith("ل") and not form.startswith("لل") and _governed(written, form)


def without_loose_words(speaker: str, person: Callable[[str], bool]) -> str | None:
    """The speaker without the words of the clause around it, or None when no name or role is
    left; ``person`` tells a name the article gives a person ("تعليق كلوب" → "كلوب")."""
    words = speaker.split()
    forms = [normalize(word) for word in words]
    if not words or forms[0] in _CLAUSE or _addressee(forms[0]):
        return None
    if _governed(words[0], forms[0]):
        if len(words) == 1 or forms[0][1:] not in _BODY_NOUNS:
            return None
        words, forms = [words[0][1:], *words[1:]], [forms[0][1:], *forms[1:]]
    cut = next((at for at, form in enumerate(forms) if form in _NEW_CLAUSE), len(words))
    words, forms = words[:cut], forms[:cut]
    if len(words) > 1 and forms[0] in _BEFORE_NAME:
        words, forms = words[1:], forms[1:]
    # after a name, ب/ل on a definite body is the name's own ("مسؤولون بالشرطة")
    while len(words) > 1 and (forms[-1] in _LAST or _told(words[-1], forms[-1])):
        words, forms = words[:-1], forms[:-1]
    if not words or forms[-1] in _INCOMPLETE or forms[-1] in _LAST:
        return None
    if len(words) == 1 and forms[0] in _ALONE:
        return None
    if _VERBAL_NOUN_II.match(forms[0]) and forms[0] not in _NAMES_II:
        rest = " ".join(words[1:])
        definite = rest.startswith("ال")  # "توزيع المياه": the action's object
        return rest if rest and not definite and person(rest) else None
    return " ".join(words)
