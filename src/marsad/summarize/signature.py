"""One event told twice in other words: each sentence's event signature (the event's verb class,
its actors, place, figures and day) and the pairs of sentences of two articles it joins.

Outlets tell one event in their own words with no shared quote or figure ("دخلت قوات موالية
للحكومة السورية إلى عفرين" / "قوات شعبية موالية لدمشق تدخل منطقة عفرين"): the pair
classifier, reading words, sees two facts. Two sentences with the same event verb class (the
verb or its noun: قتل / مقتل, اعتقل / اعتقال, فاز / فوز), the same main actor and nothing that
conflicts (figures, tolls, scores, cities, weekdays) state one event. Precision first: a wrong
join hides a fact and a wrong credit misleads, so the signature asks for a named actor and
both sentences' own verb class.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from marsad.caches import cached
from marsad.facts._calendar import WEEKDAYS
from marsad.facts.entities import entity_mentions
from marsad.lang.arabic import normalize
from marsad.lang.clitics import PROCLITICS, stems
from marsad.summarize.events import EVENT_LOGIT

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# The verbs of an event and their nouns, by class (normalized spelling: ة → ه, أ → ا). Speech
# verbs are left out: "قال" joins any two statements of one speaker.
_CLASSES: dict[str, str] = {
    "kill": "قتل قتلت قتلوا يقتل مقتل استشهد استشهاد مصرع لقي اغتيال اغتال اغتيل killed kills"
    " killing",
    "arrest": "اعتقل اعتقلت اعتقال اعتقالات توقيف اوقف اوقفت احتجز احتجزت احتجاز قبض arrested"
    " arrest detained",
    "win": "فاز فازت يفوز فوز تغلب تغلبت يتغلب انتصر انتصار هزم هزمت won wins beat defeated",
    "resign": "استقال استقالت استقاله يستقيل سيستقيل تنحي يتنحي سيتنحي resigned resigns"
    " resignation",
    "visit": "زار زارت يزور زياره visited visits",
    "meet": "التقي التقت يلتقي لقاء اجتمع اجتمعت اجتماع met meets meeting",
    "enter": "دخل دخلت يدخل دخول وصل وصلت وصول entered arrived",
    "crash": "تحطم تحطمت سقطت سقوط crashed crash",
    "strike": "قصف قصفت غاره غارات ضربات airstrike airstrikes",
    "blast": "انفجار انفجر انفجرت تفجير تفجيرات explosion blast",
    "release": "افرج افرجت الافراج افراج released freed",
    "injure": "اصيب اصيبت اصابه اصابات injured wounded injury",
    "elect": "انتخب انتخبت انتخاب elected",
    "bench": "البدلاء الاحتياط دكه bench",
    # "أرجأ مجلس الأمن التصويت" / "تأجل التصويت": one postponement ("أجل" alone is left out:
    # "من أجل", "for", is far more common)
    "postpone": "ارجا ارجات ارجاء تاجيل تاجل تاجلت اجلت postponed postpone delayed",
    "quarrel": "مشاده مشادات شجار مشاجره quarrel",
}


def raw_words(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words of ``words`` (normalized spelling) as written before normalization (أ/إ/آ
    for ا, ة for ه, ى for ي), with their proclitics: group 1 is the word."""
    written = (w.replace("ا", "[اأإآ]").replace("ي", "[يى]").replace("ه", "[هة]") for w in words)
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(p.replace("ا", "[اأإآ]") for p in PROCLITICS)
        + r")?("
        + "|".join(sorted(written, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )


_VERB_CLASS = {normalize(word): name for name, words in _CLASSES.items() for word in words.split()}
_WORD = re.compile(r"\w+")
# The class words as written: one search of a sentence's first words finds its verb class, and
# most sentences, which have none, are never normalized nor read for names.
_RAW_VERB = raw_words(_VERB_CLASS)
# The event a sentence tells is its main verb's, near its start ("وجه نتانياهو تحذيرا ... طائرة
# سقطت" is a warning, not a crash): a verb class word further on is another clause's.
VERB_WITHIN = 12
# An actor named after these words is a source ("وفق ما أفاد المرصد السوري", "وأوضح المرصد
# السوري أن الغارات …"), not the doer.
_SOURCE = re.compile(
    r"(?:وفق|بحسب|حسب|افاد|اورد|نقل|ذكر|مراسل|لوكاله|قال|اوضح|اكد|اعلن|صرح|according to|said)"
    r"\w*(?:\W+\w+){0,4}\W*$"  # normalize() drops the space before the name
)
_ACTORS = frozenset({"person", "organization"})
_CITIES = frozenset({"city"})
_COUNTRIES = frozenset({"country"})


@dataclass(frozen=True, slots=True)
class Signature:
    """What identifies the event a sentence tells: its first event verb class, the people and
    organizations it names (the first being its main actor), its cities and weekdays."""

    verb: str
    actors: tuple[str, ...]  # may be empty when a city is named
    cities: frozenset[str]
    days: frozenset[int]
    countries: frozenset[str] = frozenset()


@cached(20_000)  # a wire sentence's copies, and a story's sentences again in a later digest
def event_verb(text: str) -> str | None:
    """The class of the first event verb or noun among the first ``VERB_WITHIN`` words."""
    found = verb_match(text)
    return verb_class(found) if found else None


def verb_class(found: re.Match[str]) -> str | None:
    """The class of a ``verb_match``'s word."""
    return _VERB_CLASS.get(normalize(found.group(1)))


def verb_match(text: str) -> re.Match[str] | None:
    """The first event verb or noun among the first ``VERB_WITHIN`` words of ``text``, matched
    in their join with single spaces: group 1 is the word, group 0 has its proclitics."""
    return _RAW_VERB.search(" ".join(text.split()[:VERB_WITHIN]))


def signature(text: str) -> Signature | None:
    """The event signature of ``text``, or None when it has no event verb near its start or
    names neither an actor nor a city (its two parts are cached)."""
    verb = event_verb(text)
    return None if verb is None else signed_as(text, verb)


@cached(20_000)
def signed_as(text: str, verb: str) -> Signature | None:
    """The event signature of ``text`` with its event class ``verb`` (read by the caller), or
    None when it names neither an actor nor a city."""
    days = weekdays(text)
    mentions = entity_mentions(text)
    actors = tuple(
        dict.fromkeys(
            m.canonical
            for m in mentions
            if m.type in _ACTORS and not _SOURCE.search(normalize(text[: m.start]))
        )
    )
    cities = frozenset(m.canonical for m in mentions if m.type in _CITIES)
    countries = frozenset(m.canonical for m in mentions if m.type in _COUNTRIES)
    if not actors and not cities and not countries:
        return None
    return Signature(verb, actors, cities, days, countries)


def weekdays(text: str) -> frozenset[int]:
    """The weekdays ``text`` names (``WEEKDAYS``' numbers, Monday 0)."""
    words = _WORD.findall(normalize(text))
    return frozenset(WEEKDAYS[form] for word in words for form in stems(word) if form in WEEKDAYS)


def same_signature(first: Signature, second: Signature) -> bool:
    """True when two signatures name one event: the same verb class, each one's main actor among
    the other's actors (or, when one names none, a city in common), and no two sets of cities
    or of weekdays that share nothing."""
    if first.verb != second.verb:
        return False
    if first.cities and second.cities and not first.cities & second.cities:
        return False
    if not first.actors or not second.actors:  # an unnamed doer ("قوات موالية"): the city
        return bool(first.cities & second.cities) or _same_countries(first, second)
    if first.actors[0] not in second.actors or second.actors[0] not in first.actors:
        return False
    return not (first.days and second.days and not first.days & second.days)


def figures_agree(story: StoryText, first: int, second: int) -> bool:
    """No conflicting figure: two sentences that both state figures share one, and their tolls
    and scores (``events.StoryEvents``) are not told apart."""
    one, two = story.figures[first], story.figures[second]
    if one and two and not one & two:
        return False
    events = story.events
    if events.has_key(first) and events.has_key(second):
        return events.same_event(first, second) or events.states_key(first, [second], story.figures)
    return True


# Two reports of one event are published within this time of each other; a later one with the
# same verb and actor is another event (a second visit, the next day's strike).
MAX_APART = timedelta(hours=36)


def _told_by(own: Signature, published: datetime | None) -> bool:
    """False when a sentence dates its event to a weekday that an article published then could
    not report as the day's or the day before's news (CNN's second batch of forces entering
    Afrin on Wednesday is not the BBC's report of Tuesday)."""
    if not own.days or published is None:
        return True
    weekday = published.weekday()  # WEEKDAYS numbers Monday 0, as datetime does
    return bool(own.days & {weekday, (weekday - 1) % 7})


def _same_countries(first: Signature, second: Signature) -> bool:
    """True when two signatures without a city in common, one naming none, name the same
    countries: a report whose doer is unnamed ("ألقي القبض على لبناني ... في الكويت") is
    placed by its countries ("السلطات اللبنانية توقيف مطلوب ... في الكويت")."""
    if first.cities and second.cities:
        return False
    return bool(first.countries) and first.countries == second.countries


# Floors against one verb and actor in two unrelated sentences: the pair classifier's "same fact"
# logit (pairs.py), as for two reports of one toll (events.EVENT_LOGIT).
MIN_LOGIT = EVENT_LOGIT
# Two sentences joined by a city alone (one names no doer) need a higher floor: on February, the
# city alone joined Kroos's injury with Modric's ("باريس" of Paris Saint-Germain, logit -0.57)
# and Saturday's strikes on Gaza with those of early February (-0.91), while the pro-government
# forces entering Afrin, told by CNN and the BBC, stand at -0.43 and -0.45.
CITY_LOGIT = -0.5


# Two outlets word one event their own way, and the pair classifier, reading words, puts them
# far apart ("مقاتلات حربية إسرائيلية قصفت مساء السبت مواقع عسكرية تابعة لحركة حماس في قطاع غزة"
# / "استهدفت الغارات الإسرائيلية مساء السبت ثلاث قواعد لحماس شرق مدينة غزة"): with one event
# class (by the root, ``verb_roots``), three anchors shared (the doer, a city, the weekday, a
# figure) and none clashing, a pair down to this logit is one event. One anchor is not enough:
# the Houthis' 46 dead and a Houthi commander killed on Saturday share the doer alone.
ANCHORED_LOGIT = -3.0
ANCHORS = 3
# A doer the entity lexicon does not know, read from both sentences' words (``doer``): a name
# two outlets give beside one event class is the story's own protagonist, not one of the
# frequent actors the lexicon lists (the Houthis, Israel) who do many things in a story; so
# it joins a pair far apart in words, down to this logit. February: Joyce's resignation (Sky /
# Al Arabiya, -3.37), Abou el-Fotouh's arrest (France 24 / BBC, -3.22), Barcelona at Eibar
# (Sky / Al Arabiya, -1.79).
READ_LOGIT = -3.5


def shared_anchors(story: StoryText, i: int, j: int, first: Signature, second: Signature) -> int:
    """How many anchors sentences i and j (signatures ``first``, ``second``) share: the main
    doer (each one's among the other's), a city, a weekday, a figure."""
    doer = bool(first.actors and second.actors) and (
        first.actors[0] in second.actors and second.actors[0] in first.actors
    )
    return (
        doer
        + bool(first.cities & second.cities)
        + bool(first.days & second.days)
        + bool(story.figures[i] & story.figures[j])
    )


def event_pairs(
    story: StoryText,
    candidates: Sequence[bool],
    same: np.ndarray,
    verb_of: Callable[[str], str | None] = event_verb,
    floor: float = MIN_LOGIT,
    doer_of: Callable[[str, str], frozenset[str]] | None = None,
) -> np.ndarray:
    """joined[i, j]: sentences i and j, of different outlets' articles published within
    ``MAX_APART`` of each other and not ruled out by the pair classifier (its ``same`` logits at
    ``MIN_LOGIT``), both among ``candidates``, tell one event (``same_signature``, and
    no conflicting figure); ``verb_of`` reads a sentence's event class (``event_verb``, or
    ``verb_roots.root_event`` by the root). Under ``MIN_LOGIT``, down to ``floor``, a pair
    joins only when both name a doer and they share ``ANCHORS`` anchors (``shared_anchors``).
    ``doer_of`` (``doer.doer_words``) reads a doer from the sentence's own words: two
    sentences one of which names no doer the lexicon knows, sharing such a doer, join at
    ``MIN_LOGIT`` with no clashing city or weekday, as two with one named doer do.
    Symmetric."""
    n = len(story.sentences)
    joined = np.zeros((n, n), dtype=bool)
    if len({s.article for s in story.sentences}) < 2:
        return joined
    # the verb (one search per sentence) only of the sentences with a close sentence of
    # another outlet either way: the others can be neither joined nor the partner that makes
    # one signed; then the close pairs among those with a verb
    listed = np.flatnonzero(np.asarray(candidates, dtype=bool))
    sources = np.unique(np.asarray(story.sources)[listed], return_inverse=True)[1]
    lowest = min(floor, READ_LOGIT) if doer_of is not None else floor
    partnered = (same[np.ix_(listed, listed)] >= lowest) & (sources[:, None] != sources)
    verbs = {
        i: verb
        for i in listed[partnered.any(axis=1) | partnered.any(axis=0)].tolist()
        if (verb := verb_of(story.sentences[i].text)) is not None
    }
    if len(verbs) < 2:
        return joined
    rows = np.array(sorted(verbs), dtype=int)
    outlet = np.unique(np.asarray(story.sources)[rows], return_inverse=True)[1]
    near = (same[np.ix_(rows, rows)] >= lowest) & (outlet[:, None] != outlet[None, :])
    kind = np.unique([verbs[i] for i in rows.tolist()], return_inverse=True)[1]
    near &= kind[:, None] == kind[None, :]
    close = dict(zip(rows.tolist(), near, strict=True))
    # names are read only where a close sentence of another outlet has the same verb class
    signed = {
        i: found
        for i, row in close.items()
        if row.any() and (found := _signed(story.sentences[i].text, verbs[i], doer_of)) is not None
    }
    position = {i: k for k, i in enumerate(rows.tolist())}
    if len(signed) < 2:
        return joined
    published = {d.id: d.article.published for d in story.documents}
    indices = sorted(signed)
    for a, i in enumerate(indices):
        for j in indices[a + 1 :]:
            one, two = story.sentences[i], story.sentences[j]
            if one.article == two.article or signed[i].verb != signed[j].verb:
                continue
            if not close[i][position[j]]:
                continue
            first, second = published.get(one.article), published.get(two.article)
            if first and second and abs(first - second) > MAX_APART:
                continue
            unnamed = not (signed[i].actors and signed[j].actors)
            read = unnamed and _read_doer(one.text, two.text, signed[i].verb, doer_of)
            if not read and same[i, j] < floor:
                continue
            if unnamed and not read and same[i, j] < CITY_LOGIT:
                continue
            if (
                not read
                and same[i, j] < MIN_LOGIT
                and (unnamed or shared_anchors(story, i, j, signed[i], signed[j]) < ANCHORS)
            ):
                continue
            if not (_told_by(signed[i], second) and _told_by(signed[j], first)):
                continue
            agree = _same_place_and_day(signed[i], signed[j]) if read else False
            if (agree or same_signature(signed[i], signed[j])) and figures_agree(story, i, j):
                joined[i, j] = joined[j, i] = True
    return joined


def _signed(
    text: str, verb: str, doer_of: Callable[[str, str], frozenset[str]] | None
) -> Signature | None:
    """``signed_as``, or, for a sentence naming no actor, city nor country that has a doer
    read from its words (``doer_of``), a signature with its weekdays alone."""
    found = signed_as(text, verb)
    if found is None and doer_of is not None and doer_of(text, verb):
        return Signature(verb, (), frozenset(), weekdays(text))
    return found


def _read_doer(
    first: str, second: str, verb: str, doer_of: Callable[[str, str], frozenset[str]] | None
) -> bool:
    """True when ``doer_of`` reads a doer the two sentences share."""
    return doer_of is not None and bool(doer_of(first, verb) & doer_of(second, verb))


def _same_place_and_day(first: Signature, second: Signature) -> bool:
    """True when two signatures of one class name no two sets of cities, nor of weekdays, that
    share nothing (the doer is matched by the caller)."""
    if first.verb != second.verb:
        return False
    if first.cities and second.cities and not first.cities & second.cities:
        return False
    return not (first.days and second.days and not first.days & second.days)
