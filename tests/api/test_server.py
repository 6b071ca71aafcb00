"""End to end: a real uvicorn server on 127.0.0.1 (port 0) in a background thread."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from eventwire.api import create_app


@contextmanager
def running(app: Any, **options: Any) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1, on a port the system picks."""
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", **options
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        assert not thread.is_alive()


@pytest.fixture
def server_url(store_path: Path) -> Iterator[str]:
    with running(create_app(str(store_path), max_body=10_000)) as url:
        yield url


def test_real_server(server_url: str) -> None:
    with httpx.Client(base_url=server_url, timeout=10) as http:
        health = http.get("/v1/health")
        assert health.status_code == 200
        assert health.json()["status"] == "ok" and health.json()["events"] > 0
        page = http.get("/v1/events", params={"limit": 2})
        assert page.status_code == 200
        body: dict[str, Any] = page.json()
        assert len(body["events"]) == 2 and body["next_cursor"]
        nxt = http.get("/v1/events", params={"limit": 2, "cursor": body["next_cursor"]})
        assert nxt.status_code == 200
        first_ids = {e["event_id"] for e in body["events"]}
        assert not first_ids & {e["event_id"] for e in nxt.json()["events"]}
        missing = http.get("/v1/events/nope")
        assert missing.status_code == 404 and missing.json()["error"]["status"] == 404


def test_real_server_refuses_a_large_chunked_body(server_url: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(40):
            yield b"z" * 500
        yield b'"}'

    with httpx.Client(base_url=server_url, timeout=10) as http:
        response = http.post(
            "/v1/code", content=chunks(), headers={"content-type": "application/json"}
        )
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_concurrent_readers_and_a_writer(tmp_path: Path, store_path: Path) -> None:
    """20 clients page through the events while another stores an article: every
    answer is a 200 (the writer waits for the reads in flight, reads wait for it)."""
    db = tmp_path / "shared.duckdb"
    shutil.copy(store_path, db)
    statuses: list[int] = []
    failures: list[BaseException] = []

    with running(create_app(str(db), allow_store=True)) as url:

        def reader() -> None:
            try:
                with httpx.Client(base_url=url, timeout=30) as http:
                    for _ in range(3):
                        cursor = None
                        while True:
                            params: dict[str, Any] = {"limit": 3}
                            if cursor:
                                params["cursor"] = cursor
                            response = http.get("/v1/events", params=params)
                            statuses.append(response.status_code)
                            if response.status_code != 200:
                                return
                            cursor = response.json()["next_cursor"]
                            if cursor is None:
                                break
            except BaseException as exc:  # reported below, in the test's thread
                failures.append(exc)

        threads = [threading.Thread(target=reader) for _ in range(20)]
        for thread in threads:
            thread.start()
        with httpx.Client(base_url=url, timeout=60) as http:
            stored = http.post(
                "/v1/code",
                json={
                    "text": "Kenya accused Somalia of sheltering militants.",
                    "date": "2024-07-05",
                    "store": True,
                },
            )
        for thread in threads:
            thread.join(60)
        with httpx.Client(base_url=url, timeout=30) as http:
            after = http.get("/v1/events", params={"actor": "KEN"}).json()
    assert not failures, failures
    assert stored.status_code == 200 and stored.json()["stored"] is True
    assert statuses and set(statuses) == {200}
    assert after["events"]
