"""Streaming story clustering: each new article joins an existing story or starts one, in
bounded time, without reclustering everything. Stories may merge later; a merged story's id
redirects to the survivor, so ids handed out once stay valid.

The join test is the batch clusterer's average link: the similarity of an article to a story
is its dot product with the mean of the story's article vectors, which is exactly the average
of its cosines with the story's articles. As in the batch, once the stream has seen two
outlets, the cosine with an article of the same outlet counts ``same_outlet_weight`` of itself:
each story also sums its vectors per outlet, so the weighted average stays one dot product.
With headline and lead evidence (``params.evidence``, evidence.py) an article's vector is its
text's, headline's and lead's unit vectors side by side, as in the batch: still one dot product.

Stories (not storylines) discount pairs far apart in time as the batch does (``later_weight``,
``outlet_later_weight``, cluster.later_factor): each story also keeps its members' own vectors
with their times and outlets, and a join or merge that the undiscounted average allows is
checked again with each far pair discounted (a discount only lowers, so the rest is skipped).
A new story follows the storyline of the best undiscounted candidate, as the batch's storylines
merge on the undiscounted pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, compress, filterfalse, repeat
from math import floor
from operator import add, methodcaller, mul

from marsad.cluster import ClusterParams, later_factor, params_from
from marsad.evidence import (
    BLOCKS,
    HEADLINE_PLACE,
    LEAD,
    MARKS,
    NAMED,
    SIDE,
    TITLE,
    apart_named,
    marked_terms,
    market_move,
    market_report,
    match_sides,
    moved,
    named_terms,
    rivals,
    sides_apart,
    subject_only,
)
from marsad.headline_kinds import KIND, headline_kinds, kinds_apart
from marsad.lang.terms import terms as terms_of
from marsad.lang.vectors import tfidf_vector
from marsad.localities import EVENT_DAY, LOCALITY, localities, localities_apart, other_days_apart
from marsad.model import Document, content_id
from marsad.settings import Settings
from marsad.stream_bounds import Bounds, Tables

Vector = dict[str, float]
Part = tuple[float | None, str, Vector]  # a member's publication day, outlet and vector
# Only the most recent stories under one term are compared, which bounds the work per article.
MAX_STORIES_PER_TERM = 200
# Members this long before the window of a story's last one are summed (see _compact).
COMPACT_MARGIN_DAYS = 0.5
# What a term not of the text starts with: a headline's or lead's mark, or a name's.
_NOT_TEXT = (*MARKS, NAMED)
_NOT_TEXT_TERM = methodcaller("startswith", _NOT_TEXT)
# Articles bounded by one sparse product in add_many (its tables are dense: rows x stories).
BOUNDS_ROWS = 1000
_NO_IDS: list[str] = []
_NO_STORIES: frozenset[str] = frozenset()
# Days of a product's articles past which the stories by day are not used (DaysIndex.near).
NEAR_DAYS = 4


def stream_params(settings: Settings) -> ClusterParams:
    """The clusterer's thresholds from the settings (Settings is the one home of defaults)."""
    return params_from(
        settings, settings.stream_story_threshold, settings.stream_storyline_threshold
    )


STREAM_PARAMS = stream_params(Settings())


@dataclass(slots=True, kw_only=True)
class StoryState:
    """What the stream remembers of a story: summed article vectors, members and time span."""

    id: str
    total: Vector = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)
    first: float | None = None
    last: float | None = None
    storyline: str = ""  # id of the storyline's first story ("": its own)
    by_outlet: dict[str, Vector] = field(default_factory=dict)  # summed vectors per outlet
    # The members' own vectors, for the later-report discount; members saved before these
    # were kept count undiscounted (as undated articles do in the batch).
    parts: list[Part] = field(default_factory=list)

    def mean_dot(self, vector: Vector, outlet: str | None = None, weight: float = 1.0) -> float:
        """Average cosine of ``vector`` with the story's articles; with ``outlet``, its cosines
        with that outlet's articles count ``weight`` of themselves."""
        dot = _dot(vector, self.total)
        if outlet is not None and weight != 1.0:
            dot -= (1.0 - weight) * _dot(vector, self.by_outlet.get(outlet, {}))
        return dot / len(self.articles)

    def link(self, other: StoryState, weight: float = 1.0) -> float:
        """Average link between two stories, same-outlet pairs counting ``weight``."""
        dot = _dot(self.total, other.total)
        if weight != 1.0:
            same = sum(
                _dot(vector, other.by_outlet[outlet])
                for outlet, vector in self.by_outlet.items()
                if outlet in other.by_outlet
            )
            dot -= (1.0 - weight) * same
        return dot / (len(self.articles) * len(other.articles))

    def later_dot(
        self,
        vector: Vector,
        when: float | None,
        outlet: str | None,
        weight: float,
        params: ClusterParams,
    ) -> float:
        """What the later-report discount takes off ``mean_dot`` for an article published
        ``when``; ``outlet`` None when the outlet rules do not apply (one outlet seen), else
        the same outlet's pairs count ``weight`` and more than a day apart are discounted."""
        placed = params.places_weight != 1.0 and named_vector(vector)
        sided = params.sides_weight != 1.0 and sides_vector(vector)
        kinds = params.kinds_weight != 1.0 and when is not None and kinds_vector(vector)
        named = named_of(vector) if placed or sided or kinds else []
        if when is None and not (placed or sided):
            return 0.0
        subject = params.subject_weight != 1.0 and when is not None
        headline: list[str] | None = None  # read once, for the first pair days apart
        lost = 0.0
        report = params.report_weight != 1.0 and outlet is not None and market_vector(vector)
        move = move_vector(vector) if report else 0
        for day, own, member in self.parts:
            if (day is None or when is None) and not (placed or sided):
                continue
            same = own == outlet
            both = report and market_vector(member)  # two market reports, of any outlets
            turned = both and same and moved(move, move_vector(member))
            factor = 1.0
            if day is not None and when is not None:
                apart = abs(when - day)
                factor = later_factor(apart, same, params, both, turned)
                if kinds and apart > params.kinds_after_days:
                    factor *= params.kinds_weight if kinds_apart(named, named_of(member)) else 1.0
                if subject and apart > params.subject_after_days:
                    if headline is None:
                        headline = [term for term in vector if term.startswith(TITLE)]
                    factor *= params.subject_weight if subject_only(headline, member) else 1.0
            if placed or sided:
                theirs = named_of(member)
                if placed and _elsewhere(named, theirs):
                    factor *= params.places_weight
                if sided and _other_match(named, theirs, day, when, params):
                    factor *= params.sides_weight
            if factor != 1.0:
                lost += (1.0 - factor) * _dot(vector, member) * (weight if same else 1.0)
        return lost / len(self.articles)

    def later_link(
        self, other: StoryState, several: bool, weight: float, params: ClusterParams
    ) -> float:
        """What the later-report discount takes off ``link`` (pairs of members' parts);
        ``several``: the outlet rules apply."""
        lost = 0.0
        for day, outlet, member in self.parts:
            if day is not None:
                own = outlet if several else None
                lost += other.later_dot(member, day, own, weight, params) * len(other.articles)
        return lost / (len(self.articles) * len(other.articles))

    def spans_within(self, other: StoryState | float | None, days: float) -> bool:
        """Whether every member is within ``days`` of every member of ``other`` (a story or a
        publication day); unknown times count as within."""
        if isinstance(other, StoryState):
            first, last = other.first, other.last
        else:
            first = last = other
        if first is None or last is None or self.first is None or self.last is None:
            return True
        return max(self.last - first, last - self.first) <= days


def market_vector(vector: Vector) -> bool:
    """Whether an article's vector (its marked headline terms) is a market report's."""
    return market_report(term for term in vector if term.startswith(TITLE))


def kinds_vector(vector: Vector) -> bool:
    """Whether an article's vector carries its headline's kinds of action (headline_kinds.py)."""
    return any(map(str.startswith, vector, repeat(KIND)))


def named_vector(vector: Vector) -> bool:
    """Whether an article's vector carries a headline place, a locality or an event day
    (evidence.named_terms, localities.py)."""
    marks = (HEADLINE_PLACE, LOCALITY, EVENT_DAY)
    return any(map(str.startswith, vector, repeat(marks)))  # the loop in C


def _other_match(
    named: list[str],
    theirs: list[str],
    day: float | None,
    when: float | None,
    params: ClusterParams,
) -> bool:
    """Whether two match reports tell different matches (``evidence.sides_rows``, and
    ``rivals_rows`` when far apart, as the digest's clusterer reads them)."""
    if sides_apart(named, theirs):
        return True
    if far_apart(day, when, params.rivals_after_days) and rivals(named, theirs):
        return True
    return params.headline_sides and sides_apart(named, theirs, headlines=True)


def _elsewhere(named: list[str], theirs: list[str]) -> bool:
    """Whether two articles' named terms tell events in two places (``cluster_counts``'s
    ``elsewhere``: one theme in two countries, two localities, two cities on two weekdays)."""
    return (
        apart_named(named, theirs)
        or localities_apart(named, theirs)
        or other_days_apart(named, theirs)
    )


def far_apart(day: float | None, when: float | None, days: float) -> bool:
    """Whether two publication days are known and more than ``days`` apart."""
    return day is not None and when is not None and abs(when - day) > days


def sides_vector(vector: Vector) -> bool:
    """Whether an article's vector carries the sides of a match report (evidence.match_sides)."""
    return any(map(str.startswith, vector, repeat(SIDE)))


def named_of(vector: Vector) -> list[str]:
    """The places and names of an article's headline and lead, from its vector."""
    return list(compress(vector, map(str.startswith, vector, repeat(NAMED))))


def move_vector(vector: Vector) -> int:
    """The moves an article's headline states (evidence.market_move), from its vector."""
    return market_move(term for term in vector if term.startswith(TITLE))


@dataclass(frozen=True, slots=True)
class Reading:
    """What the clusterer reads of a document on its own, before counting it: its terms
    (headline first with the evidence), its headline's and lead's marked terms, and the places,
    names and match sides its rules discount by (empty when their rule is off)."""

    terms: list[str]
    marked: list[str]
    named: list[str]
    sides: list[str]


def read_document(document: Document, params: ClusterParams) -> Reading:
    """The document's ``Reading``: its alone, so it may be made where the document is analysed
    (the newsroom's pool) and handed to ``add_many``."""
    title = terms_of(document.article.title, document.language)
    terms = [t for s in document.sentences for t in s.terms]
    if params.evidence.title or params.evidence.lead:
        terms = [*title, *terms]  # the batch's text terms, headline first
    marked = marked_terms(title, document)
    places = params.places_weight != 1.0 and bool(marked)
    sides = params.sides_weight != 1.0 and bool(marked)
    kinds = params.kinds_weight != 1.0 and bool(marked)
    named = places_of(document) if places else []
    return Reading(
        terms=terms,
        marked=marked,
        named=[*named, *headline_kinds(document.article.title)] if kinds else named,
        sides=match_sides(document.article.title, document) if sides else [],
    )


def places_of(document: Document) -> list[str]:
    """The places, names and localities of the document's headline and lead, as the batch
    counts them (``TermCounts.of``)."""
    title = document.article.title
    return [*named_terms(title, document), *localities(title, document)]


def _dot(small: Vector, big: Vector) -> float:
    if len(small) > len(big):
        small, big = big, small
    # The products summed left to right in the smaller vector's order, as a generator would,
    # so every score is the same to the last bit; the loops run in C (the clusterer's hot spot).
    return float(sum(map(mul, small.values(), map(big.get, small, repeat(0.0)))))


@dataclass(slots=True, frozen=True)
class _Placed:
    """An article ready to be placed: its id, outlet, vector, day and top terms."""

    id: str
    outlet: str
    vector: Vector
    when: float | None
    top: list[str]


@dataclass(slots=True)
class StreamingClusterer:
    """Assigns documents to stories one at a time (see the module docstring)."""

    params: ClusterParams = STREAM_PARAMS
    stories: dict[str, StoryState] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    document_frequency: Counter[str] = field(default_factory=Counter)
    documents_seen: int = 0
    index: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    outlets: set[str] = field(default_factory=set)  # outlets seen (the weight needs two)
    # The stories' arrays of add_many's last product, kept for the next (not saved).
    tables: Tables = field(default_factory=Tables, repr=False, compare=False)
    # The stories by the days their window covers (``_near``; made when first asked for, kept
    # up by ``_join`` and ``_absorb``; None: not made, or forgotten).
    _days_index: DaysIndex | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, document: Document) -> str:
        """Put the document in its story and return the story id (stable, see ``resolve``)."""
        return self._place(self._prepare(document), 0, None)

    def add_many(
        self, documents: Sequence[Document], readings: Sequence[Reading | None] = ()
    ) -> list[str]:
        """Put the documents in their stories in order and return their story ids, as ``add``
        one by one; one sparse product first bounds every article's score with the stories as
        they stand, so a candidate surely below the thresholds is not scored (stream_bounds).
        ``readings``: each document's ``read_document``, when made ahead (None: read here)."""
        placed: list[str] = []
        ahead = list(readings) or [None] * len(documents)
        for start in range(0, len(documents), BOUNDS_ROWS):
            chunk = zip(documents[start : start + BOUNDS_ROWS], ahead[start:], strict=False)
            prepared = [self._prepare(d, reading) for d, reading in chunk]
            bounds = self._bounds(prepared) if len(prepared) > 1 else None
            placed.extend(self._place(a, row, bounds) for row, a in enumerate(prepared))
        return placed

    def _prepare(self, document: Document, reading: Reading | None = None) -> _Placed:
        """Count the document's terms and make its vector (they depend on the documents seen
        before it, not on their stories); ``reading``: ``read_document``'s, when made ahead."""
        if reading is None:
            reading = read_document(document, self.params)
        terms, marked = reading.terms, reading.marked
        self.documents_seen += 1
        self.document_frequency.update({*terms, *marked})
        vector = self._evidence_vector(terms, marked)
        # Weight 0: no similarity reads them, only the discounts of other places and sides.
        vector.update(dict.fromkeys(reading.named, 0.0))
        vector.update(dict.fromkeys(reading.sides, 0.0))
        when = _days(document.article.published)
        return _Placed(document.id, document.article.source, vector, when, self._top_terms(vector))

    def _bounds(self, prepared: Sequence[_Placed]) -> Bounds:
        """Bounds of the articles' scores with every story their top terms find now within the
        time window of one of them: the others are not bounded (``below`` is then False), which
        changes no choice, as none of them is a candidate while it stays as it is."""
        index, stories = self.index, self.stories
        listed = self._listed(
            index.get(term, _NO_IDS)[-MAX_STORIES_PER_TERM:]
            for article in prepared
            for term in article.top
        )
        days = [article.when for article in prepared]
        dated = [day for day in days if day is not None]
        near = self._near(min(dated), max(dated)) if len(dated) == len(days) else None
        if near is not None:  # a story not near is out of every article's window
            listed = compress(listed, map(near.__contains__, listed))
        found = [stories[story_id] for story_id in listed if story_id in stories]
        within = in_some_window(found, days, self.params.window_days)
        return Bounds([article.vector for article in prepared], within, self.tables)

    def _place(self, article: _Placed, row: int, bounds: Bounds | None) -> str:
        """Join the article to its best story or start one, then try one merge (``add``);
        with ``bounds``, candidates surely below the thresholds are passed over, which
        changes no choice: neither the best nor the closest story can be one of them."""
        vector, when, outlet = article.vector, article.when, article.outlet
        self.outlets.add(outlet)
        weight = self._outlet_weight()
        bar = min(self.params.threshold, self.params.storyline_threshold)
        skip = bounds if weight <= 1.0 else None  # a weight above 1 would raise scores
        best, score = None, 0.0  # the best story by the discounted similarity
        near, closest = None, 0.0  # and by the undiscounted one, for the storyline
        candidates = self._candidates(article.top, when)
        for candidate in candidates:
            if skip is not None and skip.below(row, candidate, bar):
                continue
            similarity = candidate.mean_dot(vector, outlet, weight)
            if similarity > closest:
                near, closest = candidate, similarity
            if similarity >= self.params.threshold and self._discounts(candidate, when, vector):
                own = outlet if len(self.outlets) > 1 else None
                similarity -= candidate.later_dot(vector, when, own, weight, self.params)
            if similarity > score:
                best, score = candidate, similarity
        if best is None or score < self.params.threshold:
            # Close enough to a story to follow it, not to be the same event: a new story in
            # that story's storyline.
            follows = near is not None and closest >= self.params.storyline_threshold
            line = (near.storyline or near.id) if near is not None and follows else ""
            best = StoryState(id=content_id(article.id), storyline=line)
            self.stories[best.id] = best
            if bounds is not None:
                bounds.started(best, row)
        self._join(best, article.id, outlet, vector, when, article.top)
        if bounds is not None:
            bounds.joined(best, row)
        # A story of this one article: its mean is the article's vector, its links the
        # article's scores, so the same bounds hold, and the same candidates are found.
        alone = len(best.articles) == 1
        again = candidates if alone and self._found_again(article.top) else None
        top = article.top if alone else None
        self._merge_neighbour(best, when, top, row, skip if alone else None, again)
        return self.resolve(best.id)

    def _found_again(self, top: list[str]) -> bool:
        """Whether ``_candidates(top)`` finds now what it found before a new story was put
        under each of ``top`` (the new story first, then the same stories in the same order):
        true unless a posting list was full, so that the new id pushed an older one out."""
        index = self.index
        return all(len(index.get(term, ())) <= MAX_STORIES_PER_TERM for term in top)

    def _outlet_weight(self) -> float:
        """The batch's rule: one outlet's articles are discounted once two outlets are seen."""
        return self.params.same_outlet_weight if len(self.outlets) > 1 else 1.0

    def _discounts(
        self, story: StoryState, other: StoryState | float | None, vector: Vector | None = None
    ) -> bool:
        """Whether the later-report discount may lower a pair of ``story`` and ``other`` (a
        story, or the publication day of an article, ``vector``): some two of their members
        are far enough apart."""
        params = self.params
        nearest = params.later_after_days if params.later_weight != 1.0 else float("inf")
        if len(self.outlets) > 1:
            if params.outlet_later_weight != 1.0:
                nearest = min(nearest, 1.0)  # one outlet's pairs more than a day apart
            if params.report_weight != 1.0 and (vector is None or market_vector(vector)):
                sessions = min(params.report_after_days, params.moved_after_days)
                nearest = min(nearest, sessions)  # one outlet's sessions (two outlets' later)
        if params.kinds_weight != 1.0 and (vector is None or kinds_vector(vector)):
            nearest = min(nearest, params.kinds_after_days)  # one actor's next step
        if params.subject_weight != 1.0:
            nearest = min(nearest, params.subject_after_days)  # one subject's items
        if params.places_weight != 1.0 and (vector is None or named_vector(vector)):
            return True  # other places are discounted at any distance in time
        if params.sides_weight != 1.0 and (vector is None or sides_vector(vector)):
            return True  # and other matches
        return nearest != float("inf") and not story.spans_within(other, nearest)

    def resolve(self, story_id: str) -> str:
        """The current id of a story, following merges."""
        while story_id in self.redirects:
            story_id = self.redirects[story_id]
        return story_id

    def storyline_of(self, story_id: str) -> str:
        """The storyline id of a story: the current id of the storyline's first story."""
        story = self.stories[self.resolve(story_id)]
        return self.resolve(story.storyline or story.id)

    def groups(self) -> list[list[str]]:
        """Article ids per live story, largest first."""
        return sorted((list(s.articles) for s in self.stories.values()), key=lambda g: -len(g))

    def _vector(self, terms: list[str]) -> Vector:
        """Sublinear TF × IDF over the documents seen so far, L2-normalized."""
        return tfidf_vector(Counter(terms), self.document_frequency, self.documents_seen)

    def _evidence_vector(self, terms: list[str], marked: list[str]) -> Vector:
        """The text's, the headline's and the lead's unit vectors side by side, each scaled by
        its share of the evidence weights (evidence.py): dot products are the batch's."""
        evidence = self.params.evidence
        if not evidence.title and not evidence.lead:
            return self._vector(terms)
        counts: dict[str, Counter[str]] = {TITLE: Counter(), LEAD: Counter()}
        for term in marked:
            counts[term[0]][term] += 1
        vector: Vector = {}
        background = evidence.background
        # The headline's and the lead's background frequencies in one lookup (per term).
        known = {} if background is None else background.frequencies(dict.fromkeys(marked))
        for block, part in zip(BLOCKS, (Counter(terms), counts[TITLE], counts[LEAD]), strict=True):
            scale = evidence.scale(block)
            frequency: Mapping[str, int] = self.document_frequency
            n = self.documents_seen
            if block != "text" and background is not None:  # as the batch (weigh)
                frequency = {t: frequency.get(t, 0) + known[t] for t in part}
                n += background.documents
            found = tfidf_vector(part, frequency, n) if part else {}
            vector.update({term: weight * scale for term, weight in found.items()})
        return vector

    def _top_terms(self, vector: Vector, size: int = 1) -> list[str]:
        """The strongest terms of the text (the headline's and the lead's are not indexed) of
        ``vector`` divided by ``size`` (a story's mean, from its total, without making it)."""
        text = list(filterfalse(_NOT_TEXT_TERM, vector))  # the loop in C
        # sorted(..., reverse=True)[:n] is heapq.nlargest's result (ties in the vector's
        # order), sorted in C.
        n = self.params.top_terms
        if size == 1:
            return sorted(text, key=vector.__getitem__, reverse=True)[:n]
        return sorted(text, key=lambda t: vector[t] / size, reverse=True)[:n]

    def _candidates(self, top: list[str], when: float | None) -> list[StoryState]:
        """The stories in the window under the top terms ``top``, most recent first."""
        listed = self._listed(
            self.index.get(term, _NO_IDS)[: -MAX_STORIES_PER_TERM - 1 : -1] for term in top
        )
        near = None if when is None else self._near(when, when)
        if near is not None:  # most listed stories of a full store are out of the window
            listed = compress(listed, map(near.__contains__, listed))  # (the loops in C)
        found = list(map(self.stories.__getitem__, listed))
        if when is None:
            return found  # undated: every story is in its window
        window = self.params.window_days
        return [
            story
            for story in found
            if story.first is None
            or story.last is None
            or story.first - window <= when <= story.last + window
        ]

    def _near(self, earliest: float, latest: float) -> AbstractSet[str] | None:
        """The ids of the stories whose window may hold an article published between
        ``earliest`` and ``latest`` (a superset), or None past NEAR_DAYS days (all then)."""
        index = self._days_index
        if index is None:
            index = self._days_index = DaysIndex(self.params.window_days)
            for story in self.stories.values():
                index.note(story)
        return index.near(earliest, latest)

    def _note(self, story: StoryState) -> None:
        """Keep the stories by day up to date with a story made, grown or merged into."""
        if self._days_index is not None:
            self._days_index.note(story)

    def forget_days(self) -> None:
        """Forget the stories by day (their states were replaced from outside: ``catch_up``)."""
        self._days_index = None

    def _listed(self, lists: Iterable[list[str]]) -> Iterable[str]:
        """The story ids of these lists, each once (merged ones as their survivor), in
        order of first listing. The loops run in C: a store's posting lists fill up to
        MAX_STORIES_PER_TERM, most of them stories long out of an article's window."""
        listed = dict.fromkeys(chain.from_iterable(lists))
        # Merges pile up with the store: the merged ids are found by a set intersection and
        # resolved alone, the others mapped to themselves (get(id, id)), all in C.
        merged = listed.keys() & self.redirects.keys()
        if merged:
            survivors = {story_id: self.resolve(story_id) for story_id in merged}
            listed = dict.fromkeys(map(survivors.get, listed, listed))
        return listed

    def _join(
        self,
        story: StoryState,
        article_id: str,
        outlet: str,
        vector: Vector,
        when: float | None,
        top: list[str],
    ) -> None:
        story.articles.append(article_id)
        story.parts.append((when, outlet, vector))
        _add_into(story.total, vector)
        _add_into(story.by_outlet.setdefault(outlet, {}), vector)
        if when is not None:
            story.first = when if story.first is None else min(story.first, when)
            story.last = when if story.last is None else max(story.last, when)
            self._compact(story)
        self._note(story)
        for term in top:
            postings = self.index[term]
            if not postings or postings[-1] != story.id:
                postings.append(story.id)

    def _compact(self, story: StoryState) -> None:
        """Sum the parts of members older than the window (and a margin) before the story's
        last one, per outlet and market-report mark: an article published after them is
        further than the window from each, where the discount is flat, so the sums count what
        the members did (exactly, for articles up to the margin out of order), and a long
        story keeps a bounded list."""
        if story.last is None:
            return
        horizon = story.last - self.params.window_days - COMPACT_MARGIN_DAYS
        marks = self.params.report_weight != 1.0
        kept: list[Part] = []
        old: dict[tuple[str, bool], list[Part]] = {}
        for part in story.parts:
            if part[0] is not None and part[0] < horizon:
                old.setdefault((part[1], marks and market_vector(part[2])), []).append(part)
            else:
                kept.append(part)
        if all(len(parts) == 1 for parts in old.values()):
            return
        for (outlet, _mark), parts in old.items():
            summed: Vector = {}
            for _day, _outlet, vector in parts:
                _add_into(summed, vector)
            kept.append((max(part[0] or 0.0 for part in parts), outlet, summed))
        story.parts = kept

    def _merge_neighbour(
        self,
        story: StoryState,
        when: float | None,
        top: list[str] | None = None,
        row: int = 0,
        bounds: Bounds | None = None,
        candidates: list[StoryState] | None = None,
    ) -> None:
        """Merge the story with the closest one the new article made similar enough (average
        link between the two stories); at most one merge per article keeps the work bounded.
        ``top``: the top terms of the story's mean, when known; ``bounds``: the ``row``-th
        bounds hold for the story's links (a story of that one article); ``candidates``: what
        ``_candidates(top, when)`` finds, when known (less the story itself)."""
        if top is None:
            top = self._top_terms(story.total, len(story.articles))
        weight = self._outlet_weight()
        best, score = None, self.params.threshold
        found = self._candidates(top, when) if candidates is None else candidates
        others = [other for other in found if other.id != story.id]
        # Without the batch's bounds (a story that grew), each link is bounded from the kept
        # tables: a candidate whose bound is below the best score so far is passed over.
        dots = None
        if bounds is None and weight <= 1.0 and others:
            dots = self.tables.link_bounds(story, others)
        size = len(story.articles)
        for n, other in enumerate(others):
            if bounds is not None and bounds.below(row, other, self.params.threshold):
                continue
            if dots is not None and dots[n] / (size * len(other.articles)) < score:
                continue
            if (similarity := story.link(other, weight)) < score:
                continue
            if self._discounts(story, other):
                several = len(self.outlets) > 1
                similarity -= story.later_link(other, several, weight, self.params)
            if similarity >= score:
                best, score = other, similarity
        if best is not None:
            self._absorb(story, best)

    def _absorb(self, survivor: StoryState, other: StoryState) -> None:
        if len(other.articles) > len(survivor.articles):  # the bigger story keeps its id
            survivor, other = other, survivor
        survivor.articles.extend(other.articles)
        survivor.parts.extend(other.parts)
        _add_into(survivor.total, other.total)
        for outlet, vector in other.by_outlet.items():
            _add_into(survivor.by_outlet.setdefault(outlet, {}), vector)
        for bound in (other.first, other.last):
            if bound is not None:
                survivor.first = bound if survivor.first is None else min(survivor.first, bound)
                survivor.last = bound if survivor.last is None else max(survivor.last, bound)
        self._compact(survivor)
        self.redirects[other.id] = survivor.id
        del self.stories[other.id]
        self._note(survivor)


class DaysIndex:
    """Story ids by the whole days their window covers (from the window's width before their
    first member to the window's width after their last), and the undated ones: a story an
    article is in the window of is under the article's day. A story's span only grows, so only
    the days it newly covers are added; a merged story's id may stay (merged ids are resolved
    before they are looked up)."""

    def __init__(self, window: float) -> None:
        self.window = window
        self.days: dict[int, set[str]] = {}
        self.undated: set[str] = set()
        self.covered: dict[str, tuple[int, int]] = {}

    def note(self, story: StoryState) -> None:
        """Put the story under the days its window covers now."""
        if story.first is None or story.last is None:
            self.undated.add(story.id)
            return
        # The same float operations as the window test (first - window <= when <= last +
        # window), so a story passing it is under floor(when).
        low, high = floor(story.first - self.window), floor(story.last + self.window)
        was = self.covered.get(story.id)
        self.covered[story.id] = (
            (low, high) if was is None else (min(low, was[0]), max(high, was[1]))
        )
        for day in range(low, high + 1):
            if was is None or not was[0] <= day <= was[1]:
                self.days.setdefault(day, set()).add(story.id)

    def near(self, earliest: float, latest: float) -> AbstractSet[str] | None:
        """The ids under the days from ``earliest`` to ``latest`` and the undated ones; None
        when that is more than NEAR_DAYS days (their union would cost more than it saves)."""
        first, last = floor(earliest), floor(latest)
        if last - first >= NEAR_DAYS:
            return None
        found = self.days.get(first, _NO_STORIES)
        if first == last and not self.undated:
            return found
        return found.union(
            self.undated, *(self.days.get(d, _NO_STORIES) for d in range(first + 1, last + 1))
        )


def _add_into(total: Vector, vector: Vector) -> None:
    """Add ``vector`` to ``total`` term by term (new terms at its end, in ``vector``'s order),
    as a loop of ``total[t] = total.get(t, 0.0) + w`` would, the loop run in C."""
    sums = map(add, map(total.get, vector, repeat(0.0)), vector.values())
    total.update(zip(vector, sums, strict=True))


def in_some_window(
    stories: Sequence[StoryState], days: Sequence[float | None], window: float
) -> list[StoryState]:
    """The stories ``_candidates`` may find, as they stand, for an article published on one of
    ``days`` (all of them when one is undated): a story changes its time span only by gaining
    members, after which the bounds made before no longer hold for it anyway."""
    if None in days or not days:
        return list(stories)
    earliest = min(day for day in days if day is not None)
    latest = max(day for day in days if day is not None)
    return [
        story
        for story in stories
        if story.first is None
        or story.last is None
        or (story.first - window <= latest and earliest <= story.last + window)
    ]


def _days(published: datetime | None) -> float | None:
    return published.timestamp() / 86400 if published else None


def publication_day(published: datetime | None) -> float | None:
    """The day an article is placed by, as a story's span counts it (None: undated)."""
    return _days(published)
