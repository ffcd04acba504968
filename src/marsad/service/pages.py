"""What the web page shows of a story: the report's view plus each summary sentence's sources."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from marsad.model import Article, Document, Fact, Story
from marsad.report.view import StoryView, one_line, outlet_name, shorten, story_view

QUOTE_CHARS = 300


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceView:
    """One outlet's wording of a summary sentence, and where it is in its article."""

    outlet: str
    article: str
    sentence: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryLine:
    """A summary sentence with every outlet that states it and their own sentences."""

    text: str
    sources: tuple[SourceView, ...]
    disputes: tuple[str, ...] = ()  # figures of the sentence that outlets report differently
    also: tuple[str, ...] = ()  # outlets telling its fact in part or in other words (not sources)

    @property
    def corroborated(self) -> bool:
        """Two or more outlets state it."""
        return len({source.outlet for source in self.sources}) >= 2

    @property
    def by_outlet(self) -> tuple[tuple[str, tuple[SourceView, ...]], ...]:
        """Each outlet once (in the order they first credit the sentence), with every one of
        its articles' sentences: one chip per outlet, not one per article."""
        grouped: dict[str, list[SourceView]] = {}
        for source in self.sources:
            grouped.setdefault(source.outlet, []).append(source)
        return tuple((outlet, tuple(views)) for outlet, views in grouped.items())


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityGroup:
    """Entities of one type (person, place, organization)."""

    kind: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteView:
    """A quote and who said it."""

    text: str
    speaker: str
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryPageView:
    """Everything the story page renders."""

    view: StoryView
    summary: tuple[SummaryLine, ...]
    entities: tuple[EntityGroup, ...]
    quotes: tuple[QuoteView, ...]
    article_ids: tuple[str, ...]
    storyline: str = ""


def sentence_texts(documents: Iterable[Document]) -> dict[tuple[str, int], str]:
    """(article id, sentence index) → sentence text, from the analyses stored at ingest (the
    ones the summary's references were made from; nothing is analysed again here)."""
    return {
        (sentence.article, sentence.index): one_line(sentence.text)
        for document in documents
        for sentence in document.sentences
    }


def article_sentences(article: Article, document: Document | None) -> list[tuple[int, str]]:
    """An article page's numbered sentences: its stored analysis, or, for an article stored
    before analyses were kept (until its story next changes), its body's lines."""
    if document is not None:
        return [(s.index, one_line(s.text)) for s in document.sentences]
    lines = (one_line(line) for line in article.text.splitlines())
    return list(enumerate(line for line in lines if line))


def story_page(
    story: Story, documents: Iterable[Document], names: Mapping[str, str] | None = None
) -> StoryPageView:
    """The page view of a stored story, given its members' stored analyses
    (``Store.documents``); ``names`` gives outlets' display names (marsad.service.outlets)."""
    texts = sentence_texts(documents)
    names = names or {}
    outlets = {}
    for article in story.articles:
        outlet = outlet_name(article.source)
        outlets[article.id] = names.get(outlet, outlet)
    summary = []
    for sentence in story.summary:
        refs = sentence.refs or ()
        sources = tuple(
            SourceView(
                outlet=outlets.get(ref.article, ref.article),
                article=ref.article,
                sentence=ref.sentence,
                text=texts.get((ref.article, ref.sentence), ""),
            )
            for ref in refs
        ) or tuple(
            SourceView(outlet=outlets.get(a, a), article=a, sentence=sentence.sentence, text="")
            for a in sentence.sources or (sentence.article,)
        )
        credited = {source.outlet for source in sources}
        also = (outlets.get(a, a) for a in sentence.also)
        summary.append(
            SummaryLine(
                text=one_line(sentence.text),
                sources=sources,
                disputes=tuple(one_line(note) for note in sentence.disputes),
                also=tuple(dict.fromkeys(name for name in also if name not in credited)),
            )
        )
    return StoryPageView(
        view=story_view(story),
        summary=tuple(summary),
        entities=_entities(story.facts),
        quotes=tuple(
            QuoteView(
                text=shorten(fact.text, QUOTE_CHARS),
                speaker=one_line(str(fact.extra.get("speaker") or "")),
                outlets=story.sources_of(fact.sources),
            )
            for fact in story.facts
            if fact.kind == "quote"
        ),
        article_ids=tuple(article.id for article in story.articles),
        storyline=story.storyline,
    )


def _entities(facts: Sequence[Fact]) -> tuple[EntityGroup, ...]:
    grouped: dict[str, list[str]] = {}
    for fact in facts:
        if fact.kind == "entity":
            kind = str(fact.extra.get("type") or "entity")
            name = one_line(str(fact.value or fact.text))
            if name not in grouped.setdefault(kind, []):
                grouped[kind].append(name)
    return tuple(EntityGroup(kind=k, names=tuple(v)) for k, v in sorted(grouped.items()))
