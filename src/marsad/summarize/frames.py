"""One fact told by two outlets in their own words, by its event frame; and a credited figure the
outlet's sentence gives otherwise.

Outlets tell one event with another verb or doer first ("عرقل هيرتا برلين ... وانتزع تعادلا
سلبيا" / "اكتفى بايرن ميونخ ... بالتعادل بدون أهداف ... مع هيرتا برلين"; "طلب بوتين هدنة
إنسانية يومية" / "أمر بوتين بهدنة إنسانية يومية"), which words alone read as two facts. The
frame of a sentence is what an editor checks: the event's verb class (the one lexicon of
``signature`` and the classes below), its doers (the people and organizations it names, not its
sources), whether it happened or is expected or denied, and its figures. A sentence of another
article with the same frame and every figure of the shown one states it. And a sentence that
counts the shown sentence's counted thing otherwise ("32 هدفاً" for "31 هدفا") does not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.facts._calendar import MONTH_WORDS
from marsad.facts.quantities import TIME_UNITS, lemma, quantities
from marsad.lang.arabic import normalize, normalize_digits
from marsad.lang.clitics import without_proclitic
from marsad.lang.names import fold
from marsad.lang.stopwords import ARABIC as ARABIC_STOPWORDS
from marsad.summarize.restated import others_near
from marsad.summarize.signature import (
    VERB_WITHIN,
    Signature,
    _told_by,
    event_verb,
    raw_words,
    same_signature,
    signature,
    verb_class,
    verb_match,
    weekdays,
)

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# Round 16, third wave: the verbs February's multi-outlet leads open on beyond the classes below
# (counted over the shown first sentences and the other outlets' leads), each with its past and
# present forms, both genders and the verbal noun. Speech verbs ("قال", "أعلن", "أكد") stay out:
# they join any two statements of one speaker.
_WIDER_CLASSES: dict[str, str] = {
    # a court's sentence: "قضت محكمة ... بالسجن المؤبد" / "أصدرت محكمة تركية حكما بالسجن"
    "sentence": "قضت تقضي حكمت بالسجن بسجن بالاعدام",
    # a charge brought: "اتهم مكتب التحقيقات ... 13 مواطنا روسيا" / "وجهت ... اتهامات"
    "charge": "اتهم اتهمت يتهم تتهم اتهام اتهامات",
    # a vote passing a text: "وافق مجلس الأمن الدولي بالإجماع" / "تبنى مجلس الأمن"
    "approve": "وافق وافقت يوافق توافق موافقه تبنى تبني يتبنى",
    # a veto: "استخدمت روسيا حق النقض (الفيتو)"
    "veto": "الفيتو النقض",
    # a decision: "قررت السلطات السعودية السماح"
    "decide": "قرر قررت يقرر تقرر",
    # a title won: "توج فريق مانشستر سيتي ببطولة" / "تتويج"
    "crown": "توج تتوج يتوج تتويج",
    # a place in the next round: "تأهل فريق مانشستر يونايتد إلى دور الثمانية"
    "qualify": "تاهل تاهلت يتاهل تتاهل",
    # a dismissal: "أقال النادي المدرب" / "إقالة"
    "dismiss": "اقال اقالت يقيل تقيل اقاله",
    # an appointment ("عين" alone is also an eye and a place: "عين العرب"): "تعيين وزير"
    "appoint": "عينت يعين تعيين",
    # a theft: "تعرض منزل ... للسرقة" / "سطو"
    "rob": "سرق سرقت سرقه السطو سطو",
    # Round 17: a call made ("دعا الشيخ سلمان ... الاتحاد الدولي"; the noun "دعوة" is also an
    # invitation, left out)
    "call": "دعا دعت يدعو تدعو",
    # a market or a count going up or down ("ارتفعت الأسهم", "هوى مؤشر داو جونز"): "تراجع" only
    # with the feminine of stocks and indices, as the masculine and the noun are also a retreat
    # ("التراجع عن قرار اعتزاله"); a figure tells one day's move from another's
    "rise": "ارتفع ارتفعت يرتفع ترتفع",
    "fall": "هبط هبطت يهبط تهبط هوى هوت يهوي تهوي انخفض انخفضت ينخفض تنخفض تراجعت تتراجع",
}

# Event classes the credit reads beside ``signature``'s (normalized spelling: ة → ه, أ → ا),
# the verbs and nouns February's outlets put first in leads another outlet tells otherwise. Kept
# out of ``signature`` (whose classes also join repeats): a credit wants the whole frame below.
_FRAME_CLASSES: dict[str, str] = {
    # a match without a winner: "انتزع تعادلا سلبيا" / "اكتفى ... بالتعادل" / "فرض التعادل"
    "draw": "تعادل تعادلا تعادلت يتعادل التعادل",
    # a pause in fighting: "طلب بوتين هدنة إنسانية" / "أمر بوتين بإعلان هدنة إنسانية"
    "truce": "هدنه",
    # condemning a statement or an act: "استنكرت حركة فتح" / "نددت" / "أدانت"
    "condemn": "استنكر استنكرت يستنكر تستنكر ندد نددت يندد تندد ادان ادانت يدين تدين شجب شجبت",
    # launching an offensive: "وتشن تركيا عملية عسكرية" / "وشنت تركيا هجوما"
    "launch": "شن شنت يشن تشن",
    # a nomination: "رشح ترامب" / "تم ترشيح ترامب"
    "nominate": "رشح رشحت ترشيح",
    **_WIDER_CLASSES,
}
_EXTRA_CLASS = {
    normalize(word): name for name, words in _FRAME_CLASSES.items() for word in words.split()
}
_EXTRA_VERB = raw_words(_EXTRA_CLASS)
# An event expected, not done: "سيتم", "سوف", "من المقرر", "يعتزم" among the words before the
# verb, or the verb itself with the future prefix س ("ستبدأ", "سيستقيل"). "قوات شعبية *ستدخل*
# عفرين" is not "قوات موالية *دخلت* عفرين" (February: a wrong credit of round 14).
# The auxiliary "سيكون" / "ستكون" (will be) too, with "و" or "ف": "وسيكون ... أول لاعب سعودي يدخل
# اسمه" is not "دخل اللاعب السعودي" (February: a wrong repeat of round 17). "من المتوقع أن يفوز
# بوتين" is an expectation, not the win (issue 19, blind reading 23).
_FUTURE = re.compile(
    r"(?<!\w)[وف]?(?:سوف|سيتم|ستتم|سيكون|ستكون|المقرر|المتوقع|يعتزم|تعتزم|ينوي|تنوي|المرتقب\w*"
    r"|will|expected)(?!\w)"
)
_FUTURE_VERB = re.compile(r"^[وف]?س[يتن]")
# An event denied: a negation before the verb ("لم يتم", "نفى ... استخدام").
_NEGATION = re.compile(r"(?<!\w)(?:لم|لن|ليس|ليست|عدم|نفى|نفت|ينفي|تنفي|not|no)(?!\w)")
# An event word right after these is not the sentence's event but its background or its cause
# ("توفي الملاكم ... *بعد إصابة*", "*بعدما* أسقطت طائرة", "جاء *بعد غارات*") or what a reaction
# is to ("*أثارت استقالة* رئيس الوزراء ... قلق الدول"), and after علم / عالم it is a science
# ("علماء الاجتماع", sociologists, is no meeting): February's wrong frame credits.
_NOT_MAIN_WORDS = (
    "بعد بعدما إثر اثر عقب جراء قبل منذ خلال أثار أثارت أثاره يثير تثير أدى أدت علم علماء عالم"
)
_NOT_MAIN = frozenset(normalize(word) for word in _NOT_MAIN_WORDS.split())
# The classes whose event counts its victims: a figure on one side only is another group ("قتل
# القيادي الحوثي ... مع عدد من مرافقيه" is not "46 عنصرا من ميليشيات الحوثي قتلوا").
COUNTED_VERBS = frozenset({"kill", "injure", "arrest", "release"})
# All of a counted group against a part of it: "الإفراج عن المعتقلين السياسيين كافة" is not
# "أفرجت السلطات عن عشرات المعتقلين" (February, the Sudanese detainees).
_ALL = re.compile(r"(?<!\w)(?:كافة|كافه|جميع|كل)(?!\w)")
_PART = re.compile(r"(?<!\w)(?:عشرات|العشرات|مئات|المئات|بعض|عدد\s+من)(?!\w)")


@dataclass(frozen=True, slots=True)
class Frame:
    """The event a sentence tells: its verb class and what ``signature`` names (doers, cities,
    countries, weekdays), whether it is expected rather than done, and whether it is denied."""

    verb: str
    named: Signature
    future: bool
    negated: bool
    spans: frozenset[tuple[str, str]] = frozenset()  # ``_name_spans`` of its opening words
    words: frozenset[str] = frozenset()  # ``_name_words`` of its opening words


def _first_verb(text: str) -> tuple[str, str, str] | None:
    """The class of the first event word among the first ``VERB_WITHIN`` words, from both
    lexicons, the word with its proclitics and the words before it, read without diacritics
    (a damma alone parts "أُسقطت", "was shot down", into "أُ" and the crash "سقطت")."""
    head = normalize(" ".join(text.split()[:VERB_WITHIN]))
    found: list[tuple[int, str, str]] = []
    known = verb_match(head)
    verb = verb_class(known) if known is not None else None
    if known is not None and verb is not None:
        found.append((known.start(), verb, known.group(0)))
    extra = _EXTRA_VERB.search(head)
    if extra is not None:
        found.append((extra.start(), _EXTRA_CLASS[extra.group(1)], extra.group(0)))
    if not found:
        return None
    start, verb, word = min(found)
    return verb, word, head[:start]


def _main(before: str) -> bool:
    """False when the word before the event word makes it background (``_NOT_MAIN``)."""
    words = before.split()
    return not words or words[-1] not in _NOT_MAIN


@cached(20_000)
def frame(text: str) -> Frame | None:
    """The frame of ``text``, or None when no event word opens it or it names neither a doer
    nor a place."""
    first = _first_verb(text)
    if first is None:
        return None
    verb, word, before = first
    if not _main(before) or _described(text, before, word) or _referred(verb, word):
        return None
    named = signature(text) if event_verb(text) == verb else None
    if named is None:  # a class of this module only: the names as signature reads them
        named = _named(text, verb)
    words = frozenset(w for w in _name_words(text) if w)
    if named is None:  # no doer nor place the lexicon knows: one the story names may join it
        named = Signature(verb, (), frozenset(), weekdays(text))
        spans: frozenset[tuple[str, str]] = frozenset()
    else:
        spans = _name_spans(text) if not named.actors else frozenset()
    future = bool(_FUTURE.search(before)) or bool(_FUTURE_VERB.match(word))
    return Frame(verb, named, future, bool(_NEGATION.search(before)), spans, words)


# A noun followed by a relative pronoun is a thing the sentence describes, told before, not its
# event: "ويرى مراقبون أن *الاتهامات التي* وجهها المحقق روبرت مولر تعد أهم تطورات التحقيق" is a
# view of the charges, not their bringing (February: a wrong credit of round 16's third wave).
_RELATIVE = re.compile(r"^\s*(?:التي|الذي|اللذين|اللتين|الذين|اللاتي|اللواتي)(?!\w)")


def _described(text: str, before: str, word: str) -> bool:
    """True when the event word is followed by a relative pronoun (``_RELATIVE``)."""
    head = normalize(" ".join(text.split()[:VERB_WITHIN]))
    return bool(_RELATIVE.match(normalize(head[len(before) + len(word) :])))


# The classes whose noun with the article names a thing known, not the event told: "رفضت السلطات
# الروسية *الاتهامات* الموجهة لها", "وصف مصدر ... *الاتهامات* الموجهة لتركيا" reject or describe
# charges, they bring none (February, round 16's third wave); "اتهم", "اتهامات" bring them.
_REFERRED = frozenset({"charge"})
_ARTICLE = re.compile(r"^(?:و|ف|ب|وب)?(?:ال|لل)")


def _referred(verb: str, word: str) -> bool:
    """True when the event word of a ``_REFERRED`` class carries the article."""
    return verb in _REFERRED and bool(_ARTICLE.match(normalize(word)))


def _named(text: str, verb: str) -> Signature | None:
    """``signature``'s names of a sentence whose verb class is one of ``_FRAME_CLASSES``: read
    as if its verb were a known one (the names do not depend on the verb)."""
    found = signature("قتل " + text)  # "قتل" opens the sentence: signature reads its names
    if found is None:
        return None
    return Signature(verb, found.actors, found.cities, found.days, found.countries)


def same_frame(first: Frame, second: Frame, doers: frozenset[str] = frozenset()) -> bool:
    """True when two frames tell one event: one verb class, one mood (done / expected), one
    polarity, and ``signature.same_signature``'s doers, cities and weekdays, or the same doer
    the lexicon does not know (``_same_unknown_doer``), or one of the story's ``doers``
    (``_same_story_doer``)."""
    return (
        first.verb == second.verb
        and first.future == second.future
        and first.negated == second.negated
        and (
            same_signature(first.named, second.named)
            or _same_unknown_doer(first.named, second.named, first.spans & second.spans)
            or _same_story_doer(first, second, doers)
        )
    )


# Proclitics written onto a name: "وإشبيلية", "لمانشستر" (normalized; the article and "و" most).
_NAME_PROCLITICS = ("وال", "بال", "لل", "ال", "و")


@cached(20_000)
def _name_words(text: str) -> tuple[str, ...]:
    """The first ``VERB_WITHIN`` words of ``text`` folded and without the article or "و", each
    function word, figure or event word as "" (they name no doer)."""
    words = []
    for raw in normalize(" ".join(text.split()[:VERB_WITHIN])).split():
        words.append(_name_word(raw))
    return tuple(words)


@cached(100_000)
def _name_word(raw: str) -> str:
    """One word of ``_name_words``: folded, without its article or "و"; "" for a function word,
    a figure or an event word."""
    word = fold(raw.strip("\"'()،,.:؛«»"))
    if word in ARABIC_STOPWORDS or not word.isalpha() or _first_verb(word) is not None:
        return ""
    return without_proclitic(word, _NAME_PROCLITICS)


def _name_spans(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of adjacent words of ``_name_words`` ("مانشستر يونايتد"; not "التعادل
    السلبي", which any goalless draw shares)."""
    return frozenset((a, b) for a, b in pairwise(_name_words(text)) if a and b)


def _same_unknown_doer(
    first: Signature, second: Signature, shared: frozenset[tuple[str, str]]
) -> bool:
    """Two frames whose doers the name lexicon does not know (clubs: "مانشستر يونايتد",
    "إشبيلية") name one when neither names a known doer and both open on one two-word name
    (``_name_spans``): "انتهت مباراة مانشستر يونايتد ومضيفه إشبيلية بالتعادل" / "فرض التعادل
    السلبي نفسه على لقاء أشبيلية الإسباني مع ضيفه مانشستر يونايتد". No two sets of cities or
    weekdays apart."""
    if first.actors or second.actors or not shared:
        return False
    if first.cities and second.cities and not first.cities & second.cities:
        return False
    return not (first.days and second.days and not first.days & second.days)


# A doer the name lexicon does not know is the story's when the titles of this many outlets name
# it: outlets title a story by its doer ("استقالة بارنبي جويس" / "جويس يستقيل"; clubs, a party
# named alone: "فتح"), while the other words of one title are its own.
TITLE_OUTLETS = 2


def story_doers(story: StoryText) -> frozenset[str]:
    """The words (``_name_word``) the titles of ``TITLE_OUTLETS`` outlets of ``story`` share:
    the names an editor reads as its doers. Titles inferred from the text are left out."""
    return _shared_title_words(
        tuple(
            sorted(
                {
                    (d.article.source, d.article.title)
                    for d in story.documents
                    if d.article.title and not d.article.title_inferred
                }
            )
        )
    )


@cached(5_000)
def _shared_title_words(titles: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The words of ``titles`` ((outlet, title) pairs) of ``TITLE_OUTLETS`` outlets or more."""
    by_outlet: dict[str, set[str]] = {}
    for source, title in titles:
        words = by_outlet.setdefault(source, set())
        words.update(w for w in map(_name_word, normalize(title).split()) if len(w) >= 3)
    counts = Counter(word for words in by_outlet.values() for word in words)
    return frozenset(word for word, n in counts.items() if n >= TITLE_OUTLETS)


def _same_story_doer(first: Frame, second: Frame, doers: frozenset[str]) -> bool:
    """Two frames name one doer of the story (``story_doers``) when both open on it and at most
    one names a known doer, whose main name holds it ("بارنبي جويس" / "جويس"; "حركة فتح" /
    "فتح"). No two sets of cities or weekdays apart."""
    shared = first.words & second.words & doers
    if not shared or (first.named.actors and second.named.actors):
        return False
    actors = first.named.actors or second.named.actors
    if actors and not shared & set(_name_words(actors[0])):
        return False
    one, two = first.named, second.named
    if one.cities and two.cities and not one.cities & two.cities:
        return False
    return not (one.days and two.days and not one.days & two.days)


# The pair classifier's "same fact" logit, both ways, under which two sentences are not read
# for a frame. February's frame credits under -1.0 were wrong 6 times of 7 (a boxer's death for
# his collapse, both ways; one crash for another; a second batch of forces for the first); from
# -1.0 to 0.5 right 7 times of 16 before the background, victim-count, part-of-all and weekday
# rules, which took out the 9 wrong and none of the right.
FRAME_LOGIT = -1.0


def framed(story: StoryText, index: int) -> list[int]:
    """Sentences of other articles, published within ``signature.MAX_APART`` of sentence
    ``index``'s, with its frame (``same_frame``) and every figure it gives (in digits or
    words): their outlets state its fact in their words."""
    found = others_near(story, index, FRAME_LOGIT)
    own = frame(story.sentences[index].text) if found else None  # read only when needed
    if own is None:
        return []
    sentences = story.sentences
    published = {d.id: d.article.published for d in story.documents}
    when = published.get(sentences[index].article)
    text = sentences[index].text
    figures = story.stated_figures(index)
    doers = story_doers(story)
    credited = []
    for j in found:
        other = published.get(sentences[j].article)
        theirs = frame(sentences[j].text)
        if theirs is None or not same_frame(own, theirs, doers):
            continue
        if not (_told_by(own.named, other) and _told_by(theirs.named, when)):
            continue  # a weekday the other article could not report (a second day's event)
        if part_of_all(text, sentences[j].text):
            continue
        theirs_figures = story.stated_figures(j) | _level_score(sentences[j].text)
        if own.verb in COUNTED_VERBS and not theirs_figures <= figures:
            continue
        if figures <= theirs_figures or (
            own.named.days & theirs.named.days and figures - _dates(text) <= theirs_figures
        ):
            credited.append(j)
    return credited


# A level score told in words: "بهدف لمثله" (a goal to its like, 1-1), "بهدفين لمثلهما" (2-2);
# a singular or dual noun states its count without a numeral, which ``worded`` does not read.
# February: "تعادل برشلونة مع مضيفه تشلسي 1-1" / "فرض التعادل بهدف لمثله على مضيفه تشيلسي".
_LEVEL_SCORE = re.compile(r"(?<!\w)[وب]*(هدف|هدفين)\s+(?:ل|مقابل\s+)مثل(?:ه|ها|هما)(?!\w)")


def _level_score(text: str) -> frozenset[str]:
    """The figure of a level score told with one or two goals in words (``_LEVEL_SCORE``)."""
    found = _LEVEL_SCORE.search(normalize(text))
    if found is None:
        return frozenset()
    return frozenset({"1" if found.group(1) == "هدف" else "2"})


_DAY_OF_MONTH = re.compile(r"(?<![\d.,/])(\d{1,2})\s+(?:من\s+)?(\w+)")


@cached(20_000)
def _dates(text: str) -> frozenset[str]:
    """The days of the month ``text`` gives ("الثلاثاء الموافق 27 فبراير"): a sentence that
    names the same weekday tells the same day without it."""
    return frozenset(
        day
        for day, month in _DAY_OF_MONTH.findall(normalize_digits(text))
        if normalize(month) in MONTH_WORDS
    )


def part_of_all(one: str, two: str) -> bool:
    """True when one sentence tells all of a group and the other a part (``_ALL``, ``_PART``)."""
    return bool(
        (_ALL.search(one) and _PART.search(two)) or (_PART.search(one) and _ALL.search(two))
    )


# The time units, with the broken plurals ``quantities.lemma`` leaves ("دقائق", "ثوان").
_TIMES = TIME_UNITS | {"دقايق", "ثواني", "ثوان"}


@cached(20_000)
def _counts(text: str) -> dict[str, frozenset[float]]:
    """The exact figures of ``text`` by what they count (the facts stage's counted noun or
    unit: "هدف", "percent", "لاعبين"), times left out."""
    counts: dict[str, set[float]] = {}
    for mention in quantities(text):
        unit = mention.unit
        # a time is no counted thing: "36 عاما" (an age) and "بعد 14 عاما" (a span) are two
        if mention.value is None or mention.value_kind != "exact" or not unit:
            continue
        if lemma(unit) not in _TIMES:
            counts.setdefault(unit, set()).add(float(mention.value))
    return {unit: frozenset(values) for unit, values in counts.items()}


# One figure written to another precision is this close, relative to the larger: "943,4 مليار"
# / "943 مليار", "30.5 مليون" / "31 مليون", "12,2 في المئة" / "12%"; "31 هدفا" / "32 هدفاً" (3%)
# are two counts.
SAME_VALUE = 0.02


def _same_value(one: float, two: float) -> bool:
    """One figure, maybe rounded (``SAME_VALUE``)."""
    return abs(one - two) <= SAME_VALUE * max(abs(one), abs(two))


def counts_otherwise(shown: str, other: str) -> bool:
    """True when ``other`` counts a thing ``shown`` counts with a figure ``shown`` does not give,
    and leaves out one ``shown`` gives: the outlet tells another figure ("أحرز 32 هدفاً" against
    "سجل 31 هدفا"), not this one. Telling fewer of the figures is no clash."""
    theirs = _counts(other)
    if not theirs:
        return False
    for unit, values in _counts(shown).items():
        told = theirs.get(unit)
        if told and _unmatched(values, told) and _unmatched(told, values):
            return True
    return False


def _unmatched(values: frozenset[float], others: frozenset[float]) -> bool:
    return any(not any(_same_value(a, b) for b in others) for a in values)
