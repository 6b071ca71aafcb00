"""POST /v1/code in worker processes: a request past its time limit is answered 504
and its worker killed and replaced, while the other workers answer other requests."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from eventwire.api import create_app

from .coders import SLOW
from .conftest import assert_error, make_client

TEXT = "Egypt urged Israel to agree to a ceasefire on Tuesday."
LONG = f"{SLOW} Turkish artillery pounded Syrian army positions near Kobani."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def slow_app() -> Iterator[Any]:
    app = create_app(
        None, code_timeout=3.0, code_workers=2, coder="tests.api.coders:slow_on_marker"
    )
    with make_client(app) as client:
        app.state.coding.start(wait=True)
        yield app, client


def _post_in_background(client: Any, text: str) -> tuple[threading.Thread, dict]:
    out: dict[str, Any] = {}

    def post() -> None:
        started = time.monotonic()
        out["response"] = client.post("/v1/code", json={"text": text})
        out["seconds"] = time.monotonic() - started
        out["done"] = time.monotonic()

    thread = threading.Thread(target=post)
    thread.start()
    return thread, out


def _wait_busy(app: Any, n: int) -> None:
    deadline = time.monotonic() + 10
    while app.state.coding.busy() < n:
        assert time.monotonic() < deadline, "the long text never reached a worker"
        time.sleep(0.01)


def test_a_second_request_is_answered_while_a_long_one_runs(slow_app: Any) -> None:
    app, client = slow_app
    pids = set(app.state.coding.pids())
    thread, long = _post_in_background(client, LONG)
    _wait_busy(app, 1)
    started = time.monotonic()
    second = client.post("/v1/code", json={"text": TEXT, "date": "2024-06-12"})
    answered = time.monotonic()
    assert second.status_code == 200, second.text
    assert second.json()["events"][0]["cameo"] == "020"
    assert answered - started < 2.5
    thread.join(30)
    # the long one: 504 at its limit, answered after the second one
    assert long["done"] > answered
    error = assert_error(long["response"], 504, "timeout")
    assert error["message"] == (
        "Coding this text took longer than 3 s, this server's limit; send a shorter "
        "text or try again later."
    )
    assert 2.9 < long["seconds"] < 8
    # its worker, still busy for another minute, was killed and replaced
    now = set(app.state.coding.pids())
    (killed,) = pids - now
    assert not _alive(killed)
    assert len(now) == 2 and app.state.coding.replaced == 1
    assert client.post("/v1/code", json={"text": TEXT}).status_code == 200


def test_with_one_worker_the_next_request_waits_only_for_the_kill() -> None:
    app = create_app(
        None, code_timeout=3.0, code_workers=1, coder="tests.api.coders:slow_on_marker"
    )
    with make_client(app) as client:
        app.state.coding.start(wait=True)
        (first_pid,) = app.state.coding.pids()
        thread, long = _post_in_background(client, LONG)
        _wait_busy(app, 1)
        time.sleep(1.0)
        started = time.monotonic()
        queued = client.post("/v1/code", json={"text": TEXT})
        waited = time.monotonic() - started
        thread.join(30)
    assert_error(long["response"], 504, "timeout")
    # the queued request got the replacement as soon as the long one was killed,
    # not a minute later when its parse would have ended
    assert queued.status_code == 200, queued.text
    assert 1.5 < waited < 3.0
    assert not _alive(first_pid)


def test_a_worker_that_dies_is_replaced() -> None:
    app = create_app(None, code_workers=1, coder="tests.api.coders:dying")
    with make_client(app, raise_server_exceptions=False) as client:
        app.state.coding.start(wait=True)
        (pid,) = app.state.coding.pids()
        error = assert_error(
            client.post("/v1/code", json={"text": f"[die] {TEXT}"}),
            500,
            "worker_stopped",
        )
        assert error["message"] == (
            "The process coding this text stopped before it was done (it may have run "
            "out of memory) and was replaced; try again, or send a shorter text."
        )
        assert app.state.coding.pids() != [pid]
        again = client.post("/v1/code", json={"text": TEXT})
    assert again.status_code == 200 and again.json()["events"]
