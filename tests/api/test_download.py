"""GET /v1/events.csv and /v1/events.jsonl: a search's events as one file, the same
bytes as ``eventwire query`` writes for the same filters, with the API's caps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.api import _download, create_app
from eventwire.cli import main
from eventwire.query import Filters, count_events

from .conftest import assert_error, make_client
from .test_headers import assert_secure

# the same search, as query parameters of the API and as options of `eventwire query`
SEARCHES = [
    ({}, []),
    ({"sort": "-date"}, ["--order", "-date"]),
    ({"actor": "TUR"}, ["--actor", "TUR"]),
    (
        {"actor": ["TUR", "EGY"], "recipient": "SYR", "sort": "-date"},
        ["--actor", "TUR", "--actor", "EGY", "--recipient", "SYR", "--order", "-date"],
    ),
    ({"country": "SYR", "code": "1"}, ["--country", "SYR", "--code", "1"]),
    (
        {"from": "2024-03-01", "to": "2024-05-31"},
        ["--from", "2024-03-01", "--to", "2024-05-31"],
    ),
    (
        {"text": "shelled", "include_negated": "true"},
        ["--text", "shelled", "--include-negated"],
    ),
    (
        {
            "include_hypothetical": "true",
            "include_historical": "true",
            "include_negated": "true",
        },
        ["--include-hypothetical", "--include-historical", "--include-negated"],
    ),
    ({"limit": 2, "sort": "-date"}, ["--limit", "2", "--order", "-date"]),
]


def query_output(
    store_path: Path, tmp_path: Path, fmt: str, options: list[str]
) -> bytes:
    out = tmp_path / f"query.{fmt}"
    result = CliRunner().invoke(
        main,
        ["query", "--db", str(store_path), "--format", fmt, "-o", str(out), *options],
    )
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize(("params", "options"), SEARCHES)
def test_download_is_what_query_writes(
    client: Any,
    store_path: Path,
    tmp_path: Path,
    fmt: str,
    params: dict[str, Any],
    options: list[str],
) -> None:
    response = client.get(f"/v1/events.{fmt}", params=params)
    assert response.status_code == 200, response.text
    expected = query_output(store_path, tmp_path, fmt, options)
    assert response.content == expected
    rows = expected.decode("utf-8").splitlines()
    assert len(rows) >= (2 if fmt == "csv" else 1)  # no search here is empty


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [
        ("csv", "text/csv; charset=utf-8"),
        ("jsonl", "application/x-ndjson; charset=utf-8"),
    ],
)
def test_download_is_an_attachment(client: Any, fmt: str, media_type: str) -> None:
    response = client.get(f"/v1/events.{fmt}", params={"actor": "TUR"})
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    assert response.headers["content-disposition"] == (
        f'attachment; filename="events.{fmt}"'
    )
    assert response.headers["cache-control"] == "no-store"
    assert_secure(response)


def test_an_empty_search_gives_a_header_or_nothing(client: Any) -> None:
    csv_text = client.get("/v1/events.csv", params={"actor": "NOR"}).text
    assert csv_text.splitlines() == [csv_text.splitlines()[0]]
    assert csv_text.startswith("event_id,article_id,")
    assert client.get("/v1/events.jsonl", params={"actor": "NOR"}).content == b""


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_search_over_the_cap_is_refused(store_path: Path, fmt: str) -> None:
    matched = count_events(store_path, Filters())
    assert matched > 3
    with make_client(create_app(str(store_path), max_download=3)) as c:
        response = c.get(f"/v1/events.{fmt}")
        error = assert_error(response, 422, "too_many_events")
        assert error["message"] == (
            f"the search matches {matched} events; a download holds at most 3. "
            'Narrow the search, give "limit", or run "eventwire query" or '
            '"eventwire export" where the store is.'
        )
        assert_secure(response)
        # a narrower search, or the first events of it, pass
        assert c.get(f"/v1/events.{fmt}", params={"limit": 3}).status_code == 200
        too_far = c.get(f"/v1/events.{fmt}", params={"limit": 4})
        assert_error(too_far, 422, "invalid_parameter")


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"actor": [f"A{i}" for i in range(21)]}, "too_many_values"),
        ({"from": "2024-02-30"}, "invalid_parameter"),
        ({"plover": "ASSAULTS"}, "invalid_parameter"),
        ({"sort": "goldstein"}, "invalid_parameter"),
        ({"limit": 0}, "invalid_parameter"),
    ],
)
def test_download_takes_the_filters_and_caps_of_events(
    client: Any, params: dict[str, Any], code: str
) -> None:
    answers = [
        assert_error(client.get(path, params=params), 422, code)
        for path in ("/v1/events", "/v1/events.csv", "/v1/events.jsonl")
    ]
    assert answers[1] == answers[0]
    assert answers[2] == answers[0]


def test_other_formats_are_not_found(client: Any) -> None:
    assert_error(client.get("/v1/events.parquet"), 404, "not_found")


def test_chunks_are_cut_at_the_chunk_size() -> None:
    records = [{"event_id": f"e{i}", "sentence": i} for i in range(5000)]
    parts = list(_download.chunks(records, "jsonl"))
    assert len(parts) > 1
    assert all(len(p) >= _download.CHUNK_CHARS for p in parts[:-1])
    assert b"".join(parts).decode().splitlines()[4999] == (
        '{"event_id": "e4999", "sentence": 4999}'
    )
