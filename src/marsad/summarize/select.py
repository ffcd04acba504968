"""Turn sentence scores into a summary: budget, no redundancy, readable order, sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

import numpy as np

from marsad.model import SourceRef, SummarySentence
from marsad.summarize.also_told import also_told
from marsad.summarize.article_repeats import article_repeats
from marsad.summarize.attribution import stating_sentences
from marsad.summarize.base import StoryText
from marsad.summarize.contradiction import contradicts
from marsad.summarize.core_figure import (
    CORE_LEAD,
    MIN_OUTLETS,
    core_figures,
    figures_of,
    states_core,
)
from marsad.summarize.credit import article_features, shipped_credit_model
from marsad.summarize.details import gives_details
from marsad.summarize.events import EVENT_COSINE, EVENT_LOGIT, tolls
from marsad.summarize.explainer import article_leads, explainer_sentences
from marsad.summarize.figure_repeats import figure_contained, figure_repeats
from marsad.summarize.frame_repeats import frame_repeats
from marsad.summarize.frames import framed
from marsad.summarize.latest import latest_figures, overtaken
from marsad.summarize.lead_repeats import lead_repeats
from marsad.summarize.loose import loose_sentences
from marsad.summarize.openers import without_turn
from marsad.summarize.quoted_again import quoted_again
from marsad.summarize.quoted_lead import quotes_lead, without_lead_quotes
from marsad.summarize.quoted_report import quoted_reports
from marsad.summarize.relevance import background, peripheral, usable
from marsad.summarize.restated import restating, told_whole
from marsad.summarize.shown_told import follows, shown_as_written, untold, untold_when_shown
from marsad.summarize.signature import MAX_APART
from marsad.summarize.speech_credit import spoken

_NO_DATE = datetime.max.replace(tzinfo=UTC)
# A summary opens with one of the first sentences of an article: the lead states the event.
LEAD_SENTENCES = 2
# A news cycle the summary does not tell yet is told by one of these first sentences of its
# articles (on February, later sentences added were background: "يذكر أن …", match previews).
CYCLE_LEAD_SENTENCES = 3
# Articles this far apart start a new news cycle (on February, calendar days split match
# reports from their follow-ups after midnight and pushed out the scorer of the only goal).
CYCLE_GAP = timedelta(hours=12)
# A story whose articles span this long is "over more than a day": its summary tells the
# latest report (``_cover_latest``).
LATEST_SPAN = timedelta(hours=24)
# A lead often sums up the quote its article gives next ("وصف الجبير … قطر … بأنها صغيرة جدا" /
# "وقال الجبير إن "قطر … صغيرة جدا""). The pair classifier was fit on pairs of different
# articles, so inside one article it counts only when very sure: logit 2 (p 0.88). On the
# February gold, 2 / 1 / 0 gave redundancy 0.037 / 0.037 / 0.049 (0.058 without) at pyramid
# 0.897 / 0.893 / 0.898 (0.897 without).
SAME_ARTICLE_LOGIT = 2.0
# An outlet reporting the shown sentence's event is credited when the credit model's logit for
# its article reaches this (p 0.27, below its own 0.8 bar: the event is already established;
# on the February gold 0 and -1 gave the same credits, -2 one wrong).
EVENT_CREDIT = -1.0
# Two leads the pair classifier reads as one fact both ways at this logit (p 0.82) are versions
# of one fact: the summary shows the one more outlets are credited for (``_credited_version``).
VERSION_LOGIT = 1.5


def select(
    story: StoryText,
    scores: np.ndarray,
    *,
    words: int,
    redundancy: float,
    sentences: int | None = None,
) -> tuple[SummarySentence, ...]:
    """Best-scoring sentences that fit in ``words`` and repeat no chosen one, in reading order.

    Greedy: take sentences by descending score (ties by story order), skip a sentence that
    does not fit the remaining budget or whose cosine to a chosen one is above ``redundancy``,
    or that a chosen sentence already states; stop at ``sentences`` sentences when given.
    A sentence that needs context is taken only right after its predecessor (never alone):
    a first pass takes the sentences that stand alone, a second the ones that follow them.
    A story told over several news cycles gets the lead of each cycle it lacks
    (``_cover_each_cycle``), and an article's first sentence among the chosen opens the summary.
    Sentences far from the story (``relevance.usable``), telling another event
    (``offevent.other_event``: another match, a stale preview) or announcing an action a later
    article reports done (``latest.overtaken``) are not chosen, nor a press review's when the
    story has other usable sentences (``loose.loose_sentences``), and a toll a later article's
    lead raises is shown by that lead (``latest.latest_figures``); a summary without an
    article's first sentence gets one (``_open_with_a_lead``); sentences sharing no
    term with another article (``relevance.peripheral``) or giving background
    (``relevance.background``) or from a profile or explainer beside the news
    (``explainer.explainer_sentences``) only after all the others. A sentence that waits only for a
    kind noun or a surname may come alone when the titles and the chosen sentences tell it,
    and one shown alone whose kind noun or surname neither the titles nor the sentences shown
    before it tell is left out (``shown_told``).
    """
    chosen: list[int] = []
    used = 0
    allowed = story.eligible & usable(story, scores) & ~story.off_event & ~overtaken(story)
    explainers = explainer_sentences(story)
    allowed &= ~(explainers & ~article_leads(story))  # an explainer's lead may still tell the news
    if not allowed.any():
        allowed = story.eligible
    if (kept := allowed & ~loose_sentences(story)).any():  # a press review: the papers, not news
        allowed = kept
    late = peripheral(story) | background(story) | explainers  # considered after all the others
    order = sorted(range(len(story.sentences)), key=lambda i: (bool(late[i]), -float(scores[i]), i))
    alone = story.predecessor < 0
    if not (alone & allowed).any():  # every sentence leans on another: take them all
        alone[:] = True
    for needs_context in (False, True):
        for index in order:
            if sentences is not None and len(chosen) >= sentences:
                break
            if not allowed[index] or alone[index] == needs_context:
                continue
            if (
                needs_context
                and story.predecessor[index] not in chosen
                and not (story.leans_on_told[index] and not untold(story, index, chosen))
            ):
                continue
            length = story.sentences[index].word_count
            if used + length > words or _repeats(story, index, chosen, redundancy):
                continue
            chosen.append(index)
            used += length
    if sentences is None:
        _cover_each_cycle(story, order, alone & allowed & ~late, chosen, words, redundancy)
        _cover_latest(story, order, alone & allowed & ~late, chosen, words, redundancy)
        if len(story.documents) > 1:  # one article's summary: its scorer's choice
            _cover_toll(story, order, alone & allowed & ~late, chosen, words, redundancy)
            _cover_core_figure(story, order, alone & allowed & ~late, chosen, words, redundancy)
            _credited_version(story, alone & allowed & ~late, chosen, words, redundancy)
            latest_figures(
                story,
                chosen,
                alone & allowed & ~late,
                words,
                lambda index, rest: _repeats(story, index, rest, redundancy),
            )
            _open_with_a_lead(story, order, alone & allowed & ~late, chosen, words, redundancy)
    chosen = without_lead_quotes(story, chosen)
    moved = _without_count_repeats(story, chosen)
    _without_frame_repeats(story, chosen)
    _without_lead_repeats(story, chosen)
    _without_article_repeats(story, chosen)
    for kept, also in _without_quotes_again(story, chosen).items():
        moved.setdefault(kept, []).extend(also)
    for kept, also in _without_quoted_reports(story, chosen).items():
        moved.setdefault(kept, []).extend(also)
    ordered = _reading_order(story, chosen)
    leads = [i for i in chosen if story.sentences[i].index < LEAD_SENTENCES and alone[i]]
    if leads:  # open with the event: a first sentence before a second one, one with a toll
        # first (ties: the first chosen, i.e. the best-scoring), with the sentences that lean
        # on it, then the rest. Not a score: a friendly's 4-1 opened a story of the AFC's
        # call to lift Iraq's ban (February).
        first = min(leads, key=lambda i: (story.sentences[i].index, not _gives_toll(story, i)))
        opening = _leaning_on(story, first, chosen)
        ordered = [*opening, *(i for i in ordered if i not in opening)]
    ordered = untold_when_shown(story, ordered)
    shown = [_credited(story, index, moved.get(index, ())) for index in ordered]
    return _without_turns(story, ordered, shown)


def _without_turns(
    story: StoryText, ordered: Sequence[int], shown: list[SummarySentence]
) -> tuple[SummarySentence, ...]:
    """``shown`` with an opening turn to another point ("إلى ذلك،", "من جهة أخرى،") dropped from
    each sentence shown away from its article's previous sentence (``openers.without_turn``):
    it carries no fact and, shown alone, reads as a fragment. An untitled single article
    (EASC's) is shown as written (``shown_told.shown_as_written``)."""
    if shown_as_written(story):
        return tuple(shown)
    language = {document.id: document.language for document in story.documents}
    result = []
    for n, (index, item) in enumerate(zip(ordered, shown, strict=True)):
        article = story.sentences[index].article
        after = follows(story, ordered[n - 1] if n else None, index)
        text = item.text if after else without_turn(item.text, language[article])
        result.append(item if text == item.text else replace(item, text=text))
    return tuple(result)


def _without_count_repeats(story: StoryText, chosen: list[int]) -> dict[int, list[int]]:
    """Take out of ``chosen`` (in place) each sentence that gives a count an earlier one in
    reading order gives (``figure_repeats.figure_repeats``), or whose counts a later one of
    another article gives with more (``figure_repeats.figure_contained``), nothing in its place;
    the kept sentence is also credited to a taken-out sentence of another article with the same
    figures (``_same_figures``): what it credits, by kept sentence."""
    if len(story.documents) < 2:  # one article's summary: its scorer's choice
        return {}
    ordered = _reading_order(story, chosen)
    near = partial(_near_in_time, story)
    repeats = figure_repeats(story, ordered, near)
    keepers = set(repeats.values())  # a sentence kept for a repeat stays, with its credits
    rest = [i for i in ordered if i not in repeats]
    contained = figure_contained(story, rest, near)
    repeats |= {part: whole for part, whole in contained.items() if part not in keepers}
    chosen[:] = [i for i in chosen if i not in repeats]
    moved: dict[int, list[int]] = {}
    for dropped, kept in repeats.items():
        other_article = story.sentences[dropped].article != story.sentences[kept].article
        if other_article and _same_figures(story, kept, dropped):
            moved.setdefault(kept, []).append(dropped)
    return moved


def _without_frame_repeats(story: StoryText, chosen: list[int]) -> None:
    """Take out of ``chosen`` (in place) each sentence telling an earlier one's event frame in
    reading order with nothing of its own (``frame_repeats.frame_repeats``), nothing in its
    place; the kept sentence credits its outlets as ``frames.framed`` says."""
    _without_repeats(story, chosen, frame_repeats)


def _without_lead_repeats(story: StoryText, chosen: list[int]) -> None:
    """Take out of ``chosen`` (in place) each article's first sentence that an earlier shown
    lead of another article tells with every figure, name and weekday of it
    (``lead_repeats.lead_repeats``), nothing in its place and no credit moved."""
    _without_repeats(story, chosen, lead_repeats)


def _without_article_repeats(story: StoryText, chosen: list[int]) -> None:
    """Take out of ``chosen`` (in place) each sentence giving an earlier one's count again in a
    summary the pair classifier does not read (``article_repeats.article_repeats``), nothing in
    its place."""
    repeats = article_repeats(story, _reading_order(story, chosen))
    chosen[:] = [i for i in chosen if i not in repeats]


def _without_quotes_again(story: StoryText, chosen: list[int]) -> dict[int, list[int]]:
    """Take out of ``chosen`` (in place) each sentence quoting again a word an earlier one of
    its article quotes (``quoted_again.quoted_again``), nothing in its place; the kept sentence
    is also credited to the sentences crediting the one taken out (``_stating``), as its
    outlets state the statement too: what it credits, by kept sentence."""
    if len(story.documents) < 2:  # one article's summary: its scorer's choice
        return {}
    repeats = quoted_again(story, _reading_order(story, chosen))
    chosen[:] = [i for i in chosen if i not in repeats]
    moved: dict[int, list[int]] = {}
    for dropped, kept in repeats.items():
        moved.setdefault(kept, []).extend(_stating(story, dropped))
    return moved


def _without_quoted_reports(story: StoryText, chosen: list[int]) -> dict[int, list[int]]:
    """Take out of ``chosen`` (in place) each sentence quoting a statement another chosen one
    reports (``quoted_report.quoted_reports``), nothing in its place; the report is also
    credited to the sentences crediting the quote that give every figure of the report (their
    outlets state its fact, not only a part of it): what it credits, by kept sentence."""
    if len(story.documents) < 2:  # one article's summary: its scorer's choice
        return {}
    repeats = quoted_reports(story, _reading_order(story, chosen), partial(_near_in_time, story))
    chosen[:] = [i for i in chosen if i not in repeats]
    moved: dict[int, list[int]] = {}
    for dropped, kept in repeats.items():
        figures = story.stated_figures(kept)
        moved.setdefault(kept, []).extend(
            j for j in _stating(story, dropped) if figures <= story.stated_figures(j)
        )
    return moved


def _without_repeats(
    story: StoryText,
    chosen: list[int],
    find: Callable[[StoryText, Sequence[int], Callable[[int, int], bool]], dict[int, int]],
) -> None:
    """Take out of ``chosen`` (in place) the repeats ``find`` maps to an earlier sentence in
    reading order, nothing in their place; a one-article summary is its scorer's choice."""
    if len(story.documents) < 2:
        return
    repeats = find(story, _reading_order(story, chosen), partial(_near_in_time, story))
    chosen[:] = [i for i in chosen if i not in repeats]


def _cover_each_cycle(
    story: StoryText,
    order: list[int],
    candidates: np.ndarray,
    chosen: list[int],
    words: int,
    redundancy: float,
) -> None:
    """A story told over several news cycles (days) gets the best lead sentence of each cycle
    it has none of, in place of the lowest-scoring sentences of cycles told more than once when
    the budget is full: the main development of each day. ``candidates``: sentences that may
    be shown alone."""
    cycle = _news_cycles(story)
    if len(set(cycle.values())) < 2:
        return
    for index in order:
        when = cycle.get(story.sentences[index].article)
        told = [cycle.get(story.sentences[i].article) for i in chosen]
        if when is None or when in told or not candidates[index]:
            continue
        if story.sentences[index].index >= CYCLE_LEAD_SENTENCES:  # a day's news is in its leads
            continue
        if _repeats(story, index, chosen, redundancy):
            continue
        # Only sentences of cycles told twice or more make room.
        _add_in_room(story, chosen, index, words, partial(_told_twice, story, cycle, Counter(told)))


def _cover_latest(
    story: StoryText,
    order: list[int],
    candidates: np.ndarray,
    chosen: list[int],
    words: int,
    redundancy: float,
) -> None:
    """A story told over more than a day whose summary has no lead sentence of its latest
    articles (published within ``CYCLE_GAP`` of the newest) gets the best one that no chosen
    sentence states, in place of the lowest-scoring sentences (never the first pick,
    never one another leans on): the newest report. A story of many articles published without
    a 12-hour pause is one news cycle, so ``_cover_each_cycle`` does not reach its last day."""
    published = {d.id: d.article.published for d in story.documents if d.article.published}
    if not published or max(published.values()) - min(published.values()) < LATEST_SPAN:
        return
    newest = max(published.values())
    latest = {a for a, when in published.items() if newest - when < CYCLE_GAP}
    if any(
        story.sentences[i].article in latest and story.sentences[i].index < CYCLE_LEAD_SENTENCES
        for i in chosen
    ):  # a lead of the latest articles is told; their later sentences are mostly background
        return
    for index in order:
        sentence = story.sentences[index]
        if sentence.article not in latest or not candidates[index]:
            continue
        if sentence.index >= CYCLE_LEAD_SENTENCES or _repeats(story, index, chosen, redundancy):
            continue
        if _add_in_room(story, chosen, index, words, lambda _victim: True):
            return


def _open_with_a_lead(
    story: StoryText,
    order: list[int],
    candidates: np.ndarray,
    chosen: list[int],
    words: int,
    redundancy: float,
) -> None:
    """A summary none of whose sentences is an article's first gets the best-scoring first
    sentence among ``candidates`` credited to as many outlets as any chosen opener; the chosen
    sentences follow it as they fit, in their order, unless they repeat it or lean on one left
    out. An Arabic report states its event in its first sentence; a second one that opens with
    "و" continues it (February: "ونقلت وكالة الأنباء الإماراتية … على لسان الزغابي قوله" shown
    alone, never saying who al-Zaabi is; "وتلقى خوان ماتا … تمريرة" without the match)."""
    if any(story.sentences[i].index == 0 for i in chosen):
        return
    # Credited to as many outlets as the best-credited chosen opener (an article's first two
    # sentences): a first sentence fewer outlets carry does not state the story's event
    # (one paper's aid line in place of the flood toll two outlets give).
    carried = max((len(_outlets(story, i)) for i in chosen if _opener(story, i)), default=0)
    lead = next(
        (
            i
            for i in order
            if candidates[i]
            and story.sentences[i].index == 0
            and len(_outlets(story, i)) >= carried
        ),
        None,
    )
    if lead is None:
        return
    kept = [lead]
    used = story.sentences[lead].word_count
    for index in chosen:
        length = story.sentences[index].word_count
        if used + length > words or _repeats(story, index, [lead], redundancy):
            continue
        if story.predecessor[index] >= 0 and int(story.predecessor[index]) not in kept:
            continue
        kept.append(index)
        used += length
    chosen[:] = kept


def _opener(story: StoryText, index: int) -> bool:
    """True when sentence ``index`` may open a summary: one of its article's first
    ``LEAD_SENTENCES``, standing alone."""
    return story.sentences[index].index < LEAD_SENTENCES and story.predecessor[index] < 0


def _cover_toll(
    story: StoryText,
    order: list[int],
    candidates: np.ndarray,
    chosen: list[int],
    words: int,
    redundancy: float,
) -> None:
    """A summary none of whose sentences gives a toll, in a story one of whose articles leads
    with one, gets the best-scoring such lead, in place of the chosen leads that state its
    fact without the toll and of the lowest-scoring sentences (never the first pick, never
    one another leans on): the dead of an attack or an accident are its core fact (February:
    Leicester's explosion without the 4 dead of the latest report, a Florida school shooting
    without its 17 dead, each a lead the pair classifier read as the chosen lead's fact)."""
    if any(_gives_toll(story, i) for i in chosen):
        return
    _swap_in(
        story,
        [i for i in order if not story.sentences[i].index and candidates[i]],
        chosen,
        words,
        redundancy,
        partial(_has_toll, story),
        lambda _victim: True,
        lambda _index, _told: True,
    )


def _cover_core_figure(
    story: StoryText,
    order: list[int],
    candidates: np.ndarray,
    chosen: list[int],
    words: int,
    redundancy: float,
) -> None:
    """A summary none of whose sentences states a figure most outlets give in their leads
    (``core_figure.core_figures``: a score, a sum, a share, a toll) gets the best-scoring lead
    that states the one most outlets give, else such a sentence among an article's first
    ``CORE_LEAD``, in place of the chosen leads that state its fact without it and of the
    lowest-scoring sentences that are not leads (February: Arsenal's shirt deal without its
    200 million, a match report without its score). A lead published more than ``MAX_APART``
    away tells another development and is not replaced (February: the pledges to rebuild Iraq,
    two days after the 88.2 billion it needs). The sentence is credited to
    ``MIN_OUTLETS`` outlets or more: one outlet's sentence told another match's score beside it
    (February: Liverpool's 5-0 in a sentence giving Real Madrid's 3-1)."""
    core = core_figures(story)
    if not core or states_core(story, chosen, core):
        return
    top = max(core.values())
    wanted = {figure for figure, outlets in core.items() if outlets == top}
    for lead in (LEAD_SENTENCES, CORE_LEAD):
        shortlist = [i for i in order if story.sentences[i].index < lead and candidates[i]]
        if _swap_in(
            story,
            shortlist,
            chosen,
            words,
            redundancy,
            lambda i: (
                bool(figures_of(story.sentences[i].text) & wanted)
                and len(_outlets(story, i)) >= MIN_OUTLETS
            ),
            lambda victim: story.sentences[victim].index >= LEAD_SENTENCES,
            partial(_near_in_time, story),
        ):
            return


def _swap_in(
    story: StoryText,
    shortlist: list[int],
    chosen: list[int],
    words: int,
    redundancy: float,
    wanted: Callable[[int], bool],
    may_drop: Callable[[int], bool],
    may_replace: Callable[[int, int], bool],
) -> bool:
    """Add to ``chosen`` (in place) the first sentence of ``shortlist`` that ``wanted`` accepts,
    in place of the chosen leads that state its fact and that ``may_replace`` lets it replace
    (never a later sentence, never one another leans on) and of chosen sentences ``may_drop``
    allows when the budget is full (``_add_in_room``); False, and nothing changed, when none
    fits."""
    for index in shortlist:
        if not wanted(index):
            continue
        told = [i for i in chosen if _repeats(story, index, [i], redundancy)]
        if any(
            story.sentences[i].index >= LEAD_SENTENCES or not may_replace(index, i) for i in told
        ):
            continue
        if any(int(story.predecessor[i]) in told for i in chosen):
            continue
        kept = [i for i in chosen if i not in told]
        if not _add_in_room(story, kept, index, words, may_drop):
            continue
        chosen[:] = kept
        return True
    return False


def _credited_version(
    story: StoryText,
    candidates: np.ndarray,
    chosen: list[int],
    words: int,
    redundancy: float,
) -> None:
    """Of two outlets' leads that state one fact, the one both are credited for: a chosen lead
    is replaced by another outlet's first sentence (among ``candidates``) that the pair
    classifier reads as its fact both ways (``VERSION_LOGIT``), published within
    ``MAX_APART``, with the same figures (``_same_figures``), whose credited outlets include
    the chosen one's and more. February: an outlet whose lead tells the fact in other words
    was left uncredited when the shown lead had a detail it does not give (the BBC's "Mueller"
    and "full cooperation" beside Sky's plea of Rick Gates)."""
    logits = story.pair_logits
    if logits is None:
        return
    for position, index in enumerate(list(chosen)):
        if story.sentences[index].index >= LEAD_SENTENCES or story.predecessor[index] >= 0:
            continue
        if any(int(story.predecessor[i]) == index for i in chosen):
            continue
        same = np.minimum(logits["same"][index], logits["same"][:, index])  # both ways
        rest = [i for i in chosen if i != index]
        used = sum(story.sentences[i].word_count for i in rest)
        versions = [
            other
            for other in np.flatnonzero(candidates & (same >= VERSION_LOGIT)).tolist()
            if story.sentences[other].index == 0
            and story.sources[other] != story.sources[index]
            and other not in chosen
            and used + story.sentences[other].word_count <= words
            and _near_in_time(story, index, other)
            and _same_figures(story, index, other)
            and not _repeats(story, other, rest, redundancy)
        ]
        if not versions:  # the credits are read only for the few leads with a version
            continue
        best, best_outlets = index, _outlets(story, index)
        for other in versions:
            found = _outlets(story, other)
            if found > best_outlets:
                best, best_outlets = other, found
        chosen[position] = best


def _near_in_time(story: StoryText, one: int, two: int) -> bool:
    """True when the articles of two sentences were published within ``MAX_APART`` of each
    other (or either is undated): leads days apart tell two developments."""
    published = {d.id: d.article.published for d in story.documents}
    first = published[story.sentences[one].article]
    second = published[story.sentences[two].article]
    return first is None or second is None or abs(first - second) <= MAX_APART


def _same_figures(story: StoryText, one: int, two: int) -> bool:
    """True when each of two sentences states every figure of the other (in digits or words)
    and its toll or score (``events.StoryEvents.states_key``): a version without the other's
    figures tells part of its fact (a 3-1 defeat written in words, the other match's result)."""
    events = story.events
    if story.stated_figures(one) != story.stated_figures(two):
        return False
    return all(
        not events.has_key(first) or events.states_key(first, [second], story.figures)
        for first, second in ((one, two), (two, one))
    )


def _outlets(story: StoryText, index: int) -> frozenset[str]:
    """The outlets credited for sentence ``index``."""
    sources = _summary_sentence(story, index).sources
    outlet = {d.id: d.article.source for d in story.documents}
    return frozenset(outlet[a] for a in sources)


def _has_toll(story: StoryText, index: int) -> bool:
    """True when sentence ``index`` states a toll (a key figure that is not a score). The toll
    is read first: a score is looked for only then (a week's leads cost 0.08 s read whole)."""
    return bool(tolls(story.sentences[index].text)) and not story.events.has_score(index)


def _gives_toll(story: StoryText, index: int) -> bool:
    """``_has_toll`` of a chosen sentence, read through ``story.events``: its credits read the
    same figures (``_event_credits``), so they are read once."""
    return story.events.has_key(index) and not story.events.has_score(index)


def _told_twice(
    story: StoryText, cycle: dict[str, int], count: Counter[int | None], victim: int
) -> bool:
    """True (and one fewer told) when ``victim``'s news cycle is told more than once."""
    victim_cycle = cycle.get(story.sentences[victim].article)
    if count[victim_cycle] > 1:
        count[victim_cycle] -= 1
        return True
    return False


def _add_in_room(
    story: StoryText,
    chosen: list[int],
    index: int,
    words: int,
    may_drop: Callable[[int], bool],
) -> bool:
    """Add sentence ``index`` to ``chosen``, dropping the lowest-scoring chosen sentences that
    ``may_drop`` allows when the budget is full (never the first pick, never a sentence another
    one leans on); False, and nothing changed, when no such room can be made."""
    leaned_on = {int(story.predecessor[i]) for i in chosen}
    need = story.sentences[index].word_count
    used = sum(story.sentences[i].word_count for i in chosen)
    dropped: list[int] = []
    for victim in reversed(chosen[1:]):
        if used + need <= words:
            break
        if victim not in leaned_on and may_drop(victim):
            dropped.append(victim)
            used -= story.sentences[victim].word_count
    if used + need > words:
        return False
    for victim in dropped:
        chosen.remove(victim)
    chosen.append(index)
    return True


def _leaning_on(story: StoryText, first: int, chosen: list[int]) -> list[int]:
    """``first`` and the chosen sentences that lean on it, one on the next: moved to the top
    of a summary together, a sentence that needs context still follows its predecessor."""
    run = [first]
    while (after := next((i for i in chosen if story.predecessor[i] == run[-1]), None)) is not None:
        run.append(after)
    return run


def _news_cycles(story: StoryText) -> dict[str, int]:
    """Each dated article's news cycle: articles published within ``CYCLE_GAP`` of the one
    before them share a cycle (a match report at 22:00 and its follow-up at 02:00 are one)."""
    dated = sorted(
        (d.article.published, d.id) for d in story.documents if d.article.published is not None
    )
    cycle: dict[str, int] = {}
    for n, (published, article) in enumerate(dated):
        new = n > 0 and published - dated[n - 1][0] >= CYCLE_GAP
        cycle[article] = cycle[dated[n - 1][1]] + new if n else 0
    return cycle


def _repeats(story: StoryText, index: int, chosen: list[int], redundancy: float) -> bool:
    return any(
        story.similarity[index, other] > redundancy
        or story.states[index, other] >= story.attribution_threshold
        or story.same_fact[index, other]
        or _restated_in_article(story, index, other)
        or _same_event(story, index, other)
        or quotes_lead(story, index, other)
        for other in chosen
    )


def _same_event(story: StoryText, index: int, other: int) -> bool:
    """True when sentences of two articles report one event by its toll or score
    (``events.StoryEvents.same_event``) and are not far apart (``EVENT_COSINE`` and
    ``EVENT_LOGIT``), or are two leads with one score: leads of one match share few words
    (0.06), while a toll is often background in a lead ("أوقع الأربعاء 17 قتيلا" beside the
    march the survivors announce)."""
    logits = story.pair_logits
    one, two = story.sentences[index], story.sentences[other]
    if logits is None or one.article == two.article:
        return False
    close = (
        story.similarity[index, other] >= EVENT_COSINE
        and logits["same"][index, other] >= EVENT_LOGIT
    )
    if not close and max(one.index, two.index) >= LEAD_SENTENCES:
        return False
    events = story.events
    if not (events.has_key(index) and events.has_key(other)):
        return False
    if not close and not (events.has_score(index) and events.has_score(other)):
        return False
    return events.same_event(index, other)


def _event_credits(story: StoryText, index: int) -> list[int]:
    """Sentences of other articles reporting the event of sentence ``index`` (the same score
    or toll, ``events.StoryEvents.states_key``) whose article the credit model does not rule
    out (``EVENT_CREDIT``): their outlets state it too. The score alone credited a 2-0 win's
    reports with the "31 games unbeaten" the shown lead adds (February gold)."""
    if not story.events.has_key(index):
        return []
    logits = story.pair_logits
    if logits is None:
        return []
    candidates = (story.similarity[index] >= EVENT_COSINE) & (
        logits["same"][:, index] >= EVENT_LOGIT
    )  # the close pairs of _same_event, at once
    if story.sentences[index].index < LEAD_SENTENCES:  # leads of other articles too
        starts = story.articles.starts
        leads = np.concatenate([starts, starts + 1])
        candidates[leads[leads < candidates.size]] = True
    found = [
        j
        for j in np.flatnonzero(candidates).tolist()
        if _same_event(story, j, index) and story.events.states_key(index, [j], story.figures)
    ]
    if not found:
        return []
    firsts, rows = article_features(story, index)
    logit = dict(zip(firsts, shipped_credit_model().logit(rows).tolist(), strict=True))
    return [j for j in found if logit.get(story.articles.start(j), -np.inf) >= EVENT_CREDIT]


def _restated_in_article(story: StoryText, index: int, other: int) -> bool:
    """True when two sentences of one article state one fact, as the pair classifier judges
    at ``SAME_ARTICLE_LOGIT``."""
    logits = story.pair_logits
    same_article = story.sentences[index].article == story.sentences[other].article
    return (
        same_article and logits is not None and logits["same"][index, other] >= SAME_ARTICLE_LOGIT
    )


def _reading_order(story: StoryText, chosen: list[int]) -> list[int]:
    """Chronological by the article's publication date, then article order, then position."""
    rank = {document.id: number for number, document in enumerate(story.documents)}
    published = {document.id: document.article.published for document in story.documents}

    def key(index: int) -> tuple[datetime, int, int]:
        sentence = story.sentences[index]
        date = published[sentence.article]
        return (date or _NO_DATE, rank[sentence.article], sentence.index)

    return sorted(chosen, key=key)


def _summary_sentence(story: StoryText, index: int, also: Sequence[int] = ()) -> SummarySentence:
    """Sentence ``index`` with every article stating it, and the articles of ``also``
    (sentences told once with it) credited."""
    return _summary_of(story, index, _best_per_article(story, _stating(story, index, also)))


def _best_per_article(story: StoryText, stating: Sequence[int]) -> list[int]:
    """The first sentence of each article in ``stating``: its best match, the quoted one first."""
    seen: set[str] = set()
    best = []
    for j in stating:
        article = story.sentences[j].article
        if article not in seen:
            seen.add(article)
            best.append(j)
    return best


def _ref(story: StoryText, j: int) -> SourceRef:
    """Where sentence ``j`` is: its article, index and span."""
    other = story.sentences[j]
    return SourceRef(article=other.article, sentence=other.index, start=other.start, end=other.end)


def _summary_of(story: StoryText, index: int, crediting: Sequence[int]) -> SummarySentence:
    """Sentence ``index`` credited to the articles of the sentences ``crediting`` it."""
    sentence = story.sentences[index]
    refs = [_ref(story, j) for j in crediting]
    return SummarySentence(
        text=sentence.text,
        article=sentence.article,
        sentence=sentence.index,
        sources=tuple(ref.article for ref in refs),
        refs=tuple(refs),
    )


def _credited(story: StoryText, index: int, also: Sequence[int] = ()) -> SummarySentence:
    """Sentence ``index`` as the summary shows it: credited to the articles stating it with
    its details (``details.gives_details``), and on the second line the articles that tell
    its event without them and those of other outlets telling its fact in part or in other
    words (``also_told.also_told``)."""
    crediting = _best_per_article(story, _stating(story, index, also))
    if len(story.documents) < 2:
        return _summary_of(story, index, crediting)
    article = story.sentences[index].article
    first = [
        j
        for j in crediting
        if story.sentences[j].article == article or gives_details(story, index, j)
    ]
    shown = _summary_of(story, index, first)
    outlet = {d.id: d.article.source for d in story.documents}
    credited = frozenset(outlet[a] for a in shown.sources)
    part = [
        j
        for j in crediting
        if j not in first and outlet[story.sentences[j].article] not in credited
    ]
    named = credited | {outlet[story.sentences[j].article] for j in part}
    told = sorted([*part, *also_told(story, index, named)])
    if not told:
        return shown
    refs = tuple(_ref(story, j) for j in told)
    return replace(shown, also=tuple(ref.article for ref in refs), also_refs=refs)


def _stating(story: StoryText, index: int, also: Sequence[int] = ()) -> list[int]:
    """The sentences crediting sentence ``index``: itself first, then those stating it and the
    sentences of ``also`` (told once with it), best match first, none claiming otherwise."""
    paraphrases = np.flatnonzero(story.restates[index]).tolist()
    whole = shipped_credit_model().credited(story, index)  # told over several sentences
    found = (
        set(stating_sentences(story, index))
        | set(paraphrases)
        | set(whole)
        | set(_event_credits(story, index))
        | set(restating(story, index) if story.restatements else ())
        | set(also)
        | set(framed(story, index))
    )
    found.update(spoken(story, index))  # in place: ties keep the order they had without it
    found.update(told_whole(story, index))
    text = story.sentences[index].text
    # A sentence telling another event (a preview of the match the shown sentence reports, a
    # roundup's other match) does not state it, however alike the words: February's preview
    # "يبحث ريال مدريد عن الثأر من ليغانيس … عندما يزوره يوم الأربعاء" was credited with the 3-1.
    # A preview recalling the earlier result the shown sentence tells gives its score: it stays.
    shown_off = bool(story.off_event[index])
    events = story.events

    def other_event(j: int) -> bool:
        return (
            not shown_off
            and bool(story.off_event[j])
            and not (events.has_key(index) and events.states_key(index, [j], story.figures))
        )

    return sorted(
        (
            j
            for j in found
            if j == index
            or not (
                other_event(j)
                or events.clash(index, j)
                or contradicts(text, story.sentences[j].text)
            )
        ),
        key=lambda j: (j != index, -story.states[index, j]),
    )
