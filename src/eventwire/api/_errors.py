"""One JSON error shape for every status, and the middlewares that guard the app.

Every error answer is ``{"error": {"status": int, "code": str, "message": str}}``: the
status again, a short machine code and one line that names the parameter or field and
what was expected. No traceback ever reaches a client; a bug is logged here, with its
traceback, and answered with a generic 500.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("eventwire.api")

# The code of each status when nothing more specific was given.
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
    504: "timeout",
}
INTERNAL_MESSAGE = (
    "The server failed to answer this request; the error was logged on the server."
)


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorBody(BaseModel):
    """The shape of every error answer."""

    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses (all with the one error shape)."""
    return {
        status: {"model": ErrorBody, "description": CODES.get(status, "error")}
        for status in statuses
    }


class ApiError(Exception):
    """An error answer: raise it anywhere in the app."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        error_body(status, code, message), status_code=status, headers=headers
    )


def install_error_handlers(app: FastAPI) -> None:
    """Handlers for ApiError, HTTPException (routing, static files), request validation
    and, as the last resort, any other exception."""

    async def api_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        return error_response(
            status,
            CODES.get(status, f"http_{status}"),
            _http_message(request, status, exc.detail),
            getattr(exc, "headers", None),
        )

    async def validation_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        code, message = validation_message(exc.errors())
        return error_response(422, code, message)

    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log_exception(request.scope, exc)
        return error_response(500, "internal_error", INTERNAL_MESSAGE)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, internal_error)


def log_exception(scope: Scope, exc: BaseException) -> None:
    log.error(
        "error answering %s %s",
        scope.get("method", "?"),
        scope.get("path", "?"),
        exc_info=(type(exc), exc, exc.__traceback__),
    )


def _http_message(request: Request, status: int, detail: Any) -> str:
    path = request.url.path
    if status == 404:
        return f"There is nothing at {path}; see /docs for the endpoints."
    if status == 405:
        return (
            f"{request.method} is not allowed on {path}; "
            "see /docs for the methods each endpoint takes."
        )
    if isinstance(detail, str) and detail:
        return detail
    return f"The request failed with status {status}."


# -- validation errors as one line --------------------------------------------------------
_BOUNDS = {
    "less_than_equal": ("at most", "le"),
    "less_than": ("less than", "lt"),
    "greater_than_equal": ("at least", "ge"),
    "greater_than": ("more than", "gt"),
}
_WHERE = {"query": "query parameter", "path": "path parameter", "header": "header"}


def validation_message(errors: Sequence[Any]) -> tuple[str, str]:
    """(code, one line) for pydantic's list of errors: the first error, naming its
    field, plus how many more there are."""
    if not errors:
        return "invalid_parameter", "The request is not valid."
    first = dict(errors[0])
    code, message = _one_error(first)
    more = len(errors) - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return code, message


def _one_error(e: dict[str, Any]) -> tuple[str, str]:
    loc = [str(part) for part in e.get("loc", ())]
    kind = str(e.get("type", ""))
    ctx = e.get("ctx") or {}
    where = loc[0] if loc else ""
    if kind == "json_invalid":
        reason = ctx.get("error", "malformed JSON")
        pos = f" at character {loc[1]}" if len(loc) > 1 else ""
        return "invalid_json", f"The request body is not valid JSON ({reason}{pos})."
    name = ".".join(p for p in loc[1:] if not p.isdigit() or where != "query")
    if where == "body":
        code = "invalid_body"
        if not name:
            given = e.get("input")
            if isinstance(given, (bytes, str)):
                return code, (
                    "The request body must be JSON sent with Content-Type: "
                    'application/json, like {"text": "..."}.'
                )
            return code, (
                'The request body must be a JSON object like {"text": "..."}; '
                f"got {_shown(given)}."
            )
        label = f'body field "{name}"'
    else:
        code = "invalid_parameter"
        label = f'{_WHERE.get(where, where or "parameter")} "{name}"'
    if kind == "missing":
        return code, f"{label} is required."
    if kind == "extra_forbidden":
        return code, f"{label} is not a known field."
    if kind in _BOUNDS:
        word, key = _BOUNDS[kind]
        return (
            code,
            f"{label} is {_shown(e.get('input'))}; expected {word} {ctx.get(key)}.",
        )
    msg = str(e.get("msg", "is not valid"))
    msg = msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    msg = msg[:1].lower() + msg[1:]
    if "input" in e and e["input"] is not None and kind not in ("missing",):
        return code, f"{label} is {_shown(e['input'])}; {msg.rstrip('.')}."
    return code, f"{label}: {msg.rstrip('.')}."


def _shown(value: Any) -> str:
    """A short, single-line rendering of a client's value for a message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


# -- middlewares ---------------------------------------------------------------------------
class BodyTooLarge(StarletteHTTPException):
    """Raised while a body is read (an HTTPException, so that FastAPI's body parsing
    passes it on to the handlers instead of turning it into a 400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413,
            f"The request body is larger than {limit:,} bytes, the most this server "
            "accepts.",
        )


class BodyLimitMiddleware:
    """Refuses request bodies over ``max_body`` bytes: at once when Content-Length says
    so, and while reading when a body without one (chunked) grows past the limit."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _send_error(send, _too_large(limit))
            return
        if declared == -1:
            await _send_error(
                send,
                ApiError(
                    400, "bad_request", "The Content-Length header is not a number."
                ),
            )
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLarge:  # read outside the routes' own error handling
            if started:
                raise
            await _send_error(send, _too_large(limit))


class CatchAllMiddleware:
    """The last resort: any exception that escapes the app is logged with its traceback
    and answered with a generic 500 (never the traceback)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:
            log_exception(scope, exc)
            if started:
                return  # too late for an error answer; the client sees a cut response
            await _send_error(send, ApiError(500, "internal_error", INTERNAL_MESSAGE))


def _too_large(limit: int) -> ApiError:
    exc = BodyTooLarge(limit)
    return ApiError(413, "payload_too_large", exc.detail)


def _content_length(scope: Scope) -> int | None:
    """The declared body size; -1 when the header is not a whole number."""
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                n = int(value)
            except ValueError:
                return -1
            return n if n >= 0 else -1
    return None


async def _send_error(send: Send, exc: ApiError) -> None:
    body = json.dumps(error_body(exc.status, exc.code, exc.message)).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if exc.status == 413:
        headers.append((b"connection", b"close"))
    await send(
        {"type": "http.response.start", "status": exc.status, "headers": headers}
    )
    await send({"type": "http.response.body", "body": body})
