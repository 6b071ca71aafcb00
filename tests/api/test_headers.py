"""Security headers on every answer, /docs from the package's own files, and the JSON
error shape for requests too malformed to reach the app."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from eventwire.api import JsonH11Protocol, create_app, web_dir
from eventwire.api import _app as app_module
from eventwire.api._coding import CodingPool

from .conftest import make_client
from .test_server import running

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


def assert_secure(response: Any) -> None:
    headers = response.headers
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/", 200),
        ("GET", "/static/app.js", 200),
        ("GET", "/static/swagger-ui/swagger-ui.css", 200),
        ("GET", "/docs", 200),
        ("GET", "/openapi.json", 200),
        ("GET", "/v1/health", 200),
        ("GET", "/v1/events?limit=1", 200),
        ("GET", "/v1/events?limit=0", 422),
        ("GET", "/v1/nothing", 404),
        ("DELETE", "/v1/health", 405),
        ("GET", "/redoc", 404),
    ],
)
def test_every_answer_has_the_security_headers(
    client: Any, method: str, path: str, status: int
) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    assert_secure(response)


def test_errors_from_the_middlewares_have_them_too(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with make_client(create_app(str(store_path), max_body=100)) as small:
        too_large = small.post("/v1/code", json={"text": "x" * 500})
    assert too_large.status_code == 413
    assert_secure(too_large)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(app_module, "query_series", broken)
    app = create_app(str(store_path))
    with make_client(app, raise_server_exceptions=False) as c:
        failed = c.get("/v1/series", params={"actor": "TUR"})
    assert failed.status_code == 500
    assert_secure(failed)


def test_docs_page_loads_only_files_of_the_package(client: Any) -> None:
    page = client.get("/docs")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    html = page.text
    for src in (
        "/static/swagger-ui/swagger-ui.css",
        "/static/swagger-ui/swagger-ui-bundle.js",
        "/static/docs.js",
    ):
        assert src in html
        assert client.get(src).status_code == 200
    assert "http://" not in html and "https://" not in html and "//cdn" not in html
    assert "<script>" not in html  # no inline script: the CSP would block it
    licence = web_dir() / "swagger-ui" / "LICENSE"
    assert "Apache License" in licence.read_text(encoding="utf-8")


def _raw(url: str, request: bytes) -> tuple[str, dict[str, str], bytes]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"THIS IS NOT HTTP\r\n\r\n",
        b"GET /v1/health HTTP/1.1\r\nHost: x\r\nBad Header Name: 1\r\n\r\n",
        b"POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n",
        b"GET /v1/health HTTP/1.1\r\n\r\n",  # HTTP/1.1 without Host
    ],
)
def test_a_malformed_request_gets_the_json_error_shape(
    store_path: Path, request_bytes: bytes
) -> None:
    import json

    with running(create_app(str(store_path)), http=JsonH11Protocol) as url:
        status, headers, body = _raw(url, request_bytes)
    assert status == "HTTP/1.1 400 Bad Request"
    assert headers["content-type"] == "application/json"
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert json.loads(body) == {
        "error": {
            "status": 400,
            "code": "bad_request",
            "message": "The request is not valid HTTP/1.1 (a malformed request line "
            "or header, or headers too large); nothing was done.",
        }
    }


def test_serve_uses_the_json_protocol(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from click.testing import CliRunner

    from eventwire.cli import main

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    monkeypatch.setattr(CodingPool, "start", lambda self, wait=False: None)
    result = CliRunner().invoke(main, ["serve", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert calls[0]["http"] is JsonH11Protocol
