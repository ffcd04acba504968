"""Words that are never part of a name: a verb's shape, a preposition on a verbal noun, a noun
with a possessive pronoun. A person's or a speaker's span holding one is no name."""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.caches import cached
from marsad.facts.gazetteer import gazetteer
from marsad.lang.names import fold
from marsad.lang.tokens import tokenize

# Verb shapes no name takes (matching form: hamza folded to ا):
# - an imperfect of a sound three-letter root, يفعل ("يعرف", "يفقد"); names of this length hold
#   a long vowel ("يوسف", "يزيد", "يسرا"). Not after و/ف: "فينغر", "ويتسن" are names;
# - a form X perfect, استفعل ("استنكر", "واستنكر");
# - a form IV or II perfect with the feminine ت, أفعلت ("أكدت"), four letters only ("أرنست"
#   has five).
_VERB = re.compile("^(?:ي[^اويىةه]{3}|[وف]?است[^اويىة]{3}|[وف]?ا[^اويىة]{2}ت)$")
# The imperfect of a hollow root, its long vowel و inside: يفول ("يقوم", "يقول", "يكون",
# "يعود"; February speaker "يقوم عصمان"). A name of this length holds its و second ("يونس")
# or a long ا/ي ("ياسر", "يزيد").
_HOLLOW = re.compile("^ي[^اويىةه]و[^اويىةه]$")
# More verb shapes, read off February's speakers and persons ("يتوقع باركليز", "تحلى غريب",
# "تقدم أوكسفام", "يعتقد العياري", "توجهت منال" and persons "يتولى", "تعرض", "يمتلك"); in
# the month's digest each span they refuse is a verb, and a name the lexicon starts stays:
# - an imperfect of form V or VI, يتفعل/تتفاعل in five letters ("يتوقع", "تتولى");
# - an imperfect of form VIII, يفتعل ("يعتقد", "يمتلك"); no weak letter after the ت, as in
#   "فيكتور" (ف + "يكتور");
# - a perfect of form V, تفعّل: three letters after ت with no long vowel ("تقدم", "تطرق";
#   "تامر", "تيري", "تومر" hold one; "ترمب" the lexicon knows), or with the feminine ت
#   ("توجهت").
_MORE_VERBS = re.compile("^[وف]?(?:[يت]ت[^ا]{2}[^ا]|ي[^اويت]ت[^اوي]{2}|ت[^اويىةه]{3}|ت[^ا]{3}ت)$")
# A perfect of form V with a defective root, ending in a written alef maqsura: "تحلى", "تولى",
# "تخلى" (a name such as "تركي" ends in ي).
_DEFECTIVE_V = re.compile("^[وف]?ت[^ا\\W]{2}ى$")
# The imperfect of a root opening with hamza, its hamza written on و after the prefix: "يؤكد",
# "تؤكد", "يؤيد", "نؤمن" (February persons "يؤكد", "نيكولاس مادورو تؤكد"). No name opens so.
_HAMZA_IMPERFECT = re.compile("^[وف]?[يتن]ؤ")
# A preposition ب/ل on an indefinite verbal noun ("بمشاركة", "لاستخدام", "لإجبار"): a phrase
# after the name, never part of it. Patterns استفعال، افتعال، تفعيل، مفاعلة، and إفعال when its
# hamza is written (``_HAMZA_MASDAR``): "لاسمار" and "باسكال" are names.
_PREP_MASDAR = re.compile(
    "^[وف]?[بل](?:ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا]|ت[^ا]{2}ي[^ا]|م[^ا]ا[^ا]{2}ه)$"
)
_HAMZA_MASDAR = re.compile("^[وف]?[بل]إ[^ا]{2}ا[^ا]$")
# "بالقول"، "بالتأكيد": a speech verb's manner ("وتابعت الشركة بالقول إنها"), not its subject.
_BY_SAYING = re.compile("^[وف]?بال(?:قول|تاكيد|اشاره|توضيح)$")
# A noun with a possessive pronoun ("إدارتها", "حكومته", "متصفحها"): a name takes none. The
# ة before the pronoun is written ت after two letters or more ("جوته", "بريجيته" are names);
# other nouns end in ها/هم/هما after four. A bare ه is left: names end in it ("لايركه").
_POSSESSED = re.compile("^(?:.{2,}[^ي]ت(?:ه|ها|هم|هما)|.{4,}(?:ها|هم|هما))$")


def not_a_name(word: str, written: str = "") -> bool:
    """True for a word (matching form ``word``, as written ``written``) that no name holds: a
    verb, a preposition on a verbal noun, a possessed noun."""
    return _not_said_word(word, written) or bool(_POSSESSED.match(word))


# The verbal noun of form II, تفعيل ("توزيع", "تحرير", "تنسيق", "تطبيق"): a person's span
# holding one is an action, not a name (February persons "تحرير مجلة" after "رئيس",
# "تشديد إجراءات", "دونالد ترمب تطبيق عقوبات"; "توزيع المياه" with a weak first root
# letter). The given names of this shape are listed ("تحسين", "توفيق", "تيسير"); a body the
# lexicon starts with one ("تنظيم الدولة") is left by the caller, and a body's name is not
# checked with it ("هيئة تنظيم الاتصالات").
_VERBAL_NOUN_II = re.compile("^[وف]?ت[^اىةه][^اويىةه]ي[^اويىةه]$")
# Verb shapes a person's span holds only as the verb after the name (issue 18, entities3;
# February persons "الرئيس يكن لها", "واستقال بورتر", "دونالد ترمب تجاهلت"):
# - the imperfect of a doubled root, يفع in three letters ("يكن", "يعد", "يمر", "يظل");
# - the imperfect of a root ending in hamza, written on alef ("يبدأ", "ويبدأ", "يلجأ");
# - a form X perfect of a hollow root, استفال ("استقال", "واستعاد");
# - a form VI perfect, تفاعل with the feminine ت or after و/ف ("تجاهلت", "وتبادل").
_PERSON_VERB = re.compile(
    "^(?:ي[^اويىةه][^اويىة]|[وف]?است[^اويىةه]ا[^اويىة]|[وف]?ت[^اويىةه]ا[^اويىة]{2}ت"
    "|[وف]ت[^اويىةه]ا[^اويىة]{2})$"
)
_HAMZA_LAST_IMPERFECT = re.compile("^[وف]?ي[^اويىةه]{2}أ$")
_NAMES_II = frozenset({"تحسين", "تغريد", "تسنيم", "توفيق", "تيسير"})
# Words no person is named by: the future particle "سوف" ("سوف يتمكن"), the plural title
# "وزراء" ("وزراء تقدم ضده لائحة"): February persons.
_NO_PERSON = frozenset({"سوف", "وسوف", "فسوف", "وزراء", "الوزراء"})


def not_a_person_word(word: str, written: str = "") -> bool:
    """True for a word (matching form) no person's name holds: ``not_a_name``'s, a verbal
    noun of form II, a future particle, a plural title or a verb of ``_PERSON_VERB``."""
    return (
        not_a_name(word, written)
        or (bool(_VERBAL_NOUN_II.match(word)) and word.lstrip("وف") not in _NAMES_II)
        or word in _NO_PERSON
        or bool(_PERSON_VERB.match(word) or _HAMZA_LAST_IMPERFECT.match(written))
    )


def _not_said_word(word: str, written: str) -> bool:
    """True for a verb or a preposition on a verbal noun: in no speaker's span at all."""
    return bool(
        _verb_shaped(word, written)
        or _PREP_MASDAR.match(word)
        or _HAMZA_MASDAR.match(written)
        or _BY_SAYING.match(word)
    )


@cached(100_000)
def named_speaker(speaker: str, kin: Callable[[str], bool] = lambda word: False) -> str | None:
    """The speaker without a last word of manner ("ترامب بالقول" → "ترامب", as a participle
    of manner is cut off a name), or none when what is left is no name (``speaker_named``);
    ``kin`` tells a kin noun with its pronoun, which opens a name ("ابنته أسما")."""
    words = speaker.split()
    if len(words) > 1 and _BY_SAYING.match(tokenize(words[-1])[0].norm):
        speaker = " ".join(words[:-1])
    speaker = _subject_after_verb(speaker)
    return speaker if speaker_named(speaker, kin) else None


def _subject_after_verb(speaker: str) -> str:
    """The one word after a verb of a derived form (``_MORE_VERBS``) that opens a two-word
    span: the verb comes first in Arabic and its subject, a name, after it ("هذه المرة تحلى
    غريب، رئيس تحرير ..." → "غريب", "لا يتوقع باركليز أن" → "باركليز"). A definite noun or a
    possessed one there is no name ("يتحدث الأطفال", "تذكر اسمها"): the span stays whole,
    to be refused; a family name with the nisba's ending is ("يعتقد العياري")."""
    words = speaker.split()
    if len(words) != 2:
        return speaker
    verb, subject = tokenize(words[0])[0], tokenize(words[1])[0]
    derived = (
        _MORE_VERBS.match(verb.norm)
        or _DEFECTIVE_V.match(verb.text)
        or _HAMZA_IMPERFECT.match(verb.text)
    )
    if fold(verb.norm) in gazetteer().first_words or not derived:
        return speaker  # "يفقد ريال": a club is no speaker of its loss (the span is refused)
    if subject.norm.endswith(_PRONOUNS) or (
        _DEFINITE.match(subject.norm) and not _FAMILY.match(subject.norm)
    ):
        return speaker
    return words[1]


_PRONOUNS = ("ها", "هم", "هما")
_DEFINITE = re.compile("^و?ال")
# A family name is definite and ends in the nisba's ي: "ولا يعتقد العياري أن" (February).
_FAMILY = re.compile("^و?ال.{2,}ي$")


def verb_shaped(word: str, written: str) -> bool:
    """True for a word (matching form ``word``, as written ``written``) with a verb's shape
    (``_VERB``, ``_HOLLOW``, ``_MORE_VERBS``, ``_DEFECTIVE_V``, ``_HAMZA_IMPERFECT``)."""
    return _verb_shaped(word, written)


def _verb_shaped(word: str, written: str) -> bool:
    return bool(
        _VERB.match(word)
        or _HOLLOW.match(word)
        or _MORE_VERBS.match(word)
        or _DEFECTIVE_V.match(written)
        or _HAMZA_IMPERFECT.match(written)
    )


@cached(100_000)
def speaker_named(speaker: str, kin: Callable[[str], bool] = lambda word: False) -> bool:
    """True unless the speaker's span holds a verb or a verbal noun after a preposition, or
    opens with a possessed noun before more words ("متصفحها غوغل", "خارجيتها صباح") or has one
    after ب/ل ("CNN بطلبها"). A speaker may be described by a possessed noun: "عائلته", "مدير
    أعمالها", "مصادر مقربة من عائلته". A word the lexicon starts a name with stays."""
    first_words = gazetteer().first_words
    tokens = tokenize(speaker)
    for at, token in enumerate(tokens):
        if fold(token.norm) in first_words:
            continue
        if _not_said_word(token.norm, token.text):
            return False
        opens = at == 0 and len(tokens) > 1 and not kin(token.text)
        if _POSSESSED.match(token.norm) and (opens or token.norm.startswith(("ب", "ل"))):
            return False
    return True
