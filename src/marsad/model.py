"""Plain dataclasses passed between the pipeline stages, with ``to_dict`` for the JSON contract."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

from marsad.errors import InputError, InvalidArticleError

# "low": a date resolved against the publication day that may well be another (a bare weekday
# four to six days back may be the coming one).
Certainty = Literal["stated", "resolved", "inferred", "low", "unknown"]
_CERTAINTIES = frozenset(get_args(Certainty))
_Class = TypeVar("_Class", bound=type)


def _compact_pickle(cls: _Class) -> _Class:
    """Pickle instances as (class, field values): the Dask engine ships millions of these, and
    the dataclass default (a list of fields built per object) takes twice the time each way."""
    names: tuple[str, ...] = cls.__dict__["__slots__"]
    values = attrgetter(*names)

    def reduce(self: object) -> tuple[Callable[..., object], tuple[object, ...]]:
        return _rebuild, (cls, names, values(self))

    cls.__reduce__ = reduce  # type: ignore[assignment]
    return cls


def _rebuild(cls: type, names: tuple[str, ...], values: tuple[object, ...]) -> object:
    instance: object = object.__new__(cls)
    for name, value in zip(names, values, strict=True):
        object.__setattr__(instance, name, value)
    return instance


def content_id(*parts: str, length: int = 16) -> str:
    """A stable short hex id from text parts (SHA-256; parts joined with a separator)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@_compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article as ingested: original title and body text, with provenance."""

    id: str
    title: str
    text: str
    source: str
    path: str | None = None
    url: str | None = None
    published: datetime | None = None
    published_certainty: Certainty = "unknown"
    lang: str | None = None
    # The source gave no title: ``title`` is the first sentence, shortened.
    title_inferred: bool = False

    def __post_init__(self) -> None:
        # Checked here, where an article enters, not deep in the pipeline where a date string
        # or a naive datetime would fail a comparison with no hint of which article it was.
        for name in ("id", "title", "text", "source"):
            if not isinstance(getattr(self, name), str):
                kind = type(getattr(self, name)).__name__
                raise InvalidArticleError(f"Article.{name} must be a string, got {kind}")
        if self.published is not None:
            if not isinstance(self.published, datetime):
                raise InvalidArticleError(
                    f"Article.published must be a datetime, got {self.published!r} "
                    "(for ISO 8601 text use marsad.ingest.parse_published)"
                )
            if self.published.tzinfo is None:
                raise InvalidArticleError(
                    f"Article.published must be timezone-aware, got {self.published.isoformat()}"
                )
        if self.published_certainty not in _CERTAINTIES:
            raise InvalidArticleError(
                f"Article.published_certainty must be one of {sorted(_CERTAINTIES)}, "
                f"got {self.published_certainty!r}"
            )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """An Article from its JSON form (the body, when absent, is empty)."""
        published = data.get("published")
        return cls(
            id=data["id"],
            title=data.get("title") or "",
            text=data.get("text") or "",
            source=data.get("source") or "",
            path=data.get("path"),
            url=data.get("url"),
            published=datetime.fromisoformat(published) if published else None,
            published_certainty=data.get("published_certainty") or "unknown",
            lang=data.get("lang"),
            title_inferred=bool(data.get("title_inferred")),
        )

    def to_dict(self) -> dict[str, Any]:
        """The article as it appears in the JSON digest (without its body)."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "title_inferred": self.title_inferred,
            "path": self.path,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_certainty": self.published_certainty,
            "lang": self.lang,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Removal:
    """A piece of an article that cleaning removed, and why."""

    article: str
    text: str
    reason: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removal:
        """A Removal from its JSON form."""
        return cls(article=data["article"], text=data["text"], reason=data["reason"])

    def to_dict(self) -> dict[str, Any]:
        """JSON form, as in the digest's ``removed`` list."""
        return {"article": self.article, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanArticle:
    """An article after cleaning: the kept paragraphs, in order, and what was removed."""

    article: Article
    paragraphs: tuple[str, ...]
    removed: tuple[Removal, ...] = ()
    # Indices of paragraphs that are items of an enumeration under a lead-in (clean._in_list).
    items: frozenset[int] = frozenset()


@_compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of an article: original text plus the analysed forms used for matching."""

    article: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    terms: tuple[str, ...]
    # True when the sentence leans on the one before it (lang/context.py): never shown alone.
    needs_context: bool = False

    @property
    def word_count(self) -> int:
        """Whitespace-separated words in the original text (the budget unit)."""
        return len(self.text.split())


@_compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """An analysed article: language, sentences (with spans into ``body``) and body text."""

    article: Article
    language: str
    body: str
    sentences: tuple[Sentence, ...]

    @property
    def id(self) -> str:
        """The article id."""
        return self.article.id

    def body_terms(self, sentences: int | None = None) -> list[str]:
        """The matching terms of its sentences (the first ``sentences`` of them), in order:
        joined by C-level iteration, as clustering and dedupe read them for every article."""
        return list(chain.from_iterable(map(_TERMS, self.sentences[:sentences])))


_TERMS = attrgetter("terms")


@_compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRef:
    """Where a statement appears: article id, sentence index and character span in the body."""

    article: str
    sentence: int
    start: int
    end: int

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceRef:
        """A SourceRef from its JSON form."""
        return cls(
            article=data["article"], sentence=data["sentence"], start=data["start"], end=data["end"]
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@_compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence:
    """A summary sentence quoted from one article, with every article that states it."""

    text: str
    article: str
    sentence: int
    sources: tuple[str, ...]
    refs: tuple[SourceRef, ...] = ()
    # One line per discrepancy a figure of this sentence is part of (summarize/disputes.py).
    disputes: tuple[str, ...] = ()
    # Articles of outlets not in ``sources`` that tell the sentence's main fact in part or in
    # other words (summarize/also_told.py), and where: a second level of credit, shown apart.
    also: tuple[str, ...] = ()
    also_refs: tuple[SourceRef, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SummarySentence:
        """A SummarySentence from its JSON form."""
        return cls(
            text=data["text"],
            article=data["article"],
            sentence=data.get("sentence", 0),
            sources=tuple(data.get("sources", ())),
            refs=_refs(data.get("refs")),
            disputes=tuple(data.get("disputes", ())),
            also=tuple(data.get("also", ())),
            also_refs=_refs(data.get("also_refs")),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form (``sources`` lists article ids)."""
        return {
            "text": self.text,
            "article": self.article,
            "sentence": self.sentence,
            "sources": list(self.sources),
            "refs": [ref.to_dict() for ref in self.refs],
            "disputes": list(self.disputes),
            "also": list(self.also),
            "also_refs": [ref.to_dict() for ref in self.also_refs],
        }


FactKind = Literal["quantity", "date", "entity", "quote"]
DiscrepancyKind = Literal["conflict", "update", "scope", "internal"]
DuplicateKind = Literal["exact", "near", "shared-text"]


@_compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """A figure, date, person, place, organization or quote, with every article stating it."""

    kind: FactKind
    text: str
    value: Any = None
    unit: str | None = None
    subject: str | None = None
    sources: tuple[str, ...] = ()
    refs: tuple[SourceRef, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        """A Fact from its JSON form (keys beyond the fields go back into ``extra``)."""
        return cls(
            kind=data["kind"],
            text=data["text"],
            value=data.get("value"),
            unit=data.get("unit"),
            subject=data.get("subject"),
            sources=tuple(data.get("sources", ())),
            refs=_refs(data.get("refs")),
            extra={k: v for k, v in data.items() if k not in _FACT_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form (``extra`` keys are merged in: entity type, speaker, certainty...)."""
        return {
            "kind": self.kind,
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "subject": self.subject,
            "sources": list(self.sources),
            "refs": [ref.to_dict() for ref in self.refs],
            **self.extra,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One side of a discrepancy: a value as some articles state it, and when."""

    value: Any
    text: str
    sources: tuple[str, ...]
    date: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        """A Claim from its JSON form."""
        return cls(
            value=data.get("value"),
            text=data.get("text", ""),
            sources=tuple(data.get("sources", ())),
            date=data.get("date"),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "value": self.value,
            "text": self.text,
            "sources": list(self.sources),
            "date": self.date,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Discrepancy:
    """Claims about the same thing that differ, and what kind of difference it is."""

    subject: str
    kind: DiscrepancyKind
    claims: tuple[Claim, ...]
    explanation: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Discrepancy:
        """A Discrepancy from its JSON form."""
        return cls(
            subject=data["subject"],
            kind=data["kind"],
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            explanation=data.get("explanation", ""),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "subject": self.subject,
            "kind": self.kind,
            "claims": [claim.to_dict() for claim in self.claims],
            "explanation": self.explanation,
        }


@_compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEvent:
    """A dated event of a story, merged across the articles that report it."""

    date: str
    certainty: Certainty
    text: str
    sources: tuple[str, ...]
    refs: tuple[SourceRef, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimelineEvent:
        """A TimelineEvent from its JSON form."""
        return cls(
            date=data["date"],
            certainty=data.get("certainty", "unknown"),
            text=data.get("text", ""),
            sources=tuple(data.get("sources", ())),
            refs=_refs(data.get("refs")),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "date": self.date,
            "certainty": self.certainty,
            "text": self.text,
            "sources": list(self.sources),
            "refs": [ref.to_dict() for ref in self.refs],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DuplicateGroup:
    """Articles that are exact or near copies, or that share a passage (wire copy)."""

    kind: DuplicateKind
    articles: tuple[str, ...]
    text: str = ""
    first: str | None = None  # the article that published the text first, when known
    similarity: float | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DuplicateGroup:
        """A DuplicateGroup from its JSON form."""
        return cls(
            kind=data["kind"],
            articles=tuple(data.get("articles", ())),
            text=data.get("text", ""),
            first=data.get("first"),
            similarity=data.get("similarity"),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "kind": self.kind,
            "articles": list(self.articles),
            "text": self.text,
            "first": self.first,
            "similarity": self.similarity,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """Articles about one event, with the story's summary, facts, disagreements and timeline."""

    id: str
    title: str
    language: str
    articles: tuple[Article, ...]
    summary: tuple[SummarySentence, ...] = ()
    facts: tuple[Fact, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    duplicates: tuple[DuplicateGroup, ...] = ()
    storyline: str = ""  # id of the storyline the story belongs to (see Storyline)
    # Every article is an opinion piece (a column, a programme's promo: facts/_opinion.py).
    opinion: bool = False

    def sources_of(self, article_ids: tuple[str, ...]) -> tuple[str, ...]:
        """Outlet names for article ids, in the same order, without repeats."""
        by_id = {article.id: article.source for article in self.articles}
        return tuple(dict.fromkeys(by_id.get(aid, aid) for aid in article_ids))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        """A Story from the digest contract's story object."""
        return cls(
            id=data["id"],
            title=data.get("title") or "",
            language=data.get("language") or "ar",
            articles=tuple(Article.from_dict(a) for a in data.get("articles", ())),
            summary=tuple(SummarySentence.from_dict(s) for s in data.get("summary", ())),
            facts=tuple(Fact.from_dict(f) for f in data.get("facts", ())),
            discrepancies=tuple(Discrepancy.from_dict(d) for d in data.get("discrepancies", ())),
            timeline=tuple(TimelineEvent.from_dict(e) for e in data.get("timeline", ())),
            duplicates=tuple(DuplicateGroup.from_dict(g) for g in data.get("duplicates", ())),
            storyline=data.get("storyline") or "",
            opinion=bool(data.get("opinion", False)),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form following the digest contract."""
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "articles": [article.to_dict() for article in self.articles],
            "summary": [sentence.to_dict() for sentence in self.summary],
            "facts": [fact.to_dict() for fact in self.facts],
            "discrepancies": [item.to_dict() for item in self.discrepancies],
            "timeline": [event.to_dict() for event in self.timeline],
            "duplicates": [group.to_dict() for group in self.duplicates],
            "storyline": self.storyline,
            "opinion": self.opinion,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class StorylineStep:
    """One story in a storyline's sequence: when it broke and the sentence that opens it."""

    story: str
    published: datetime | None
    text: str
    sources: tuple[str, ...]  # article ids, as in a SummarySentence

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StorylineStep:
        """A StorylineStep from its JSON form."""
        published = data.get("published")
        return cls(
            story=data["story"],
            published=datetime.fromisoformat(published) if published else None,
            text=data.get("text") or "",
            sources=tuple(data.get("sources", ())),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "story": self.story,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "sources": list(self.sources),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Storyline:
    """Stories of one continuing event over days (a crisis, a war's front, a campaign): each
    story is one event and its direct developments; the storyline links them. ``summary`` is
    the sequence: each story's opening sentence, oldest story first (storylines of two or more
    stories)."""

    id: str
    title: str
    stories: tuple[str, ...]
    first: datetime | None = None
    last: datetime | None = None
    summary: tuple[StorylineStep, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Storyline:
        """A Storyline from its JSON form."""
        return cls(
            id=data["id"],
            title=data.get("title") or "",
            stories=tuple(data.get("stories", ())),
            first=datetime.fromisoformat(data["first"]) if data.get("first") else None,
            last=datetime.fromisoformat(data["last"]) if data.get("last") else None,
            summary=tuple(StorylineStep.from_dict(step) for step in data.get("summary", ())),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "id": self.id,
            "title": self.title,
            "stories": list(self.stories),
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "summary": [step.to_dict() for step in self.summary],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """An input that was rejected (or partly rejected), with where and why."""

    path: str
    message: str
    line: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Problem:
        """A Problem from its JSON form."""
        return cls(path=data["path"], message=data["message"], line=data.get("line"))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"path": self.path, "line": self.line, "message": self.message}


@dataclass(frozen=True, slots=True, kw_only=True)
class Digest:
    """The result of a digest run: stories, what cleaning removed, and rejected inputs."""

    stories: tuple[Story, ...]
    removed: tuple[Removal, ...] = ()
    problems: tuple[Problem, ...] = ()
    stats: dict[str, Any] = field(default_factory=dict)
    storylines: tuple[Storyline, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Digest:
        """A Digest from its JSON form (``to_dict`` or ``marsad digest --format json``)."""
        if not isinstance(data, dict) or not isinstance(data.get("stories"), list):
            raise InputError("not a marsad JSON digest (no 'stories' list)")
        try:
            return cls(
                stories=tuple(Story.from_dict(s) for s in data["stories"]),
                removed=tuple(Removal.from_dict(r) for r in data.get("removed", ())),
                problems=tuple(Problem.from_dict(p) for p in data.get("problems", ())),
                stats=dict(data.get("stats", {})),
                storylines=tuple(Storyline.from_dict(x) for x in data.get("storylines", ())),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a marsad JSON digest: {type(error).__name__}: {error}") from None

    def to_dict(self) -> dict[str, Any]:
        """JSON form following the digest contract in DESIGN.md."""
        return {
            "stories": [story.to_dict() for story in self.stories],
            "storylines": [storyline.to_dict() for storyline in self.storylines],
            "removed": [removal.to_dict() for removal in self.removed],
            "problems": [problem.to_dict() for problem in self.problems],
            "stats": dict(self.stats),
        }


_FACT_KEYS = frozenset({"kind", "text", "value", "unit", "subject", "sources", "refs"})


def _refs(items: list[dict[str, Any]] | None) -> tuple[SourceRef, ...]:
    return tuple(SourceRef.from_dict(ref) for ref in items or ())


def load_digest(path: str | Path) -> Digest:
    """Read a JSON digest written by ``marsad digest --format json`` back into a Digest."""
    import orjson

    try:
        data = orjson.loads(Path(path).read_bytes())
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    except orjson.JSONDecodeError as error:
        raise InputError(f"{path} is not valid JSON: {error}") from None
    return Digest.from_dict(data)
