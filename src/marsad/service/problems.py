"""Errors as RFC 9457 problem details, security headers on every answer, and no tracebacks."""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.errors import MarsadError, one_line

logger = logging.getLogger(__name__)

PROBLEM_TYPE = "application/problem+json"
# Sent with every answer (pages set their own, stricter-for-them Content-Security-Policy).
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
)


def problem(
    status: int, detail: str, *, errors: list[Any] | None = None, headers: Any = None
) -> Response:
    """A problem+json answer; ASCII-escaped, as details may echo lone surrogates ("\\ud800")."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": _title(status),
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    return Response(json.dumps(body, default=str), status, headers=headers, media_type=PROBLEM_TYPE)


def problem_bytes(status: int, detail: str) -> bytes:
    """The body of a problem answer, for ASGI middleware that sends it by hand."""
    body = {"type": "about:blank", "title": _title(status), "status": status, "detail": detail}
    return json.dumps(body).encode()


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def add_problem_handlers(app: FastAPI) -> None:
    """Answer HTTP errors, invalid requests and store failures with problem details."""

    @app.exception_handler(StarletteHTTPException)
    def _http(_request: Request, error: StarletteHTTPException) -> Response:
        return problem(error.status_code, str(error.detail), headers=error.headers)

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, error: RequestValidationError) -> Response:
        # Without the offending input: it may be a whole article (megabytes), sent back as is.
        errors = [
            {key: value for key, value in item.items() if key != "input"}
            for item in jsonable_encoder(error.errors())
        ]
        detail = "; ".join(
            f"{'.'.join(str(part) for part in item.get('loc', ()))}: {item.get('msg', '')}"
            for item in errors
        )
        return problem(422, detail or "invalid request", errors=errors)

    @app.exception_handler(MarsadError)
    def _store(_request: Request, error: MarsadError) -> Response:
        return problem(503, str(error))


class Guard:
    """Adds the security headers to every answer and turns an unexpected error into a 500
    problem with one log line (not a traceback per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add headers; answer 500 if the app fails before answering."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def guarded(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, guarded)
        except Exception as error:
            logger.error(
                "%s %s failed: %s: %s",
                scope.get("method"),
                scope.get("path"),
                type(error).__name__,
                one_line(error),
            )
            logger.debug("traceback", exc_info=True)
            if started:
                return
            body = problem_bytes(500, "internal error; the server log has a line about it")
            await guarded(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", PROBLEM_TYPE.encode()),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})


def problem_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI schema with every 4xx/5xx answer declared as a problem+json ``Problem``."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = {
        "title": "Problem",
        "description": "An error (RFC 9457 problem details).",
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "errors": {
                "type": "array",
                "items": {"type": "object"},
                "description": "For a 422: each problem with its location (loc) and message.",
            },
        },
    }
    content = {PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for status, answer in operation.get("responses", {}).items():
                if status[:1] in ("4", "5"):
                    answer["content"] = content
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    return schema
