"""The read endpoints over a small store: events (keyset pages), one event, series,
articles, actors, health, the web page and the OpenAPI document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.query import Filters, count_events, iter_records
from eventwire.records import EVENT_FIELDS

from .conftest import MARKUP, assert_error


def all_pages(client: Any, limit: int, **params: Any) -> tuple[list[dict], int]:
    """Every record of a query, page after page, and the number of pages."""
    records: list[dict] = []
    cursor = None
    pages = 0
    while True:
        query = {**params, "limit": limit}
        if cursor:
            query["cursor"] = cursor
        response = client.get("/v1/events", params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["limit"] == limit
        assert len(body["events"]) <= limit
        pages += 1
        records += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return records, pages
        assert len(body["events"]) == limit
        assert pages < 1000


def test_health(client: Any, store_path: Path) -> None:
    body = client.get("/v1/health").json()
    assert body["status"] == "ok"
    assert body["events"] == count_events(store_path, Filters.every_event())
    assert body["articles"] == 5


def test_events_are_the_query_layers_records(client: Any, store_path: Path) -> None:
    body = client.get("/v1/events", params={"limit": 500}).json()
    expected = list(iter_records(store_path, Filters()))
    assert len(expected) >= 6
    assert body["events"] == expected
    assert body["next_cursor"] is None
    for record in body["events"]:
        assert tuple(record) == EVENT_FIELDS
        assert record["counts"]["mentions"] == len(record["mentions"])


def test_default_limit_is_50(client: Any) -> None:
    assert client.get("/v1/events").json()["limit"] == 50


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_paging_by_two_gives_every_event_once_in_order(
    client: Any, store_path: Path, sort: str
) -> None:
    params = {"sort": sort, "include_hypothetical": True, "include_negated": True}
    params["include_historical"] = True
    records, pages = all_pages(client, 2, **params)
    expected = list(iter_records(store_path, Filters.every_event(), order=sort))
    assert [r["event_id"] for r in records] == [r["event_id"] for r in expected]
    assert len({r["event_id"] for r in records}) == len(records)
    assert pages == -(-len(expected) // 2)  # no empty last page
    # undated events come last, in either direction
    dates = [r["date"] for r in records]
    assert None in dates
    first_undated = dates.index(None)
    assert all(d is None for d in dates[first_undated:])
    dated = dates[:first_undated]
    assert dated == sorted(dated, reverse=sort == "-date")


def test_paging_with_a_filter(client: Any, store_path: Path) -> None:
    records, _ = all_pages(client, 1, actor="TUR", **{"from": "2024-03-01"})
    expected = list(
        iter_records(store_path, Filters(actors=["TUR"], date_from="2024-03-01"))
    )
    assert expected
    assert [r["event_id"] for r in records] == [r["event_id"] for r in expected]


def test_filters_reach_the_query(client: Any, store_path: Path) -> None:
    cases = [
        ({"actor": ["TUR", "EGY"]}, Filters(actors=["TUR", "EGY"])),
        ({"recipient": "SYR"}, Filters(recipients=["SYR"])),
        ({"code": "19"}, Filters(codes=["19"])),
        ({"quad": 4}, Filters(quad=4)),
        ({"plover": "ASSAULT"}, Filters(plover=["ASSAULT"])),
        ({"country": "SYR"}, Filters(countries=["SYR"])),
        ({"to": "2024-03-04"}, Filters(date_to="2024-03-04")),
        ({"text": "border"}, Filters(text="border")),
        ({"include_negated": "true"}, Filters(include_negated=True)),
    ]
    for params, filters in cases:
        body = client.get("/v1/events", params={**params, "limit": 500}).json()
        ids = [r["event_id"] for r in body["events"]]
        assert ids == [r["event_id"] for r in iter_records(store_path, filters)], params


def test_one_event_has_every_mention_across_articles(client: Any) -> None:
    records = client.get("/v1/events", params={"limit": 500}).json()["events"]
    merged = max(records, key=lambda r: r["counts"]["articles"])
    assert merged["counts"]["articles"] >= 2  # the same shelling in several reports
    body = client.get(f"/v1/events/{merged['event_id']}").json()
    assert body == merged
    assert len({m["article_id"] for m in body["mentions"]}) >= 2
    assert len(body["mentions"]) == body["counts"]["mentions"]
    for mention in body["mentions"]:
        assert set(mention) == {"article_id", "sentence", "start", "end"}


def test_unknown_event_and_article(client: Any) -> None:
    assert_error(client.get("/v1/events/0123456789abcdef0123"), 404, "not_found")
    assert_error(client.get("/v1/articles/no-such-article"), 404, "not_found")


def test_article_with_offsets(client: Any) -> None:
    body = client.get("/v1/articles/nw-0304-border").json()
    assert set(body) == {
        "article_id",
        "title",
        "published",
        "source",
        "url",
        "text",
        "events",
    }
    assert body["published"] == "2024-03-04"
    assert body["source"] == "Northern Wire"
    text = body["text"]
    assert text.startswith("Turkish forces shelled")
    assert body["events"]
    for event in body["events"]:
        assert set(event) == {
            "event_id",
            "cameo",
            "cameo_name",
            "actor",
            "recipient",
            "sentence",
            "start",
            "end",
            "trigger",
            "trigger_start",
            "trigger_end",
        }
        sentence = text[event["start"] : event["end"]]
        assert sentence and sentence == sentence.strip()
        assert isinstance(event["actor"], dict) and event["actor"]["code"]
        if event["trigger_start"] is not None:
            assert event["start"] <= event["trigger_start"] < event["trigger_end"]
            assert event["trigger_end"] <= event["end"]
            word = text[event["trigger_start"] : event["trigger_end"]]
            assert word.lower() == event["trigger"].lower()
    starts = [e["start"] for e in body["events"]]
    assert starts == sorted(starts)
    found = [e for e in body["events"] if e["trigger_start"] is not None]
    assert found, "the triggers of this article's own reports are in its sentences"


def test_markup_comes_back_as_plain_json_text(client: Any) -> None:
    response = client.get("/v1/articles/markup-1")
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert MARKUP in body["text"]
    assert body["title"] == "Ceasefire appeal <b>now</b>"
    assert MARKUP in response.text  # a JSON string, not escaped into HTML entities
    events = client.get("/v1/events", params={"text": "script", "limit": 500}).json()
    for record in events["events"]:
        assert "&lt;" not in record["evidence"]["text"]


def test_series(client: Any, store_path: Path) -> None:
    body = client.get(
        "/v1/series", params={"dyad": "TUR:SYR", "by": "day", "measure": "quad"}
    ).json()
    assert body["by"] == "day" and body["measure"] == "quad"
    assert body["columns"] == [
        "period",
        "count",
        "quad1",
        "quad2",
        "quad3",
        "quad4",
    ]
    assert "TUR" in body["title"] and "SYR" in body["title"]
    total = sum(row["count"] for row in body["rows"])
    dated = [
        r
        for r in iter_records(store_path, Filters(actors=["TUR"], recipients=["SYR"]))
        if r["date"]
    ]
    assert total == len(dated) > 0
    for row in body["rows"]:
        assert set(row) == set(body["columns"])
        assert len(row["period"]) == 10 and row["period"][4] == "-"

    week = client.get("/v1/series", params={"country": "SYR"}).json()
    assert week["by"] == "week" and week["measure"] == "count"
    assert week["columns"] == ["period", "count"]
    gold = client.get(
        "/v1/series",
        params={"actor": "TUR", "measure": "goldstein", "by": "month", "code": "19"},
    ).json()
    assert gold["columns"] == ["period", "count", "goldstein_sum", "goldstein_mean"]
    assert gold["rows"] and gold["rows"][0]["goldstein_sum"] < 0


def test_series_needs_exactly_one_subject(client: Any) -> None:
    assert_error(client.get("/v1/series"), 422, "invalid_parameter")
    error = assert_error(
        client.get("/v1/series", params={"dyad": "TUR:SYR", "country": "SYR"}), 422
    )
    assert "dyad" in error["message"] and "country" in error["message"]
    error = assert_error(client.get("/v1/series", params={"dyad": "TUR"}), 422)
    assert "dyad" in error["message"]
    assert_error(client.get("/v1/series", params={"actor": "TUR", "by": "year"}), 422)


def test_actor_search(client: Any) -> None:
    actors = client.get("/v1/actors", params={"q": "syri"}).json()["actors"]
    assert actors[0] == {
        "code": "SYR",
        "name": "Syria",
        "kind": "country",
        "matched": "Syria",
    }
    for actor in actors:
        assert set(actor) == {"code", "name", "kind", "matched"}
        assert "syri" in actor["matched"].lower()
    # prefix matches first, then the others
    prefix = [a["matched"].lower().startswith("syri") for a in actors]
    assert prefix == sorted(prefix, reverse=True)
    same = client.get("/v1/actors", params={"q": "SYRI"}).json()["actors"]
    assert same == actors
    un = client.get("/v1/actors", params={"q": "united nations", "limit": 5}).json()
    assert any(a["code"] == "IGOUNO" for a in un["actors"])
    assert len(un["actors"]) <= 5
    assert client.get("/v1/actors", params={"q": "zzqx"}).json() == {"actors": []}


def test_actor_search_needs_two_characters(client: Any) -> None:
    error = assert_error(client.get("/v1/actors", params={"q": "s"}), 422)
    assert '"q"' in error["message"]
    assert_error(client.get("/v1/actors", params={"q": "  "}), 422)
    assert_error(client.get("/v1/actors"), 422)


def test_web_page_and_static_files(client: Any) -> None:
    from eventwire.api import web_dir

    if not (web_dir() / "index.html").is_file():
        pytest.skip("the web page is not written yet")
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for name in ("app.js", "style.css"):
        if (web_dir() / name).is_file():
            assert client.get(f"/static/{name}").status_code == 200
    assert_error(client.get("/static/no-such-file.js"), 404)
    assert_error(client.get("/static/../api/_app.py"), 404)


def test_openapi_documents_every_endpoint(client: Any) -> None:
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for path in (
        "/v1/code",
        "/v1/events",
        "/v1/events/{event_id}",
        "/v1/series",
        "/v1/articles/{article_id}",
        "/v1/actors",
        "/v1/health",
    ):
        assert path in paths
        for operation in paths[path].values():
            assert operation["summary"]
            for param in operation.get("parameters", []):
                assert param.get("description"), (path, param["name"])
    names = {p["name"] for p in paths["/v1/events"]["get"]["parameters"]}
    assert {"actor", "from", "to", "cursor", "limit", "sort", "quad"} <= names
    assert client.get("/docs").status_code == 200
