"""The FastAPI application: REST API under /, the web page beside it (see web.py).

No ``from __future__ import annotations`` here: FastAPI reads the routes' annotations, and their
limits come from the app's settings, which only the annotations evaluated in ``create_app`` see.
"""

import hashlib
import os
from collections.abc import Callable, Sequence
from functools import partial
from typing import Annotated, Any, TypeVar
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.middleware.gzip import GZipMiddleware

from marsad import __version__
from marsad.errors import StoreError
from marsad.ingest.records import FileContext, Meta, make_article
from marsad.model import Article, Problem
from marsad.newsroom import Newsroom
from marsad.service import heap
from marsad.service.cache import CacheStats, ResponseCache, article_stamp_header, stamp_header
from marsad.service.health import LastCounts
from marsad.service.http import (
    ConditionalGet,
    HeadAsGet,
    decode_cursor,
    encode_cursor,
    http_date,
    is_fresh,
    validators,
    weak_etag,
)
from marsad.service.limits import BodyLimit
from marsad.service.models import (
    ArticleBatch,
    HealthOut,
    IngestOut,
    QueuedOut,
    ReadyOut,
    StorylineOut,
    StoryListOut,
    TimelineOut,
    batch_model,
)
from marsad.service.observe import PROMETHEUS_TYPE, Metrics, Observe
from marsad.service.problems import Guard, add_problem_handlers, problem_schema
from marsad.service.queue import accept
from marsad.service.ratelimit import RateLimit, TokenBuckets, retry_after
from marsad.service.shared import SharedAnswers
from marsad.service.threads import WriteThreads
from marsad.service.warm import Warming, warming_lifespan
from marsad.settings import Settings
from marsad.store import IngestReport, Store
from marsad.store.inbox import GenerationWatch, backlog, queued
from marsad.store.since import parse_since
from marsad.store.sql import SqlStore
from marsad.store.watch import AsyncGenerationWatch
from marsad.storylines import sequence

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified since the client's copy (If-None-Match/-Modified-Since)."},
    404: {"description": "No such id in the store."},
}
# Answers smaller than this are sent as they are: gzip would save little and cost a round.
GZIP_MIN_BYTES = 1024
T = TypeVar("T")
# What /readyz says of the write worker (WorkerOut's fields), None when there is none to report.
WorkerState = Callable[[], dict[str, Any] | None]
_bearer = HTTPBearer(auto_error=False, description="A token from `marsad token create`.")


def create_app(
    store: Store,
    *,
    rate_limit: RateLimit | None = RateLimit(),  # noqa: B008 (frozen, so sharing it is safe)
    cors_origins: Sequence[str] = (),
    settings: Settings | None = None,
    write_queue: bool = False,
    cache: bool = True,
    worker_status: WorkerState | None = None,
    freeze_heap: bool = False,
    shared: SharedAnswers | None = None,
) -> FastAPI:
    """The API and web page over ``store`` (the caller opens and closes it).

    With ``write_queue``, POST /articles only keeps the articles in the store's inbox and
    answers 202; a worker (`marsad work`, which `marsad serve` starts) runs the newsroom on
    them. Without it, the POST runs the newsroom itself before it answers. With ``cache``,
    reads of an unchanged store are answered from memory (cache.py). ``worker_status`` tells
    /readyz the state of the write worker this server keeps running (service/supervise.py).
    ``freeze_heap`` (a serving process: `marsad serve`, the factory) freezes the process's heap
    once it has started and warmed its cache (heap.py); an app in a test or a script is left
    to the collector as it is. ``shared``: the answers the serving processes of one server
    share (shared.py), so that each is made once for all of them.

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
    # Writes go through the newsroom (one per app: it keeps the clusterer between requests),
    # or through the inbox to a worker's newsroom.
    newsroom = Newsroom(store, limits)
    sql = store if isinstance(store, SqlStore) else None
    if write_queue and sql is None:
        raise StoreError("a write queue needs a SQL store (SQLite or PostgreSQL)")
    # Routes made from one story or article name its stamp for the cache (cache.py), which
    # takes it off.
    app.state.stamp_stories = stamped = cache and sql is not None
    app.state.metrics = metrics = Metrics()
    cached = CacheStats()
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

    refusals: dict[int | str, dict[str, Any]] = {
        400: {"description": "The body is not JSON (or is nested too deeply)."},
        401: {"description": "No valid bearer token."},
        413: {"description": "Request body over the size limit."},
        429: {"description": "Rate limit for this token; see Retry-After."},
    }
    post_inline = app.post(
        "/articles",
        response_model=IngestOut,
        status_code=status.HTTP_201_CREATED,
        dependencies=[Depends(require_token)],
        responses={
            200: {"description": "Nothing new: every article was already stored or rejected."},
            **refusals,
        },
    )
    post_queued = app.post(
        "/articles",
        response_model=QueuedOut,
        status_code=status.HTTP_202_ACCEPTED,
        dependencies=[Depends(require_token)],
        responses={
            200: {
                "description": "Nothing queued: each article was stored or queued already, "
                "or rejected."
            },
            **refusals,
        },
    )

    # A model built at run time is no static type: mypy sees Any, FastAPI the model's limits.
    writes = WriteThreads()  # a write waiting for the store's lock takes no read's thread

    async def post_articles(body: batch, response: Response) -> dict[str, Any]:  # type: ignore[valid-type]
        """Ingest articles (token required); each joins a story; repeats change nothing.

        201 with a Location of the first new article when something was added, else 200.
        """
        articles, problems = _articles(body, limits)

        def ingest_them() -> tuple[set[str], IngestReport]:
            stored = store.articles_of([a.id for a in articles])
            return {record.article.id for record in stored}, newsroom.ingest(articles)

        known, report = await writes.run(ingest_them)
        report.problems[:0] = problems
        new = [a.id for a in articles if a.id not in known]
        if report.added and new:
            response.headers["Location"] = f"/articles/{quote(new[0], safe='')}"
        else:
            response.status_code = status.HTTP_200_OK
        return report.to_dict()

    async def queue_articles(body: batch, response: Response) -> dict[str, Any]:  # type: ignore[valid-type]
        """Accept articles (token required) into the write queue; a worker puts each in a
        story soon after. Repeats change nothing.

        202 with a Location of the first queued article when something was queued, else 200.
        """
        articles, problems = _articles(body, limits)
        assert sql is not None  # checked above
        accepted = await writes.run(partial(accept, sql, articles, limits))
        accepted.problems[:0] = problems
        if accepted.queued:
            response.headers["Location"] = f"/articles/{quote(accepted.queued[0], safe='')}"
        else:
            response.status_code = status.HTTP_200_OK
        return accepted.to_dict()

    if write_queue:
        post_queued(queue_articles)
    else:
        post_inline(post_articles)

    @app.get("/stories", response_model=StoryListOut)
    def get_stories(
        request: Request,
        response: Response,
        since: Annotated[
            str | None,
            Query(
                max_length=limits.max_since_chars,
                description="Changed (stored) since: 6h, 30m, 2d or an ISO time.",
            ),
        ] = None,
        published_after: Annotated[
            str | None,
            Query(
                max_length=limits.max_since_chars,
                description="With an article published at or after this ISO date or time "
                "(or 6h, 2d back from now).",
            ),
        ] = None,
        published_before: Annotated[
            str | None,
            Query(
                max_length=limits.max_since_chars,
                description="With an article published before this ISO date or time.",
            ),
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
        cursor: Annotated[
            str | None,
            Query(
                max_length=limits.max_cursor_chars,
                description="The next_cursor of the previous page (keyset: stable while "
                "stories change).",
            ),
        ] = None,
    ) -> dict[str, Any]:
        """Stories, most recently changed first, filtered and searched; page on with the
        answer's `next` link (a cursor) or, as before, with `offset`."""
        after = _query_value("cursor", cursor, decode_cursor)
        page = store.stories(
            since=_query_value("since", since, parse_since),
            published_after=_query_value("published_after", published_after, parse_since),
            published_before=_query_value("published_before", published_before, parse_since),
            q=q,
            outlet=outlet,
            language=language,
            storyline=storyline,
            limit=limit,
            offset=offset,
            after=after,
        )
        next_cursor = encode_cursor(page.next_after) if page.next_after else None
        following = None
        if next_cursor is not None:
            kept = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
            kept = [(k, v) for k, v in kept if k != "cursor"] + [("cursor", next_cursor)]
            following = f"/stories?{urlencode(kept)}"
            response.headers["Link"] = f'<{following}>; rel="next"'
        more = next_cursor is not None and after is None
        return {
            "total": page.total,
            "limit": page.limit,
            "offset": page.offset,
            "next_offset": page.offset + len(page.stories) if more else None,
            "next_cursor": next_cursor,
            "next": following,
            "stories": [row.to_dict() for row in page.stories],
        }

    @app.get("/stories/{story_id}", responses=_NOT_FOUND, response_model=None)
    def get_story(story_id: str, request: Request) -> Response:
        """A story in the digest's JSON contract; a merged story's old id gives the survivor.
        ETag and Last-Modified come from the story's update: send them back for a 304."""
        found = store.story(story_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no story {story_id}")
        headers = validators(weak_etag("story", found.story.id, found.updated_at.isoformat()))
        headers["Last-Modified"] = http_date(found.updated_at)
        headers["Content-Location"] = f"/stories/{found.story.id}"
        if stamped and found.story.id == story_id:
            headers.update(stamp_header(story_id, found.updated_at, found.data["storyline"]))
        if is_fresh(request.headers, headers["ETag"], found.updated_at):
            return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
        articles = [_public(article) for article in found.data.get("articles", [])]
        return JSONResponse({**found.data, "articles": articles}, headers=headers)

    @app.get("/stories/{story_id}/timeline", response_model=TimelineOut, responses=_NOT_FOUND)
    def get_timeline(story_id: str, request: Request, response: Response) -> Any:
        """A story's dated events, oldest first (ETag and Last-Modified as for the story)."""
        found = store.story(story_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no story {story_id}")
        etag = weak_etag("timeline", found.story.id, found.updated_at.isoformat())
        headers = validators(etag, found.updated_at)
        if is_fresh(request.headers, etag, found.updated_at):
            return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
        response.headers.update(headers)
        if stamped and found.story.id == story_id:
            response.headers.update(
                stamp_header(story_id, found.updated_at, found.data["storyline"])
            )
        return {"id": found.story.id, "timeline": found.data.get("timeline", [])}

    @app.get("/storylines/{storyline_id}", response_model=StorylineOut, responses=_NOT_FOUND)
    def get_storyline(
        storyline_id: Annotated[str, Path(max_length=limits.max_storyline_chars)],
    ) -> Any:
        """A storyline told as its sequence: each of its stories' opening summary sentence and
        outlets, oldest story first (read from the stored stories; at most a page of them)."""
        page = store.stories(storyline=storyline_id, limit=limits.max_page_size)
        found = [stored.story for row in page.stories if (stored := store.story(row.id))]
        if not found:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no storyline {storyline_id}")
        steps = sequence(found)
        return {
            "id": storyline_id,
            "stories": [step.story for step in steps],
            "summary": [step.to_dict() for step in steps],
        }

    @app.get("/articles/{article_id:path}", responses=_NOT_FOUND)
    def get_article(article_id: str, response: Response) -> dict[str, Any]:
        """A stored article with its body and its story; one still in the write queue has
        ``queued`` true and no story yet."""
        found = store.article(article_id)
        if found is not None:
            if stamped:
                response.headers.update(article_stamp_header(article_id, found.story_id))
            return _public({**found.to_dict(), "queued": False})
        waiting = queued(sql, [article_id]).get(article_id) if write_queue and sql else None
        if waiting is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id}")
        return _public(
            {
                **waiting.to_dict(),
                "text": waiting.text,
                "story": None,
                "duplicate_of": None,
                "language": None,
                "ingested_at": None,
                "queued": True,
            }
        )

    last_counts = LastCounts(store.counts)
    warming = Warming()

    @app.get("/healthz", response_model=HealthOut)
    async def healthz() -> dict[str, Any]:
        """Liveness: the process answers, and how much the store held at its last count (at
        most a second or so old; health.py). /readyz reads the store now."""
        return {"status": "ok", **(await last_counts())}

    @app.get(
        "/readyz",
        response_model=ReadyOut,
        response_model_exclude_unset=True,  # no "worker" when there is none to report
        responses={503: {"description": "The store cannot be read: take this instance out."}},
    )
    def readyz() -> dict[str, Any]:
        """Readiness: the store can be read now (503 problem otherwise); with the state of
        the write worker when this server started one (a worker being restarted leaves reads
        and queued writes answered, so it does not make the server unready)."""
        counts = store.counts()  # a StoreError becomes a 503 problem
        if warming.running:  # the newest stories' answers are being made (warm.py)
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE,
                f"warming the response cache ({warming.made} of {warming.total} answers made)",
            )
        ready = {"status": "ready", "schema_version": counts["schema_version"]}
        worker = worker_status() if worker_status is not None else None
        return ready if worker is None else {**ready, "worker": worker}

    @app.get("/metrics", include_in_schema=False)
    def get_metrics() -> PlainTextResponse:
        counts = store.counts()
        gauges = {
            "marsad_stories": ("Stories in the store.", float(counts["stories"])),
            "marsad_articles": ("Articles in the store.", float(counts["articles"])),
        }
        if cache and sql is not None:
            gauges["marsad_cache_hits"] = ("Reads answered from the cache.", float(cached.hits))
            gauges["marsad_cache_misses"] = ("Cacheable reads made afresh.", float(cached.misses))
            gauges["marsad_cache_stale"] = (
                "Of the hits, lists and searches served stale while made again.",
                float(cached.stale),
            )
        if write_queue and sql is not None:
            gauges["marsad_queued"] = ("Articles waiting for the worker.", float(backlog(sql)))
        return PlainTextResponse(metrics.render(gauges), media_type=PROMETHEUS_TYPE)

    from marsad.service.web import add_pages

    add_pages(app, store, limits)
    app.openapi_schema = problem_schema(app.openapi())
    # Outermost last: Guard's headers and 500 cover all; Observe sees the HEAD before
    # HeadAsGet turns it into a GET; ETags are computed on the body before gzip.
    app.add_middleware(ConditionalGet)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    if cache and sql is not None:  # keeps gzipped bodies; HEAD is answered from it too
        # Queued writes are answered before the worker writes: reads may lag by a bound.
        watch = _generation_watch(sql, limits.generation_lag_seconds if write_queue else 0.0)
        app.add_middleware(
            ResponseCache,
            generation=watch,
            stats=cached,
            stamps=watch.stamp,
            changes=watch.changes,
            stale_seconds=limits.list_stale_seconds,
            own_writes=not write_queue,  # queued: a POST answers 202 before the worker writes
            shared=shared,
        )
    app.add_middleware(HeadAsGet)
    app.add_middleware(Observe, metrics=metrics)
    app.add_middleware(Guard)
    settled = heap.freeze_heap if freeze_heap else None
    if (cache and sql is not None) or settled is not None:
        lifespan = warming_lifespan(store, limits.warm_stories, warming, settled)
        app.router.lifespan_context = lifespan
    return app


def _generation_watch(sql: SqlStore, lag: float) -> GenerationWatch | AsyncGenerationWatch:
    """The cache's reads of the store: awaited on PostgreSQL (a round trip to another process,
    which must not hold up the event loop; one begun at most ``lag`` seconds before a request
    answers it), a blocking call on SQLite (a local read)."""
    if sql.engine.dialect.name == "postgresql":
        return AsyncGenerationWatch(sql, lag=lag)
    return GenerationWatch(sql)


def _query_value(name: str, value: str | None, parse: Callable[[str], T]) -> T | None:
    """``parse(value)``, or None; a ValueError is a 422 shaped as FastAPI's own (so the
    answer matches the documented schema)."""
    if not value:
        return None
    try:
        return parse(value)
    except ValueError as error:
        problem = {"type": "value_error", "loc": ("query", name), "msg": str(error)}
        raise RequestValidationError([{**problem, "input": value}]) from None


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


def from_environment() -> FastAPI:
    """ASGI app factory for a server or container: ``uvicorn --factory
    marsad.service.app:from_environment``. Reads ``MARSAD_DB`` and the other service options
    (marsad.service.deploy.ENV), and the settings from ``$MARSAD_CONFIG`` and ``MARSAD_*``;
    the store must exist (a SQLite file is never created here) and is closed at shutdown.
    A bad option or a missing store is one line on stderr and exit status 2 (a server would
    print a traceback for an exception)."""
    import sys
    from contextlib import asynccontextmanager

    from marsad.errors import MarsadError, one_line
    from marsad.service.deploy import read_service_config
    from marsad.service.logs import configure_logging
    from marsad.service.shared import shared_answers
    from marsad.service.stores import open_existing
    from marsad.service.supervise import STATUS_ENV

    try:
        config = read_service_config()
        configure_logging(config.log_format, access=config.access_log)
        store = open_existing(config.db, settings=config.settings)
    except MarsadError as error:
        sys.stderr.write(f"error: {one_line(error)}\n")
        raise SystemExit(2) from None
    try:
        app = create_app(
            store,
            rate_limit=config.rate_limit,
            cors_origins=config.cors_origins,
            settings=config.settings,
            write_queue=config.write_queue,
            worker_status=_status_reader(os.environ.get(STATUS_ENV)),
            freeze_heap=True,
            shared=shared_answers(os.environ),
        )
    except MarsadError as error:  # a manifest that cannot be read
        store.close()
        sys.stderr.write(f"error: {one_line(error)}\n")
        raise SystemExit(2) from None

    started = app.router.lifespan_context  # create_app's: the cache warmed, the heap frozen

    @asynccontextmanager
    async def lifespan(app_: Any) -> Any:
        try:
            async with started(app_):
                yield
        finally:
            store.close()

    app.router.lifespan_context = lifespan
    return app


def _status_reader(path: str | None) -> WorkerState | None:
    """/readyz's view of the worker state `marsad serve` writes to ``path`` (its
    MARSAD_WORKER_STATUS), for each of its serving processes; None without one."""
    if not path:
        return None
    from pathlib import Path as FilePath

    from marsad.service.supervise import read_status

    status_file = FilePath(path)
    return lambda: read_status(status_file)
