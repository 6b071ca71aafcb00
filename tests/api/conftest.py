"""A small event store for the API tests: the three border reports of the dedup
fixture, a story without a date and one whose text carries markup, coded with the
session's shared Coder and stored with ``pipeline.ingest``."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from eventwire.api import create_app
from eventwire.pipeline import Coder, ingest
from eventwire.records import Article
from eventwire.store import EventStore

with warnings.catch_warnings():
    # starlette asks for httpx2; the locked httpx works the same for these tests
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

REPO = Path(__file__).resolve().parents[2]
THREE_REPORTS = REPO / "tests" / "fixtures" / "dedup" / "three_reports.jsonl"

MARKUP = "<script>alert('x')</script>"
EXTRA = [
    Article(
        id="undated-1",
        title="Talks and shelling",
        text=(
            "Russian troops shelled Ukrainian positions near Donetsk. "
            "China and Japan held talks in Beijing."
        ),
        published=None,
        source="Test Wire",
    ),
    Article(
        id="markup-1",
        title="Ceasefire appeal <b>now</b>",
        text=(
            "Egypt urged Israel to agree to a ceasefire on Tuesday. "
            f"{MARKUP} The United Nations condemned Syria for the attack on "
            "civilians in Aleppo."
        ),
        published="2024-05-02",
        source="Other Wire",
        url="https://other.example/ceasefire",
    ),
]


def fixture_articles() -> list[Article]:
    fields = ("id", "title", "text", "published", "source", "url")
    with THREE_REPORTS.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [Article(**{k: v for k, v in r.items() if k in fields}) for r in rows]


def build_store(path: Path, coder: Coder, articles: list[Article]) -> Path:
    with EventStore(path) as store:
        ingest(articles, store, coder=coder)
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    return build_store(path, coder, [*fixture_articles(), *EXTRA])


@pytest.fixture(scope="session")
def app(store_path: Path) -> Any:
    return create_app(str(store_path))


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def make_client(app: Any, **kwargs: Any) -> TestClient:
    return TestClient(app, **kwargs)


def assert_error(response: Any, status: int, code: str | None = None) -> dict:
    """The one error shape, with this status (and code)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message"}
    assert error["status"] == status
    assert isinstance(error["code"], str) and error["code"]
    assert error["code"].replace("_", "").isalnum() and error["code"].islower()
    assert isinstance(error["message"], str) and error["message"].strip()
    assert "\n" not in error["message"]
    assert "Traceback" not in response.text
    if code is not None:
        assert error["code"] == code, error
    return error
