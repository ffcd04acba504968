"""Format-neutral view of a digest: what every report shows, already resolved to display values."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from marsad.facts.quantities import GOALS
from marsad.model import Article, Digest, Discrepancy, Fact, Story, SummarySentence

# Languages written right to left; any other language code is laid out left to right.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ps", "ur", "yi"})
# Removed text is noise; a glimpse of it is enough to judge the cleaning rule that removed it.
REMOVAL_PREVIEW_CHARS = 120
# Quotes and claim sentences are shown whole up to this length.
QUOTE_PREVIEW_CHARS = 240
# Reports list this many facts per story; the JSON digest has them all.
MAX_FACTS = 60
FACT_LABELS = {"quantity": "figure", "date": "date", "entity": "entity", "quote": "quote"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Chip:
    """An outlet that states a summary sentence, with the titles of its articles that state it."""

    outlet: str
    titles: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceView:
    """A summary sentence and the outlets that state it."""

    text: str
    chips: tuple[Chip, ...]
    disputes: tuple[str, ...] = ()  # figures of the sentence that outlets report differently
    # Outlets that tell its fact in part or in other words (``SummarySentence.also``), not chips.
    also: tuple[str, ...] = ()

    @property
    def outlets(self) -> tuple[str, ...]:
        """Outlet names, in source order."""
        return tuple(chip.outlet for chip in self.chips)

    @property
    def corroborated(self) -> bool:
        """True when two or more outlets state the sentence."""
        return len(self.chips) >= 2


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    """One article line: outlet, title and publication date."""

    outlet: str
    title: str
    date_iso: str | None
    date_label: str
    certainty: str = "stated"  # of the publication date: stated, resolved, inferred, unknown


@dataclass(frozen=True, slots=True, kw_only=True)
class FactView:
    """One fact line: kind label, display text, detail (unit, qualifier, speaker), outlets."""

    kind: str
    text: str
    detail: str
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimView:
    """One side of a disagreement: value, the sentence stating it, outlets and date."""

    value: str
    text: str
    outlets: tuple[str, ...]
    date: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscrepancyView:
    """Claims about one thing shown side by side, with the kind of disagreement."""

    subject: str
    kind: str
    explanation: str
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventView:
    """A timeline entry: date, certainty, text and the outlets that report it."""

    date: str
    certainty: str
    text: str
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class CopyView:
    """Articles that copy each other, or a passage several outlets carry (wire copy)."""

    kind: str
    label: str
    text: str
    outlets: tuple[str, ...]
    first: str | None


_COPY_LABELS = {
    "exact": "same article",
    "near": "near copies",
    "shared-text": "same wording",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryView:
    """A story as a reader sees it."""

    id: str
    title: str
    language: str
    direction: str
    outlet_count: int
    articles: tuple[ArticleView, ...]
    sentences: tuple[SentenceView, ...]
    facts: tuple[FactView, ...] = ()
    discrepancies: tuple[DiscrepancyView, ...] = ()
    timeline: tuple[EventView, ...] = ()
    copies: tuple[CopyView, ...] = ()
    more_facts: int = 0  # facts left out of the report (the JSON has them all)
    opinion: bool = False  # every article is an opinion piece: labelled so, not news

    @property
    def published(self) -> str:
        """The days its articles were published: ``2022-01-09 – 2022-01-14``, or ``""``."""
        days = sorted({article.date_iso for article in self.articles if article.date_iso})
        if not days:
            return ""
        return days[0] if len(days) == 1 else f"{days[0]} – {days[-1]}"

    @property
    def published_inferred(self) -> bool:
        """No article states its day: the days shown were inferred from the texts."""
        return all(article.certainty not in ("stated", "resolved") for article in self.articles)

    @property
    def counts(self) -> str:
        """``2 articles from 2 outlets``."""
        return f"{plural(len(self.articles), 'article')} from {plural(self.outlet_count, 'outlet')}"


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovedItem:
    """One piece of text removed by cleaning, shortened for display."""

    reason: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovalGroup:
    """What cleaning removed from one article."""

    article: str
    outlet: str
    title: str
    items: tuple[RemovedItem, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class StorylineView:
    """A storyline of several stories: its title, its days, and its sequence of stories
    (id, day, opening sentence, outlets), oldest first."""

    id: str
    title: str
    dates: str
    steps: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestView:
    """Everything a report renders, in display order."""

    language: str
    direction: str
    stories: tuple[StoryView, ...]
    article_count: int
    removed: tuple[RemovalGroup, ...]
    problems: tuple[str, ...]
    storylines: tuple[StorylineView, ...] = ()

    @property
    def counts(self) -> str:
        """``2 stories · 3 articles · 1 rejected input``."""
        return " · ".join(
            (
                plural(len(self.stories), "story", "stories"),
                plural(self.article_count, "article"),
                plural(len(self.problems), "rejected input"),
            )
        )


def one_line(text: str) -> str:
    """Collapse all whitespace runs (newlines included) to single spaces."""
    return " ".join(text.split())


def shorten(text: str, limit: int = REMOVAL_PREVIEW_CHARS) -> str:
    """One line of at most ``limit`` characters, ending in an ellipsis when cut."""
    line = one_line(text)
    if len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + "…"


def outlet_name(source: str) -> str:
    """An outlet name on one line, with a placeholder when the source is blank."""
    return one_line(source) or "unknown outlet"


def direction_of(language: str) -> str:
    """``rtl`` or ``ltr`` for a language code such as ``ar`` or ``en-GB``."""
    base = language.split("-")[0].lower()
    return "rtl" if base in RTL_LANGUAGES else "ltr"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 outlet``, ``2 outlets``."""
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def page_language(stories: tuple[Story, ...]) -> str:
    """The most common story language; Arabic wins ties and is the default for no stories."""
    counts = Counter(story.language for story in stories)
    if not counts:
        return "ar"
    return max(counts, key=lambda lang: (counts[lang], lang == "ar"))


def article_view(article: Article) -> ArticleView:
    """Display values for one article; the date is shown as the outlet gave it (its own offset)."""
    if article.published is None:
        return ArticleView(
            outlet=outlet_name(article.source),
            title=one_line(article.title),
            date_iso=None,
            date_label="date unknown",
            certainty="unknown",
        )
    day = article.published.date().isoformat()
    certain = article.published_certainty in ("stated", "resolved")
    return ArticleView(
        outlet=outlet_name(article.source),
        title=one_line(article.title),
        date_iso=day,
        date_label=day if certain else f"{day} ({article.published_certainty})",
        certainty=article.published_certainty,
    )


def sentence_view(story: Story, sentence: SummarySentence) -> SentenceView:
    """A summary sentence with one chip per outlet (``Story.sources_of`` order)."""
    sources = sentence.sources or (sentence.article,)
    wanted = set(sources)
    articles = [article for article in story.articles if article.id in wanted]
    chips = tuple(
        Chip(
            outlet=outlet_name(outlet),
            titles=tuple(one_line(a.title) for a in articles if a.source == outlet),
        )
        for outlet in story.sources_of(sources)
    )
    credited = {chip.outlet for chip in chips}
    also = tuple(
        name
        for name in (outlet_name(outlet) for outlet in story.sources_of(sentence.also))
        if name not in credited
    )
    return SentenceView(
        text=one_line(sentence.text),
        chips=chips,
        disputes=tuple(one_line(note) for note in sentence.disputes),
        also=also,
    )


def story_view(story: Story) -> StoryView:
    """Display values for one story."""
    facts = facts_view(story)
    return StoryView(
        id=story.id,
        title=one_line(story.title) or "(untitled)",
        language=story.language,
        direction=direction_of(story.language),
        outlet_count=len({article.source for article in story.articles}),
        articles=tuple(article_view(article) for article in story.articles),
        sentences=tuple(sentence_view(story, sentence) for sentence in story.summary),
        facts=facts[:MAX_FACTS],
        more_facts=max(0, len(facts) - MAX_FACTS),
        opinion=story.opinion,
        discrepancies=tuple(discrepancy_view(story, item) for item in story.discrepancies),
        timeline=tuple(
            EventView(
                date=event.date,
                certainty=event.certainty,
                text=one_line(event.text),
                outlets=_outlets(story, event.sources),
            )
            for event in story.timeline
        ),
        copies=tuple(
            CopyView(
                kind=group.kind,
                label=_COPY_LABELS.get(group.kind, group.kind),
                text=shorten(one_line(group.text)),
                outlets=_outlets(story, group.articles),
                first=_outlets(story, (group.first,))[0] if group.first else None,
            )
            for group in story.duplicates
        ),
    )


def _outlets(story: Story, sources: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(outlet_name(outlet) for outlet in story.sources_of(sources))


def format_value(value: object, qualifier: object = None) -> str:
    """A figure for display: ``2000``, ``20–99``, ``~8000``, ``>1300``."""
    if isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        shown = f"{_number(low)}–{_number(high)}" if high is not None else f">{_number(low)}"
    else:
        shown = _number(value)
    prefix = {"about": "~", "more_than": ">", "at_least": "≥", "less_than": "<", "up_to": "≤"}
    return prefix.get(str(qualifier), "") + shown


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _fact_detail(fact: Fact) -> str:
    if fact.kind == "quantity":
        return _figure_detail(fact)
    if fact.kind == "date":
        return f"{fact.value or 'unresolved'} ({fact.extra.get('certainty', 'unknown')})"
    if fact.kind == "entity":
        return str(fact.extra.get("type", ""))
    speaker = fact.extra.get("speaker")
    return f"{speaker}" if speaker else "speaker unknown"


def _figure_detail(fact: Fact) -> str:
    """Value (a vague amount as written), unit, what is counted, where, when, and by whom:
    ``164 · شخص · killed · in كازاخستان · on 2022-01-09 · according to الداخلية · cumulative``."""
    extra = fact.extra
    vague = extra.get("value_kind") == "vague"
    parts = [fact.text if vague else format_value(fact.value, extra.get("qualifier"))]
    parts += [str(part) for part in (fact.unit, extra.get("counted") or fact.subject) if part]
    labelled = (("in", "place"), ("on", "day"), ("according to", "source"))
    parts += [f"{word} {extra[key]}" for word, key in labelled if extra.get(key)]
    if extra.get("time_scope") in ("cumulative", "one_day"):
        parts.append(str(extra["time_scope"]).replace("_", " "))
    elif extra.get("time_scope") == "earlier":
        parts.append("an earlier event")
    if extra.get("opinion"):
        parts.append("an opinion piece's")  # the writer's argument, not a report
    return " · ".join(dict.fromkeys(parts))


def facts_view(story: Story) -> tuple[FactView, ...]:
    """Fact lines in contract order (figures, dates, entities, quotes); a side of a match
    score is not shown (``shown_fact``)."""
    return tuple(
        FactView(
            kind=FACT_LABELS.get(fact.kind, fact.kind),
            text=shorten(fact.text, QUOTE_PREVIEW_CHARS),
            detail=one_line(_fact_detail(fact)),
            outlets=_outlets(story, fact.sources),
        )
        for fact in story.facts
        if shown_fact(fact)
    )


def shown_fact(fact: Fact) -> bool:
    """False for a side of a match score or a formation ("3-1", "4-3-3": unit ``goal``): the
    facts keep it (the blind guide lists goals as figures), an editor reads it as no fact."""
    return not (fact.kind == "quantity" and fact.unit == GOALS)


def discrepancy_view(story: Story, item: Discrepancy) -> DiscrepancyView:
    """A disagreement with its claims side by side."""
    return DiscrepancyView(
        subject=one_line(item.subject),
        kind=item.kind,
        explanation=one_line(item.explanation),
        claims=tuple(
            ClaimView(
                value=format_value(claim.value),
                text=shorten(claim.text, QUOTE_PREVIEW_CHARS),
                outlets=_outlets(story, claim.sources),
                date=claim.date or "date unknown",
            )
            for claim in item.claims
        ),
    )


def removal_groups(digest: Digest) -> tuple[RemovalGroup, ...]:
    """Removals grouped by article, in order of first appearance."""
    articles = {a.id: a for story in digest.stories for a in story.articles}
    grouped: dict[str, list[RemovedItem]] = {}
    for removal in digest.removed:
        reason = one_line(removal.reason) or "unspecified"
        item = RemovedItem(reason=reason, text=shorten(removal.text))
        grouped.setdefault(removal.article, []).append(item)
    return tuple(
        _removal_group(article_id, articles.get(article_id), items)
        for article_id, items in grouped.items()
    )


def _removal_group(
    article_id: str, article: Article | None, items: list[RemovedItem]
) -> RemovalGroup:
    # Removals can name an article that is in no story (e.g. one emptied by cleaning).
    return RemovalGroup(
        article=article_id,
        outlet=outlet_name(article.source) if article else article_id,
        title=one_line(article.title) if article else "",
        items=tuple(items),
    )


def digest_view(digest: Digest) -> DigestView:
    """Build the view of a whole digest."""
    language = page_language(digest.stories)
    return DigestView(
        language=language,
        direction=direction_of(language),
        stories=tuple(story_view(story) for story in digest.stories),
        article_count=len({a.id for story in digest.stories for a in story.articles}),
        removed=removal_groups(digest),
        problems=tuple(one_line(str(problem)) for problem in digest.problems),
        storylines=storyline_views(digest),
    )


def storyline_views(digest: Digest) -> tuple[StorylineView, ...]:
    """The storylines that link two or more stories (a story alone is its own storyline)."""
    outlet = {a.id: a.source for story in digest.stories for a in story.articles}
    views = []
    for line in digest.storylines:
        if len(line.stories) < 2:
            continue
        days = sorted({d.date().isoformat() for d in (line.first, line.last) if d is not None})
        steps = tuple(
            (
                step.story,
                step.published.date().isoformat() if step.published else "",
                one_line(step.text),
                ", ".join(sorted({outlet.get(a, a) for a in step.sources})),
            )
            for step in line.summary
        )
        views.append(
            StorylineView(
                id=line.id, title=one_line(line.title), dates=" – ".join(days), steps=steps
            )
        )
    return tuple(views)
