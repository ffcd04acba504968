"""The FastAPI application: REST API under /, the web page beside it (see web.py).

No ``from __future__ import annotations`` here: FastAPI reads the routes' annotations, and their
limits come from the app's settings, which only the annotations evaluated in ``create_app`` see.
"""

import hashlib
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from marsad import __version__
from marsad.ingest.records import FileContext, Meta, make_article
from marsad.model import Article, Problem
from marsad.service.limits import BodyLimit
from marsad.service.models import (
    ArticleBatch,
    HealthOut,
    IngestOut,
    StoryListOut,
    TimelineOut,
    batch_model,
)
from marsad.service.problems import Guard, add_problem_handlers, problem_schema
from marsad.service.ratelimit import RateLimit, TokenBuckets, retry_after
from marsad.settings import Settings
from marsad.store import Store
from marsad.store.since import parse_since

_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such id in the store."}}
_bearer = HTTPBearer(auto_error=False, description="A token from `marsad token create`.")


def create_app(
    store: Store,
    *,
    rate_limit: RateLimit | None = RateLimit(),  # noqa: B008 (frozen, so sharing it is safe)
    cors_origins: Sequence[str] = (),
    settings: Settings | None = None,
) -> FastAPI:
    """The API and web page over ``store`` (the caller opens and closes it).

    Writes are limited per token by ``rate_limit`` (None: unlimited); CORS is off unless
    ``cors_origins`` names the origins whose pages may call the API. Every size and range
    limit is a field of ``settings`` (the OpenAPI schema states them). Errors are problem
    details; every answer carries the security headers; /docs is rendered here, offline.
    """
    limits = settings or Settings()
    batch = batch_model(limits)  # the body model, with this app's limits
    app = FastAPI(
        title="marsad",
        version=__version__,
        description="News stories from many outlets, with sources for every sentence.",
        docs_url=None,  # FastAPI's Swagger UI loads scripts from a CDN; web.py serves /docs
        redoc_url=None,
    )
    app.state.store = store
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes, paths=("/articles",))
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    buckets = TokenBuckets(rate_limit) if rate_limit else None
    add_problem_handlers(app)

    def require_token(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        if credentials is None or not store.check_token(credentials.credentials):
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "a valid bearer token is required (marsad token create)",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if buckets is not None:
            key = hashlib.sha256(credentials.credentials.encode("utf-8")).hexdigest()
            wait = buckets.take(key)
            if wait > 0:
                limit = buckets.limit
                raise HTTPException(
                    status.HTTP_429_TOO_MANY_REQUESTS,
                    f"rate limit of {limit.requests} writes per {limit.per:g} s for this token",
                    headers={"Retry-After": retry_after(wait)},
                )

    @app.post(
        "/articles",
        response_model=IngestOut,
        dependencies=[Depends(require_token)],
        responses={
            400: {"description": "The body is not JSON (or is nested too deeply)."},
            401: {"description": "No valid bearer token."},
            413: {"description": "Request body over the size limit."},
            429: {"description": "Rate limit for this token; see Retry-After."},
        },
    )
    # A model built at run time is no static type: mypy sees Any, FastAPI the model's limits.
    def post_articles(body: batch) -> dict[str, Any]:  # type: ignore[valid-type]
        """Ingest articles (token required); each joins a story; repeats change nothing."""
        articles, problems = _articles(body, limits)
        report = store.ingest(articles)
        report.problems[:0] = problems
        return report.to_dict()

    @app.get("/stories", response_model=StoryListOut)
    def get_stories(
        since: Annotated[
            str | None,
            Query(max_length=limits.max_since_chars, description="6h, 30m, 2d or an ISO time."),
        ] = None,
        q: Annotated[
            str | None, Query(max_length=limits.max_query_chars, description="Full-text search.")
        ] = None,
        outlet: Annotated[str | None, Query(max_length=limits.max_query_chars)] = None,
        language: Annotated[str | None, Query(max_length=limits.max_lang_chars)] = None,
        storyline: Annotated[
            str | None,
            Query(
                max_length=limits.max_storyline_chars,
                description="Only the stories of this storyline.",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=limits.max_page_size)] = 50,
        offset: Annotated[int, Query(ge=0, le=limits.max_offset)] = 0,
    ) -> dict[str, Any]:
        """Stories, most recently changed first, filtered and searched."""
        try:
            moment = parse_since(since) if since else None
        except ValueError as error:
            # Shaped as FastAPI's own 422, so the answer matches the documented schema.
            problem = {"type": "value_error", "loc": ("query", "since"), "msg": str(error)}
            raise RequestValidationError([{**problem, "input": since}]) from None
        page = store.stories(
            since=moment,
            q=q,
            outlet=outlet,
            language=language,
            storyline=storyline,
            limit=limit,
            offset=offset,
        )
        more = page.offset + len(page.stories) < page.total
        return {
            "total": page.total,
            "limit": page.limit,
            "offset": page.offset,
            "next_offset": page.offset + len(page.stories) if more else None,
            "stories": [row.to_dict() for row in page.stories],
        }

    @app.get("/stories/{story_id}", responses=_NOT_FOUND)
    def get_story(story_id: str, response: Response) -> dict[str, Any]:
        """A story in the digest's JSON contract; a merged story's old id gives the survivor."""
        found = store.story(story_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no story {story_id}")
        response.headers["Content-Location"] = f"/stories/{found.story.id}"
        articles = [_public(article) for article in found.data.get("articles", [])]
        return {**found.data, "articles": articles}

    @app.get("/stories/{story_id}/timeline", response_model=TimelineOut, responses=_NOT_FOUND)
    def get_timeline(story_id: str) -> dict[str, Any]:
        """A story's dated events, oldest first."""
        found = store.story(story_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no story {story_id}")
        return {"id": found.story.id, "timeline": found.data.get("timeline", [])}

    @app.get("/articles/{article_id:path}", responses=_NOT_FOUND)
    def get_article(article_id: str) -> dict[str, Any]:
        """A stored article with its body and its story."""
        found = store.article(article_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id}")
        return _public(found.to_dict())

    @app.get("/healthz", response_model=HealthOut)
    def healthz() -> dict[str, Any]:
        """Liveness: the store answers, and how much it holds."""
        return {"status": "ok", **store.counts()}

    from marsad.service.web import add_pages

    add_pages(app, store, limits)
    app.openapi_schema = problem_schema(app.openapi())
    app.add_middleware(Guard)  # outermost: its headers and its 500 cover every answer
    return app


def _public(article: dict[str, Any]) -> dict[str, Any]:
    """An article's JSON without its ``path``: where a file was on the server is not public."""
    return {key: value for key, value in article.items() if key != "path"}


def _articles(batch: ArticleBatch, settings: Settings) -> tuple[list[Article], list[Problem]]:
    """Articles from the request, made as files' records are (same cleaning and ids)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, item in enumerate(batch.articles, start=1):
        context = FileContext(path="request", fallback_source=item.source, settings=settings)
        meta = Meta(
            source=item.source,
            published=item.published.isoformat() if item.published else None,
            url=item.url,
            lang=item.lang,
        )
        for made in make_article(
            context, title=item.title, text=item.text, meta=meta, article_id=item.id, line=number
        ):
            if isinstance(made, Article):
                articles.append(made)
            else:
                problems.append(made)
    return articles, problems
