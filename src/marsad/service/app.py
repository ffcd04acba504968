"""The FastAPI application: REST API under /, the web page beside it (see web.py)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from marsad import __version__
from marsad.errors import MarsadError
from marsad.ingest.records import FileContext, Meta, make_article
from marsad.model import Article, Problem
from marsad.service.limits import BodyLimit
from marsad.service.models import (
    MAX_BODY_BYTES,
    ArticleBatch,
    ErrorOut,
    HealthOut,
    IngestOut,
    StoryListOut,
    TimelineOut,
)
from marsad.service.ratelimit import RateLimit, TokenBuckets, retry_after
from marsad.store import Store
from marsad.store.since import parse_since

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such id in the store."}
}
_bearer = HTTPBearer(auto_error=False, description="A token from `marsad token create`.")


def create_app(
    store: Store,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    rate_limit: RateLimit | None = RateLimit(),  # noqa: B008 (frozen, so sharing it is safe)
    cors_origins: Sequence[str] = (),
) -> FastAPI:
    """The API and web page over ``store`` (the caller opens and closes it).

    Writes are limited per token by ``rate_limit`` (None: unlimited); CORS is off unless
    ``cors_origins`` names the origins whose pages may call the API.
    """
    app = FastAPI(
        title="marsad",
        version=__version__,
        description="News stories from many outlets, with sources for every sentence.",
    )
    app.state.store = store
    app.add_middleware(BodyLimit, limit=max_body_bytes, paths=("/articles",))
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    buckets = TokenBuckets(rate_limit) if rate_limit else None

    @app.exception_handler(MarsadError)
    def _store_error(_request: Request, error: MarsadError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=status.HTTP_503_SERVICE_UNAVAILABLE)

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, error: RequestValidationError) -> Response:
        # ASCII-escaped: the errors echo the input, which may hold lone surrogates ("\ud800")
        # that cannot be encoded as UTF-8 (the default handler then failed with a 500).
        detail = json.dumps({"detail": jsonable_encoder(error.errors())}, default=str)
        return Response(
            detail, status.HTTP_422_UNPROCESSABLE_CONTENT, media_type="application/json"
        )

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
            401: {"model": ErrorOut, "description": "No valid bearer token."},
            413: {"model": ErrorOut, "description": "Request body over the size limit."},
            429: {"model": ErrorOut, "description": "Rate limit for this token; see Retry-After."},
        },
    )
    def post_articles(batch: ArticleBatch) -> dict[str, Any]:
        """Ingest articles (token required); each joins a story; repeats change nothing."""
        articles, problems = _articles(batch)
        report = store.ingest(articles)
        report.problems[:0] = problems
        return report.to_dict()

    @app.get("/stories", response_model=StoryListOut)
    def get_stories(
        since: Annotated[str | None, Query(description="6h, 30m, 2d or an ISO time.")] = None,
        q: Annotated[str | None, Query(max_length=500, description="Full-text search.")] = None,
        outlet: Annotated[str | None, Query(max_length=500)] = None,
        language: Annotated[str | None, Query(max_length=16)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Stories, most recently changed first, filtered and searched."""
        try:
            moment = parse_since(since) if since else None
        except ValueError as error:
            # Shaped as FastAPI's own 422, so the answer matches the documented schema.
            problem = {"type": "value_error", "loc": ("query", "since"), "msg": str(error)}
            raise RequestValidationError([{**problem, "input": since}]) from None
        page = store.stories(
            since=moment, q=q, outlet=outlet, language=language, limit=limit, offset=offset
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
        return found.data

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
        return found.to_dict()

    @app.get("/healthz", response_model=HealthOut)
    def healthz() -> dict[str, Any]:
        """Liveness: the store answers, and how much it holds."""
        return {"status": "ok", **store.counts()}

    from marsad.service.web import add_pages

    add_pages(app, store)
    return app


def _articles(batch: ArticleBatch) -> tuple[list[Article], list[Problem]]:
    """Articles from the request, made as files' records are (same cleaning and ids)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, item in enumerate(batch.articles, start=1):
        context = FileContext(path="request", fallback_source=item.source)
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
