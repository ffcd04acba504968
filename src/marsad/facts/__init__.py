"""Facts of a story: figures, dates, entities and quotes with every article that states them,
the discrepancies between outlets, and a timeline. One call per story: ``extract_story_facts``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial

from marsad.caches import cached
from marsad.facts._ages import story_age_conflicts
from marsad.facts._earlier import earlier_event
from marsad.facts._entry_day import off_timeline
from marsad.facts._event_scope import in_where_clause
from marsad.facts._figure_place import figure_place, lead_place
from marsad.facts._flight_minutes import story_flight_conflicts
from marsad.facts._goal_minutes import story_goal_conflicts
from marsad.facts._measures import measure_discrepancies
from marsad.facts._of_them import counts_of_them, speaks_of_them
from marsad.facts._opinion import is_opinion
from marsad.facts._place_senses import describes_other
from marsad.facts._small_hours import small_hours_day
from marsad.facts.dates import MONTH_WORDS, DateMention, date_mentions, resolve
from marsad.facts.discrepancies import (
    LEAD_SENTENCES,
    FigureClaim,
    figure_discrepancies,
    of_earlier_year,
    told_revised,
    weekday_discrepancy,
)
from marsad.facts.entities import (
    EntityMention,
    entity_mentions,
    one_name,
    partial_mentions,
    person_key,
    two_people,
)
from marsad.facts.gazetteer import PLACE_TYPES, gazetteer
from marsad.facts.published import infer_published, story_anchor
from marsad.facts.quantities import QuantityMention, quantities
from marsad.facts.quotes import QuoteMention, article_quotes
from marsad.facts.timeline import DatedSentence, build_timeline
from marsad.lang.terms import tokens
from marsad.model import (
    Certainty,
    Discrepancy,
    Document,
    Fact,
    FactKind,
    Sentence,
    SourceRef,
    TimelineEvent,
)

__all__ = [
    "DocumentMentions",
    "StoryFacts",
    "document_mentions",
    "extract_story_facts",
    "figure_claims",
]

_KIND_ORDER: dict[str, int] = {"quantity": 0, "date": 1, "entity": 2, "quote": 3}


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryFacts:
    """What ``extract_story_facts`` finds: facts, discrepancies, timeline, and the publication
    dates it inferred for articles that had none (article id -> day)."""

    facts: tuple[Fact, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    published: dict[str, date] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DocumentMentions:
    """What the extractors find in one document read on its own, each mention with its
    sentence: the part of a story's facts that does not depend on the other articles, so that
    it can be read before the stories are known (``document_mentions``)."""

    dates: tuple[tuple[Sentence, DateMention], ...]
    figures: tuple[tuple[Sentence, QuantityMention], ...]
    entities: tuple[tuple[Sentence, EntityMention], ...]
    head: tuple[DateMention, ...]  # dates in the title and the raw lead, dateline included


@dataclass(slots=True)
class _Analysed:
    """The mentions of one document within its story (people get completed across articles)."""

    document: Document
    dates: Sequence[tuple[Sentence, DateMention]]
    figures: Sequence[tuple[Sentence, QuantityMention]]
    entities: Sequence[tuple[Sentence, EntityMention]]
    head: Sequence[DateMention]


# The raw text's start holds the dateline ("سبوتنيك - 11 كانون الثاني 2022"), which cleaning
# removes from the body but which dates the article.
HEAD_CHARS = 400


def _head_dates(document: Document) -> tuple[DateMention, ...]:
    article = document.article
    lines = [article.title, *article.text[:HEAD_CHARS].splitlines()[:3]]
    return tuple(m for line in lines for m in date_mentions(line))


def document_mentions(document: Document) -> DocumentMentions:
    """Dates, figures and entities of each sentence, and the dates of the title and lead."""
    dates: list[tuple[Sentence, DateMention]] = []
    figures: list[tuple[Sentence, QuantityMention]] = []
    entities: list[tuple[Sentence, EntityMention]] = []
    for sentence in document.sentences:
        found_dates, found_figures, found_entities = _mentions(sentence.text)
        dates += [(sentence, m) for m in found_dates]
        # "them" in a sentence with a figure of its own is a part of it ("إصابة 4 من جنوده،
        # اثنان منهم بحالة خطرة"): the quantity reader's, not an earlier sentence's.
        of_them = (
            counts_of_them(sentence.text, sentence.index, [(s.index, m) for s, m in figures])
            if not found_figures and speaks_of_them(sentence.text)
            else []
        )
        read = sorted((*found_figures, *of_them), key=_at) if of_them else found_figures
        figures += [(sentence, m) for m in read]
        entities += [(sentence, m) for m in found_entities]
    return DocumentMentions(
        dates=tuple(dates), figures=tuple(figures), entities=tuple(entities),
        head=_head_dates(document),
    )  # fmt: skip


def _at(mention: QuantityMention) -> int:
    return mention.start


# Copies of an article (wire copy, the same report under two sections) sit in the same story
# and repeat its sentences word for word: their mentions are read once.
@cached(8192)
def _mentions(
    text: str,
) -> tuple[tuple[DateMention, ...], tuple[QuantityMention, ...], tuple[EntityMention, ...]]:
    return (
        tuple(date_mentions(text)),
        tuple(m for m in quantities(text, month_words=MONTH_WORDS) if m.sure),
        tuple(entity_mentions(text)),
    )


def _ref(sentence: Sentence, start: int, end: int) -> SourceRef:
    return SourceRef(
        article=sentence.article,
        sentence=sentence.index,
        start=sentence.start + start,
        end=sentence.start + end,
    )


@dataclass(slots=True)
class _Merged:
    """A fact being merged across articles."""

    kind: FactKind
    text: str
    value: object
    unit: str | None = None
    subject: str | None = None
    refs: dict[SourceRef, None] = field(default_factory=dict)  # an ordered set
    variants: Counter[str] = field(default_factory=Counter)
    extra: dict[str, object] = field(default_factory=dict)

    def fact(self, opinion: set[str]) -> Fact:
        """The merged fact; a figure only opinion pieces (article ids ``opinion``) state is
        marked ``opinion``."""
        sources = tuple(dict.fromkeys(ref.article for ref in self.refs))
        extra = dict(self.extra)
        extra["variants"] = [text for text, _ in self.variants.most_common()]
        if self.kind == "quantity" and sources and opinion.issuperset(sources):
            extra["opinion"] = True
        return Fact(
            kind=self.kind,
            text=self.text,
            value=self.value,
            unit=self.unit,
            subject=self.subject,
            sources=sources,
            refs=tuple(self.refs),
            extra=extra,
        )


class _Facts:
    """Facts keyed by what makes two mentions the same fact."""

    def __init__(self) -> None:
        self.items: dict[tuple[object, ...], _Merged] = {}
        self.opinion: set[str] = set()  # ids of the opinion pieces (``is_opinion``)

    def add(
        self, key: tuple[object, ...], ref: SourceRef, text: str, make: Callable[[], _Merged]
    ) -> None:
        """Add a mention to its fact, made by ``make`` for the first mention."""
        merged = self.items.get(key)
        if merged is None:
            merged = self.items[key] = make()
        merged.refs[ref] = None
        merged.variants[text] += 1

    def facts(self) -> tuple[Fact, ...]:
        ordered = sorted(
            enumerate(self.items.values()),
            key=lambda item: (
                _KIND_ORDER[item[1].kind],
                -len({r.article for r in item[1].refs}),
                item[0],
            ),
        )
        return tuple(merged.fact(self.opinion) for _, merged in ordered)


def _publication(analysed: Sequence[_Analysed]) -> dict[str, tuple[date | None, Certainty]]:
    """Each article's publication day and its certainty, inferring the missing ones."""
    known = {
        a.document.id: a.document.article.published.date()
        for a in analysed
        if a.document.article.published is not None
    }
    mentions = [m for a in analysed for m in a.head] + [m for a in analysed for _, m in a.dates]
    anchor = story_anchor(list(known.values()), mentions)
    result: dict[str, tuple[date | None, Certainty]] = {}
    for item in analysed:
        article = item.document.article
        if item.document.id in known:
            result[item.document.id] = (known[item.document.id], article.published_certainty)
            continue
        placed = [(0, m) for m in item.head]
        placed += [(sentence.index, mention) for sentence, mention in item.dates]
        inferred = infer_published(placed, anchor)
        result[item.document.id] = (inferred, "inferred" if inferred else "unknown")
    return result


def _person_names(analysed: Sequence[_Analysed]) -> dict[str, Counter[str]]:
    """The names written for story people, by grouping key (folded last name), counted."""
    names: dict[str, Counter[str]] = {}
    for item in analysed:
        for _, mention in item.entities:
            if mention.type == "person":
                names.setdefault(person_key(mention.canonical), Counter())[mention.canonical] += 1
    return {key: counts for key, counts in names.items() if key}


def _fullest(counts: Counter[str]) -> list[str]:
    """Lexicon names are canonical already; for others the longest, then most frequent, first."""
    return sorted(counts, key=lambda name: (len(name.split()), counts[name]), reverse=True)


def _people(names: dict[str, Counter[str]]) -> dict[str, str]:
    """Story people by grouping key -> the fullest name written for them; a key two people
    share ("أيمن الحريري", "رفيق الحريري") names no one alone, so it is left out."""
    return {key: _fullest(counts)[0] for key, counts in names.items() if not two_people(counts)}


def _one_of_family(names: dict[str, Counter[str]], key: str, name: str) -> str:
    """A full name under a key two people share, written as the fullest name of the same
    person ("بنيامين نتنياهو" as "بنيامين نتانياهو"), else as it is."""
    family = _fullest(names.get(key, Counter()))
    return next((full for full in family if one_name(full, name)), name)


def _roles(analysed: Sequence[_Analysed], people: dict[str, str]) -> dict[str, str]:
    """Office|country -> the person introduced with it ("رئيس كازاخستان قاسم جومارت توكاييف")."""
    roles: dict[str, str] = {}
    for item in analysed:
        for _, mention in item.entities:
            if mention.role and mention.canonical and mention.type in ("person", "role"):
                name = people.get(person_key(mention.canonical), mention.canonical)
                roles.setdefault(mention.role, name)
    return roles


def _complete_people(analysed: Sequence[_Analysed]) -> None:
    """Group people across outlets (one name for all spellings), resolve role mentions
    ("الرئيس الكازاخستاني") to the person holding the role, and add partial mentions."""
    names = _person_names(analysed)
    people = _people(names)
    roles = _roles(analysed, people)
    for item in analysed:
        renamed = []
        for sentence, mention in item.entities:
            if mention.type == "role":
                holder = roles.get(mention.role or "")
                if holder is None or mention.canonical:
                    continue  # unknown holder, or the named person follows anyway
                mention = replace(mention, canonical=holder, type="person")
            elif mention.type == "person":
                key = person_key(mention.canonical)
                canonical = people.get(key) or _one_of_family(names, key, mention.canonical)
                mention = replace(mention, canonical=canonical)
            renamed.append((sentence, mention))
        taken: dict[int, list[tuple[int, int]]] = {}
        for sentence, mention in renamed:
            taken.setdefault(sentence.index, []).append((mention.start, mention.end))
        for sentence in item.document.sentences:
            spans = taken.get(sentence.index, [])
            for by_name in partial_mentions(sentence.text, people):
                if not any(start < by_name.end and by_name.start < end for start, end in spans):
                    renamed.append((sentence, by_name))
        item.entities = renamed


def _quotes(item: _Analysed) -> list[tuple[Sentence, QuoteMention]]:
    by_sentence: dict[int, list[EntityMention]] = {}
    for sentence, mention in item.entities:
        by_sentence.setdefault(sentence.index, []).append(mention)
    people = [m.canonical for _, m in item.entities if m.type == "person"]
    return article_quotes(item.document.sentences, by_sentence, people)


@dataclass(frozen=True, slots=True)
class _Event:
    """Where and when a sentence's figures happened: the places it names, the nearest one to
    each figure, and the day its first date mention resolves to."""

    places: tuple[EntityMention, ...]
    day: date | None
    text: str = ""  # the sentence, for the place a "حيث" clause is set in
    story_place: str | None = None  # where the article's lead sets its news

    def place(self, at: int) -> str | None:
        """Where the figure at character ``at`` of the sentence happened (``figure_place``)."""
        return figure_place(self.places, self.text, at, self.story_place)

    def near(self, start: int, end: int) -> frozenset[str]:
        """Places named within ``PLACE_WINDOW`` characters of a figure ("20 قتيلا في حمورية")."""
        return frozenset(e.canonical for e in self._close(start, end))

    def local(self, start: int, end: int) -> frozenset[str]:
        """The towns and regions among them (not countries): the toll's own place."""
        return frozenset(e.canonical for e in self._close(start, end) if e.type != "country")

    def _close(self, start: int, end: int) -> list[EntityMention]:
        low, high = start - PLACE_WINDOW, end + PLACE_WINDOW
        close = [e for e in self.places if low <= e.end and e.start <= high]
        return in_where_clause(close, self.text, start) if len(close) > 1 else close


# A place this close to a toll says where it was counted; farther ones name other things
# (the countries a force comes from, a capital that reacted). Read on ANT, February 2018.
PLACE_WINDOW = 50


def _events(item: _Analysed, published: date | None) -> dict[int, _Event]:
    places: dict[int, list[EntityMention]] = {}
    texts: dict[int, str] = {}
    for sentence, entity in item.entities:
        if entity.type in PLACE_TYPES:
            places.setdefault(sentence.index, []).append(entity)
            texts[sentence.index] = sentence.text
    for index, named in places.items():
        places[index] = [
            e
            for e in named
            if not _landmark(e, named, texts[index]) and not _attacker(e, texts[index])
        ]
    days: dict[int, date | None] = {}
    for sentence, mention in item.dates:
        if sentence.index not in days:
            days[sentence.index] = resolve(mention, published, "stated")[0]
    # The lead's place stands in for a lead sentence's figure whose clause names none; further
    # on, a sentence without one is often background (February 2018: of 45 figures given the
    # lead's place in any sentence, as many were wrong as right).
    lead = _lead_place(places, texts)
    return {
        index: _Event(
            tuple(places.get(index, ())), days.get(index), texts.get(index, ""),
            lead if index < LEAD_SENTENCES else None,
        )
        for index in {*places, *days}
    }  # fmt: skip


def _lead_place(places: dict[int, list[EntityMention]], texts: dict[int, str]) -> str | None:
    """The place the first of the article's lead sentences that sets one gives its news."""
    for index in sorted(i for i in places if i < LEAD_SENTENCES):
        found = lead_place(places[index], texts[index])
        if found is not None:
            return found
    return None


_NO_EVENT = _Event((), None)
# A place named to locate the place before it ("الغوطة الشرقية المحاصرة قرب دمشق", "منطقة
# الغوطة ... خارج العاصمة دمشق") or a body's seat ("المرصد السوري ... ومقره بريطانيا") is not
# where a toll was counted; "في حادث قطار قرب مدينة الأسكندرية" alone is.
_NEAR = re.compile(r"(?:^|\s)(?:و?ب?القرب\s+من|و?قرب|و?خارج)(?:\s+(?:العاصمة|مدينة))?\s*$")
_SEAT = re.compile(r"(?:^|\s)و?(?:مقر|مركز)(?:ه|ها)\s*(?:في\s+)?$")
_LYING = re.compile(r"(?:^|\s)ال(?:واقعة|واقعه|واقع)\s*$")
LANDMARK_REACH = 60  # characters back from "قرب" to the place it locates


def _landmark(place: EntityMention, named: list[EntityMention], text: str) -> bool:
    """True when a place locates another place named just before it, or a body's seat."""
    before = text[max(0, place.start - 25) : place.start]
    if _SEAT.search(before):
        return True
    cue = _NEAR.search(before)
    if cue is None:
        return False
    at = place.start - len(before) + cue.start()
    if _LYING.search(text[max(0, at - 15) : at]):
        return True  # "على المنطقة الواقعة خارج العاصمة دمشق": the area is elsewhere
    return any(at - LANDMARK_REACH <= other.end <= at for other in named if other is not place)


# A nisba after a noun of attack names who attacks, not where: "قتل 78 مدنيا ... خلال العملية
# التركية" in Afrin, "الغارات الروسية على الغوطة" (ANT, February 2018).
_ATTACK = re.compile(
    r"(?:^|\s)[وب]?(?:ال)?(?:عملي[ةه]|عمليات|هجوم|هجمات|غار[ةه]|غارات|قصف|ضرب[ةه]|ضربات"
    r"|حمل[ةه]|عدوان|توغل)\s*$"
)


def _attacker(place: EntityMention, text: str) -> bool:
    """True for a nisba that qualifies an attack or an operation (see ``_ATTACK``)."""
    return (
        place.form == "nisba"
        and _ATTACK.search(text[max(0, place.start - 20) : place.start]) is not None
    )


def _figure_fact(
    facts: _Facts, sentence: Sentence, m: QuantityMention, event: _Event, *, earlier: bool = False
) -> None:
    """A figure's fact; one of an earlier event (``earlier_event``) is marked ``earlier`` and
    keeps no day: the sentence's day is not that event's."""
    value = m.value if m.value is not None else {"min": m.low, "max": m.high}
    extra: dict[str, object] = {
        "qualifier": m.qualifier, "concept": m.concept, "scope": m.scope,
        "value_kind": m.value_kind, "counted": m.counted, "source": m.source,
        "time_scope": "earlier" if earlier else m.time_scope,
        "place": event.place(m.start) if m.concept else None,
        "day": event.day.isoformat() if m.concept and event.day and not earlier else None,
    }  # fmt: skip
    facts.add(
        ("quantity", *m.key),
        _ref(sentence, m.start, m.end),
        m.text,
        partial(
            _Merged,
            kind="quantity",
            text=m.text,
            value=value,
            unit=m.unit,
            subject=m.concept or m.unit,
            extra=extra,
        ),
    )


def _entity_fact(facts: _Facts, sentence: Sentence, m: EntityMention) -> None:
    facts.add(
        ("entity", m.canonical),
        _ref(sentence, m.start, m.end),
        m.text,
        partial(
            _Merged, kind="entity", text=m.canonical, value=m.canonical, extra={"type": m.type}
        ),
    )


def _quote_fact(facts: _Facts, sentence: Sentence, q: QuoteMention) -> None:
    # The same statement quoted by several outlets: compare the first words, spelled loosely.
    key = ("quote", *tokens(q.text)[:6])
    extra: dict[str, object] = {"speaker": q.speaker, "quote_kind": q.kind}
    facts.add(
        key,
        _ref(sentence, q.start, q.end),
        q.text,
        partial(_Merged, kind="quote", text=q.text, value=None, subject=q.speaker, extra=extra),
    )


def _dated(
    item: _Analysed,
    published: tuple[date | None, Certainty],
    facts: _Facts,
    internal: list[Discrepancy],
) -> list[DatedSentence]:
    """Date facts, internal weekday checks and the dated sentences of one article."""
    names: dict[int, set[str]] = {s.index: set() for s in item.document.sentences}
    for sentence_of, entity in item.entities:
        names[sentence_of.index].add(entity.canonical)
    spans: dict[int, list[DateMention]] = {}
    for sentence, mention in item.dates:
        spans.setdefault(sentence.index, []).append(mention)
    texts = {sentence.index: sentence.text for sentence, _ in item.dates}
    off = {index: off_timeline(texts[index], found) for index, found in spans.items()}
    dated = []
    for sentence, mention in item.dates:
        day, certainty = resolve(mention, published[0], published[1])
        # a bare "today" stamped just after midnight: the evening before (``_small_hours``)
        day, certainty = small_hours_day(mention, item.document.article.published, day, certainty)
        ref = _ref(sentence, mention.start, mention.end)
        key = ("date", day.isoformat() if day else " ".join(tokens(mention.text)))
        value = day.isoformat() if day else None
        facts.add(
            key,
            ref,
            mention.text,
            partial(
                _Merged, kind="date", text=mention.text, value=value, extra={"certainty": certainty}
            ),
        )
        problem = weekday_discrepancy(mention, item.document.id, sentence.text, published[0])
        if problem is not None:
            internal.append(problem)
        # "these days" is no event of a day; a reference point or a day told in a dated
        # statement is no day of the sentence's event (``_entry_day``)
        if day is not None and not mention.nowadays and mention.start not in off[sentence.index]:
            terms = frozenset(sentence.terms) | frozenset(names[sentence.index])
            dated.append(
                DatedSentence(
                    day=day,
                    certainty=certainty,
                    text=sentence.text,
                    ref=ref,
                    terms=terms,
                    explicit=mention.day is not None and mention.month is not None,
                )
            )
    return dated


def _head_checks(
    item: _Analysed, published: date | None, found: Sequence[Discrepancy]
) -> list[Discrepancy]:
    """Weekday/date mismatches in the title or dateline that the body did not repeat."""
    seen = {(d.subject, d.claims[0].sources) for d in found}
    checks = []
    for mention in item.head:
        line = item.document.article.title
        problem = weekday_discrepancy(mention, item.document.id, line, published)
        if problem is not None and (problem.subject, problem.claims[0].sources) not in seen:
            checks.append(problem)
    return checks


def _claims(item: _Analysed, day: date | None, events: dict[int, _Event]) -> list[FigureClaim]:
    """The figure claims of one document, for the discrepancies between outlets."""
    revised = bool(item.figures) and told_revised(item.document.body)
    found = []
    for sentence, figure in item.figures:
        event = events.get(sentence.index, _NO_EVENT)
        found.append(
            FigureClaim(
                article=item.document.id,
                outlet=item.document.article.source,
                mention=figure,
                sentence=sentence.text,
                published=day,
                at=item.document.article.published,
                day=event.day,
                lead=sentence.index < LEAD_SENTENCES,
                places=event.near(figure.start, figure.end),
                localities=event.local(figure.start, figure.end),
                revised=revised,
            )
        )
    return found


def _read(
    documents: Sequence[Document], mentions: Sequence[DocumentMentions | None]
) -> tuple[list[_Analysed], dict[str, tuple[date | None, Certainty]]]:
    """Each document's mentions (read here where ``mentions`` has none), people completed
    across the story, and each document's publication day."""
    analysed = []
    for document, found in zip(documents, mentions, strict=True):
        found = found or document_mentions(document)
        analysed.append(_Analysed(document, found.dates, found.figures, found.entities, found.head))
    published = _publication(analysed)
    _complete_people(analysed)
    return analysed, published


def figure_claims(documents: Sequence[Document]) -> list[FigureClaim]:
    """The figure claims of a story's documents that ``extract_story_facts`` pairs into
    discrepancies (for diagnosis: ``discrepancies.pairing`` tells which pairs it judges)."""
    analysed, published = _read(documents, [None] * len(documents))
    claims = []
    for item in analysed:
        day = published[item.document.id][0]
        if not is_opinion(item.document.article):
            claims += _claims(item, day, _events(item, day) if item.figures else {})
    return claims


def extract_story_facts(
    documents: Sequence[Document],
    *,
    mentions: Sequence[DocumentMentions | None] | None = None,
    opinion: Set[str] | None = None,
) -> StoryFacts:
    """Facts, discrepancies and timeline of one story's documents (in any order).

    ``mentions``: ``document_mentions`` of each document, in the same order, for those read
    beforehand (the pipeline may read some while it clusters); the others are read here.
    ``opinion``: the ids of the opinion pieces among them when the caller already knows them
    (``is_opinion`` reads every article's text); otherwise they are found here."""
    analysed, published = _read(documents, mentions or [None] * len(documents))
    facts = _Facts()
    internal: list[Discrepancy] = []
    dated: list[DatedSentence] = []
    claims: list[FigureClaim] = []
    for item in analysed:
        day = published[item.document.id]
        # An opinion piece's figures are its writer's argument: marked so, and no claims.
        piece = (
            is_opinion(item.document.article) if opinion is None else item.document.id in opinion
        )
        if piece:
            facts.opinion.add(item.document.id)
        events = _events(item, day[0]) if item.figures else {}
        # A lead sentence that names no place nor day: its figures are set where the lead is.
        lead = next((e.story_place for e in events.values() if e.story_place), None)
        own = _claims(item, day[0], events)
        # A figure the discrepancy stage sets in an earlier year is that year's on the panel.
        past = {(c.sentence, c.mention.start) for c in own if of_earlier_year(c)}
        for sentence, figure in item.figures:
            default = _Event((), None, "", lead) if sentence.index < LEAD_SENTENCES else _NO_EVENT
            event = events.get(sentence.index, default)
            earlier = earlier_event(figure, sentence.text, day[0])
            earlier = earlier or (sentence.text, figure.start) in past
            _figure_fact(facts, sentence, figure, event, earlier=earlier)
        claims += [] if piece else own
        dated += _dated(item, day, facts, internal)
        internal += _head_checks(item, day[0], internal)
        agencies = gazetteer().agencies
        for sentence, entity in item.entities:
            # a nationality or a name holding a place is no place of the story's
            if entity.canonical not in agencies and not describes_other(entity, sentence.text):
                _entity_fact(facts, sentence, entity)
        for sentence, quote in _quotes(item):
            _quote_fact(facts, sentence, quote)
    language = Counter(d.language for d in documents).most_common(1)[0][0] if documents else "ar"
    discrepancies = figure_discrepancies(claims, language=language)
    discrepancies += measure_discrepancies(claims, language=language)
    discrepancies += story_goal_conflicts(documents, language=language)
    discrepancies += story_flight_conflicts(documents, language=language)
    discrepancies += story_age_conflicts(documents, language=language) + internal
    inferred = {
        article: day
        for article, (day, certainty) in published.items()
        if day is not None and certainty == "inferred"
    }
    return StoryFacts(
        facts=facts.facts(),
        discrepancies=tuple(discrepancies),
        timeline=build_timeline(dated),
        published=inferred,
    )
