"""eventwire serve: options reach create_app and uvicorn (uvicorn itself is not run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

from eventwire.api._coding import CodingPool
from eventwire.cli import main


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(
        uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs})
    )
    loaded: list[bool] = []
    monkeypatch.setattr(
        CodingPool, "start", lambda self, wait=False: loaded.append(wait)
    )
    calls.append({"loaded": loaded})
    return calls


def test_serve_defaults(runs: list[dict[str, Any]], store_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    loaded, call = runs[0]["loaded"], runs[1]
    assert loaded == [True]  # the workers (and the model) are started at startup
    assert call["host"] == "127.0.0.1" and call["port"] == 8000
    settings = call["app"].state.settings
    assert settings["allow_store"] is False
    assert settings["max_body"] == 2_000_000
    assert settings["code_timeout"] == 30.0
    assert settings["max_periods"] == 10_000
    assert settings["code_workers"] == 2
    assert call["app"].state.store.path == str(store_path)


def test_serve_options(runs: list[dict[str, Any]], tmp_path: Path) -> None:
    db = tmp_path / "missing.duckdb"
    result = CliRunner().invoke(
        main,
        [
            "serve",
            "--db",
            str(db),
            "--host",
            "127.0.0.1",
            "--port",
            "8123",
            "--allow-store",
            "--max-body",
            "5000",
            "--code-timeout",
            "2.5",
            "--max-periods",
            "400",
            "--code-workers",
            "3",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "does not exist yet" in result.output
    call = runs[1]
    assert call["port"] == 8123
    settings = call["app"].state.settings
    assert settings["allow_store"] is True
    assert settings["max_body"] == 5000
    assert settings["code_timeout"] == 2.5
    assert settings["max_periods"] == 400
    assert settings["code_workers"] == 3
    assert call["app"].state.coding.size == 3


def test_serve_warns_about_storing_on_a_public_address(
    runs: list[dict[str, Any]], tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        main,
        [
            "serve",
            "--db",
            str(tmp_path / "x.duckdb"),
            "--host",
            "0.0.0.0",
            "--allow-store",
        ],
    )
    assert result.exit_code == 0
    assert "Warning" in result.output


def test_serve_refuses_bad_options() -> None:
    for args in (
        ["--port", "70000"],
        ["--max-body", "0"],
        ["--code-timeout", "0"],
        ["--max-periods", "0"],
    ):
        result = CliRunner().invoke(main, ["serve", *args])
        assert result.exit_code == 2, args
