"""HTTP around the app: security headers on every answer, and the JSON error shape for
requests so malformed that the app never sees them.

- ``SecurityHeadersMiddleware`` adds a Content-Security-Policy (a real header, with
  ``frame-ancestors 'none'``, which a ``<meta>`` tag cannot carry),
  ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer`` and
  ``X-Frame-Options: DENY`` (for browsers that predate frame-ancestors) to every
  answer: pages, static files, JSON and errors alike.
- ``JsonH11Protocol`` is uvicorn's h11 protocol whose answer to a request it cannot
  parse (a broken request line, a bad header, a header block too large) is the API's
  JSON error shape with those headers, instead of uvicorn's plain text. Pass it as
  ``uvicorn.run(app, http=JsonH11Protocol)``; ``eventwire serve`` does.
"""

from __future__ import annotations

import json

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._errors import error_body

# The web page and /docs load only this server's own files: scripts and styles from
# /static, data from /v1, images from /static or data: URIs (Swagger UI's icons).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
BAD_REQUEST_MESSAGE = (
    "The request is not valid HTTP/1.1 (a malformed request line or header, or "
    "headers too large); nothing was done."
)


class SecurityHeadersMiddleware:
    """Adds ``SECURITY_HEADERS`` to every HTTP answer that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def bad_request_body() -> bytes:
    return json.dumps(error_body(400, "bad_request", BAD_REQUEST_MESSAGE)).encode()


class JsonH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, answering unparseable requests in the JSON error shape."""

    def send_400_response(self, msg: str) -> None:
        body = bad_request_body()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *SECURITY_HEADERS,
        ]
        event = h11.Response(status_code=400, headers=headers, reason=b"Bad Request")
        self.transport.write(self.conn.send(event))
        self.transport.write(self.conn.send(h11.Data(data=body)))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()
