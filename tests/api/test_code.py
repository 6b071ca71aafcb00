"""POST /v1/code: coding a posted text, and storing it where the server allows."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from eventwire.api import create_app
from eventwire.pipeline import Coder
from eventwire.records import Article

from .conftest import MARKUP, assert_error, make_client

TEXT = (
    "Turkish artillery pounded Syrian army positions near Kobani on Tuesday. "
    "Egypt urged Israel to agree to a ceasefire."
)


def test_code_a_text(client: Any, coder: Coder) -> None:
    body = {
        "text": TEXT,
        "title": "Border news",
        "date": "2024-06-12",
        "url": "https://example.org/a",
    }
    response = client.post("/v1/code", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data) == {"article_id", "events", "stored"}
    article_id = Article.make_id(TEXT, "Border news", "https://example.org/a")
    assert data["article_id"] == article_id
    assert data["stored"] is False
    expected = [e.to_dict() for e in coder.code_text(TEXT, "2024-06-12", article_id)]
    assert data["events"] == expected
    assert len(expected) >= 2
    assert {e["cameo"][:2] for e in data["events"]} >= {"19", "02"}


def test_code_without_a_date_keeps_events_undated(client: Any) -> None:
    data = client.post("/v1/code", json={"text": TEXT, "date": None}).json()
    assert data["events"] and all(e["date"] is None for e in data["events"])
    assert data["article_id"] == Article.make_id(TEXT)


def test_markup_in_posted_text_is_left_alone(client: Any) -> None:
    text = f"Egypt urged Israel to agree to a ceasefire. {MARKUP}"
    data = client.post("/v1/code", json={"text": text}).json()
    assert data["events"]
    for event in data["events"]:
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert text[start:end] == event["evidence"]["text"]


def test_store_with_allow_store(tmp_path: Path, store_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copy(store_path, db)
    app = create_app(str(db), allow_store=True)
    with make_client(app) as c:
        before = c.get("/v1/health").json()
        text = (
            "Kenyan police arrested opposition protesters in Nairobi on Friday. "
            "Kenya accused Somalia of sheltering militants."
        )
        response = c.post(
            "/v1/code", json={"text": text, "date": "2024-07-05", "store": True}
        )
        assert response.status_code == 200, response.text
        data = response.json()
        assert data["stored"] is True and data["events"]
        after = c.get("/v1/health").json()
        assert after["articles"] == before["articles"] + 1
        assert after["events"] > before["events"]
        listed = c.get("/v1/events", params={"actor": "KEN", "limit": 500}).json()
        codes = {(e["actor"]["code"], e["cameo"]) for e in listed["events"]}
        for event in data["events"]:
            assert (event["actor"]["code"], event["cameo"]) in codes
        article = c.get(f"/v1/articles/{data['article_id']}").json()
        assert article["text"] == text and article["events"]
        # the same article again changes nothing
        again = c.post(
            "/v1/code", json={"text": text, "date": "2024-07-05", "store": True}
        ).json()
        assert again["stored"] is True
        assert c.get("/v1/health").json() == after


def test_store_creates_a_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    with make_client(create_app(str(db), allow_store=True)) as c:
        assert_error(c.get("/v1/events"), 503, "no_store")
        data = c.post(
            "/v1/code", json={"text": TEXT, "date": "2024-06-12", "store": True}
        ).json()
        assert data["stored"] is True
        assert c.get("/v1/health").json()["articles"] == 1
        assert c.get("/v1/events").json()["events"]


def test_store_without_a_database_is_503() -> None:
    with make_client(create_app(None, allow_store=True)) as c:
        response = c.post("/v1/code", json={"text": TEXT, "store": True})
    assert_error(response, 503, "no_store")
