"""Quotes: direct quotes in « », “ ” or "..." and reported speech, with the speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import pairwise
from operator import attrgetter

from marsad.caches import cached
from marsad.facts._agreement import BOTH, bare_genders, opening_genders
from marsad.facts._announced import announced_from, announces, names_subject, states_stance
from marsad.facts._circumstance import circumstance_before, without_turn
from marsad.facts._fronted import fronted_span, nisba, quoted_body
from marsad.facts._kind_bodies import bare_kind, remember_bodies
from marsad.facts._kind_subject import kind_subject
from marsad.facts._manner import MANNER, opens_with_manner, past_adverbs
from marsad.facts._marked_verbs import marked_verb_positions
from marsad.facts._name_words import named_speaker
from marsad.facts._narrator import narration_only, narrator_from
from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.facts._occasions import without_occasion
from marsad.facts._pair_names import after_verb_particle, preposition_noun
from marsad.facts._quoted_titles import names_a_thing
from marsad.facts._said_after import CUE_WORDS, FIRST_WORDS, name_tokens, said_after
from marsad.facts._statements import (
    bare_statement,
    could_issue,
    issued_by,
    names_report,
    statement_issuer,
    tells_report,
    tells_statement,
)
from marsad.facts.entities import EntityMention, two_people
from marsad.facts.gazetteer import gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems, with_clitics
from marsad.lang.names import fold, skeleton
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize, words_of
from marsad.lang.words import word_set
from marsad.model import Sentence

_QUOTED = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\"")
# Speech verbs (past and present, both genders) and attribution words, in matching form.
SPEECH_VERBS = word_set(
    "قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أوضح أوضحت أضاف "
    "أضافت تابع تابعت صرح صرحت ذكر ذكرت أشار أشارت اعتبر اعتبرت حذر حذرت شدد شددت "
    "أفاد أفادت قوله قولها قائلا قائلة نقل نقلت أردف أردفت يضيف تضيف نفى نفت أبلغ أبلغت "
    "لفت لفتت كتب كتبت نوه نوهت انتقد انتقدت ندد نددت "
    "said says told added stated warned"
)
_SPEECH_WITH_CLITICS = with_clitics(SPEECH_VERBS)
# "قال X إن ...": the complementizer that opens reported speech.
_THAT = frozenset(
    {
        "ان",
        "انه",
        "انها",
        "انهم",
        "انهن",
        "اننا",
        "انني",
        "اني",
        "بان",
        "بانه",
        "بانها",
        "بانهم",
        "that",
    }
)
_SPEAKER_TYPES = frozenset({"person", "organization", "country"})
MIN_QUOTE_WORDS = 4  # shorter quoted spans are scare quotes ("إرهابي") unless a verb cites them
_SUBJECT_GAP = 12  # characters between a subject-first speaker and the verb
# "وأضاف: ..." at the start of a sentence continues the previous speaker's words.
_CONTINUATION_CHARS = 12
_VERB_WINDOW = 120  # characters before a quote in which a speech verb makes it a citation
_THAT_WINDOW = 20  # tokens after a speech verb searched for إن/أن ("وأضاف لافروف أمام ... أن")
# A verb that opens its sentence reaches further: all before what was said is its subject
# ("وقال إلوود، الذي فقد شقيقه ...، وكان موجودا ...، إنه ينبغي"). February: the gold's
# subjects this finds run to 172 characters and 29 tokens; the 17 speakers it adds over the
# month's digest all read right.
_OPENING_VERB_WINDOW = 300
_OPENING_THAT_WINDOW = 50


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteMention:
    """A quote in one sentence: quoted or reported text, speaker if known, span."""

    text: str
    kind: str  # "direct" or "reported"
    speaker: str | None
    start: int
    end: int
    cited: bool = False  # a speech verb cites it: someone speaks, known or not
    gender: str = "m"  # of the verb that cites it: "f" for قالت/تقول/أضافت, else "m"
    continued: bool = False  # the speaker is the one before's ("وأضاف: ...")
    announced: bool = False  # what "أعلن" announced, a noun: a decision or an event, not words
    # "وأشار التقرير إلى": a report's words; the article gives its issuer (``article_quotes``)
    report: bool = False


def has_speech_verb(text: str) -> bool:
    """True when a speech verb may be in the text (one set test; a few false positives)."""
    return not words_of(text).isdisjoint(_SPEECH_WITH_CLITICS)


def _verb_positions(text: str) -> list[tuple[int, int]]:
    """Character spans of speech verbs (with clitics: "وقال", "وأضاف")."""
    verbs = words_of(text) & _SPEECH_WITH_CLITICS  # every speech verb is one of these words
    if not verbs:
        return []  # most sentences: one set test instead of a token loop
    tokens = tokenize(text)
    return [
        (t.start, t.end)
        for at, t in enumerate(tokens)
        if t.norm in verbs and _is_speech_verb(t.norm) and not _carries(tokens, at)
    ]


def _carries(tokens: Sequence[Token], at: int) -> bool:
    """True for a speech verb's form that says nothing: "نقل" with no "عن"/"لسان" after it
    ("شركة نقل بحري، اعتبرت", "نقل المصابين إلى المستشفى"; "نقلت وكالة ... عن مصدر" cites
    someone), "لفت" of attention ("الذي لفت انتباهي")."""
    if any(form in _POINT_VERBS for form in stems(tokens[at].norm)):
        # "الذي لفت انتباهي", "لفتت الأنظار": drew attention, said nothing
        after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        return after.removeprefix("ال").startswith(("انتباه", "نظر", "انظار"))
    if not any(form in _REPORTS for form in stems(tokens[at].norm)):
        return False
    return not any(t.norm in ("عن", "لسان") for t in tokens[at + 1 : at + _CARRIED + 1])


_CARRIED = 12  # tokens after "نقلت" read for "عن": "نقلت صحيفة "..." اليوم الاثنين عن"


@cached(100_000)
def _is_speech_verb(word: str) -> bool:
    """True when a word is a speech verb with its clitics (``SPEECH_VERBS``), not a noun."""
    if word.startswith(_ARTICLE):
        return False  # "الكتب", "الوصف": nouns, not "كتب", "وصف"
    return any(form in SPEECH_VERBS for form in stems(word.lower()))


_ARTICLE = ("ال", "وال", "بال", "لل", "فال", "كال")


def _speaker(
    entities: Sequence[EntityMention],
    verb: tuple[int, int] | None,
    limit: int,
    text: str = "",
    names: Mapping[str, str] | None = None,
) -> str | None:
    """The verb's subject (``_subject_of``) when it is written as a name: none rather than a
    span holding a verb or a verbal noun ("يفقد ريال", "لإجبار موانئ")."""
    found = _subject_of(entities, verb, limit, text, names)
    return None if found is None else named_speaker(found, _kin)


def _subject_of(
    entities: Sequence[EntityMention],
    verb: tuple[int, int] | None,
    limit: int,
    text: str = "",
    names: Mapping[str, str] | None = None,
) -> str | None:
    """The verb's subject: a person named after it (Arabic is verb-first), else an office
    ("وزير خارجية قطر", not the country), else the body or the words right after the verb
    ("وقالت الشرطة"), else a subject written just before the verb. None rather than a guess."""
    named = [e for e in entities if e.type in _SPEAKER_TYPES and e.form != "nisba"]
    if verb is None:
        before = [e for e in named if e.end <= limit]
        return before[-1].canonical if before else None
    if text and (body := _statement_of(text, verb[1], limit)):
        return body
    if text and (body := issued_by(text, verb[1], limit, _BODY_HEADS)):
        return body  # "وأفاد بيان من وزارة الخارجية أنه": the body that issued it
    if text and (fronted := _fronted_subject(text, verb[0], entities)):
        return fronted  # "كانت سبيس إكس أعلنت أنها": the subject written before the verb
    start = _attributed_from(text, verb) if text else verb[1]
    if text and start == verb[1] and names_report(text, verb[1]):
        # "وأشار التقرير إلى": the article loop puts its issuer in ("ونقل التقرير على لسان
        # X": X speaks, read below)
        return _REPORT
    # "أكد على أن إصرار نتنياهو ... كان "غير صحيح"": who is named after أن is not the subject.
    subject = _span(text, start, limit) if text else []
    limit = next((t.start for t in subject if t.norm in _THAT), limit)
    words = [t for t in subject if t.end <= limit]  # the words the subject may be written in
    known = _NO_NAMES if names is None else names
    if text and _pronoun_subject(text, verb, start, words):
        return None
    if words and _kin(words[0].text):
        return _kin_name(words[1:])
    if unnamed := _unnamed_for(words, start, limit, entities):
        return unnamed
    if name := _known_then_title(words, known):
        return name
    if text and (apposed := _apposition(text, start, limit, entities, known)):
        return apposed
    # "وقال بيتر سلامة نائب مدير عام المنظمة": the name first, then the title
    first = words[0] if words else _NO_TOKEN
    if _plain_word(first) and (name := _name_then_title(text, start, limit, sizes=(2,))):
        return name
    if text and (name := _nisba_then_name(text, words, limit, entities)):
        return name
    if name := _title_name_title(words):
        return name
    if name := _short_name_then_title(words):
        return name
    if text and (name := _titled_run(text, start, limit, entities)):
        return name
    after = [
        e for e in named if start <= e.start < limit and not _body_named(e) and not _held(text, e)
    ]
    # "وقالت المسؤولة السياسية للصحافيين في أول زيارة ... منذ خلفت الزعيم جيري أدامز": a
    # person this many words after the verb is no longer its subject.
    people = [
        e
        for e in after
        if e.type == "person"
        and len(_span(text, start, e.start)) <= _TITLE_WORDS
        and not _described(text, start, e.start)
    ]
    if people:
        # "وقال المتحدث باسم الكرملين ديمتري بيسكوف": the person, not the office's institution.
        return people[0].canonical
    phrase = _subject_words(text, start, limit) if text else None
    if phrase and _is_title(phrase):
        return _name_after(text, start, limit, phrase, known, entities) or phrase
    if text and (name := _name_at(text, start, known)):
        return name
    if text and (name := _name_then_title(text, start, limit)):
        return name
    if text and (name := _name_in_subject(text, start, limit, known, entities)):
        return name
    if after and _first_word(text, start, after[0]):
        return after[0].canonical
    if phrase:
        return phrase
    # Subject-first ("وزارة الدفاع الروسية قالت", "ولكن عراقجي قال"): right before the verb.
    if text and (name := _name_before(text, verb[0], known)):
        return name
    if text and (name := _titled_before(text, verb[0], entities)):
        return name
    if text and (body := _body_before(text, verb[0])):
        return body
    # "على أرض بلاده عُمان، وأضاف": a comma between a country and the verb parts them
    # ("وكان وزير الخارجية الأمريكي السابق، جون كيري، أكد": a person's does not).
    before = [
        e
        for e in named
        if verb[0] - _SUBJECT_GAP <= e.end <= verb[0]
        and (e.type == "person" or "،" not in text[e.end : verb[0]])
    ]
    if before and not _after_preposition(text, before[-1].start):
        return before[-1].canonical if _opens_clause(text, before[-1], verb[0]) else None
    return None


# "وأضاف نافالني، وهو أشد خصوم الرئيس فلاديمير بوتين، أنه": "وهو/وهي" opens a clause that
# describes the subject; a person named in it is someone else.
_DESCRIBED = word_set("وهو وهي")


def _described(text: str, start: int, at: int) -> bool:
    """True when a "وهو/وهي" clause opens between the verb's subject (``start``) and ``at``."""
    return any(t.norm in _DESCRIBED for t in _span(text, start, at))


_PRONOUN_THAT = _THAT - {"ان", "بان", "that"}
_PRONOUN_ENDS = ("ه", "ة", "ها", "هم", "هن", "نا", "ني", "ي", "ى")  # how _PRONOUN_THAT words end


def _pronoun_subject(text: str, verb: tuple[int, int], start: int, words: Sequence[Token]) -> bool:
    """True when the verb's subject is a pronoun, so no name after it is: right after "إنه/أنها"
    ("إنه أبلغ الرئيس التركي، رجب طيب إردوغان، بأن": the one told), or followed by "عن"
    ("من قال عن ترامب": whom the words are about). ``words``: the words after the verb."""
    before = text[max(0, verb[0] - 12) : verb[0]].split()
    if before and before[-1].endswith(_PRONOUN_ENDS) and normalize(before[-1]) in _PRONOUN_THAT:
        return True
    return start == verb[1] and bool(words) and words[0].norm == "عن"


_UNNAMED_PHRASE = 5  # words of an unnamed source's description kept


def _unnamed_for(
    words: Sequence[Token], start: int, limit: int, entities: Sequence[EntityMention]
) -> str | None:
    """ "قال متحدث باسم الرئيس الفلبيني رودريجو دوتيرتي": an unnamed source (an indefinite
    "متحدث", "مسؤول", "مصدر") speaks for the person named after it, who is not the speaker."""
    if not words or words[0].norm not in _UNNAMED:
        return None
    person = next((e for e in entities if e.type == "person" and start <= e.start < limit), None)
    if person is None:
        return None
    kept: list[str] = []
    for token in words:
        if token.start >= person.start or token.text in _SUBJECT_BREAKS:
            break
        kept.append(token.text)
    return " ".join(kept[:_UNNAMED_PHRASE])


def _known_then_title(words: Sequence[Token], names: Mapping[str, str]) -> str | None:
    """ "وكتب دروغبا قائد ساحل العاج السابق": a word the article writes as a person's name,
    right after the verb and before a title, is that person (not what the title names)."""
    if len(words) < 2 or not _plain_word(words[0]) or not _apposition_title(words[1].text):
        return None
    return names.person(words[0].norm) if isinstance(names, ArticleNames) else None


def _title_name_title(words: Sequence[Token]) -> str | None:
    """ "وقال الدكتور أولوفيمي أولادابو الخبير بوحدة ...": a title, two plain words no lexicon
    knows, then another title: the two words are the name. The first title is definite: an
    indefinite one governs the words after it ("مدير أمن عدن اللواء ...")."""
    if len(words) < 4 or not words[0].norm.startswith("ال"):
        return None
    if not _apposition_title(words[0].text):
        return None
    if not (_plain_word(words[1]) and _plain_word(words[2])):
        return None
    if not words[3].norm.startswith("ال") or not _apposition_title(words[3].text):
        return None
    return f"{words[1].text} {words[2].text}"


def _body_named(entity: EntityMention) -> bool:
    """A "person" read after a title that starts with a body's kind ("المتحدث باسم قوات
    تحالف دعم الشرعية"): the body the title names, not a person."""
    return entity.type == "person" and entity.form == "titled" and _body_first(entity.text)


def _held(text: str, entity: EntityMention) -> bool:
    """True when a name is the genitive of an indefinite title right before it ("رئيس وزراء
    لبنان", "قائد ساحل العاج", "محامي ترامب"): what the office is of, not who speaks; or
    whom the words were told ("لصحيفة نيويورك تايمز")."""
    before = _span(text, max(0, entity.start - 16), entity.start) if text else []
    if not before:
        return False
    return _to_someone(before[-1]) or (
        _governs(before[-1]) and before[-1].norm not in _PREPOSITIONS
    )


def _body_first(name: str) -> bool:
    """True when a name opens with a body's kind ("قوات تحالف دعم"): no person's name does."""
    first = normalize(name.split()[0]).removeprefix("و")
    return first in _KINDS or first in _BODIES or first == "قوات"


def _opens_clause(text: str, entity: EntityMention, verb_start: int) -> bool:
    """True when a name before the verb is its subject: no word between them, and the name
    opens its clause; not "موقف الأردن يؤكد" (the stance's country) nor "نقلت فرانس برس عن
    هنري قوله" (the agency that relays a person's words)."""
    if not text:
        return True
    if any(t.text[0].isalnum() and t.norm != "قد" for t in _span(text, entity.end, verb_start)):
        return False  # "ريكس تيلرسون، قد أعلن"
    words = _span(text, 0, entity.start)
    if not words or not words[-1].text[0].isalnum():
        return True
    return words[-1].norm in _OPENERS or words[-1].norm in _STATEMENTS  # "بيان لوزارة الدفاع"


def _name_after(
    text: str,
    start: int,
    limit: int,
    phrase: str,
    names: Mapping[str, str],
    entities: Sequence[EntityMention],
) -> str | None:
    """A name the article writes, right after a title cut at its five words ("أكد وزير
    الخارجية وشؤون المغتربين الأردني الصفدي في تصريحه"): the person, not the office."""
    words = _span(text, start, limit)
    at = len(phrase.split())
    if at != _SUBJECT_WORDS or len(words) <= at or _in_entity(words[at], entities):
        return None  # "متحدث باسم وحدات حماية الشعب الكردية": the body's last word
    return _name_word(words[at].norm, names)


_SUBJECT_TOKENS = 3  # "وأعرب الرئيس الكازاخستاني عن ... التي اعتبر أنها «...»"


def sentence_subject(
    text: str,
    entities: Sequence[EntityMention],
    limit: int | None = None,
    names: Mapping[str, str] | None = None,
) -> str | None:
    """The person the sentence opens with (its main verb's subject), for a speech verb in a
    relative clause that names no subject of its own, or a "وأضاف" in the next sentence;
    ``names``: also a word the article writes as a name, right after the first word."""
    limit = len(text) if limit is None else limit
    opening = tokenize(text)[:_SUBJECT_TOKENS]
    if not opening:
        return None
    end = opening[-1].end
    # "وأدان الاتحاد الأوروبي ...": an opening "و" word the entities took for a person's is
    # the verb ("ماريانو راخوى تعازيه وأدان": a name's extent run on into the next verb).
    verb = opening[0] if opening[0].norm.startswith("و") else None
    people = [
        e
        for e in entities
        if e.type == "person"
        and e.start < end
        and e.end <= limit
        and not (verb is not None and e.start == verb.start and e.end <= verb.end)
    ]
    if people:
        return people[0].canonical
    if names is not None and len(opening) > 1 and opening[1].text[0].isalpha():
        return _name_word(opening[1].norm, names)  # "وأعرب مومتزيس عن قلقه"
    return None


def _first_word(text: str, start: int, entity: EntityMention) -> bool:
    """True when the entity is the verb's first word ("وقالت الشرطة"), not a later one
    ("وقال نجم منتخب مصر", "يقول غريب لبي بي سي")."""
    if not text:
        return entity.start - start <= _SUBJECT_GAP
    words = _span(text, start, entity.start)
    return not words and not normalize(entity.text).startswith(("ل", "ب"))


_PREPOSITIONS = frozenset({"من", "في", "الي", "علي", "عن", "مع", "ضد"})


def _after_preposition(text: str, at: int) -> bool:
    words = _span(text, max(0, at - 12), at) if text else []
    return bool(words) and words[-1].norm in _PREPOSITIONS


# Words after a speech verb that are not its subject: adverbial participles, and the reports
# through which words reach the outlet.
_NOT_NAMES = word_set(
    "قائلا قائله مضيفا مضيفه موضحا موضحه مشيرا مشيره مؤكدا مؤكده متابعا متابعه أيضا ايضا "
    "التقرير تقرير التقارير تقارير الصحفيين للصحفيين "
    # unnamed reports and media: "وأفادت تقارير أن", "عن وسائل إعلام إيرانية" name no one
    "وسائل أنباء"
)


def _name_word(token_norm: str, names: Mapping[str, str]) -> str | None:
    """The fuller name of a word the article writes as a name, or None. A definite word is a
    common noun ("التحقيقات", "المارينز") unless it ends as a nisba ("المري")."""
    if token_norm in ARABIC or token_norm in _NOT_NAMES or token_norm in _SPEAKER_HEADS:
        return None
    if token_norm in _NOT_SPEAKERS:
        return None
    if isinstance(names, ArticleNames) and (person := names.person(token_norm)):
        return person  # "وقال الجبير" after "عادل الجبير": a person's last word
    if token_norm.startswith("ال") and not token_norm.endswith("ي"):
        return None  # family names with the article are nisbas: المري، الحبسي، القحطاني
    return names.get(token_norm)


def _name_at(text: str, start: int, names: Mapping[str, str]) -> str | None:
    """A name the article writes elsewhere, as the verb's first word ("وقال جويس إنه")."""
    words = _span(text, start, len(text))
    if not words or not words[0].text[0].isalpha():
        return None
    return _name_word(words[0].norm, names)


def _name_in_subject(
    text: str,
    start: int,
    limit: int,
    names: Mapping[str, str],
    entities: Sequence[EntityMention] = (),
) -> str | None:
    """A name that ends the words describing the speaker, right before إن/أن or the quote
    ("وقال المحلل لدى مجموعة "..." جاسبر لولر إن", "أشار مدرب سان جرمان أوناي إيمري إلى")."""
    words = _span(text, start, limit)
    while words and (
        words[-1].text in _SUBJECT_BREAKS
        or words[-1].norm in _THAT
        or words[-1].norm in _AFTER_NAME
        or words[-1].norm in _NOT_SPEAKERS
        or words[-1].norm in _WEEKDAYS
    ):
        words.pop()  # the colon before the quote, "الاثنين في بيان" after the name
    if len(words) > _TITLE_WORDS + 4:
        return None
    if len(words) < 2 or not words[-1].text[0].isalpha():
        return None
    if not any(_apposition_title(t.text) for t in words[:-1]):
        return None  # "وقالت حملة ... في أهداف تجارية إن": no title, so no name at its end
    if _in_entity(words[-1], entities):
        return None  # "في جامعة كولومبيا بمدينة نيويورك إن": a place ends the subject
    if any(_to_someone(t) for t in words[1:-1]):
        return None  # "قال محامي ترامب لصحيفة نيويورك تايمز أنه": to whom, not who
    return _name_word(words[-1].norm, names)


def _plain_word(token: Token) -> bool:
    """A word that can be part of a name: a word, no stop word, title or definite noun."""
    word = token.norm
    return (
        token.text[0].isalpha()
        and len(word) >= 3  # "وقالت لي :": no name
        and not token.text.startswith(("ال", "لل", "وال"))  # "ألين" is a name, "الوزير" not
        and not (word[0] in "بلكف" and word[1:] in ARABIC)  # "بهذه المناسبة"
        and word not in ARABIC
        and word not in _SUBJECT_STOPS
        and word not in _NOT_SPEAKERS
        and word not in _SPEAKER_HEADS
        and not _apposition_title(token.text)
        and not _is_speech_verb(word)
        and not _to_someone(token)
        and not _kin(token.text)
    )


# Kin words ("عمها", "والده", "شقيقتها", "أبيه"): a noun with a possessive pronoun says who
# the speaker is to someone, never a name; a name may follow it after a comma ("ويقول عمها،
# روبن أتاب"). Not "جد/جدة" (جدة is also the city).
_KIN = word_set(
    "عم عمة خال خالة أب أبو أبي أبا والد أم والدة أخ أخو أخي أخا أخت شقيق شقيقة زوج زوجة ابن "
    "ابنة صديق صديقة جار جارة"
)
_KIN_PRONOUN = re.compile("^(\\w+?)(?:ه|ها|هم|هما|هن)$")


@cached(100_000)
def _kin(text: str) -> bool:
    """True for a kin noun with a possessive pronoun ("عمها", "وشقيقتها", "والده"); not
    "والدة ألفي" (ة is no pronoun, though normalized alike)."""
    if text.endswith("ة"):
        return False
    found = _KIN_PRONOUN.match(normalize(text))
    if found is None:
        return False
    stem = found.group(1)
    stems_ = (stem, stem[1:]) if stem[:1] in ("و", "ف") else (stem,)
    return any(s in _KIN or (s.endswith("ت") and s[:-1] + "ه" in _KIN) for s in stems_)


def _kin_name(words: Sequence[Token]) -> str | None:
    """The name after a kin word ("ويقول عمها، روبن أتاب", "وقالت شقيقته مهى للصحفيين"): the
    plain words (and particles) right after it, or no one ("وقال شقيقها إن")."""
    name: list[Token] = []
    for token in words:
        if token.text in ("،", ",") and not name:
            continue
        if not (_plain_word(token) or (name and token.norm in _NAME_PARTICLES)):
            break
        name.append(token)
    if len(name) == 1 or _name_words(name):
        return " ".join(t.text for t in name)
    return None


def _name_then_title(
    text: str, start: int, limit: int, sizes: tuple[int, ...] = (2, 1)
) -> str | None:
    """ "قال إيلكاي غندوغان لاعب وسط مانشستر سيتي إنه", "وقال فرانك جيرتزوبيه الأمين العام",
    "وأضاف نيكوس أناستاسياديس أمام البرلمان": one or two plain words right after the verb,
    then a preposition, a comma, إن/أن or (after two words) a title, are a name."""
    words = _span(text, start, len(text))
    for size in sizes:
        plain = all(map(_plain_word, words[:size])) or _compound(words[:size])
        if len(words) <= size or not plain:
            continue
        if words[size - 1].end > limit:
            continue  # "مصادر ميدانية أفادت بتواصل المعارك": what was said, not who
        if any(t.norm in _HOW_WORDS or t.norm in _NOT_NAMES for t in words[:size]):
            continue  # "وأضاف لافروف أمام مجلس", "وقال بشأن عملية"
        after = words[size]
        closes = after.norm in _THAT or after.text == ":" or words[size].start >= limit
        closes = closes or _to_someone(after)  # "وأضاف خالد مجاهد للصحفيين إن"
        if closes or after.norm in _AFTER_NAME or (size == 2 and _apposition_title(after.text)):
            return " ".join(t.text for t in words[:size])
        if size == 2 and _closes_pair(words[: size + 2]):
            return " ".join(t.text for t in words[:size])
        if size == 2 and _construct(words[size:]):
            return " ".join(t.text for t in words[:size])  # "داميان تشوكو مفوض الشرطة"
    return None


def _nisba_then_name(
    text: str, words: Sequence[Token], limit: int, entities: Sequence[EntityMention]
) -> str | None:
    """ "أكد الكويتي عبدالله جاسم وكيل أعمال المدرب ... أن": a nationality adjective right after
    the verb describes the person named next ("الإسباني رافائيل نادال"), who is the subject
    when two plain words and what closes a name follow (``_name_then_title``)."""
    if len(words) < 3 or not _plain_word(words[1]):
        return None
    if not any(e.form == "nisba" and e.start == words[0].start for e in entities):
        return None
    return _name_then_title(text, words[1].start, limit, sizes=(2,))


_SHORT_NAME = 2  # letters of a foreign name's part: "دي جي كوه", "بيتر ري", "ستافان دي ميستورا"


def _short_name_then_title(words: Sequence[Token]) -> str | None:
    """ "وقال دي جي كوه، رئيس قسم ...": two or three words right after the verb, one of them a
    two-letter part of a foreign name (which ``_plain_word`` refuses: "لي", "في" are words),
    then a comma and a title written beside a name; the comma and title make it a name."""
    for size in _RUN_WORDS:
        if len(words) < size + 2 or words[size].text not in ("،", ","):
            continue
        run = words[:size]
        short = [t for t in run if len(t.norm) == _SHORT_NAME]
        if not short or len(short) == size or not _apposition_title(words[size + 1].text):
            continue
        if all(_plain_word(t) for t in run if t not in short) and all(
            t.text.isalpha() and t.norm not in ARABIC and t.norm not in _NOT_SPEAKERS for t in short
        ):
            return " ".join(t.text for t in run)
    return None


# Words of quantity and part that a two-word subject with "من" after it opens with: "عدد
# كبير من", "نسبة كبيرة من" are how many spoke, not who.
_PARTS = word_set("عدد نسبة كثير كثيرون بعض معظم غالبية أغلب جزء مجموعة قسم العديد حوالي نحو")
# An accusative participle of manner, مُفعِلا or مُتفعِّلا ("مضيفا", "متحدثا"), after a name:
# how the person spoke ("وقال ترامب متحدثا من المكتب البيضاوي"), not the name's second word.
_MANNER = re.compile("^(?:م\\w{3}|مت\\w{2,})ا$")


def _closes_pair(words: Sequence[Token]) -> bool:
    """True when the third of ``words`` ends the two plain words before it as a name: "من" of
    where the person works ("وقالت ميرنا وايسمان من معهد الطب النفسي") or the bracket of an
    age ("وقال علاء الدين (23 عاما)"); not after a quantity ("عدد كبير من"), reports ("تقارير
    إعلامية من إسبانيا"), a participle of manner, or a verb of age ("فتاة تبلغ من العمر")."""
    pair, after = words[:2], words[2]
    if after.text != "(" and after.norm != "من":
        return False
    if _MANNER.match(pair[1].norm) or (len(words) > 3 and words[3].norm == "العمر"):
        return False
    return not any(t.norm in _PARTS or t.norm in _NOT_NAMES for t in pair)


# Second words of compound first names ("علاء الدين", "نصر الله"): the article is theirs.
_COMPOUND_ENDS = word_set("الدين الله")


def _compound(words: Sequence[Token]) -> bool:
    """True for a plain word and the second word of a compound name: "علاء الدين"."""
    return len(words) == 2 and _plain_word(words[0]) and words[1].norm in _COMPOUND_ENDS


def _construct(words: Sequence[Token]) -> bool:
    """ "مفوض الشرطة": an indefinite word, then a definite one (an office of a body)."""
    return (
        len(words) >= 2
        and _plain_word(words[0])
        and words[1].norm.startswith("ال")
        and words[1].norm not in _WEEKDAYS
    )


_RUN_WORDS = (2, 3)  # a name's length when no lexicon knows it: "ليدي غاغا", "شلال علي شائع"


def _titled_run(text: str, start: int, limit: int, entities: Sequence[EntityMention]) -> str | None:
    """ "قال الداعية السعودي البارز عبد الله المطلق إن", "وقال مدير أمن عدن اللواء الركن شلال
    علي شائع إن": a title right after the verb, then two or three plain words no lexicon
    knows that close the subject (before إن/أن, a weekday, "من"/"في", a comma or the quote)."""
    words = _span(text, start, limit)
    if len(words) < 3 or not _apposition_title(words[0].text):
        return None
    named = _quoted_names(words)
    # After a body's kind no definite last name: "بعثة حفظ السلام", "الاتحاد التونسي لكرة القدم".
    person = normalize(words[0].text).removeprefix("ال") not in _KINDS | _BODIES | {"اتحاد"}
    for close in range(2, min(len(words), _TITLE_WORDS + 4) + 1):
        last = close == len(words)  # the limit: إن/أن or the quote
        token = words[close] if not last else None
        if close in named:
            continue  # "المتحدث باسم شركة "آسمان" محمد الطبطبائي": a name in the title
        if token is not None and not (
            token.norm in _THAT
            or token.text in _SUBJECT_BREAKS
            or token.norm in _RUN_AFTER
            or token.norm in _WEEKDAYS
            or _to_someone(token)
        ):
            continue
        run = close
        if run > 2 and person and _definite_last(words[run - 1], words[run - 2]):
            run -= 1  # "المتحدث باسم شركة "آسمان" محمد الطبطبائي لوكالة الأنباء"
        while run > 1 and not _in_entity(words[run - 1], entities) and _in_run(words, run - 1):
            run -= 1
        # "ليدي غاغا وفريقها": the name ends before a word joined by و.
        cut = next((i for i in range(run + 1, close) if words[i].text.startswith("و")), close)
        before = words[run - 1]
        particles = sum(t.norm in _NAME_PARTICLES for t in words[run + 1 : cut])
        if (
            cut - run - particles in _RUN_WORDS
            and (not _plain_word(before) or _in_entity(before, entities))
            and before.norm not in _UNNAMED
            and before.norm not in _NOT_SPEAKERS  # "في بيان صدر مؤخرا إنه": no name
            and not _governs(before)
        ):
            return " ".join(t.text for t in words[run:cut])
        if token is None or token.norm in _THAT or token.text in _SUBJECT_BREAKS:
            return None
    return None


def _governs(token: Token) -> bool:
    """True when the words after this one are its object or genitive, never a name: a
    preposition ("على موقعه الرسمي", "من كثرة عدد المساجد") or an indefinite title ("رئيس
    وزراء لبنان": the office, not a person)."""
    if token.norm in _PREPOSITIONS:
        return True
    return not token.norm.startswith("ال") and _apposition_title(token.text)


def _quoted_names(words: list[Token]) -> set[int]:
    """Indices of the quote marks around a short name ("شركة "آسمان"", at most three words)."""
    marks = [i for i, t in enumerate(words) if t.text in _QUOTE_MARKS]
    found: set[int] = set()
    for first, second in zip(marks[::2], marks[1::2], strict=False):
        if 1 <= second - first - 1 <= _QUOTED_NAME_WORDS:
            found |= {first, second}
    return found


def _to_someone(token: Token) -> bool:
    """ "لـ"إيسنا"", "لوكالة", "للصحفيين": to whom the words were said, after the name."""
    word = token.norm
    return (
        word == "ل"
        or word.startswith("لل")
        or (word[:1] == "ل" and (word[1:] in _SPEAKER_HEADS or word[1:] in _BROADCASTERS))
    )


# "وقال لتلفزيون فلسطين": to whom, after the verb ("قناة", "وكالة" are speaker heads).
_BROADCASTERS = word_set("تلفزيون راديو إذاعة محطة")


def _in_run(words: Sequence[Token], at: int) -> bool:
    """A word of a name no lexicon knows: a plain word, or a particle inside it after one
    ("محمد بن هزام")."""
    inside = at > 0 and words[at].norm in _NAME_PARTICLES and _run_word(words[at - 1])
    return inside or _run_word(words[at])


def _run_word(token: Token) -> bool:
    """A plain word, or "علي" written with ي (a name, where "على" is a preposition)."""
    return _plain_word(token) or token.text == "علي"


# Unnamed speakers: the words after them describe them ("مصادر أمنية متطابقة"), never a name.
_UNNAMED = word_set("مصدر مصادر مسؤول مسؤولون مسؤولة متحدث متحدثة ناطق ناطقة شهود خبراء")
# "عن" too: what or whom the words were about follows the name ("ويتحدث المحقق الأمريكي ألان
# فاين عن نظرة أكثر سخرية"); inside a title it closes no name ("المسؤول الرئيسي عن الدراسة").
_RUN_AFTER = frozenset({"من", "في", "بيان", "امام", "خلال", "عن"})


def _in_entity(token: Token, entities: Sequence[EntityMention]) -> bool:
    return any(e.start <= token.start < e.end and e.type != "person" for e in entities)


# Words that can follow a speaker's name before what was said: "أمام البرلمان", "في بيان".
_AFTER_NAME = frozenset({"امام", "في", "خلال", "لدي", "عبر", "،", ",", "وهو", "وهي"})


_OPENERS = frozenset({"و", "ولكن", "لكن", "كما", "فيما", "بينما", "وكان", "كان"})


def _name_before(text: str, verb_start: int, names: Mapping[str, str]) -> str | None:
    """ "ولكن عراقجي قال إن": a name right before the verb, at the start of the clause."""
    words = _span(text, 0, verb_start)
    if words and words[-1].norm == "قد" and words[0].norm in ("كان", "وكان"):
        # "وكان دميتري سفيشتشيف رئيس الاتحاد ... قد قال إن": the name after كان.
        return next((n for t in words[1:4] if (n := _name_word(t.norm, names))), None)
    if len(words) >= 2 and words[-2].norm == "عن" and text[verb_start:].startswith("قول"):
        return _name_word(words[-1].norm, names)  # "ونقلت فرانس برس عن هنري قوله"
    if not words or (len(words) >= 2 and words[-2].norm not in _OPENERS):
        return None
    return _name_word(words[-1].norm.removeprefix("و"), names)


def _titled_before(
    text: str, verb_start: int, entities: Sequence[EntityMention], start: int = 0
) -> str | None:
    """ "لكن الحارس كيلور نافاس قال إن", "وكان رئيس الاتحاد المصري لكرة القدم، هاني أبوريدة،
    أكد أن": a clause that opens with a title, then a name right before the verb (after a
    comma or a definite word: "مدرب ريال مدريد قال" is the club's coach, no name). ``start``:
    where the clause's words begin."""
    verb = next(iter(_span(text, verb_start, len(text))), None)
    if verb is None or verb.norm in _PARTICIPLES:
        return None  # "عبر عن ثقته في استعداد القوات ... لحروب الفضاء، قائلا": not its subject
    words = _span(text, start, verb_start)
    opener = max((k for k, t in enumerate(words) if t.norm in _OPENERS), default=-1)
    words = words[opener + 1 :]
    while words and words[-1].text in ("،", ","):
        words.pop()  # "، هاني أبوريدة، أكد"
    title = words[0].text if words else ""
    if not (_apposition_title(title) or _apposition_title(title.removeprefix("ال"))):
        return None  # "الحارس" as "حارس"
    if len(words) > _TITLE_WORDS + 3 or any(
        not t.text[0].isalpha() and t.text not in ("،", ",") for t in words
    ):
        return None
    for size in (2, 3):
        if len(words) <= size:
            return None
        name, before = words[-size:], words[-size - 1]
        particle = size == 2 or name[1].norm in _NAME_PARTICLES  # three: "محمد بن هزام"
        if not particle or not _name_words(name):
            continue
        if any(_in_entity(t, entities) for t in name):
            return None
        if before.text in ("،", ",") or before.norm.startswith("ال"):
            return " ".join(t.text for t in name)
    return None


def _fronted_subject(text: str, verb_start: int, entities: Sequence[EntityMention]) -> str | None:
    """The subject written before the verb after "كان"/"يذكر أن" (``fronted_span``) when it is
    a name: a body's quoted name ("وكانت صحيفة "لوباريزيان" الفرنسية قالت"), an entity that is
    the whole phrase, two or three name words ("كانت سبيس إكس أعلنت"), or a title then a name
    ("ويذكر أن مدير مستشفى عفرين، الدكتور جوان محمد قال"). None for anything else."""
    words = _span(text, 0, verb_start)
    span = fronted_span(words)
    if span is None:
        return None
    phrase = words[span[0] : span[1]]
    if body := quoted_body(phrase, _BODY_HEADS | _OUTLETS):
        return body
    whole = next(
        (
            e
            for e in entities
            if e.type in _SPEAKER_TYPES
            and e.form != "nisba"
            and e.start == phrase[0].start
            and e.end == phrase[-1].end
        ),
        None,
    )
    if whole is not None:
        return whole.canonical
    if 2 <= len(phrase) <= 3 and all(_plain_word(t) and t.norm not in _NOT_NAMES for t in phrase):
        return " ".join(t.text for t in phrase)
    end = words[span[1]].start if span[1] < len(words) else verb_start
    name = _titled_before(text, end, entities, start=phrase[0].start)
    size = len(name.split()) if name else len(phrase)
    if size >= len(phrase) or not _marks_name(phrase[-size - 1]):
        return None  # "وكان رئيس اللجنة المنظمة لكأس العالم أكد": no name after a definite word
    return name


def _marks_name(token: Token) -> bool:
    """A comma, an honorific, a rank or a nisba: what stands before a name after its title
    ("، هاني أبوريدة", "الدكتور جوان محمد", "اتحاد كرة القدم المصري هاني أبو ريدا")."""
    word = token.norm  # a nisba: "الإسرائيلية ميري ريغيف"
    return word == "," or word in _HONORIFICS or word in _RANKS or nisba(word)


# Bodies that speak with their kind first ("لكن محكمة العدل الاتحادية الألمانية قالت").
_BODIES = word_set("محكمة منظمة وزارة شركة مؤسسة جمعية حركة هيئة لجنة الجهاز الشرطة الحكومة")
_BODY_WORDS = 6


def _body_before(text: str, verb_start: int) -> str | None:
    """ "لكن محكمة العدل الاتحادية الألمانية قالت إن": a body that opens the clause and is
    the subject of the verb right after it (six words at most, no break between)."""
    words = _span(text, 0, verb_start)
    if words and words[0].norm in _OPENERS:
        words = words[1:]
    if not 2 <= len(words) <= _BODY_WORDS:
        return None
    if normalize(words[0].text.removeprefix("و")) not in _BODIES:
        return None
    if any(not t.text[0].isalpha() or t.norm in _SUBJECT_STOPS for t in words):
        return None
    return " ".join(t.text.removeprefix("و") if i == 0 else t.text for i, t in enumerate(words))


def _apposition(
    text: str,
    start: int,
    limit: int,
    entities: Sequence[EntityMention],
    names: Mapping[str, str],
) -> str | None:
    """ "وقال راموش هارديناج، رئيس وزراء كوسوفو، إنه": the name before the comma;
    "وقال الرئيس التنفيذي لأمازون، جيف بيزوس:": the name after it."""
    comma = text.find("،", start, limit)
    if comma < 0:
        return None
    head_words = [t for t in _span(text, start, comma) if t.text[0].isalpha()]
    rest_words = [t for t in _span(text, comma + 1, limit) if t.text[0].isalpha()]
    # "قال وزير الخارجية القطري، الشيخ محمد بن عبدالرحمن آل ثاني، إن", "قال الخبير
    # الاقتصادي ... من أصول مصرية، محمد العريان، إن": a name alone between two commas.
    if (
        head_words
        and _apposition_title(head_words[0].text)
        and len(head_words) <= _LONG_TITLE
        and (between := _name_between_commas(text, comma + 1, limit, entities))
    ):
        return between
    if not head_words or not rest_words or len(head_words) > _TITLE_WORDS:
        return None
    if _apposition_title(rest_words[0].text) and (
        any(_is_name(t, entities, names) for t in head_words)
        or (
            2 <= len(head_words) <= 3
            and _plain_word(head_words[0])
            and not any(_apposition_title(t.text) or t.norm in ARABIC for t in head_words)
        )
        or _name_words(head_words)  # "قال بشار الجعفري، مندوب سوريا", "تركي آل الشيخ،"
    ):
        # "وقال زين الدين زيدان، مدرب ريال مدريد،", "قال ميشي باتشواي، مهاجم بروسيا دورتموند،"
        return " ".join(t.text for t in head_words)
    if _is_title(head_words[0].text):
        stop = _NAME_END.search(text, comma + 1, limit)
        end = stop.start() if stop else limit
        name = [t for t in _span(text, comma + 1, end) if t.text[0].isalpha()]
        if name and len(name) <= 3 and any(_is_name(t, entities, names) for t in name):
            return " ".join(t.text for t in name)
    return None


_LONG_TITLE = 12  # words of a title before a comma and the name
# Honorifics before a name, and the particles inside one ("محمد بن عبدالرحمن آل ثاني").
_HONORIFICS = word_set("الشيخ الشيخة السيد السيدة الدكتور الدكتورة الأمير الأميرة المهندس")
_NAME_PARTICLES = word_set("بن بنت ابن آل أبو أبي عبد")
# Military ranks before a name: dropped like honorifics ("، الجنرال يوري إيفتوشنكو").
_RANKS = word_set("الجنرال اللواء العميد العقيد المقدم الرائد النقيب المشير")
_NAME_WORDS = 5


def _name_words(words: Sequence[Token]) -> bool:
    """Two to five words that read as a name: a plain first word, then plain words, particles
    (بن، آل، عبد) or a last word with the article ("بشار الجعفري", "تركي آل الشيخ")."""
    if not 2 <= len(words) <= _NAME_WORDS or not _plain_word(words[0]):
        return False
    return all(
        _plain_word(token)
        or token.norm in _NAME_PARTICLES
        or (at == len(words) - 1 and _definite_last(token, words[at - 1]))
        for at, token in enumerate(words[1:], 1)
    )


def _name_between_commas(
    text: str, start: int, limit: int, entities: Sequence[EntityMention]
) -> str | None:
    """The words from ``start`` to the next comma when they are a name: two to five words, an
    honorific first dropped, each a plain word, a particle (بن، آل، عبد) or a last word with
    the article after a plain one ("محمد العريان"); no place or body ("ومقره بريطانيا")."""
    comma = text.find("،", start, limit)
    if comma < 0:
        return None
    words = _span(text, start, comma)
    # "، الجنرال يوري إيفتوشنكو في بيان،": the name ends where how it was said begins
    cut = next((k for k, t in enumerate(words) if k >= 2 and t.norm in _AFTER_NAME), None)
    words = words[:cut]
    if words and (words[0].norm in _HONORIFICS or words[0].norm in _RANKS):
        words = words[1:]
    if not (_name_words(words) or _short_last(words)):
        return None
    if any(_in_entity(token, entities) for token in words):
        return None
    return " ".join(t.text for t in words)


def _short_last(words: Sequence[Token]) -> bool:
    """ "، ريتشارد يو،", "، وانغ يي،": a plain first name and a two-letter family name (East
    Asian names), read between commas only, where a title before has announced a name."""
    if len(words) != 2 or not _plain_word(words[0]):
        return False
    last = words[1]
    return len(last.norm) == _SHORT_NAME and last.text.isalpha() and last.norm not in ARABIC


def _definite_last(token: Token, before: Token) -> bool:
    """ "العريان" after "محمد", "الطبطبائي" after "محمد": a last name with the article after a
    first name (not after a particle's own article: "عبد الله")."""
    word = token.norm
    if before.norm in _NAME_PARTICLES:
        return word.startswith("ال") and len(word) >= 4 and word not in _WEEKDAYS  # "آل الشيخ"
    return (
        word.startswith("ال")
        and len(word) >= 5
        and token.text[0].isalpha()
        and word not in _WEEKDAYS
        and word not in ARABIC
        and word not in _SPEAKER_HEADS
        and not _apposition_title(token.text)
        and _plain_word(before)
    )


_NO_NAMES: Mapping[str, str] = {}
_NO_TOKEN = Token("-", "-", 0, 0)
_NAME_END = re.compile('[،:,"«]')


def _span(text: str, start: int, end: int) -> list[Token]:
    """The sentence's tokens (tokenized once, cached) inside ``start``..``end``: a run of
    them, found by bisection (tokens do not overlap, so their starts and ends both grow)."""
    tokens = tokenize(text)
    return tokens[bisect_left(tokens, start, key=_START) : bisect_right(tokens, end, key=_END)]


_START = attrgetter("start")
_END = attrgetter("end")


def _is_name(token: Token, entities: Sequence[EntityMention], names: Mapping[str, str]) -> bool:
    """True when the word is part of a person's name: a person entity there, or a name word."""
    if any(e.type == "person" and e.start <= token.start < e.end for e in entities):
        return True
    return _name_word(token.norm, names) is not None


# "ونقلت رويترز عن مسؤول في البنك قوله": the agency reports, the one after "عن" speaks.
# With the object pronoun of "حسب ما نقلته "وام" على لسان ...": the words it carried.
_REPORTS = word_set("نقل نقلت ونقل ونقلت نقلا نقله نقلته نقلها نقلتها")
# Tokens after the verb searched for "نقلا عن" ("ذكرت في وقت سابق الاثنين، نقلا عن": 7; at 10
# instead of 6, February's digest gives 4 more sources their words, all right by reading).
_FROM = 10
_SUBJECT_STOPS = word_set(
    "إن أن ان انه إنه انها إنها بأن بان أنه أنها إنهم أنهم إننا أننا إنني أنني بأنه بأنها "
    ": عن على إلى الى لـ خلال أمس اليوم يوم الذي التي الذين "
    "هو هي هم إنهم انهم قوله قولها قولهم قائلا قائلة مضيفا مضيفة في نقلا عبر بيان that "
    # "التابع(ة) لـ" says whose body it is: "أعلنت السلطات الصحية التابعة للمعارضة السورية"
    "التابع التابعة"
)
_SUBJECT_WORDS = 5
_TITLE_WORDS = 8  # "عضو لجنة النقل في البرلمان المصري، محمد بدوي دسوقي"
_SUBJECT_BREAKS = CLAUSE_BREAKS | {'"', "«", "“"}
_QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})
# Words a speaker's name can start with when no entity is found: offices, unnamed officials
# and bodies. Reports, statements and newspapers are how words reach the outlet, not who said
# them ("وقالت التقارير"): no speaker then, rather than a wrong one.
_SPEAKER_HEADS = word_set(
    "وزير وزيرة رئيس رئيسة الرئيس المتحدث المتحدثة الناطق الناطقة متحدث ناطق مدير المدير "
    "قائد السفير سفير الأمين أمين المبعوث مبعوث نائب المستشار مستشار مسؤول المسؤول مصدر مصادر "
    "المصدر المصادر الشرطة الوزارة الجيش الحكومة المحكمة النيابة الرئاسة الخارجية الداخلية "
    "الكرملين المرصد المنظمة اللجنة الهيئة المجلس الحزب الشركة البنك السفارة القيادة "
    "الدكتور الدكتورة هيئة منظمات المجلة الصحيفة الادعاء البيان العلماء وزارة شرطة عضو "
    "دبلوماسيون دبلوماسي مسؤولون شهود خبراء محللون آخر قناة القناة وكالة الوكالة شبكة "
    # Bodies named with their kind first ("قالت منظمة التجارة العالمية", "صحيفة "تيبتان ديلي"").
    "منظمة شركة صحيفة محكمة مؤسسة جمعية حركة مجلس لجنة إدارة مكتب مركز معهد جامعة "
    "متحدثة ناطقة مسؤولة أحد إحدى الجهاز موقع دار بعثة جهاز جماعات الباحثون الاتحاد "
    # a department, a club, a bank ("كما أعلنت دائرة الجوازات أنها", "أعلن نادي ليفانتي
    # الإسباني الذي ...، أن", "وقال المصرف إن")
    "دائرة نادي المصرف "
    # Unnamed people by trade ("وقال خبير شفرات إنه"); with the article they are someone named.
    "خبير خبيرة محلل باحث مراسل شاهد مسؤولي مسؤولو "
    # the passive "ونقل عن مديري الشركة قولهم إن": directors no one names
    "مديري مديرو "
    # "وقالت السلطات إنه", "أعلنت السلطات السودانية أنها": the state's organs as one body
    "السلطات "
    # an under-secretary heads an office as "نائب" does ("قال وكيل مشيخة الأزهر:" is the
    # deputy, not the body)
    "وكيل"
)
_BODY_HEADS = _SPEAKER_HEADS | _BODIES  # a statement's issuer opens with one ("بيان من وزارة")
_SUBJECT_BREAKS = CLAUSE_BREAKS | {'"', "«", "“"}


def _attributed_from(text: str, verb: tuple[int, int]) -> int:
    """Where the speaker's name starts: after the verb, or after "عن" for "نقلت X عن Y" (or
    "على لسان Y")."""
    tokens = [t for t in tokenize(text) if t.start >= verb[0]]
    if len(tokens) > 3 and tokens[1].norm == "بيان" and tokens[2].norm in ("صادر", "عن"):
        # "وأعلن بيان صادر عن الاتحاد التونسي لكرة القدم أن": the body that issued it
        at = next((t for t in tokens[2:4] if t.norm == "عن"), None)
        return at.end if at is not None else verb[1]
    if not tokens:
        return verb[1]
    if not any(form in _REPORTS for form in stems(tokens[0].norm)):
        # "وذكرت الصحيفة نقلا عن المسؤول": the words are the one's after "نقلا عن"
        window = tokens[1:_FROM]
        pairs = pairwise(window)
        return next((b.end for a, b in pairs if a.norm == "نقلا" and b.norm == "عن"), verb[1])
    # "ونقلت وكالة الأنباء الإيرانية الرسمية على لسان صفوي قوله", "نقلت صحيفة "..." اليوم
    # الاثنين عن مسؤول أميركي كبير"
    at = next((t for t in tokens[1 : _CARRIED + 1] if t.norm in ("عن", "لسان")), None)
    return at.end if at is not None else verb[1]


_STATEMENTS = word_set("بيان تقرير")
_NOT_ISSUERS = word_set("البيان بيان آخر أحد إحدى")


def _statement_of(text: str, start: int, limit: int) -> str | None:
    """ "وقال بيان للقيادة الأميركية في أفريقيا إن", "وقال بيان لوزارة الداخلية، الاثنين، إن":
    the body whose statement it is."""
    words = _span(text, start, limit)
    if len(words) < 3 or words[0].norm not in _STATEMENTS:
        return None
    construct = False
    if words[1].norm.startswith("لل"):
        name = ["ال" + words[1].text[2:]]  # "للقيادة": ل and القيادة
    elif words[1].norm.startswith("ل") and words[1].norm[1:] in _BODY_HEADS:
        # ل on a body's head in construct, with no article ("لوزارة الداخلية", "لهيئة"):
        # the issuer, as "للقيادة" is; any other ل word is to whom or what for ("لحظة").
        name = [words[1].text[1:]]
    elif words[1].norm in _BODY_HEADS and words[1].norm not in _STATEMENTS | _NOT_ISSUERS:
        # "وقال بيان النيابة العامة", "بيان وزارة الداخلية": the statement's issuer in construct
        name = [words[1].text]
        construct = True
    else:
        return None
    for token in words[2:]:
        if token.text in _SUBJECT_BREAKS or token.norm in _SUBJECT_STOPS or token.norm in _THAT:
            break
        if not token.text[0].isalpha() or len(name) == _SUBJECT_WORDS:
            return None
        name.append(token.text)
    # a head in construct needs its complement: "تقرير لصحيفة "ميرور"" names no one by "صحيفة"
    if construct and len(name) == 1:
        return None
    return " ".join(name) if len(name) > 1 or name[0].startswith("ال") else None


def _subject_words(text: str, start: int, limit: int) -> str | None:
    """Up to five words right after the verb, up to "إن/أن", a colon, a quote or a comma;
    None when they start with a pronoun, a preposition or nothing a speaker is named with."""
    if name := _quoted_subject(_span(text, start, limit)):
        return name
    words: list[str] = []
    quoted = False
    for token in _span(text, start, limit):
        if token.text in _NAME_OPENS and not quoted and _names_next(words):
            # "أفادت قناة "فوكس 17"", "قناة (دبليو.كيه.آر.إن)", "متحدث باسم "وايمو"": the name
            quoted = True
            continue
        if quoted:
            if token.text in _QUOTE_MARKS or token.text == ")":
                break
            words.append(token.text)
            continue
        if _unnamed_where(words, token, text, limit):
            words.append(token.text)  # "مصادر في الخارجية التركية": where the source is
            continue
        if token.text in _SUBJECT_BREAKS or token.norm in _SUBJECT_STOPS:
            break
        if words and _to_someone(token):
            break  # "وأضاف المتحدث للصحفيين"
        if len(words) == 1 and words[0].startswith("ال") and token.norm[:1] == "ل":
            break  # "وأوضح المصدر لرويترز أن": to whom, after a head word alone
        if _is_speech_verb(token.norm):
            break  # "الكاتب ويضيف"
        if token.text[0].isdigit():
            return None
        words.append(token.text)
        if len(words) == _SUBJECT_WORDS:
            break
    if len(words) > 1 and normalize(words[1]) in _MEDIA:
        return None  # "مصادر إعلامية": reports, how the words reached the outlet
    if len(words) == 2 and normalize(words[0]) in _OUTLETS and normalize(words[1]).endswith("يه"):
        return None  # "صحيفة محلية", "قناة أمريكية": an outlet no one named
    if not words or not (_is_title(words[0]) or _body_by_head(words)):
        # "وقال في بيان", "قال له": no subject written here; "وقالت الفتاة", "وأضاف اللاعب":
        # a person the text named before, whom a word alone cannot tell.
        return None
    return " ".join(words)


# A group of companies named after its kind ("أكدت مجموعة ليبرتي ميديا"): the body speaks; a
# preposition after it makes it a group of people ("مجموعة من الخبراء"), no body. (Round 24,
# speakers16: "اتحاد رابطة نقابة تحالف ائتلاف بنك مرصد صندوق" as such kinds gained none on
# February's half A and gave half B one wrong speaker: left out.)
_NAMED_BODY_HEADS = word_set("مجموعة")


def _body_by_head(words: Sequence[str]) -> bool:
    """True for an organisation's kind followed by its name (not by a preposition)."""
    return (
        len(words) > 1
        and normalize(words[0]) in _NAMED_BODY_HEADS
        and normalize(words[1]) not in _PREPOSITIONS
    )


def _unnamed_where(words: list[str], token: Token, text: str, limit: int) -> bool:
    """True for "في"/"من" right after an unnamed source ("مصادر في الخارجية التركية",
    "مسؤول في الحكومة") when a body follows, not how it was said ("مسؤول في مؤتمر صحفي")."""
    if len(words) != 1 or token.norm not in ("في", "من") or normalize(words[0]) not in _UNNAMED:
        return False
    after = next(iter(_span(text, token.end, limit)), _NO_TOKEN)
    return after.norm.startswith("ال") and after.norm[2:] not in _NOT_SPEAKERS


_QUOTED_NAME_WORDS = 3
# Outlets by kind: with an indefinite nisba after them ("عن صحيفة محلية") they name no one.
_OUTLETS = word_set("صحيفة وكالة قناة موقع مجلة إذاعة شبكة")
_MEDIA = word_set("إعلامية إعلامي صحفية صحافية صحفي صحافي")


def _quoted_subject(tokens: list[Token]) -> str | None:
    """ "وتقول "فيسبوك" إنها", "وأوضحت "غوغل" على مدونتها": a short name in quote marks right
    after the verb, then إن/أن or a preposition, is the body that speaks."""
    if len(tokens) < 3 or tokens[0].text not in _QUOTE_MARKS:
        return None
    close = next((i for i, t in enumerate(tokens[1:], 1) if t.text in _QUOTE_MARKS), None)
    if close is None or not 1 <= close - 1 <= _QUOTED_NAME_WORDS:
        return None
    if close + 1 < len(tokens) and tokens[close + 1].norm not in _PREPOSITIONS | _AFTER_NAME:
        return None
    inner = tokens[1:close]
    if not all(t.text[0].isalpha() for t in inner):
        return None
    return " ".join(t.text for t in inner)


_NAME_OPENS = _QUOTE_MARKS | {"("}


def _names_next(words: list[str]) -> bool:
    """True when the words so far are a head a quoted name follows: "قناة", "متحدث باسم"."""
    return len(words) == 1 or (len(words) == 2 and normalize(words[1]) == "باسم")


def _is_title(phrase: str) -> bool:
    return normalize(phrase.split()[0]) in _SPEAKER_HEADS


# Words after a speech verb that are no name: how the words came, and pronoun-like words.
_NOT_SPEAKERS = word_set(
    "بيان تصريح تصريحات حديث مقابلة كلمة رسالة تغريدة مؤتمر وقت لاحق سابق وقت ذلك بدوره "
    "بدورها بعضهم أحدهم آخرون آخر أيضا كذلك حينها آنذاك لاحقا سابقا مرارا مرة مجددا "
    # how it was said: "وقال مرة أخرى", "صرح بشكل مباشر", "وتابع شارحا"
    "بشكل بصورة بطريقة شارحا شارحة متسائلا متسائلة معتبرا معتبرة محذرا محذرة مستدركا "
    "مستدركة"
)


# Titles and trades written beside a name ("زين الدين زيدان، مدرب ريال مدريد"), which alone
# name no one ("وقال المدرب": a person named before): they mark a name, never are the speaker.
_BESIDE_NAMES = word_set(
    "مدرب المدرب لاعب اللاعب مهاجم المهاجم مدافع حارس نجم أستاذ الأستاذ أستاذة الأستاذة مساعد "
    "القائم الباحث باحث الباحثة باحثة المحلل محلل الخبير خبير الخبيرة الكاتب كاتب الكاتبة "
    "المؤلف الممثل الممثلة ممثل المغني المغنية مؤسس المؤسس الشريك مالك المالك النائب "
    "السيناتور الأمير الملك الشيخ اللواء العميد العقيد الجنرال المدعي القاضي المحامي محامي "
    "المحامية الناشط ناشط الناشطة الداعية المديرة مديرة كبير كبيرة عضوة الأمينة زعيم الزعيم "
    "المستشارة البروفيسور البروفيسورة الطبيب الطبيبة طبيب الرئيسة الحاكم حاكم العضو "
    "الإعلامي الإعلامية الصحفي الصحفية الصحافي الصحافية المخرج المخرجة الفنان الفنانة "
    "البارونة البارون اللورد السفيرة المندوب المندوبة منسق المنسق منسقة المنتج المنتجة "
    "نائبة مندوب "
    # a winger, a specialist ("قال رايان غيغز جناح مانشستر يونايتد السابق إن")
    "جناح أخصائي أخصائية اختصاصي اختصاصية "
    # a governor, an officer, an investigator ("قال محافظ بنك إنجلترا مارك كارني، الاثنين،
    # إن", "وقال ضابط الشرطة، ويسانوساك سيوب، لبي بي سي إن")
    "محافظ المحافظ ضابط الضابط محقق المحقق "
    # an agent or an under-secretary, a surgeon ("أكد الكويتي عبدالله جاسم وكيل أعمال المدرب
    # ... أن", "يقول بيتر ري، جراح من جامعة أريزونا، إن")
    "وكيل الوكيل جراح الجراح"
)


def _apposition_title(word: str) -> bool:
    """A title or trade word: a speaker head ("وزير") or a word written beside a name."""
    norm = normalize(word)
    return norm in _SPEAKER_HEADS or norm in _BESIDE_NAMES


def _direct(
    text: str,
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
    names: Mapping[str, str],
) -> list[QuoteMention]:
    found = []
    for match in _QUOTED.finditer(text):
        quote = next(group for group in match.groups() if group is not None)
        verb = next((v for v in reversed(verbs) if v[1] <= match.start()), None)
        cited = verb is not None and match.start() - verb[1] <= _VERB_WINDOW
        colon = text[: match.start()].rstrip().endswith((":", "："))
        short = len(quote.split()) < MIN_QUOTE_WORDS and not colon
        stance = None
        if short or not cited:
            # a short quote only as a stance verb's object: after قال/ذكر it is a name or a
            # scare quote ("مراسلة "فوكس نيوز"", "نفت ... بشكل "قاطع"")
            cite = () if short else verbs
            stance = _stance_speaker(text, entities, match.start(), names, cite, short=short)
        if stance is None and short:
            continue  # scare quotes and names: "إرهابي", "حفظ السلام"
        if names_a_thing(text, match.start()):
            continue  # the name of the noun before it: "لشبكة "إي إس بي إن"", "بعنوان "...""
        speaker = stance
        cited = cited or stance is not None
        if cited and speaker is None:
            # "وصرح لافروف ... قائلا": try each verb before the quote, nearest first.
            before = [v for v in reversed(verbs) if v[1] <= match.start()]
            someone = bool(before) and _someone_after(text, before[0])
            if someone:
                before = before[:1]  # "وتابع بينيل الجلسة ...، وقال أحدهم "..."": one of them
            speaker = next(
                (who for v in before if (who := _speaker(entities, v, match.start(), text, names))),
                None,
            )
            if not someone:
                speaker = speaker or sentence_subject(text, entities, match.start())
        elif verb is not None and (far := _far_speaker(text, entities, verb, match.start(), names)):
            cited, speaker = True, far
        opens = not text[: match.start()].strip(" و")  # the quote opens the sentence
        if not cited and (after := _named_after(text, match.end(), entities, names, opens)):
            cited, speaker = True, after  # "«...»، قال X", "«...»، بحسب X"
        found.append(
            QuoteMention(
                text=quote.strip(),
                kind="direct",
                speaker=speaker,
                start=match.start(),
                end=match.end(),
                cited=cited,
            )
        )
    return found


# Subjects that name no one: "وقال أحدهم", "وقال بعضهم", "وقال أحد الضحايا", "وقال شخص آخر".
_SOMEONE = word_set("أحدهم إحداهن أحدهما إحداهما بعضهم شخص")


def _someone_after(text: str, verb: tuple[int, int]) -> bool:
    """True when the verb's subject is someone unnamed ("قال أحدهم"): an earlier verb's
    subject is then not the speaker."""
    first = next(iter(_span(text, verb[1], len(text))), None)
    return first is not None and first.norm in _SOMEONE


def _named_after(
    text: str,
    end: int,
    entities: Sequence[EntityMention],
    names: Mapping[str, str],
    bare: bool = True,
) -> str | None:
    """Who the cue after ``end`` names as having said the words before it (``said_after``):
    the speech verb's subject, or the person, body or name after "بحسب"/"على حد تعبير"; never
    a news agency, which relays the words of another."""
    found = said_after(text, end, _is_speech_verb, bare=bare)
    if found is None:
        return None
    kind, cue = found
    if kind != "by":
        speaker = _speaker(entities, cue, len(text), text, names)
    elif issuer := issued_by(text, cue[1], len(text), _BODY_HEADS):
        speaker = issuer  # "بحسب بيان صادر عن الديوان الملكي": the body that issued it
    else:
        speaker = _body_at(entities, _next_start(text, cue[1])) or _according_name(
            list(name_tokens(text, cue[1])), names
        )
        people = [
            e
            for e in entities
            if e.type == "person" and e.form != "nisba" and e.start >= cue[1]
            and len(_span(text, cue[1], e.start)) <= _TITLE_WORDS
        ]  # fmt: skip
        if people and not _held(text, people[0]):
            speaker = people[0].canonical  # "بحسب وزير الدفاع الإسرائيلي أفيغدور ليبرمان"
    agencies = gazetteer().agencies
    if not speaker or speaker in agencies:
        return None
    if any(e.canonical in agencies and e.text in speaker for e in entities):
        return None  # "كما أعلنت وكالة الأنباء الإيرانية الرسمية": it relays, as "إرنا"
    first = normalize(speaker.split()[0])
    if first in _NOT_NAMES | _OUTLETS_NAMED_BEFORE or first.removeprefix("ال") in _NOT_SOURCES:
        return None  # "بحسب وسائل إعلام", "بحسب الإحصاءات", "بحسب الصحيفة": no one named
    if first.removeprefix("ال") in _STATEMENTS:
        return None  # "حسب البيان ذاته": whose statement, the sentence alone does not say
    return speaker


def _clause_named_after(
    text: str, entities: Sequence[EntityMention], names: Mapping[str, str]
) -> list[QuoteMention]:
    """The sentence's clause before a comma whose cue names who said it ("سيعوض الأطفال
    العارضات ...، هذا ما أكدت مجموعة ليبرتي ميديا", "...، على حد تعبير X"): reported speech."""
    tokens = tokenize(text)
    for at in range(len(tokens) - 2, -1, -1):
        token = tokens[at]
        if token.norm != "," or tokens[at + 1].norm not in FIRST_WORDS:
            continue  # most commas: no cue after them
        begin = _last_contrast(text, token.start)
        clause = text[begin : token.start].strip(" ،,")
        if len(clause.split()) < MIN_QUOTE_WORDS:
            return []
        speaker = _named_after(text, token.start, entities, names, bare=False)
        if not speaker or not _typed(speaker, entities):
            continue
        # "هذا ما أكدت X، مالكة ...": what X said, whatever describes X after
        pointed = said_after(text, token.start, _is_speech_verb, bare=False)
        if (pointed is not None and pointed[0] == "what") or _closes(
            text, token.end, speaker, entities
        ):
            return [
                QuoteMention(
                    text=clause, kind="reported", speaker=speaker, start=begin,
                    end=token.start, cited=True,
                )
            ]  # fmt: skip
    return []


# "...، في حين قتل 26 محتجا، حسب الداخلية": a contrast opens the clause the cue is about.
_CONTRASTS = word_set("بينما فيما وبينما وفيما حين")


def _last_contrast(text: str, end: int) -> int:
    """Where the words after the last contrast ("في حين", "بينما") before ``end`` start, or 0."""
    tokens = [t for t in tokenize(text[:end]) if t.norm in _CONTRASTS]
    return tokens[-1].end if tokens else 0


def _typed(speaker: str, entities: Sequence[EntityMention]) -> bool:
    """True for a speaker the lexicons type (a person, body or country found in the sentence)
    or that opens with an office or a body's kind: "كما أكدت عدم استهدافها" ("also
    confirmed") has words after the verb, no name."""
    typed = {e.canonical for e in entities if e.type in _SPEAKER_TYPES}
    words = speaker.split()
    return speaker in typed or _is_title(speaker) or _body_by_head(words)


_AFTER_SPEAKER = 3  # words after the speaker's name: "لوكالة فرانس برس", "في مؤتمر صحفي اليوم"


def _closes(text: str, start: int, speaker: str, entities: Sequence[EntityMention]) -> bool:
    """True when the speaker's name, found after ``start``, closes the sentence but for a
    short phrase that says to whom, where or when ("لوكالة فرانس برس", "الاثنين") or a name in
    brackets: "كما نفت وحدات حماية الشعب الكردية إبرام اتفاق" is "also denied" with its
    object, and "بحسب الجيش الإسرائيلي، لكن طهران نفت" goes on with another clause."""
    ends = [e.end for e in entities if e.canonical == speaker and e.start >= start]
    at = text.find(speaker, start)
    end = ends[0] if ends else (at + len(speaker) if at >= 0 else -1)
    if end < 0:
        return False
    rest = [t for t in tokenize(re.sub(r"\([^()]*\)", " ", text[end:])) if t.text[0].isalnum()]
    if not rest:
        return True
    first = rest[0].norm
    short = first in _PREPOSITIONS or first in _WEEKDAYS or first.startswith("ل")
    return len(rest) <= _AFTER_SPEAKER + 1 and short and first not in ("لكن", "لكنه", "لكنها")


def _next_start(text: str, at: int) -> int:
    """Where the first word after ``at`` starts."""
    tokens = name_tokens(text, at)
    return tokens[0].start if tokens else -1


# Words right after a verb that has no subject of its own: a preposition or "إن".
_NO_OWN_SUBJECT = _PREPOSITIONS | _THAT | {"ب", "بـ"}


def _stance_speaker(
    text: str,
    entities: Sequence[EntityMention],
    quote_start: int,
    names: Mapping[str, str],
    verbs: Sequence[tuple[int, int]] = (),
    *,
    short: bool = False,
) -> str | None:
    """The subject of a speech or stance verb citing the quote at ``quote_start``, however
    short ("نددت الولايات المتحدة "بالمسؤولية الخاصة""): only a person or a body the lexicons
    or the article name, written right after the verb (what follows it is the verb's object).
    A verb with no subject ("وطالبت بـ"..."") shares the one of the verb before it. A ``short``
    quote must be the verb's object, not inside the speech it reports after إن/أن."""
    cited = sorted([*verbs, *marked_verb_positions(text)], reverse=True)
    for verb in (v for v in cited if v[1] <= quote_start):
        if quote_start - verb[1] > _VERB_WINDOW:
            return None
        first = next(iter(_span(text, verb[1], quote_start)), None)
        if first is None or first.norm in _NO_OWN_SUBJECT:
            continue  # "وطالبت بـ"..."", "ما قال إنها": the subject of the verb before
        if short and any(t.norm in _THAT for t in _span(text, first.end, quote_start)):
            return None  # "قال المرصد إن ... "الثوار"": marks inside reported speech, scare quotes
        entity = next((e for e in entities if e.start == first.start), None)
        if entity is not None:
            return entity.canonical if entity.type in _SPEAKER_TYPES else None
        return _name_word(first.norm, names)
    return None


def _far_that(text: str, tokens: Sequence[Token], verb: tuple[int, int]) -> Token | None:
    """ "إن" further than ``_THAT_WINDOW`` after a verb that opens the sentence, written with
    the hamza below as after قال ("وقال إلوود، الذي فقد شقيقه ...، إنه ينبغي"); "أن" that far
    is another verb's ("وأعلن مولر ملاحقة ... وغادر دون أن"). None across a colon or a quote
    mark: the words after them are what was said, and "إن" inside them is theirs; None after
    another speech verb, whose "إن" it is."""
    if text[: verb[0]].strip():
        return None
    following = [t for t in tokens if t.start >= verb[1]][:_OPENING_THAT_WINDOW]
    for token in following:
        if token.text in _QUOTE_MARKS or token.text == ":" or _is_speech_verb(token.norm):
            return None
        if token.norm in _THAT and token.text.startswith("إ"):
            return token
    return None


def _far_speaker(
    text: str,
    entities: Sequence[EntityMention],
    verb: tuple[int, int],
    at: int,
    names: Mapping[str, str],
) -> str | None:
    """The speaker of words at ``at``, too far from the verb for ``_VERB_WINDOW``, when the verb
    opens the sentence and all between is its subject ("وقالت ليساندرا زيبيدا كبيرة الباحثين
    وهي طالبة دكتوراة ... "قررنا ...""): a name, not a title, whose name may come later ("قال
    مدير الإدارة العامة ...، الطيب أبوكساوي، في مقابلة ..."), nor one with another person
    named between them: in so long a subject the speaker may be either ("أكد موفد خادم
    الحرمين الشريفين الملك سلمان ...، المستشار ... نزار العلولا، ... أن "...")."""
    if text[: verb[0]].strip() or at - verb[1] > _OPENING_VERB_WINDOW:
        return None
    between = text[verb[1] : at]
    quoted = any(len(m.group().split()) >= MIN_QUOTE_WORDS for m in _QUOTED.finditer(between))
    if quoted or ":" in between.rstrip().removesuffix(":"):
        return None  # a quote or a colon inside: the verb's words are those
    speaker = _speaker(entities, verb, at, text, names)
    if speaker is None or _is_title(speaker) or not could_name(speaker):
        return None
    words = set(speaker.split())
    others = [
        e
        for e in entities
        if e.type == "person" and verb[1] <= e.start < at and not words & set(e.canonical.split())
    ]
    return None if others else speaker


def _reported(
    text: str,
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
    names: Mapping[str, str],
) -> list[QuoteMention]:
    """ "قال توكاييف إن المهمة انتهت": the clause after إن/أن, said by the verb's subject."""
    tokens = tokenize(text)
    names_at = _name_spans(text)
    for verb in verbs:
        following = [t for t in tokens if t.start >= verb[1]][:_THAT_WINDOW]
        opens = _opener(text[verb[0] : verb[1]])
        following = [t for t in following if not any(a < t.start < b for a, b in names_at)]
        that = next((t for t in following if t.norm in _THAT or opens(t)), None)
        speaker = None
        if that is None and (that := _far_that(text, tokens, verb)) is not None:
            speaker = _far_speaker(text, entities, verb, that.start, names)
            that = that if speaker else None
        if that is None:
            if found := _announcement(text, entities, tokens, verb, names):
                return [found]
            continue
        if that.end >= len(text):
            continue
        # "أفادت القناة بوقوع أضرار": what was said starts with the noun after بـ.
        begin = that.start + 1 if that.norm not in _THAT and that.norm.startswith("ب") else that.end
        # What was said ends where the narrator speaks again ("، وذلك خلال لقائه").
        end = narrator_from(text, begin)
        clause = text[begin:end].strip(" ،,")
        if len(clause.split()) < MIN_QUOTE_WORDS:
            continue
        return [
            QuoteMention(
                text=clause,
                kind="reported",
                speaker=speaker or _speaker(entities, verb, that.start, text, names),
                start=begin,
                end=end,
                cited=True,
            )
        ]
    return []


def _announcement(
    text: str,
    entities: Sequence[EntityMention],
    tokens: Sequence[Token],
    verb: tuple[int, int],
    names: Mapping[str, str],
) -> QuoteMention | None:
    """ "أعلنت الحكومة العراقية، الاثنين، تمديد الحظر": what a sentence-opening "أعلن" announced
    (``announced_from``), said by its subject; none without a named subject, so a new quote
    fact always says who announced."""
    verb_word = normalize(text[verb[0] : verb[1]])
    stance = states_stance(verb_word)
    if text[: verb[0]].strip() or not (stance or announces(verb_word)):
        return None
    span = announced_from(tokens, verb[1], stance=stance)
    if span is None:
        return None
    clause = text[span[1] :].strip(" ،,")
    if len(clause.split()) < MIN_QUOTE_WORDS:
        return None
    speaker = _speaker(entities, verb, span[0], text, names)
    if speaker is None or not could_name(speaker):
        return None
    if not names_subject(speaker, text[verb[1] : span[0]], _apposition_title):
        return None
    begin = len(text) - len(text[span[1] :].lstrip(" ،,"))
    return QuoteMention(
        text=clause,
        kind="reported",
        speaker=speaker,
        start=begin,
        end=len(text),
        cited=True,
        announced=True,
    )


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted names ("قناة "سي أن بي سي"", "شبكة "إي إس بي إن""): the letters "أن",
    "إن" spelled inside them are no complementizer."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text) if names_a_thing(text, m.start())]


def _after_colon(
    text: str,
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
    names: Mapping[str, str],
) -> list[QuoteMention]:
    """ "وقال كونتي لوسائل إعلام بريطانية: تدرك أنك ...": words after a colon that closes the
    speech verb's subject, quoted without quote marks."""
    for verb in verbs:
        colon = text.find(":", verb[1], verb[1] + _VERB_WINDOW)
        if colon < 0 or len(text[colon + 1 :].split()) < MIN_QUOTE_WORDS:
            continue
        if any(mark in text[verb[1] : colon] for mark in ("،", ".", "؟")):
            continue  # the colon belongs to another clause
        return [
            QuoteMention(
                text=text[colon + 1 :].strip(),
                kind="direct",
                speaker=_speaker(entities, verb, colon, text, names),
                start=colon + 1,
                end=len(text),
                cited=True,
            )
        ]
    return []


# "وأشار المرصد إلى وقوع غارتين": after these verbs "إلى" opens what was said.
_POINT_VERBS = word_set("أشار أشارت يشير تشير لفت لفتت")


# "أفادت قناة "فوكس 17" بوقوع أضرار": after these verbs a noun with بـ is what was said.
_INFORM_VERBS = word_set("أفاد أفادت يفيد تفيد")
_BY_WORD_LENGTH = 5  # "بوقوع", "بمقتل"; shorter بـ words are prepositions ("بين", "بها")


def _never(token: Token) -> bool:
    return False


def _to_word(token: Token) -> bool:
    return token.norm in ("الي", "to")


def _by_noun(token: Token) -> bool:
    word = token.norm
    return len(word) >= _BY_WORD_LENGTH and word[0] == "ب" and token.text[0].isalpha()


@cached(4096)
def _opener(verb: str) -> Callable[[Token], bool]:
    """Besides إن/أن, the word that opens what the verb reports: "إلى" after أشار, a بـ noun
    after أفاد."""
    forms = stems(normalize(verb))
    if any(form in _POINT_VERBS for form in forms):
        return _to_word
    if any(form in _INFORM_VERBS for form in forms):
        return _by_noun
    return _never


_NO_SUBJECT = (":", '"', "«", "“", "إن", "أن", "ان ", "إلى", "الى", "بأن", "،", ",", "قوله",
               "في ", "خلال ", "قائلا", "قائلة", "قائلاً", "قائلةً", "على أن", "على ان")  # fmt: skip


# Words that say how, when or where something was said, never part of a name.
_HOW_WORDS = _AFTER_NAME | _PREPOSITIONS | word_set("بشأن حول إزاء حيال أمام بحسب وفق")
# Words right after an opening speech verb that say how, when or to whom, not who.
_NO_SUBJECT_WORDS = ARABIC_WEEKDAYS | word_set(
    "بحسب حسب وفق وفقا عبر أمام لدى عقب أيضا كذلك مجددا اليوم أمس"
)


def _continues(
    text: str,
    verbs: list[tuple[int, int]],
    quote_start: int,
    entities: Sequence[EntityMention] = (),
    names: Mapping[str, str] = _NO_NAMES,
    *,
    circumstance: bool = True,
) -> bool:
    """ "وأضاف: ..." or "وتابع إن ...": a verb opening the sentence, or right after a
    circumstance ("وبعد ساعة من اعتقاله، قال إن"; ``circumstance``: the sentence before quoted
    someone), with no subject after it;
    also when what follows says how, when or to whom ("وأضاف بحسب مقاطع من المقابلة:",
    "وأضاف اليوم السبت أن", "وأضاف لرويترز على هامش ...")."""
    if not verbs or verbs[0][0] >= quote_start:
        return False
    if verbs[0][0] >= _CONTINUATION_CHARS:
        if not circumstance or not _after_circumstance(text, verbs[0][0], entities, names):
            return False
    elif any(t.norm.startswith("ال") for t in _span(text, 0, verbs[0][0])):
        return False  # "كان البعض يقول إن": the subject is written before the verb
    after = text[verbs[0][1] :].lstrip()
    if after[:1] in _QUOTE_MARKS and quote_start > len(text) - len(after) + 1:
        return False  # "أكد "مركز اعلام دمشق" التابع ... واضاف أن": a name in quote marks
    if after.startswith(_NO_SUBJECT):
        return True
    first = next(iter(_span(text, verbs[0][1], len(text))), None)
    if first is None or first.start >= quote_start:
        return False
    if first.norm in _NO_SUBJECT_WORDS or first.norm in MANNER or _to_someone(first):
        return True
    return _told_to(first, entities)


# Participles that join a quote to the sentence's verb: "وتحدث عن الأزمة قائلا:".
_JOINING = word_set("قائلا قائلة مضيفا مضيفة مشيرا مشيرة مؤكدا مؤكدة موضحا موضحة")


def _bare_opener(
    text: str, quote: QuoteMention, bare: Sequence[str], previous: Mapping[str, str | None]
) -> QuoteMention:
    """A quote cited by a participle joined to the bare verb a sentence opens with ("وتحدث عن
    الأزمة السورية قائلا:"), said by the speaker before of that verb's gender. (A speech verb
    that opens the sentence is read by ``_continues``.)"""
    if quote.speaker is not None or not quote.cited or quote.report:
        return quote
    verbs = [v for v in _verb_positions(text) if v[1] <= quote.start]
    joined = bool(verbs) and all(normalize(text[v[0] : v[1]]) in _JOINING for v in verbs)
    speaker = next((previous.get(g) for g in bare if previous.get(g)), None)
    if not joined or speaker is None or len({previous.get(g) for g in bare}) > 1:
        return quote
    return replace(quote, speaker=speaker, continued=True)


def _report_issuer(text: str, entities: Sequence[EntityMention], names: ArticleNames) -> str | None:
    """The body a sentence that quotes no one opens with when its report is the verb's means
    ("توقع معهد التمويل الدولي في تقرير حديث، أن ..."): whose words "وأشار التقرير" are."""
    first = tokenize(text)[:1]
    if not first or not tells_report(text, first[0].end):
        return None
    opener = _opening_subject(text, entities, names)
    if opener is None and (at := text.find(" في تقرير")) > 0:
        # "معهد التمويل الدولي" no lexicon knows: the words of a body's kind before the report
        opener = _subject_words(text, first[0].end, at)
    return opener if opener and could_issue(opener) else None


def _relayed(text: str, quote_start: int) -> bool:
    """True when the verb citing the quote relays it ("نقلت وكالة ... عن مصدر")."""
    cite = [v for v in _verb_positions(text) if v[1] <= quote_start]
    return bool(cite) and any(form in _REPORTS for form in stems(normalize(text[slice(*cite[-1])])))


def _bare_verb_genders(text: str, entities: Sequence[EntityMention]) -> tuple[str, ...]:
    """The genders of a verb that opens ``text`` with no subject of its own, when no person or
    body is named in it but the one it was said to ("وتحدثت لبي بي سي عن ..."); () else."""
    genders = bare_genders(text, partial(_no_own_subject, entities))
    if genders:
        second = tokenize(text)[1]
        named = (e for e in entities if e.type in ("person", "organization"))
        if any(e.start != second.start for e in named):
            return ()
    return genders


def _no_own_subject(entities: Sequence[EntityMention], token: Token) -> bool:
    """The word after a verb shows the verb has no subject of its own: that, how, when or to
    whom ("أن", "خلال", "اليوم", "لبي بي سي")."""
    word = token.norm
    said = word in _THAT or word in _HOW_WORDS or word in _NO_SUBJECT_WORDS
    return said or _to_someone(token) or _told_to(token, entities)


def _told_to(token: Token, entities: Sequence[EntityMention]) -> bool:
    """ "لرويترز", "لبي بي سي": ل and a body or a person, to whom it was said."""
    return token.norm[:1] == "ل" and any(
        e.start == token.start and e.type in _SPEAKER_TYPES and normalize(e.canonical)[:1] != "ل"
        for e in entities
    )


def _after_circumstance(
    text: str, verb_start: int, entities: Sequence[EntityMention], names: Mapping[str, str]
) -> bool:
    """ "وبعد أقل من ساعة من بث نبأ اعتقاله، قال إن": a circumstance opens the sentence and
    names no person or body (not "وفي بيان لوزارة الخارجية، قالت", "وبعد الضجة التي أثارتها
    تغريدة نشرت كايلي جينر، كتبت": the one named may be the one who speaks)."""
    if not circumstance_before(text, verb_start):
        return False
    if any(e.start < verb_start and e.type in ("person", "organization") for e in entities):
        return False
    if not isinstance(names, ArticleNames):
        return True
    return not any(names.person(t.norm) for t in _span(text, 0, verb_start))


# "جاء ذلك في تصريح ...، حيث قال:": "ذلك" points back to what the sentence before told, and
# the verb after "حيث" has no subject of its own: the same speaker goes on.
_CAME = frozenset({"جاء", "وجاء", "جاءت", "وجاءت"})
_THAT_THING = frozenset({"ذلك", "هذا", "تلك", "هذه"})
_WHERE = frozenset({"حيث", "اذ"})  # normalized: "إذ" is "اذ"


def _came_where(text: str, verbs: list[tuple[int, int]], quote_start: int) -> bool:
    """True for a speech verb after "حيث" in a sentence that opens with "جاء ذلك" and names
    no subject after the verb ("جاء ذلك في سلسلة من التغريدات لقرقاش ...، حيث قال: ...")."""
    opening = tokenize(text)[:2]
    if len(opening) < 2 or opening[0].norm not in _CAME or opening[1].norm not in _THAT_THING:
        return False
    cite = next((v for v in reversed(verbs) if v[1] <= quote_start), None)
    before = _span(text, 0, cite[0]) if cite else []
    after = text[cite[1] :].lstrip() if cite else ""
    return bool(before) and before[-1].norm in _WHERE and after.startswith(_NO_SUBJECT)


# Feminine speech verbs: "وأضافت" continues a woman's or a body's words ("وقالت الوزارة"),
# never those of a man quoted in between.
_FEMININE_VERBS = word_set(
    "قالت تقول أكدت تؤكد أعلنت تعلن أوضحت أضافت تابعت صرحت ذكرت أشارت اعتبرت حذرت شددت "
    "أفادت قولها قائلة نقلت أردفت تضيف نفت أبلغت لفتت كتبت نوهت انتقدت نددت"
)


def _gender(text: str, verb: tuple[int, int] | None) -> str:
    """ "f" when the speech verb is feminine ("وأضافت", "وتقول"), else "m"."""
    if verb is None:
        return "m"
    word = normalize(text[verb[0] : verb[1]]).lower()
    return "f" if any(form in _FEMININE_VERBS for form in stems(word)) else "m"


def quote_mentions(
    text: str,
    entities: Sequence[EntityMention],
    *,
    previous_speaker: str | None = None,
    names: Mapping[str, str] | None = None,
    previous_by_gender: Mapping[str, str | None] | None = None,
    after_quote: bool = True,
) -> list[QuoteMention]:
    """Quotes in one sentence. A verb with no named subject ("وأضاف: ...") keeps the speaker of
    the previous quote (``previous_speaker``; after a cited quote whose speaker is unknown,
    none), or with ``previous_by_gender`` the last speaker whose verb had its gender.
    ``names``: ``article_names`` of the article; ``after_quote``: the sentence before quoted
    someone (a verb after a circumstance then continues). Never raises on any text."""
    verbs = _verb_positions(text)
    known = _NO_NAMES if names is None else names
    found = _direct(text, entities, verbs, known)
    reported = _reported(text, entities, verbs, known) if verbs else []
    if found and reported and reported[0].speaker:
        # "قال الوزير ... إن بلاده ..., مؤكدا أن الولايات المتحدة "ستلتزم ..."": a quote
        # inside what the speaker reportedly said, too far from the verb to be cited by it.
        found = [_said_by(q, reported[0]) for q in found]
    found = found or reported or _after_colon(text, entities, verbs, known)
    found = found or _according(text, known, entities)
    if not found and (verbs or not words_of(text).isdisjoint(CUE_WORDS)):
        found = _clause_named_after(text, entities, known)
    found = found or ([] if verbs else _according_first(text, known, entities))
    found = [quote for quote in found if not narration_only(quote.text)]
    chain = dict(previous_by_gender or {"m": previous_speaker, "f": previous_speaker})
    result = []
    for quote in found:
        speaker, continued = quote.speaker, False
        report = speaker == _REPORT  # no name in the sentence alone: none for the summaries
        if report or (speaker is not None and opens_with_manner(speaker)):
            speaker = None  # "وأضاف مخاطبا أنصار الحزب": how it was said, the speaker before
        cite = next((v for v in reversed(verbs) if v[1] <= quote.start), None)
        gender = _gender(text, cite or (verbs[0] if verbs else None))
        if (
            speaker is None
            and not report
            and (
                _continues(text, verbs, quote.start, entities, known, circumstance=after_quote)
                or _came_where(text, verbs, quote.start)
            )
        ):
            speaker = chain.get(_gender(text, verbs[0]))
            continued = speaker is not None
        result.append(
            QuoteMention(
                text=quote.text,
                kind=quote.kind,
                speaker=speaker,
                start=quote.start,
                end=quote.end,
                cited=quote.cited,
                gender=gender,
                continued=continued,
                announced=quote.announced,
                report=report,
            )
        )
        if quote.cited or speaker:
            chain[gender] = speaker
    return result


# Prepositions and adverbs that take a pronoun ("فوقها", "خلاله", "بجانبها", "لنفسه").
_WITH_PRONOUN = re.compile(
    "^(?:و|ف)?(?:ب|ل)?(?:فوق|تحت|خلال|جانب|نفس|حين|وقت|امام|عند|لدي|بعد|قبل|مع|اسم)(?:ه|ها|هم|هما|هن)$"
)
_SPEECH_NOUNS = word_set("قول تصريح حديث")  # "واكتفى بالقول": how, not who
_ADVERBS = word_set("مؤخرا ردا قائلا قائله حينها آنذاك وقتها لاحقا سابقا")


# The part of a period a verb is dated by, never a name's first word: "وكانت صحيفة "..." قالت
# أوائل شهر فبراير، إن" (these broken plurals and nouns only ever open a time phrase).
_PERIOD_PARTS = word_set("أوائل أواخر أواسط مطلع منتصف")
# A clause of manner is never a name ("وخاطبت السفيرة ... وكأنه موجود بالقاعة قائلة").
_AS_IF = re.compile("^(?:و|ف)?كان(?:ه|ها|هم|هما|هن)?$")
# Adverbs after a speech verb's subject: not part of it ("وقال المتحدث أيضا إن").
_LAST_ADVERBS = word_set("مرارا تكرارا مجددا ايضا أيضا كذلك بدوره بدورها")
# then and there: "وقالت السلطات الفرنسية حينذاك إنه", "وتقول السلطات هناك إنه"
_LAST_ADVERBS |= word_set("حينذاك هناك")
# The day after a subject is when it spoke, an adverb of time, not its name's last word ("وقال
# المسؤول الفلسطيني ناصر القدوة الاثنين إن", "وقالت الشرطة البريطانية مساء الأحد").
_LAST_ADVERBS |= ARABIC_WEEKDAYS | word_set("أمس اليوم مساء")  # not "صباح", a name
_LAST_ADVERBS |= MANNER  # "وأضاف كارني متحدثا أمام طلاب": how he spoke, not his name
_PLACES = frozenset({"country", "city", "region"})


def without_adverb(speaker: str) -> str | None:
    """The speaker without the adverbs closing it ("شركة فيسبوك أيضا" → "شركة فيسبوك"), or
    None when a place is all that is left: the end of a title ("عمدة صوفيا مرارا إن"), whose
    name came before it."""
    words = speaker.split()
    while len(words) > 1 and normalize(words[-1]) in _LAST_ADVERBS:
        words.pop()
    if len(words) == len(speaker.split()):
        return speaker
    entry = gazetteer().phrases.get((fold(words[0]),)) if len(words) == 1 else None
    return None if entry is not None and entry.type in _PLACES else " ".join(words)


# A plural of things with a pronoun ("كلماتها", "تصريحاته"): no one's name; a noun of a person
# with one ("مبتكرها", February blind gold) is an unnamed speaker.
_OWNED_PLURALS = ("اتها", "اته", "اتهم", "اتهما")


def could_name(speaker: str) -> bool:
    """False for a speaker that is words of the sentence, not a name: one word that is an
    adverb or a preposition with a pronoun ("فوقها", "حينها"), a speech noun after "بـ"
    ("بالقول"), or an addressee, "لـ" before a known name, Latin letters or digits ("لرويترز",
    "لـCNN"); several that open with "كأن" ("وكأنه موجود بالقاعة") or a period's part ("أوائل
    شهر")."""
    if " " in speaker:
        first = normalize(speaker.split()[0])
        return not _AS_IF.match(first) and first not in _PERIOD_PARTS
    word = normalize(speaker)
    if word in _ADVERBS or _WITH_PRONOUN.match(word):
        return False
    if word.endswith(_OWNED_PLURALS):
        return False  # "وتقول كلماتها:": things with their owner's pronoun, the song's words
    if word.startswith(("بال", "وبال")) and word.removeprefix("و")[3:] in _SPEECH_NOUNS:
        return False
    if not word.startswith("ل") or len(word) < 3:
        return True
    rest = word[1:].lstrip("ـ")
    if not rest[:1].isalpha() or rest[:1].isascii() or any(ch.isdigit() for ch in rest):
        return False
    return fold(rest) not in gazetteer().first_words


# "حسب ما أكدت شرطة الولاية", "وفق ما أوردت "سكاي نيوز"", "حسبما قال ديلا روزا": the
# sentence is what the one after the verb said ("بحسب فرانس برس" alone names the agency that
# relays the words, not who said them).
_ACCORDING = frozenset({"حسب", "بحسب", "وبحسب", "وحسب", "وفق", "وفقا", "طبقا"})
_ACCORDING_VERB = frozenset({"حسبما", "وحسبما"})
_WHAT = frozenset({"ما", "لما"})
_ACCORDING_WORDS = 4  # words of the name after the verb


def _according(
    text: str, names: Mapping[str, str], entities: Sequence[EntityMention] = ()
) -> list[QuoteMention]:
    """The sentence as reported by the one named in "حسب ما أكدت شرطة الولاية" (a cue, "ما",
    a verb, then a body in quote marks, a title phrase or a name the article writes), or by
    the one after "عن"/"على لسان" when the named one only carries the words ("وفقا لما نقلته
    "وام" على لسان أمين عام الاتحاد ... محمد بن هزام"; none for "عن وسائل إعلام إيرانية")."""
    tokens = tokenize(text)
    for at, token in enumerate(tokens[:-2]):
        if token.norm in _ACCORDING and tokens[at + 1].norm in _WHAT:
            verb = at + 2
        elif token.norm in _ACCORDING_VERB:
            verb = at + 1
        else:
            continue
        if not tokens[verb].text[0].isalpha():
            continue
        if tokens[verb].norm in ARABIC and not _is_speech_verb(tokens[verb].norm):
            continue  # "حسبما قال ديلا روزا": "قال" is a stop word, and the verb here
        speaker = _according_name(tokens[verb + 1 :], names) or _body_at(
            entities, tokens[verb + 1].start if verb + 1 < len(tokens) else -1
        )
        if speaker and normalize(speaker.split()[0]) in _NOT_NAMES:
            speaker = ""  # "بحسب ما ذكرت وسائل إعلام": reports, no one named
        said = (tokens[verb].start, tokens[verb].end)
        if speaker and _attributed_from(text, said) != said[1]:
            # "" when the words were carried from someone the text does not name
            speaker = _speaker(entities, said, len(text), text, names) or ""
        clause = text[: token.start].strip(" ،,")
        if speaker is not None and len(clause.split()) >= MIN_QUOTE_WORDS:
            return [
                QuoteMention(
                    text=clause, kind="reported", speaker=speaker or None, start=0,
                    end=token.start, cited=True,
                )
            ]  # fmt: skip
    return []


# "وبحسب "وكالة فرانس برس"، فقد أخرج الجزيري ...", "ووفقاً لـ"ديلي ميل"، ركب فريق ...": a
# sentence that opens with "according to X" then a comma is X's report of what follows.
# With a speech verb in the sentence the verb's subject speaks ("وحسب فرانس برس، عبر
# الأمين العام ...، وقال"), so only sentences without one are read.
_ACCORDING_FIRST = frozenset({"حسب", "بحسب", "وبحسب", "وحسب", "وفقا", "ووفقا", "طبقا", "وطبقا"})
_ACCORDING_TO = frozenset({"ل", "لـ"})
_ACCORDING_REACH = 6  # tokens from the cue to the comma: "بحسب وكالة الأنباء الألمانية،"
# "وبحسب دراسات لجهات رسمية،", "وفقا لإحصاءات ...": documents and figures, not who says them.
_NOT_SOURCES = word_set("دراسة دراسات إحصاءات إحصائيات تقديرات بيانات أرقام معلومات")
# "وحسب الصحيفة الأميركية،": an outlet by its kind with the article, named sentences before.
_OUTLETS_NAMED_BEFORE = word_set("الصحيفة الوكالة القناة الموقع المجلة الإذاعة الشبكة")


def _according_first(
    text: str, names: Mapping[str, str], entities: Sequence[EntityMention] = ()
) -> list[QuoteMention]:
    """The sentence after "وبحسب X،" / "ووفقاً لـX،" at its start, reported by X (a body in
    quote marks, a title phrase, a name the article writes or a body the entities find);
    nothing when X names no one ("بحسب تقارير،") or no comma closes it near the cue."""
    tokens = tokenize(text)
    if len(tokens) < 3 or tokens[0].norm not in _ACCORDING_FIRST:
        return []
    at = 2 if tokens[0].norm.endswith("وفقا") or tokens[0].norm.endswith("طبقا") else 1
    if at == 2 and tokens[1].norm not in _ACCORDING_TO:
        return []  # "وفقا للقانون": "وفقا" needs لـ written apart before the name
    reach = range(at, min(len(tokens), at + _ACCORDING_REACH + 1))
    comma = next((k for k in reach if tokens[k].norm == ","), None)
    if comma is None or comma == at:
        return []
    if any(t.text in CLAUSE_BREAKS - {"،", ","} for t in tokens[at:comma]):
        return []
    speaker = _according_name(tokens[at:comma], names) or _body_at(entities, tokens[at].start)
    if not speaker or normalize(speaker.split()[0]) in _NOT_NAMES | _NOT_SOURCES:
        return []
    if all(normalize(w) in _SPEAKER_HEADS | _OUTLETS for w in speaker.split()):
        return []  # "بحسب موقع صحيفة "...""': a kind, its name cut off
    if normalize(speaker.split()[0]) in _OUTLETS_NAMED_BEFORE:
        return []  # "وحسب الصحيفة الأميركية،": an outlet named before, not named here
    begin = tokens[comma].end
    clause = text[begin:].strip(" ،,")
    if len(clause.split()) < MIN_QUOTE_WORDS:
        return []
    start = len(text) - len(text[begin:].lstrip(" ،,"))
    return [
        QuoteMention(
            text=clause, kind="reported", speaker=speaker, start=start, end=len(text), cited=True
        )
    ]


def _body_at(entities: Sequence[EntityMention], start: int) -> str | None:
    """The body or country the entities find at ``start`` ("حسبما أعلن البيت الأبيض")."""
    return next(
        (
            e.canonical
            for e in entities
            if e.start == start and e.type in _SPEAKER_TYPES - {"person"}
        ),
        None,
    )


def _according_name(tokens: list[Token], names: Mapping[str, str]) -> str | None:
    """The name after the verb: "شرطة الولاية", "صحيفة "تليغراف"", ""سكاي نيوز"", "ديلا روزا"."""
    words: list[Token] = []
    for at, token in enumerate(tokens):
        if token.text in _QUOTE_MARKS and len(words) <= 1:
            close = next(
                (k for k in range(at + 1, len(tokens)) if tokens[k].text in _QUOTE_MARKS), 0
            )
            inner = [t.text for t in tokens[at + 1 : close] if t.text[0].isalnum()]
            if not 1 <= len(inner) <= _QUOTED_NAME_WORDS:
                return None
            return " ".join([t.text for t in words] + inner)  # صحيفة "تليغراف"
        if not token.text[0].isalpha() or token.norm in _WEEKDAYS or token.norm in ARABIC:
            break
        words.append(token)
        if len(words) == _ACCORDING_WORDS:
            break
    if not words:
        return None
    if _is_title(words[0].text):
        return " ".join(t.text for t in words)
    if len(words) >= 2 and all(_plain_word(t) for t in words[:2]):
        return " ".join(t.text for t in words[:2])  # "حسبما قال ديلا روزا"
    return _name_word(words[0].norm, names)


def _said_by(quote: QuoteMention, reported: QuoteMention) -> QuoteMention:
    """The quote, said by the speaker of the reported speech it lies in when it has none."""
    if quote.cited or quote.speaker or quote.start < reported.start:
        return quote
    return replace(quote, speaker=reported.speaker, cited=True)


def article_quotes(
    sentences: Sequence[Sentence],
    entities_of: Mapping[int, Sequence[EntityMention]],
    people: Sequence[str] = (),
) -> list[tuple[Sentence, QuoteMention]]:
    """The quotes of an article's sentences (``entities_of``: each sentence's entities by its
    index; ``people``: the persons it names). A continuation ("وأضافت أن") takes the person
    the sentence right before opens with when that sentence quotes no one ("وأعرب مومتزيس
    عن قلقه ..." then "وقال إن ..."), else the last speaker whose verb had its gender, named
    in this paragraph or the one before, unless someone unknown spoke since."""
    names = ArticleNames([s.text for s in sentences], people)
    found: list[tuple[Sentence, QuoteMention]] = []
    chain: dict[str, tuple[str | None, int]] = {}  # gender: speaker, paragraph named in
    kinds: dict[str, str] = {}  # "وزاره": the last body or source named with that word
    issuer: str | None = None  # whose statement the article quoted last
    reporter: str | None = None  # whose report ("أفاد تقرير للبيت الأبيض") it quoted last
    bodies: dict[str, str | None] = {}  # "صحيفه": the one body the text names with that word
    last = -2  # index of the last sentence with a quote
    roles = _Roles(sentences, names)
    crossed: set[str] = set()  # genders whose speaker another person was named after
    described: set[str] = set()  # titles given as speakers ("الوزير التركي"): no one's name
    before: tuple[Sentence, list[EntityMention]] | None = None  # the sentence before
    for sentence in sentences:
        entities = sorted(entities_of.get(sentence.index, ()), key=lambda m: m.start)
        if sentence.index - last > 1 and before is not None and has_speech_verb(sentence.text):
            opener = _opening_subject(before[0].text, before[1], names, fronted=True)
            if opener:
                # the verb after must agree with the opener's ("طالب ترامب" then "وقال")
                genders = opening_genders(_without_circumstance(before[0].text), opener)
                chain = dict.fromkeys(genders, (opener, before[0].paragraph))
                crossed.clear()
        prior, before = before, (sentence, entities)
        # "وأضاف" further on: the annotation guide, too, looks back one paragraph only.
        previous = {
            gender: speaker
            for gender, (speaker, paragraph) in chain.items()
            if sentence.paragraph - paragraph <= _CONTINUATION_PARAGRAPHS and gender not in crossed
        }
        old_chain = dict(chain)
        quotes = quote_mentions(
            sentence.text,
            entities,
            previous_by_gender=previous,
            names=names,
            after_quote=sentence.index - last == 1,
        )
        quotes = [roles.resolve(sentence, quote, entities) for quote in quotes]
        near = prior if prior and sentence.paragraph - prior[0].paragraph <= 1 else None
        if near is not None:
            quotes = [_role_of_opener(sentence.text, q, near, names) for q in quotes]
        quotes = [_same_subject(sentence.text, quote, entities, names) for quote in quotes]
        if any(quote.speaker is None and quote.cited for quote in quotes):
            bare = _bare_verb_genders(sentence.text, entities)
            quotes = [_bare_opener(sentence.text, q, bare, previous) for q in quotes]
        for e in entities:
            if e.type == "organization":
                _remember_kind(kinds, e.canonical)
        refused = False  # a clause taken for a name: someone unknown spoke
        issuer = statement_issuer(sentence.text, _BODY_HEADS) or issuer
        for at, quote in enumerate(quotes):
            if quote.speaker and (trimmed := without_adverb(quote.speaker)) != quote.speaker:
                refused = trimmed is None
                quote = quotes[at] = replace(quote, speaker=trimmed)
            if quote.speaker and (trimmed := without_occasion(quote.speaker)) != quote.speaker:
                # "لفرانس برس", "سابيو لرويترز", "مؤتمر صحافي": to whom or where, not who
                refused = trimmed is None
                quote = quotes[at] = replace(
                    quote, speaker=trimmed, continued=quote.continued and trimmed is not None
                )
            if quote.report:
                # "وأشار التقرير إلى": the words of the report's issuer named before, else
                # nobody's (not one who spoke of a report: "وقال دبلوماسي إن بيان إيران")
                refused = reporter is None
                quote = quotes[at] = replace(quote, speaker=reporter, continued=False)
            if quote.speaker and bare_statement(quote.speaker):
                # "وأضاف البيان": the words of the issuer named before, else nobody's
                refused = issuer is None
                quote = quotes[at] = replace(quote, speaker=issuer, continued=False)
            if quote.speaker and (as_name := named_speaker(quote.speaker, _kin)) != quote.speaker:
                # Whatever gave the speaker (a role, a continuation, the subject): a span with
                # a verb or a verbal noun is no name ("يفقد ريال"); nobody's, as just below.
                refused = as_name is None
                quote = quotes[at] = replace(
                    quote, speaker=as_name, continued=quote.continued and as_name is not None
                )
            if quote.speaker and not could_name(quote.speaker):
                # A word of the sentence, not a name: nobody's (read after the roles and
                # the subject, which would fill an empty speaker with a guess).
                refused = " " in quote.speaker
                quote = quotes[at] = replace(quote, speaker=None, continued=False)
            elif (
                quote.speaker
                and (kind := bare_kind(quote.speaker)) is not None
                # the last body the article named with that word, else its one body so named
                and (earlier := kinds.get(kind) or bodies.get(kind))
            ):
                quote = quotes[at] = replace(quote, speaker=earlier)
            elif quote.speaker:
                _remember_kind(kinds, quote.speaker)
            elif quote.cited and (earlier := _kind_named(sentence.text, quote, bodies)):
                quote = quotes[at] = replace(quote, speaker=earlier, continued=False)
            elif (
                quote.cited
                and not quote.continued
                and not refused
                and (role := _described_title(sentence.text, quote.start))
                # the sentence before opens with someone the title may stand for, whom no
                # rule could tell for sure: nobody's rather than a title beside his name
                and not (near and _opening_subject(near[0].text, near[1], names))
            ):
                quote = quotes[at] = replace(quote, speaker=role)
                described.add(role)
            found.append((sentence, quote))
            if quote.speaker and tells_statement(sentence.text) and could_issue(quote.speaker):
                issuer = quote.speaker  # "وقالت الشركة في بيان"
            if quote.speaker and quote.cited and _tells_report(sentence.text, quote.start):
                reporter = quote.speaker  # "أفاد تقرير للبيت الأبيض بأن"
            if quote.cited or quote.speaker or refused:
                kept = quote.continued and quote.gender in chain
                named = chain[quote.gender][1] if kept else sentence.paragraph
                chain[quote.gender] = (quote.speaker, named)
                if quote.speaker and _relayed(sentence.text, quote.start):
                    # "ونقلت وكالة ... عن مصدر قضائي" then "وشدد على أن": the verb agrees
                    # with the agency, the words are the source's, whose gender is unread
                    chain.update(dict.fromkeys(BOTH, (quote.speaker, named)))
            if quote.speaker and not _is_title(quote.speaker) and quote.speaker not in described:
                names.learn(quote.speaker)
            last = sentence.index
        roles.see(sentence, entities, [q for q in quotes if q.speaker not in described])
        remember_bodies(bodies, sentence.text, _BODY_KINDS)
        if not quotes and "تقرير" in sentence.text:
            reporter = _report_issuer(sentence.text, entities, names) or reporter
        if not quotes:
            # "وبين أن ..." or "وتحدثت لبي بي سي عن ..." with no quote: the speaker named
            # before is still the subject, so a "وأفاد" after it is still his
            for gender in _bare_verb_genders(sentence.text, entities):
                if gender in chain and gender not in crossed:
                    chain[gender] = (chain[gender][0], sentence.paragraph)
        if quotes and quotes[-1].speaker is None and not refused:
            # "وأعرب مومتزيس عن قلقه "العميق ..."" then "وقال إن": the person the sentence
            # opens with.
            opener = _opening_subject(sentence.text, entities, names, fronted=True)
            if opener:
                chain[quotes[-1].gender] = (opener, sentence.paragraph)
        # "وقال ترامب إن ..." then "وأضاف": the sentence names its speaker anew, so a person
        # named between an earlier quote of his and this one no longer parts the chain.
        anew = {quote.gender for quote in quotes if quote.speaker and not quote.continued}
        for gender, link in chain.items():
            if link != old_chain.get(gender) or gender in anew:
                crossed.discard(gender)
            elif _another_person(link[0], entities):
                crossed.add(gender)
    return found


def _described_title(text: str, before: int) -> str | None:
    """A role subject with its complement ("الوزير التركي", "الزعيم الكوري الشمالي",
    "المسؤولة السياسية") that no one named nearby holds: the title as the text gives it, the
    most specific name it has; never a bare head ("الوزير")."""
    found = _role_subject(text, before)
    if found is None:
        return None
    # The head and the definite words that qualify it ("الوزير الإماراتي"), up to a phrase of
    # whose or how ("القائد العام للشرطة", "الوزير الإماراتي بالقول"); a verb or a name that
    # runs on ("مالك المطعم يعرف صلاح", "الصحفية الهندية سودها جي تيلاك") is no title alone.
    head, *rest = found[0].split()
    words = [head]
    for word in rest:
        if word.startswith("ال"):  # as written: "أليسأندرو" is a name, not the article
            words.append(word)
            continue
        if word[0] not in "لب":
            return None
        break
    return " ".join(words) if len(words) > 1 else None


def _role_of_opener(
    text: str,
    quote: QuoteMention,
    prior: tuple[Sentence, list[EntityMention]],
    names: ArticleNames,
) -> QuoteMention:
    """A role subject no one nearby is named with ("وقال نجم منتخب مصر", "وقال المهاجم الدولي
    الأيسلندي") said by the person the sentence right before opens with ("وسجل صلاح 22 هدفا",
    "ويعتقد سيغوردسون أن"): news names a person, then refers to him by a description."""
    if quote.speaker is not None or not _described_role(text, quote.start):
        return quote
    opener = _opening_subject(prior[0].text, prior[1], names)
    if not opener or _is_title(opener):
        return quote
    last = normalize(opener.split()[-1])
    if skeleton(last) in {skeleton(w) for w in _role_words(text, quote.start)}:
        return quote  # "وقال محامي كامير" after "إيلي كمير": his lawyer, not him
    person = any(e.type == "person" and e.canonical == opener for e in prior[1])
    if not (person or opener in (names.known(last), names.person(last))):
        return quote
    at = prior[0].text.find(opener)
    before = tokenize(prior[0].text[:at])[-_TITLE_BEFORE:] if at > 0 else []
    if before and before[-1].norm.removeprefix("ال") in _KINDS | _BODIES:
        return quote  # "رئيسة حزب شين فين": a body's name after its kind, no person
    role = _role_words(text, quote.start)
    head = normalize(role[0]).removeprefix("ال") if role else ""
    if any((word := t.norm.removeprefix("ال")) in _ROLE_HEADS and word != head for t in before):
        return quote  # "الرئيس التركي رجب طيب أردوغان": the president, not "اللاعب الإسباني"
    return replace(quote, speaker=opener, cited=True)


_TITLE_BEFORE = 3  # words before the person read for another title ("الرئيس التركي رجب")


def _described_role(text: str, before: int) -> bool:
    """True for a role subject (``_role_subject``) or a role head in construct with a noun
    ("نجم منتخب مصر"), not an unnamed source with its nisba ("خبير اقتصادي", "مسؤول
    أمريكي")."""
    if _role_subject(text, before) is not None:
        return True
    words = _span(text, _verb_before(text, before), len(text))[:2]
    if len(words) < 2 or not all(w.text[0].isalpha() for w in words):
        return False
    head, noun = words[0].norm, words[1].norm
    return (
        head in _ROLE_HEADS
        and head not in _UNNAMED
        and not noun.endswith(("ي", "يه"))
        and noun not in _PREPOSITIONS
        and noun not in _SUBJECT_STOPS
    )


def _verb_before(text: str, before: int) -> int:
    """Where the last speech verb before ``before`` ends (the text's end when there is none)."""
    verbs = [v for v in _verb_positions(text) if v[1] <= before]
    return verbs[-1][1] if verbs else len(text)


def _role_words(text: str, before: int) -> list[str]:
    """The three words after the speech verb that cites the quote at ``before``."""
    return [t.text for t in _span(text, _verb_before(text, before), len(text))[:3]]


def _kind_named(text: str, quote: QuoteMention, bodies: Mapping[str, str | None]) -> str | None:
    """The body named before with the kind noun that is the citing verb's bare subject."""
    if words_of(text).isdisjoint(_DEFINITE_KINDS):
        return None  # most sentences hold no definite kind noun: one set test
    cite = [v for v in _verb_positions(text) if v[1] <= quote.start]
    if not cite:
        return None
    kind = kind_subject(text, cite[-1][1], _BODY_KINDS)
    # the one body the text names with that kind ("نادي ليون الفرنسي"), read from its words:
    # an earlier speaker of that kind may be a span run on ("مؤسسة النقد ... التأكيد")
    return bodies.get(kind) if kind else None


_REPORT = "التقرير"


def _tells_report(text: str, quote_start: int) -> bool:
    """True when the verb citing the quote has a report as its subject or means."""
    cite = [v for v in _verb_positions(text) if v[1] <= quote_start]
    return bool(cite) and tells_report(text, cite[-1][1])


def _another_person(speaker: str | None, entities: Sequence[EntityMention]) -> bool:
    """True when a sentence after the one that named the speaker names another person: a
    "وأضاف" after it may be that person's, so it is nobody's."""
    if speaker is None:
        return False
    words = set(speaker.split())
    return any(
        e.type == "person" and " " in e.canonical and not words & set(e.canonical.split())
        for e in entities  # one word ("متوجهاً") is no one's name
    )


_CONTINUATION_PARAGRAPHS = 1


def _opening_subject(
    text: str, entities: Sequence[EntityMention], names: ArticleNames, *, fronted: bool = False
) -> str | None:
    """Who a sentence that quotes no one is about, for a "وقال إن" after it: the person it
    opens with, else the named subject of the verb that opens it ("أكد وزير البترول ...
    المصري، طارق الملا، الخميس، توقيع اتفاق", "استنكر الدكتور فتح الباري يحيى، رئيس ..."),
    after a phrase that turns to it ("من جهتها، نصحت السفارة"); with ``fronted``, for a bare
    verb in the sentence after, also after a circumstance ("لكن في مستهل ...، طالب ترامب")."""
    text = without_turn(text)
    if fronted and (blanked := _without_circumstance(text)) != text:
        return _circumstance_subject(blanked, entities)
    tokens = tokenize(text)[:2]
    if (opener := sentence_subject(text, entities, names=names)) and not (
        tokens and opener.startswith(tokens[0].text)
    ):
        return opener  # not "ظهرت لأول": the opening verb is no first name
    if not tokens or not tokens[0].text[0].isalpha():
        return None
    if len(tokens) < 2 or tokens[0].norm in ARABIC or tokens[0].norm.startswith(("ال", "وال")):
        return None
    verb, subject = tokens
    if _told_to(subject, entities):
        return None  # "وتحدثت لبي بي سي عن ...": to whom; the subject is one named before
    person = any(e.type == "person" and e.start == subject.start for e in entities)
    reads_body = not person and verb.norm not in _ACCORDING_FIRST
    body = _body_at(entities, subject.start) if reads_body else None
    if body and body not in gazetteer().agencies:
        # "ودانت وزارة الخارجية الأميركية الأحداث." then "وقالت إن"; not "وحسب فرانس برس،"
        # nor an agency, which relays the words of another
        return body
    if not person and subject.norm.removeprefix("ال") not in _ROLE_HEADS:
        # "أعلن طارق قابيل، وزير التجارة ... ارتفاع": a name then a title after a comma;
        # "وشرح أبوكساوي كيفية": a name the article writes. Else no one named ("وتضمن البيان
        # الرسمي عبارات ... شعور تامر بالانزعاج").
        apposed = _apposition(text, subject.start, len(text), entities, names)
        comma = text.find("،", subject.start)
        after = _span(text, comma + 1, len(text))[:1] if comma >= 0 else []
        honorific = bool(after) and (after[0].norm in _HONORIFICS or after[0].norm in _RANKS)
        if apposed and apposed.split()[0] == subject.text and not honorific:
            # not "ولي العهد السعودي، الأمير محمد بن سلمان": a title, the name after it
            return apposed if len(apposed.split()) <= _RUN_WORDS[-1] else None
        known = _name_word(subject.norm, names)
        if not known or verb.text in known.split() or known.split()[0] not in text:
            return None  # "ظهرت لأول"; "تغريدة أمير", a pair from another sentence
        return known
    found = _speaker(entities, (verb.start, verb.end), len(text), text, names)
    if found and found.split()[0] not in text:
        return None  # "وصف أمير قطر، ..." read as "تغريدة أمير", a pair from another sentence
    return found if found and (not _is_title(found) or _honored(found)) else None


_BUT = word_set("لكن ولكن")


def _without_circumstance(text: str) -> str:
    """The text with an opening circumstance and its comma blanked (offsets kept): "لكن في
    مستهل رابع مناقشة ...، طالب ترامب الكونغرس" opens, after it, with its verb and subject."""
    comma = text.find("،")
    if comma < 0:
        return text
    first = tokenize(text[:comma])[:1]
    skip = first[0].end if first and first[0].norm in _BUT else 0
    after = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())
    if not circumstance_before(" " * skip + text[skip:], after):
        return text
    return " " * (comma + 1) + text[comma + 1 :]


def _circumstance_subject(text: str, entities: Sequence[EntityMention]) -> str | None:
    """The person or body (not an agency) named right after the verb that follows a blanked
    circumstance; nothing else (a title or a word the pairs read is too weak there:
    "في حديقة السفارة ...، فوجئ السفير بحضور عدد")."""
    tokens = tokenize(text)[:2]
    if len(tokens) < 2 or not tokens[0].text.isalpha() or tokens[0].norm in ARABIC:
        return None
    subject = tokens[1].start
    if any(e.start == subject and e.form == "nisba" for e in entities):
        return None  # "أكدت الفرنسية التي ...": a French woman, not France
    persons = (e.canonical for e in entities if e.type == "person" and e.start == subject)
    person = next(persons, None)
    body = _body_at(entities, subject)
    return person or (body if body and body not in gazetteer().agencies else None)


def _honored(phrase: str) -> bool:
    """True for an honorific and a name with no title word ("الدكتور فتح الباري يحيى"): a
    person named, not an office ("الدكتور" also opens ``_SPEAKER_HEADS``)."""
    words = phrase.split()
    return (
        len(words) > 1
        and normalize(words[0]) in _HONORIFICS
        and not any(_apposition_title(word) for word in words[1:])
    )


# "وأبدى الحبسي سعادته ...، وأضاف:", "لكنه قال", "قائلا": a speech verb joined to the
# sentence's first verb, with no subject of its own.
_JOINED = word_set("لكنه لكنها ثم")
_PARTICIPLES = word_set("قائلا قائلة")


def _same_subject(
    text: str, quote: QuoteMention, entities: Sequence[EntityMention], names: ArticleNames
) -> QuoteMention:
    """A quote whose verb is joined to the verb that opens the sentence, and names no subject
    of its own, said by that verb's named subject ("كرر رئيس هيئة الرياضة السعودية، تركي آل
    الشيخ، مساء السبت، تصريحه ...، لكنه قال في الوقت نفسه إنه ...")."""
    if quote.speaker is not None or quote.continued:
        return quote
    verbs = [v for v in _verb_positions(text) if v[1] <= quote.start]
    if not verbs or verbs[-1][0] < _CONTINUATION_CHARS:
        return quote
    verb = verbs[-1]
    words = [t for t in tokenize(text) if t.end <= verb[1]]
    word = normalize(text[verb[0] : verb[1]])
    joined = word.startswith("و") or word in _PARTICIPLES
    joined = joined or (len(words) > 1 and words[-2].norm in _JOINED)
    after = past_adverbs(text[verb[1] :])  # "وقال مرة أخرى إنه": no subject either
    if not joined or not (word in _PARTICIPLES or after.startswith(_NO_SUBJECT)):
        return quote
    subject = _opening_subject(text[: verb[0]], entities, names)
    subject = subject or _opening_body(text, verb[0], entities)
    return replace(quote, speaker=subject, cited=True) if subject else quote


def _opening_body(text: str, before: int, entities: Sequence[EntityMention]) -> str | None:
    """The body a sentence's opening verb names right after it, for a speech verb joined to
    that verb ("وأدانت وزارة الخارجية التركية القرار، وقالت إنه"): a typed organization only,
    written whole before the joined verb."""
    tokens = tokenize(without_turn(text[:before]))[:2]
    if len(tokens) < 2 or not tokens[0].text[0].isalpha() or tokens[0].norm in ARABIC:
        return None
    if tokens[0].norm.startswith(("ال", "وال")) or tokens[0].norm in _ACCORDING_FIRST:
        return None  # a noun opens the sentence, not a verb; "وحسب فرانس برس،" a source
    body = next(
        (e for e in entities if e.start == tokens[1].start and e.type == "organization"), None
    )
    if body is None or body.end > before or body.canonical in gazetteer().agencies:
        return None  # an agency relays the words of the one it names
    return body.canonical


# Office and trade words: a subject made of one ("وقال اللاعب الإسباني", "وأوضح وزير المالية")
# is a person the text named with that word, nearby.
_ROLE_HEADS = frozenset(word.removeprefix("ال") for word in _BESIDE_NAMES) | word_set(
    "وزير وزيرة رئيس رئيسة متحدث متحدثة ناطق ناطقة مدير قائد سفير أمين مبعوث مستشار مسؤول "
    "مسؤولة دكتور دكتورة عضو"
)
_TITLE_REACH = 8  # words before a person's last name read for a title written beside it
_TITLE_AFTER = 5  # and after it, the name included ("أنيس العياري اللاعب السابق")
# A title far back is read before the name or right after it ("أنور قرقاش، وزير الدولة"), not
# three words on, where it may be another's ("زوجة باباديمتريو، رانيا أنتونوبولوس وزيرة").
_TITLE_NEXT = 2


class _Roles:
    """Who a role subject stands for ("وقال اللاعب الإسباني" after "رافايل نادال"), read from
    the people an article named or quoted in the sentences seen so far."""

    def __init__(self, sentences: Sequence[Sentence], names: ArticleNames) -> None:
        self.sentences = sentences
        self.names = names
        self.seen: list[tuple[Sentence, list[str]]] = []  # named or quoted, read when asked
        self.read = 0  # how many of them are in people
        self.people: list[tuple[int, str]] = []  # paragraph, person: in the order named
        self.by_last: dict[str, str] = {}  # their last words
        self.beside: dict[tuple[str, int], list[frozenset[str]]] = {}  # see _beside

    def see(
        self, sentence: Sentence, entities: Sequence[EntityMention], quotes: Sequence[QuoteMention]
    ) -> None:
        """Remember the people the sentence names or quotes (read only when a role asks: most
        articles have none)."""
        found = [e.canonical for e in entities if e.type == "person" and e.form != "nisba"]
        found += [q.speaker for q in quotes if q.speaker and not _is_title(q.speaker)]
        self.seen.append((sentence, found))

    def _catch_up(self) -> None:
        """Add the people of the sentences seen since the last call, and those they name by a
        last word only: a person the article named (``ArticleNames.known``) or one seen here."""
        for sentence, named in self.seen[self.read :]:
            found = list(named)
            for token in tokenize(sentence.text):
                if name := self.names.known(token.norm) or self.by_last.get(token.norm):
                    found.append(name)  # "ويعتقد سيغوردسون" after "وقال سيغوردسون"
            self.people += [(sentence.paragraph, name) for name in found]
            self.by_last.update((normalize(name.split()[-1]), name) for name in found)
        self.read = len(self.seen)

    def resolve(
        self, sentence: Sentence, quote: QuoteMention, entities: Sequence[EntityMention]
    ) -> QuoteMention:
        """The quote said by the person its role subject stands for: the latest one named or
        quoted in this paragraph or the one before whom the article names with the role's head
        word ("لاعب التنس الإسباني رافايل نادال"). Else as it was: a role no one nearby holds
        ("وأضاف الوزير التركي", "وقال المهاجم" after "لاعب وسط") may be someone named further
        back, whom the reader of this paragraph cannot tell."""
        found = _role_subject(sentence.text, quote.start)
        if found is None or quote.speaker not in (None, found[0]):
            return quote
        parts = found[0].split()
        if len(parts) > 2 and normalize(parts[0]) in _HONORIFICS:
            return quote  # "الدكتور مالك منصور، حفيد ...": an honorific and a name, no role
        role, verb = found
        self._catch_up()
        head = normalize(role.split()[0]).removeprefix("ال")
        here = [
            e.canonical
            for e in entities
            if e.type == "person" and e.form != "nisba" and e.end <= verb
        ]
        near = [
            name
            for paragraph, name in self.people
            if sentence.paragraph - paragraph <= _CONTINUATION_PARAGRAPHS
        ]
        for name in reversed(near + here):
            if self._titled(name, {head}):
                return replace(quote, speaker=name, cited=True)
        # "وأوضح وزير المالية" four paragraphs after "وزير المالية السعودي محمد الجدعان": the
        # one person the article named with the whole role.
        words = {normalize(w).removeprefix("ال") for w in role.split()}
        whole = {name for _, name in self.people if self._titled(name, words)}
        whole |= {name for name in here if self._titled(name, words)}
        if len(whole) == 1 and len(words) > 1:
            return replace(quote, speaker=whole.pop(), cited=True)
        return self._one_titled(quote, words, head, here)

    def _one_titled(
        self, quote: QuoteMention, words: set[str], head: str, here: Sequence[str]
    ) -> QuoteMention:
        """A bare title ("وقال المحافظ") further back than the paragraph before stands for the
        one person the article named, before it, with the title's head word ("محافظ البصرة
        أسعد العيداني"); when two were so named, for no one. Its complement, if any, must be
        written beside that person too: "وزير الخارجية القطري" is not "وزير الخارجية السعودي،
        عادل الجبير", the one minister named (February: 4 of 11 wrong without it)."""
        titled = {name for _, name in self.people if self._titled(name, {head}, _TITLE_NEXT)}
        titled |= {name for name in here if self._titled(name, {head}, _TITLE_NEXT)}
        nisbas = {word for word in words if word.endswith("ي")} - {head}
        if len(titled) == 1 and self._titled(name := titled.pop(), nisbas):
            return replace(quote, speaker=name, cited=True)
        return quote

    def _titled(self, name: str, words: set[str], after: int = _TITLE_AFTER) -> bool:
        """True when the article writes all ``words`` beside the person's last name (up to
        ``after`` words after it, the name included)."""
        last = normalize(name.split()[-1])
        return any(words <= beside for beside in self._beside(last, after))

    def _beside(self, last: str, after: int) -> list[frozenset[str]]:
        """The words (without "ال") around each place the article writes ``last``. Kept per
        last name: a role asks of the same people again and again, and the article's
        sentences do not change while it is read."""
        if (last, after) in self.beside:
            return self.beside[last, after]
        found = self.beside[last, after] = []
        for sentence in self.sentences:
            if last not in words_of(sentence.text):
                continue
            tokens = tokenize(sentence.text)
            for at, token in enumerate(tokens):
                if token.norm == last:
                    beside = tokens[max(0, at - _TITLE_REACH) : at + after]
                    found.append(frozenset(t.norm.removeprefix("ال") for t in beside))
        return found


def _role_subject(text: str, before: int) -> tuple[str, int] | None:
    """The role phrase right after the last speech verb before ``before`` ("اللاعب الإسباني",
    "وزير المالية", "نجم منتخب مصر"), or None: a definite head, or one that a definite word
    follows (a construct), and where its verb starts; never an unnamed source ("مسؤول
    أمريكي")."""
    verbs = [v for v in _verb_positions(text) if v[1] <= before] or _verb_positions(text)[:1]
    if not verbs:
        return None
    words: list[Token] = []
    for token in _span(text, verbs[-1][1], len(text)):
        if token.text in _SUBJECT_BREAKS or token.norm in _SUBJECT_STOPS:
            break
        if token.norm in _PREPOSITIONS or _to_someone(token) or not token.text[0].isalpha():
            break
        if token.norm in _NOT_SPEAKERS or token.norm in _WEEKDAYS:
            break  # "وقال الوزير الروسي أيضا"
        words.append(token)
        if len(words) == _SUBJECT_WORDS:
            break
    if not words or words[0].norm.removeprefix("ال") not in _ROLE_HEADS:
        return None
    if not words[0].norm.startswith("ال") and not (
        len(words) > 1 and words[1].norm.startswith("ال")
    ):
        return None
    return " ".join(t.text for t in words), verbs[-1][0]


# Words that name a body or a source by its kind: "الوزارة", "المصدر" then stand for the last
# one the article named ("وزارة الاستثمار والتعاون الدولي المصرية", "مصدر بالرئاسة التركية").
_KINDS = word_set(
    "وزارة شركة صحيفة منظمة هيئة وكالة مصدر مسؤول مؤسسة جمعية حركة محكمة مجلس لجنة موقع "
    "قناة شبكة مركز معهد جامعة حزب سفارة بعثة نادي دائرة مصرف"
)


# The kinds that head a body's name ("صحيفة الغارديان"); "مصدر قريب", "مسؤول كبير" describe
# a person, no body.
_BODY_KINDS = _KINDS - word_set("مصدر مسؤول")


_DEFINITE_KINDS = frozenset("ال" + kind for kind in _BODY_KINDS)


def _remember_kind(kinds: dict[str, str], name: str) -> None:
    words = name.split()
    if len(words) >= 2 and normalize(words[0]) in _KINDS:
        kinds[normalize(words[0])] = name


_LONG_WAW_NAME = 6
_COMPOUND = frozenset({"عبد", "ابو"})  # first words of compound first names


def _place_word(word: str) -> bool:
    """True for a word the lexicon knows as a country or city alone ("روسيا", "لندن"): the
    word before it is a verb or a preposition whose subject or object it is ("دعت روسيا",
    "داخل تركيا", "تحمل لندن"), never a first name with it as the family name."""
    entry = gazetteer().phrases.get((fold(word),))
    return entry is not None and entry.type in _PLACES


def article_names(texts: Sequence[str]) -> dict[str, str]:
    """Words an article writes as a name, by matching form, with the fuller name: a word
    after a first name ("بارنبي جويس", "عامر المري"), so that "وقال جويس" has a speaker.
    A first name is a word that is no stop word, title, verb or ال- word; a word the article
    also writes with the article ("النجم", "اللجنة") is a common noun."""
    names: dict[str, str] = {}
    sentences = [tokenize(text) for text in texts]
    definite = {t.norm[2:] for tokens in sentences for t in tokens if t.norm.startswith("ال")}
    skip = definite | ARABIC | _WEEKDAYS
    for tokens in sentences:
        for at in range(1, len(tokens)):
            word = tokens[at].norm
            if word in skip or word in names or len(word) < 3 or word[0] == "و":
                continue  # "غاغا وفريقها", "غاغا السبت": no part of the name
            if _pair_name(tokens, at, definite.__contains__) and not _place_word(word):
                names[word] = f"{tokens[at - 1].text} {tokens[at].text}"
    return names


class ArticleNames(Mapping[str, str]):
    """``article_names`` of an article, looked up word by word (the sentences holding the word
    only): a quote asks about a few words, and reading every pair costs more."""

    def __init__(self, texts: Sequence[str], people: Sequence[str] = ()) -> None:
        self._texts = texts
        self._words = [words_of(text) for text in texts]
        self._found: dict[str, str | None] = {}
        # The people the article names, by their last word ("الجبير" → "عادل الجبير"), and
        # the first words of their names: "عادل الجبير" read as the person "عادل" alone.
        full = [name for name in people if " " in name and not _body_first(name)]
        self._people = {normalize(name.split()[-1]): name for name in full}
        # A family name two people share ("أيمن الحريري", "رفيق الحريري") is nobody's alone.
        self._shared = {
            last
            for last in self._people
            if two_people(name for name in full if normalize(name.split()[-1]) == last)
        }
        for last in self._shared:
            del self._people[last]
        self._first = {normalize(name.split()[0]) for name in people}
        self._last_words: dict[str, str | None] = {}

    def learn(self, name: str) -> None:
        """Take a speaker found in the article as one of its people ("محمد العريان", named
        with his title, then "وأضاف العريان")."""
        words = name.split()
        if 2 <= len(words) <= _NAME_WORDS and all(w[0].isalpha() for w in words):
            last = normalize(words[-1])
            if last in self._people and two_people((self._people[last], name)):
                self._shared.add(last)  # a second person of that family: nobody's now
                del self._people[last]
                self._found.pop(last, None)
            if last not in self._shared:
                self._people.setdefault(last, name)
            self._first.add(normalize(words[0]))
            self._last_words.clear()

    def known(self, word: str) -> str | None:
        """The full name of a person found so far whose last word this is ("نادال")."""
        return self._people.get(word)

    def person(self, word: str) -> str | None:
        """The full name of a person whose last word this is: among ``people``, or a definite
        word the article writes right after a person's first name ("عادل الجبير")."""
        if word in self._shared:
            return None
        if word in self._people:
            return self._people[word]
        if not word.startswith("ال") or len(word) < 5:
            return None
        if word not in self._last_words:
            self._last_words[word] = self._after_first_name(word)
        return self._last_words[word]

    def _after_first_name(self, word: str) -> str | None:
        for text, words in zip(self._texts, self._words, strict=True):
            if word not in words:
                continue
            tokens = tokenize(text)
            for at in range(1, len(tokens)):
                if tokens[at].norm == word and (
                    tokens[at - 1].norm in self._first or _titled_first_name(tokens, at - 1)
                ):
                    return f"{tokens[at - 1].text} {tokens[at].text}"
                if tokens[at].norm == word and at >= 2 and tokens[at - 2].norm in _COMPOUND:
                    # "عبد الرحمن الحميدي", then "وقال الحميدي"
                    return " ".join(t.text for t in tokens[at - 2 : at + 1])
        return self._beside_title(word)

    def _beside_title(self, word: str) -> str | None:
        """``word`` given in full beside a title (``_named_beside_title``), read only when no
        sentence gives it after a known first name: that one is the surer reading."""
        for text, words in zip(self._texts, self._words, strict=True):
            if word not in words:
                continue
            tokens = tokenize(text)
            for at in range(1, len(tokens)):
                if tokens[at].norm == word and (named := _named_beside_title(tokens, at)):
                    return named
        return None

    def __getitem__(self, word: str) -> str:
        if word not in self._found:
            self._found[word] = self._look(word)
        found = self._found[word]
        if found is None:
            raise KeyError(word)
        return found

    def _definite(self, word: str) -> bool:
        return any("ال" + word in words for words in self._words)

    def _look(self, word: str) -> str | None:
        if word in self._shared:
            return None
        # A word opening with و is "and ..." unless long and written after a first name
        # ("سيرينا ويليامز", then "وتوجهت ويليامز").
        short_and = word[:1] == "و" and len(word) < _LONG_WAW_NAME
        if word in ARABIC or word in _WEEKDAYS or len(word) < 3 or short_and:
            return None
        if self._definite(word) or _place_word(word):
            return None
        for text, words in zip(self._texts, self._words, strict=True):
            if word not in words:
                continue
            tokens = tokenize(text)
            for at in range(1, len(tokens)):
                if tokens[at].norm == word and _pair_name(tokens, at, self._definite):
                    return f"{tokens[at - 1].text} {tokens[at].text}"
        return None

    def __iter__(self) -> Iterator[str]:
        return iter(article_names(self._texts))

    def __len__(self) -> int:
        return len(article_names(self._texts))


def _pair_name(tokens: list[Token], at: int, definite: Callable[[str], bool]) -> bool:
    """True when the word at ``at`` and the one before it are written as a first name and a
    name ("بارنبي جويس"), not a noun phrase ("لجنة النقل", "مقال نشرته")."""
    first, word = tokens[at - 1], tokens[at]
    if not (first.text[0].isalpha() and word.text[0].isalpha()) or not _first_name(first.norm):
        return False
    if definite(first.norm) or after_verb_particle(tokens, at - 1) or preposition_noun(word.text):
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else _NO_TOKEN
    # "يوب هاينكس المدير الفني": a title in apposition after the name, no construct
    construct = (
        after.norm.startswith("ال")
        and after.norm not in _WEEKDAYS
        and not _apposition_title(after.text)
    )
    return not construct and not word.norm.endswith(("ته", "ها", "هم"))


def _titled_first_name(tokens: list[Token], at: int) -> bool:
    """ "المنتج صادق الصباح", "محافظ المصرف المركزي البحريني، رشيد المعراج": a word that can
    be a first name after a title or a comma, though no lexicon knows it."""
    if at < 1 or not _first_name(tokens[at].norm) or not tokens[at].text[0].isalpha():
        return False
    before = tokens[at - 1]
    if tokens[at].norm == "باسم" and before.norm in _SPOKESMEN:
        return False  # "المتحدث باسم الأمم المتحدة": on behalf of, not the first name باسم
    if before.text in ("،", ",") and at >= 2:
        # after a title that ends with a nisba: "البحريني،"
        title_end = tokens[at - 2].norm
        return title_end.startswith("ال") and title_end.endswith("ي")
    return _apposition_title(before.text)


def _named_beside_title(tokens: list[Token], at: int) -> str | None:
    """The full name of the family name at ``at`` when a title marks it as a person's, though
    no lexicon knows the first name: "أنيس العياري اللاعب السابق", "العميد خالد ناصر
    الرزوقي"; then "وقال العياري" has a speaker."""
    first, family = tokens[at - 1], tokens[at]
    # The family name is a definite nisba ("العياري", "الرزوقي"), not itself a title ending
    # so ("ذكره المحامي"): the nisba shape keeps noun phrases out ("يضم المنتخب اللاعب").
    if not family.norm.endswith("ي") or _apposition_title(family.text):
        return None
    if not first.text[0].isalpha() or not _first_name(first.norm):
        return None
    # A first name, the family name, then a title or trade in apposition: Arabic news
    # introduces a person as "name, title" ("أنيس العياري اللاعب السابق للمنتخب التونسي").
    after = tokens[at + 1] if at + 1 < len(tokens) else _NO_TOKEN
    if _apposition_title(after.text):
        return f"{first.text} {family.text}"
    # A rank or honorific, a first name, the father's name, the family name: Gulf and Arab
    # names are written in three parts after the rank ("العميد خالد ناصر الرزوقي").
    if at >= 3 and tokens[at - 3].norm in _HONORIFICS | _RANKS and _first_name(tokens[at - 2].norm):
        return " ".join(t.text for t in tokens[at - 2 : at + 1])
    return None


_WEEKDAYS = ARABIC_WEEKDAYS | word_set("أمس اليوم غدا")
_SPOKESMEN = word_set("متحدث متحدثة المتحدث المتحدثة ناطق ناطقة الناطق الناطقة")


@cached(100_000)
def _first_name(word: str) -> bool:
    return (
        len(word) >= 3
        and not word.startswith(("ال", "و", "بال", "لل"))
        and word not in ARABIC
        and word not in _SPEAKER_HEADS
        and word not in _NOT_NAMES
        and not _is_speech_verb(word)
    )
