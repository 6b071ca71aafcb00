"""Caps on what one request can ask for: the periods of a series and the values of a
repeated parameter, each refused with one 4xx in the one error shape."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.api import create_app
from eventwire.query import Filters, iter_records

from .conftest import assert_error, make_client


def test_series_over_eight_thousand_years_is_refused_at_once(client: Any) -> None:
    started = time.perf_counter()
    response = client.get(
        "/v1/series",
        params={"actor": "TUR", "by": "day", "from": "0001-01-01", "to": "9999-12-31"},
    )
    error = assert_error(response, 422, "too_many_periods")
    days = (date(9999, 12, 31) - date(1, 1, 1)).days + 1
    assert error["message"] == (
        f"the series would have {days:,} days, from 0001-01-01 to 9999-12-31; this "
        'server returns at most 10,000 periods. Narrow "from" and "to", or give a '
        'longer period in "by" (week or month).'
    )
    # refused before any period is made, not after 3 GB of them
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("by", "last", "status"),
    [
        ("day", "2024-01-05", 200),  # 5 days: the cap
        ("day", "2024-01-06", 422),  # 6 days
        ("week", "2024-02-04", 200),  # Monday 1 Jan to Sunday 4 Feb: 5 ISO weeks
        ("week", "2024-02-05", 422),  # Monday 5 Feb starts a sixth
        ("month", "2024-05-31", 200),
        ("month", "2024-06-01", 422),
    ],
)
def test_series_cap_is_exact(store_path: Path, by: str, last: str, status: int) -> None:
    with make_client(create_app(str(store_path), max_periods=5)) as c:
        response = c.get(
            "/v1/series",
            params={"country": "SYR", "by": by, "from": "2024-01-01", "to": last},
        )
    if status == 200:
        assert response.status_code == 200, response.text
        assert len(response.json()["rows"]) == 5
    else:
        error = assert_error(response, 422, "too_many_periods")
        assert error["message"].startswith(f"the series would have 6 {by}s, from ")


def test_series_cap_counts_the_events_own_dates_without_a_range(
    store_path: Path,
) -> None:
    dated = sorted(
        r["date"]
        for r in iter_records(store_path, Filters(countries=["SYR"]))
        if r["date"]
    )
    first, last = date.fromisoformat(dated[0]), date.fromisoformat(dated[-1])
    days = (last - first).days + 1
    assert days > 1
    with make_client(create_app(str(store_path), max_periods=days - 1)) as c:
        error = assert_error(
            c.get("/v1/series", params={"country": "SYR", "by": "day"}),
            422,
            "too_many_periods",
        )
        assert error["message"] == (
            f"the series would have {days:,} days, from {first} to {last}; this "
            f'server returns at most {days - 1:,} periods. Narrow "from" and "to", '
            'or give a longer period in "by" (week or month).'
        )
    with make_client(create_app(str(store_path), max_periods=days)) as c:
        response = c.get("/v1/series", params={"country": "SYR", "by": "day"})
        assert response.status_code == 200
        assert len(response.json()["rows"]) == days


@pytest.mark.parametrize("name", ["actor", "recipient", "country", "code", "quad"])
def test_a_parameter_repeated_past_the_cap_is_refused(client: Any, name: str) -> None:
    value = {"actor": "TUR", "recipient": "SYR", "country": "SYR", "code": "19"}.get(
        name, "4"
    )
    ok = client.get("/v1/events", params=[(name, value)] * 20)
    assert ok.status_code == 200, ok.text
    error = assert_error(
        client.get("/v1/events", params=[(name, value)] * 21), 422, "too_many_values"
    )
    assert error["message"] == (
        f'query parameter "{name}" is given 21 times; at most 20 values are taken. '
        "Split the query."
    )


def test_series_repeated_code_past_the_cap_is_refused(client: Any) -> None:
    params = [("actor", "TUR"), *[("code", "19")] * 21]
    assert_error(client.get("/v1/series", params=params), 422, "too_many_values")
