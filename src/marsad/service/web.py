"""The web page: story list with search and filters, story page, article page (Jinja2, no JS).

No ``from __future__ import annotations`` here: the pages' query limits come from the app's
settings, which FastAPI sees only in annotations evaluated inside ``add_pages``.
"""

import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from marsad import __version__
from marsad.report.messages import DEFAULT_LANGUAGE, Messages, messages
from marsad.report.view import direction_of, one_line, outlet_name
from marsad.service.cache import stamp_header
from marsad.service.http import is_fresh, validators, weak_etag
from marsad.settings import Settings
from marsad.store import Store, StoryRow
from marsad.store.since import parse_since

if TYPE_CHECKING:
    from jinja2 import Environment

# Pages load nothing but their own stylesheet: no scripts, no frames, no outside requests.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
_STYLE = re.compile(r"<style>\n(.*?)</style>", re.DOTALL)
# Rendered list rows kept per serving process: about 1 kB each, so at most a few MB.
ROW_CACHE = 4096


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The report's stylesheet (digest.html.j2, so the page and the report look alike) plus
    the page's own rules."""
    report = files("marsad").joinpath("report/templates/digest.html.j2").read_text("utf-8")
    found = _STYLE.search(report)
    own = files("marsad").joinpath("service/templates/page.css").read_text("utf-8")
    return (found.group(1) if found else "") + own


@lru_cache(maxsize=1)
def _environment() -> "Environment":
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from marsad.report.html import figure_globals, isolate

    env = Environment(
        loader=PackageLoader("marsad", "service/templates"),
        autoescape=True,  # article text is untrusted
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["isolate"] = isolate
    env.globals["version"] = __version__
    env.globals.update(figure_globals())
    return env


def interface(request: Request) -> Messages:
    """The interface language a request asks for (``?lang=en``); Arabic otherwise."""
    return messages(request.query_params.get("lang"))


def _linker(t: Messages) -> Callable[..., str]:
    """``link(path, **query)``: a URL on the site that keeps the interface language; empty
    query values are left out."""

    def link(path: str, **query: object) -> str:
        given = {key: str(value) for key, value in query.items() if value not in ("", None)}
        if t.language != DEFAULT_LANGUAGE:
            given["lang"] = t.language
        return path + ("?" + urlencode(given) if given else "")

    return link


def _switch(request: Request, t: Messages) -> str:
    """This page in the other interface language."""
    query = dict(request.query_params)
    query.pop("lang", None)
    if t.other.language != DEFAULT_LANGUAGE:
        query["lang"] = t.other.language
    return request.url.path + ("?" + urlencode(query) if query else "")


def _page(name: str, request: Request, code: int = 200, **context: Any) -> HTMLResponse:
    t = interface(request)
    template = _environment().get_template(name)
    html = template.render(t=t, link=_linker(t), switch=_switch(request, t), **context)
    return HTMLResponse(html, status_code=code, headers=_headers())


def _row_renderer(names: dict[str, str]) -> Callable[[StoryRow, Messages, bool], Markup]:
    """``render(row, t, filtered)``: a list row's HTML, kept by the row's every field (a
    changed story is a new row) and the page's language and storyline filter, so that
    searches sharing stories render each of them once (most of a search page's time)."""

    @lru_cache(maxsize=ROW_CACHE)
    def render(row: StoryRow, t: Messages, filtered: bool) -> Markup:
        item = {
            "row": row,
            "direction": direction_of(row.language),
            "outlets": [names.get(o, outlet_name(o)) for o in row.outlets],
        }
        template = _environment().get_template("story_row.html.j2")
        return Markup(template.render(t=t, link=_linker(t), item=item, filtered=filtered))

    return render


def _headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


def add_pages(app: FastAPI, store: Store, settings: Settings) -> None:
    """Add the HTML routes (left out of the OpenAPI schema) to the app, with its limits;
    outlets' display names come from ``settings.manifest`` when it gives them."""
    from marsad.service.outlets import display_names

    names: dict[str, str] = {}
    if settings.manifest is not None:
        names = display_names(settings.manifest, max_bytes=settings.max_manifest_bytes)
    names_tag = repr(sorted(names.items()))
    row_html = _row_renderer(names)

    @app.get("/static/marsad.css", include_in_schema=False)
    def css() -> Response:
        return Response(stylesheet(), media_type="text/css", headers=_headers())

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        from marsad.service.docs import docs_context

        return _page("docs.html.j2", request, **docs_context(app.openapi()))

    @app.get("/", include_in_schema=False)
    def story_list(
        request: Request,
        q: Annotated[str | None, Query(max_length=settings.max_query_chars)] = None,
        outlet: Annotated[str | None, Query(max_length=settings.max_query_chars)] = None,
        language: Annotated[str | None, Query(max_length=settings.max_lang_chars)] = None,
        storyline: Annotated[str | None, Query(max_length=settings.max_storyline_chars)] = None,
        since: Annotated[str | None, Query(max_length=settings.max_since_chars)] = None,
        published_after: Annotated[str | None, Query(max_length=settings.max_since_chars)] = None,
        published_before: Annotated[str | None, Query(max_length=settings.max_since_chars)] = None,
        page: Annotated[int, Query(ge=1, le=settings.max_page)] = 1,
    ) -> HTMLResponse:
        errors: list[str] = []
        moment, after, before = (
            _moment(value, errors) for value in (since, published_after, published_before)
        )
        found = store.stories(
            since=moment,
            published_after=after,
            published_before=before,
            q=q or None,
            outlet=outlet or None,
            language=language or None,
            storyline=storyline or None,
            limit=settings.page_size,
            offset=(page - 1) * settings.page_size,
        )
        t = interface(request)
        rows = [row_html(row, t, bool(storyline)) for row in found.stories]
        filters = {"q": q or "", "outlet": outlet or "", "language": language or ""}
        filters["storyline"] = storyline or ""
        filters["since"] = since or ""
        filters["published_after"] = published_after or ""
        filters["published_before"] = published_before or ""
        return _page(
            "list.html.j2",
            request,
            rows=rows,
            total=found.total,
            page=page,
            pages=max(1, -(-found.total // settings.page_size)),
            filters=filters,
            error="; ".join(errors) or None,
        )

    @app.get("/story/{story_id}", include_in_schema=False, response_model=None)
    def story_page_route(story_id: str, request: Request) -> Response:
        from marsad.service.pages import story_page

        found = store.story(story_id)
        if found is None:
            return _page("missing.html.j2", request, 404, what="story", ident=story_id)
        if found.story.id != story_id:  # merged into another story
            moved = _linker(interface(request))(f"/story/{found.story.id}")
            return RedirectResponse(moved, status.HTTP_301_MOVED_PERMANENTLY)
        language = interface(request).language
        etag = weak_etag("page", found.story.id, found.updated_at.isoformat(), names_tag, language)
        fresh = validators(etag, found.updated_at)
        if is_fresh(request.headers, etag, found.updated_at):
            # The page's own headers too: a browser merges a 304's headers into its copy, and
            # the service's default CSP (default-src 'none') would block the stylesheet.
            fresh.update(_headers())
            return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=fresh)
        documents = store.documents([a.id for a in found.story.articles])
        page = story_page(found.story, documents.values(), names)
        answer = _page(
            "story.html.j2",
            request,
            page=page,
            story=page.view,
            updated=found.updated_at,
            names=names,
        )
        answer.headers.update(fresh)
        if getattr(request.app.state, "stamp_stories", False):
            answer.headers.update(stamp_header(story_id, found.updated_at, found.data["storyline"]))
        return answer

    @app.get("/article/{article_id:path}", include_in_schema=False)
    def article_page(article_id: str, request: Request) -> HTMLResponse:
        from marsad.service.pages import article_sentences

        record = store.article(article_id)
        if record is None:
            return _page("missing.html.j2", request, 404, what="article", ident=article_id)
        stored = store.documents([record.article.id]).get(record.article.id)
        sentences = article_sentences(record.article, stored)
        language = record.language or record.article.lang or "ar"
        return _page(
            "article.html.j2",
            request,
            record=record,
            title=one_line(record.article.title),
            outlet=outlet_name(record.article.source),
            sentences=sentences,
            language=language,
            direction=direction_of(language),
        )


def _moment(value: str | None, errors: list[str]) -> datetime | None:
    """A filter's time, or None; a value that cannot be read is noted for the page."""
    if not value:
        return None
    try:
        return parse_since(value)
    except ValueError as problem:
        errors.append(str(problem))
        return None
