"""Every error status answers with the one JSON error shape, and bad input breaks
nothing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.api import _app, create_app

from .conftest import assert_error, make_client


# -- 400 ----------------------------------------------------------------------------------
def test_bad_cursors(client: Any) -> None:
    first = client.get("/v1/events", params={"limit": 1}).json()
    cursor = first["next_cursor"]
    assert cursor
    body, mac = cursor.split(".")
    flipped = body[:-1] + ("A" if body[-1] != "A" else "B")
    for bad in ("garbage", "a.b", cursor[:-3], f"{flipped}.{mac}", cursor + "x"):
        error = assert_error(
            client.get("/v1/events", params={"limit": 1, "cursor": bad}),
            400,
            "bad_cursor",
        )
        assert '"cursor"' in error["message"]
    # a cursor of another query (other filters, other sort)
    for other in ({"actor": "TUR"}, {"sort": "-date"}, {"include_negated": True}):
        assert_error(
            client.get("/v1/events", params={"limit": 1, "cursor": cursor, **other}),
            400,
            "bad_cursor",
        )
    # the same query with another page size is the same query
    assert client.get("/v1/events", params={"limit": 3, "cursor": cursor}).is_success


# -- 403 ----------------------------------------------------------------------------------
def test_store_refused_without_allow_store(client: Any) -> None:
    error = assert_error(
        client.post("/v1/code", json={"text": "Turkey accused Syria.", "store": True}),
        403,
        "store_not_allowed",
    )
    assert "--allow-store" in error["message"]


# -- 404, 405 -----------------------------------------------------------------------------
def test_unknown_path_and_wrong_method(client: Any) -> None:
    assert_error(client.get("/v1/nothing-here"), 404, "not_found")
    error = assert_error(client.post("/v1/events"), 405, "method_not_allowed")
    assert "POST" in error["message"]
    response = client.delete("/v1/health")
    assert_error(response, 405)
    assert response.headers["allow"] == "GET"
    assert_error(client.get("/v1/code"), 405)


# -- 413 ----------------------------------------------------------------------------------
def test_body_too_large_by_content_length(store_path: Path) -> None:
    with make_client(create_app(str(store_path), max_body=1000)) as small:
        error = assert_error(
            small.post("/v1/code", json={"text": "x" * 2000}), 413, "payload_too_large"
        )
        assert "1,000 bytes" in error["message"]
        assert small.post("/v1/code", json={"text": ""}).status_code == 422


def test_body_too_large_when_chunked(store_path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(30):
            yield b"y" * 100
        yield b'"}'

    with make_client(create_app(str(store_path), max_body=1000)) as small:
        response = small.post(
            "/v1/code", content=chunks(), headers={"content-type": "application/json"}
        )
        assert "content-length" not in {k.lower() for k in response.request.headers}
        assert_error(response, 413, "payload_too_large")


def test_text_too_long(store_path: Path) -> None:
    with make_client(create_app(str(store_path), max_article_chars=50)) as small:
        error = assert_error(
            small.post("/v1/code", json={"text": "Turkey accused Syria. " * 5}),
            413,
            "text_too_long",
        )
        assert '"text"' in error["message"] and "50" in error["message"]


# -- 422 ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"quad": 9}, "quad"),
        ({"quad": "four"}, '"quad"'),
        ({"from": "2024-13-01"}, '"from"'),
        ({"to": "yesterday"}, '"to"'),
        ({"from": "2024-03-05", "to": "2024-03-01"}, '"from"'),
        ({"limit": 100000}, '"limit"'),
        ({"limit": 0}, '"limit"'),
        ({"sort": "goldstein"}, '"sort"'),
        ({"actor": "RUS GOV"}, "actor"),
        ({"country": "Syria"}, "country"),
        ({"code": "x19"}, "code"),
        ({"plover": "FIGHTING"}, "plover"),
        ({"include_negated": "perhaps"}, '"include_negated"'),
    ],
)
def test_bad_query_parameters(client: Any, params: dict, names: str) -> None:
    error = assert_error(client.get("/v1/events", params=params), 422)
    assert names in error["message"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ({"text": ""}, '"text"'),
        ({"text": "   \n"}, '"text"'),
        ({}, '"text" is required'),
        ({"title": "no text"}, '"text" is required'),
        ({"text": 5}, '"text"'),
        ({"text": "Turkey accused Syria.", "date": "2024-02-30"}, '"date"'),
        ({"text": "Turkey accused Syria.", "date": "March 4"}, '"date"'),
        ({"text": "Turkey accused Syria.", "store": "maybe"}, '"store"'),
        ({"text": "Turkey accused Syria.", "txet": "typo"}, '"txet"'),
        (["Turkey accused Syria."], "JSON object"),
    ],
)
def test_bad_code_bodies(client: Any, body: Any, names: str) -> None:
    error = assert_error(client.post("/v1/code", json=body), 422)
    assert names in error["message"]


def test_malformed_json(client: Any) -> None:
    response = client.post(
        "/v1/code", content=b'{"text": ', headers={"content-type": "application/json"}
    )
    error = assert_error(response, 422, "invalid_json")
    assert "JSON" in error["message"]
    response = client.post("/v1/code", content=b"plain words")
    assert "Content-Type" in assert_error(response, 422)["message"]


# -- 500 ----------------------------------------------------------------------------------
def test_a_failing_library_call_is_a_generic_500(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals: /srv/data/events.duckdb line 42")

    monkeypatch.setattr(_app, "query_series", broken)
    app = create_app(str(store_path))
    with make_client(app, raise_server_exceptions=False) as c:
        response = c.get("/v1/series", params={"actor": "TUR"})
    error = assert_error(response, 500, "internal_error")
    assert "secret" not in response.text and "RuntimeError" not in response.text
    assert "logged" in error["message"]
    # the traceback is in the server's log
    logged = [r for r in caplog.records if r.name == "eventwire.api"]
    assert logged and logged[-1].exc_info is not None
    assert "secret internals" in str(logged[-1].exc_info[1])


def test_a_failing_coder_is_a_generic_500(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(None, code_workers=1, coder="tests.api.coders:failing")
    with make_client(app, raise_server_exceptions=False) as c:
        response = c.post("/v1/code", json={"text": "Turkey accused Syria."})
    assert_error(response, 500, "internal_error")
    assert "exploded" not in response.text
    # the worker's traceback is in the server's log
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError: model exploded at token 17" in logged


# -- 503 ----------------------------------------------------------------------------------
def test_no_store(tmp_path: Path, coder: Any) -> None:
    for db in (None, str(tmp_path / "missing.duckdb")):
        with make_client(create_app(db)) as c:
            for path in (
                "/v1/events",
                "/v1/events/abc",
                "/v1/articles/abc",
                "/v1/series?actor=TUR",
            ):
                error = assert_error(c.get(path), 503, "no_store")
                assert "event store" in error["message"]
            assert c.get("/v1/health").json() == {
                "status": "ok",
                "events": None,
                "articles": None,
            }
            coded = c.post("/v1/code", json={"text": "Turkey accused Syria."})
            assert coded.status_code == 200 and coded.json()["stored"] is False
            assert c.get("/v1/actors", params={"q": "syria"}).status_code == 200


# -- 504 ----------------------------------------------------------------------------------
def test_coding_past_the_time_limit() -> None:
    app = create_app(
        None, code_timeout=0.5, code_workers=1, coder="tests.api.coders:slow_on_marker"
    )
    with make_client(app) as c:
        app.state.coding.start(wait=True)
        started = time.perf_counter()
        response = c.post("/v1/code", json={"text": "[slow] Turkey accused Syria."})
        assert time.perf_counter() - started < 3
    error = assert_error(response, 504, "timeout")
    assert "0.5 s" in error["message"]


# -- hostile input ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE events; --",
        "x' OR '1'='1",
        '" OR 1=1 --',
        "%",
        "_",
        "\\",
        "border%' UNION SELECT * FROM articles --",
    ],
)
def test_sql_injection_in_text_finds_nothing(client: Any, text: str) -> None:
    before = client.get("/v1/health").json()
    body = client.get("/v1/events", params={"text": text}).json()
    assert body["events"] == []
    assert client.get("/v1/health").json() == before


@pytest.mark.parametrize(
    "value", ["TUR' OR '1'='1", "TUR;DROP TABLE events", "TUR--", "%", "' OR 1=1 --"]
)
def test_sql_injection_in_actor_is_refused(client: Any, value: str) -> None:
    before = client.get("/v1/health").json()
    for name in ("actor", "recipient"):
        assert_error(client.get("/v1/events", params={name: value}), 422)
    assert_error(client.get("/v1/series", params={"actor": value}), 422)
    assert_error(client.get("/v1/series", params={"dyad": f"{value}:SYR"}), 422)
    assert client.get("/v1/health").json() == before


def test_sql_injection_in_ids_finds_nothing(client: Any) -> None:
    for value in ("' OR '1'='1", "x%27%20OR%201=1"):
        assert_error(client.get(f"/v1/events/{value}"), 404)
        assert_error(client.get(f"/v1/articles/{value}"), 404)
    assert client.get("/v1/events", params={"limit": 500}).json()["events"]


def test_store_held_by_a_writer_is_503(tmp_path: Path, store_path: Path) -> None:
    import shutil

    import duckdb

    db = tmp_path / "busy.duckdb"
    shutil.copy(store_path, db)
    writer = duckdb.connect(str(db))  # a DuckDB file has one writer at a time
    try:
        with make_client(create_app(str(db))) as c:
            error = assert_error(c.get("/v1/events"), 503, "store_unavailable")
            assert "busy.duckdb" in error["message"]
            assert str(tmp_path) not in error["message"]  # no server paths
    finally:
        writer.close()
    with make_client(create_app(str(db))) as c:
        assert c.get("/v1/events").status_code == 200


def test_an_idle_server_lets_go_of_the_file(tmp_path: Path, store_path: Path) -> None:
    import shutil

    import duckdb

    db = tmp_path / "idle.duckdb"
    shutil.copy(store_path, db)
    app = create_app(str(db))
    app.state.store.idle = 1.0
    with make_client(app) as c:
        assert c.get("/v1/events").status_code == 200
        # while reads come in, the file stays open: a writer here would be refused
        with pytest.raises(duckdb.Error):
            duckdb.connect(str(db)).close()
        deadline = time.monotonic() + 5
        while True:
            try:
                duckdb.connect(str(db)).close()
                break
            except duckdb.Error:
                assert time.monotonic() < deadline, "the file was never let go"
                time.sleep(0.05)
        assert c.get("/v1/health").status_code == 200
