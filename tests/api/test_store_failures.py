"""A damaged store behind the API: /v1/health reads it for real and says so, the read
endpoints answer 503 in the error shape (not 500), and serve refuses to start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from tests.store.failures import cut_short, damage_a_block, not_duckdb

from eventwire.api import create_app
from eventwire.api._coding import CodingPool
from eventwire.cli import main

from .conftest import assert_error, make_client

REBUILD = 'restore it from a backup, or build it again with "eventwire ingest".'


def _page_fails(path: Path) -> bool:
    with make_client(create_app(str(path))) as c:
        return c.get("/v1/events").status_code == 503


def test_health_on_a_damaged_store(store_path: Path, tmp_path: Path) -> None:
    db = damage_a_block(store_path, tmp_path / "damaged.duckdb", _page_fails)
    with make_client(create_app(str(db))) as c:
        error = assert_error(c.get("/v1/health"), 503, "store_damaged")
        assert error["message"] == (
            "The event store damaged.duckdb cannot be read: the file is damaged (a "
            "block of it fails its checksum). The server's operator must restore it."
        )
        events = assert_error(c.get("/v1/events"), 503, "store_damaged")
        assert events["message"] == error["message"]
        assert str(tmp_path) not in c.get("/v1/health").text  # no server paths


@pytest.mark.parametrize(
    ("damage", "cause"),
    [
        (cut_short, "the file is damaged (it ends before its last block: the file "
         "was cut short)"),
        (lambda src, dst: not_duckdb(dst), "it is not a DuckDB database file, or its "
         "header is damaged"),
    ],
)  # fmt: skip
def test_health_on_a_broken_file(
    store_path: Path, tmp_path: Path, damage: Any, cause: str
) -> None:
    db = damage(store_path, tmp_path / "broken.duckdb")
    with make_client(create_app(str(db))) as c:
        error = assert_error(c.get("/v1/health"), 503, "store_damaged")
        assert error["message"] == (
            f"The event store broken.duckdb cannot be read: {cause}. The server's "
            "operator must restore it."
        )


def test_health_remembers_damage_a_request_found(
    store_path: Path, tmp_path: Path
) -> None:
    db = damage_a_block(store_path, tmp_path / "damaged.duckdb", _page_fails)
    app = create_app(str(db))
    with make_client(app) as c:
        assert_error(c.get("/v1/events"), 503, "store_damaged")
        assert app.state.store.known_failure() is not None
        assert_error(c.get("/v1/health"), 503, "store_damaged")
    # the file replaced by a good one: the damage is forgotten
    db.write_bytes(store_path.read_bytes())
    with make_client(app) as c:
        assert app.state.store.known_failure() is None
        assert c.get("/v1/health").status_code == 200


def test_serve_refuses_a_damaged_store(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(app))
    monkeypatch.setattr(CodingPool, "start", lambda self, wait=False: None)
    db = cut_short(store_path, tmp_path / "events.duckdb")
    result = CliRunner().invoke(main, ["serve", "--db", str(db)])
    assert result.exit_code == 1
    assert served == []
    assert result.stderr.splitlines()[-1] == (
        f"Error: {db}: cannot read the database: the file is damaged (it ends before "
        f"its last block: the file was cut short); {REBUILD}"
    )
