"""query_events / iter_events / iter_records over a hand-made store: every filter, the
modality defaults, bound parameters, orders and limits."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire.errors import InputError, StoreError
from eventwire.query import (
    Filters,
    count_events,
    escape_like,
    iter_events,
    iter_records,
    query_events,
)
from eventwire.records import EVENT_FIELDS

from .corpus import EVENTS, HIDDEN, VISIBLE, eid


def ids(*numbers: int) -> set[str]:
    return {eid(n) for n in numbers}


def found(store: Path, filters: Filters | None = None, **kw: Any) -> set[str]:
    return {row["event_id"] for row in query_events(store, filters, **kw)}


def test_query_default_reads_every_event_that_happened(store: Path) -> None:
    assert found(store) == {e.event_id for e in VISIBLE}
    assert not found(store) & HIDDEN
    assert len(VISIBLE) == 28


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(actors=["RUS"]), ids(1, 2, 3, 23, 28, 30)),
        (Filters(actors=["RUSGOV"]), ids(1, 3, 23, 28)),
        (Filters(actors="rus"), ids(1, 2, 3, 23, 28, 30)),
        (Filters(actors=["RUS", "ISR"]), ids(1, 2, 3, 17, 23, 28, 30)),
        (Filters(recipients=["SYR"]), ids(9, 10, 11, 12, 28, 30, 31)),
        (Filters(recipients=["SYRGOV"]), ids(10, 11, 12, 28, 31)),
        (Filters(actors=["RUS"], recipients=["SYR"]), ids(28, 30)),
        (Filters(codes=["19"]), ids(1, 2, 9, 10, 17, 18, 23, 30)),
        (Filters(codes=["195"]), ids(9, 30)),
        (Filters(codes=["0874"]), ids(31)),
        (Filters(codes=["04", "05"]), ids(13, 14, 19, 24, 25)),
        (Filters(plover="ASSAULT"), ids(1, 2, 9, 10, 17, 18, 23, 30)),
        (Filters(plover=["protest"]), ids(21, 26, 27)),
        (Filters(quad=2), ids(16, 31)),
        (Filters(quad=[3]), ids(4, 11, 21, 22, 26, 27, 29)),
        (Filters(countries=["AUT"]), ids(13, 14)),  # the location's country only
        (Filters(countries=["TUR"]), ids(11, 29)),  # actor and location; recipient
        (Filters(countries=["SYR"]), ids(9, 10, 11, 12, 28, 29, 30, 31)),
        (Filters(date_from="2015-01-01"), ids(24, 25, 26, 27, 28, 29, 30, 31)),
        (Filters(date_to=date(2014, 3, 10)), ids(1, 2, 3)),
        (Filters(date_from="2014-03-09", date_to="2014-03-24"), ids(2, 3, 4)),
        (Filters(text="aleppo"), ids(9, 10)),
        (Filters(text="ALEPPO"), ids(9, 10)),
        (Filters(text="40%"), ids(22)),
        (Filters(text="%"), ids(22)),
        (Filters(text="_"), ids(22)),
        (Filters(text="border%zone"), set()),
        (Filters(text="  "), {e.event_id for e in VISIBLE}),
    ],
)
def test_query_filter_alone_selects_the_expected_events(
    store: Path, filters: Filters, expected: set[str]
) -> None:
    assert found(store, filters) == expected


@pytest.mark.parametrize(
    ("switch", "extra"),
    [
        ("include_hypothetical", 5),
        ("include_historical", 6),
        ("include_negated", 7),
    ],
)
def test_query_modality_switch_adds_only_its_events(
    store: Path, switch: str, extra: int
) -> None:
    base = {e.event_id for e in VISIBLE}
    assert found(store, Filters(**{switch: True})) == base | ids(extra)


def test_query_every_event_keeps_all_modalities(store: Path) -> None:
    assert found(store, Filters.every_event()) == {e.event_id for e in EVENTS}
    assert count_events(store, Filters.every_event()) == len(EVENTS)
    assert count_events(store) == len(VISIBLE)


def test_query_future_events_are_kept_by_default(store: Path) -> None:
    assert eid(16) in found(store, Filters(codes=["061"]))


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE events; --",
        "%'; DELETE FROM events WHERE '1'='1",
        "\\",
        "?",
        '" OR 1=1 --',
    ],
)
def test_query_text_is_a_bound_parameter(store: Path, text: str) -> None:
    assert found(store, Filters.every_event(text=text)) == set()
    assert count_events(store, Filters.every_event()) == len(EVENTS)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [("40%", "40\\%"), ("a_b", "a\\_b"), ("back\\slash", "back\\\\slash")],
)
def test_query_escape_like_makes_wildcards_literal(text: str, escaped: str) -> None:
    assert escape_like(text) == escaped


def test_query_rows_carry_event_columns_and_counts(store: Path) -> None:
    (row,) = query_events(
        store, Filters(codes=["190"], actors=["RUSGOV"], date_to="2014-03-05")
    )
    assert row["event_id"] == eid(1)
    assert (row["num_mentions"], row["num_sources"], row["num_articles"]) == (3, 2, 3)
    assert row["date"] == date(2014, 3, 3)
    assert row["location_name"] == "Simferopol" and row["quad_class"] == 4
    assert "record" not in row and "match_key" not in row
    (aleppo,) = query_events(
        store, Filters(codes=["195"], countries=["SYR"], date_to="2014-12-31")
    )
    # two articles of the same outlet: one source
    assert (aleppo["num_mentions"], aleppo["num_sources"], aleppo["num_articles"]) == (
        2,
        1,
        2,
    )


@pytest.mark.parametrize(
    ("order", "first"),
    [("date", 1), ("-date", 30), ("mentions", 1), ("goldstein", 1), ("-goldstein", 31)],
)
def test_query_order_and_limit(store: Path, order: str, first: int) -> None:
    rows = query_events(store, limit=3, order=order)  # type: ignore[arg-type]
    assert len(rows) == 3
    assert rows[0]["event_id"] == eid(first)


def test_query_order_date_puts_undated_last(store: Path) -> None:
    rows = query_events(store)
    assert [r["date"] for r in rows if r["date"]] == sorted(
        r["date"] for r in rows if r["date"]
    )
    assert rows[-1]["event_id"] == eid(23)


def test_query_limit_zero_gives_nothing(store: Path) -> None:
    assert query_events(store, limit=0) == []


def test_query_iter_events_streams_in_batches(store: Path) -> None:
    rows = list(iter_events(store, batch_size=4))
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in query_events(store)]


def test_query_accepts_an_open_connection_and_leaves_it_open(store: Path) -> None:
    con = duckdb.connect(str(store), read_only=True)
    try:
        assert found(con, Filters(actors=["IRN"])) == ids(14)
        assert con.sql("SELECT count(*) FROM events").fetchall() == [(len(EVENTS),)]
    finally:
        con.close()


def test_query_records_are_the_design_record(store: Path) -> None:
    records = list(iter_records(store, Filters.every_event()))
    assert len(records) == len(EVENTS)
    assert all(tuple(r) == EVENT_FIELDS for r in records)
    first = next(r for r in records if r["event_id"] == eid(1))
    assert first["counts"] == {"mentions": 3, "sources": 2, "articles": 3}
    assert [(m["article_id"], m["sentence"]) for m in first["mentions"]] == [
        ("a1", 0),
        ("a2", 3),
        ("a3", 1),
    ]
    assert (
        first["actor"]["code"] == "RUSGOV" and first["location"]["name"] == "Simferopol"
    )


def test_query_record_is_rebuilt_from_columns_when_none_is_stored(store: Path) -> None:
    (rec,) = iter_records(store, Filters(actors=["IRN"]))
    assert tuple(rec) == EVENT_FIELDS
    assert rec["cameo"] == "057" and rec["cameo_name"] == "Sign formal agreement"
    assert rec["date"] == "2014-06-30"
    assert (
        rec["location"]["name"] == "Vienna" and rec["location"]["geonameid"] == 2761369
    )
    assert rec["recipient"]["code"] == "USAGOV"
    assert rec["counts"] == {"mentions": 1, "sources": 1, "articles": 1}


def test_query_missing_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database file"):
        query_events(tmp_path / "nope.duckdb")


def test_query_a_database_without_the_tables_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        query_events(path)


def test_query_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        query_events(path)


def test_query_opens_the_file_read_only(store: Path) -> None:
    list(iter_events(store))
    # a writer can still open it afterwards: nothing was left locked
    con = duckdb.connect(str(store))
    con.close()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"actors": ["RUS'; --"]}, "not an actor code prefix"),
        ({"codes": ["abc"]}, "not a CAMEO code prefix"),
        ({"codes": ["01234"]}, "not a CAMEO code prefix"),
        ({"plover": ["ASSALT"]}, 'Did you mean "ASSAULT"'),
        ({"quad": [5]}, "QuadClass from 1 to 4"),
        ({"countries": ["Russia"]}, "ISO3"),
        ({"date_from": "2014-13-01"}, 'date_from is "2014-13-01"'),
        ({"date_to": "yesterday"}, "ISO 8601"),
        ({"date_from": "2015-01-01", "date_to": "2014-01-01"}, "after date_to"),
    ],
)
def test_query_filters_reject_bad_values(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        Filters(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"order": "random()"}, "order is"),
        ({"limit": -1}, "limit is"),
        ({"filters": {"actors": ["RUS"]}}, "expected a Filters"),
    ],
)
def test_query_rejects_bad_arguments(
    store: Path, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        query_events(store, **kwargs)


def test_query_where_uses_only_placeholders() -> None:
    where, params = Filters(
        actors=["RUS"], countries=["SYR"], text="x'y", date_from="2014-01-01"
    ).where("e")
    assert "RUS" not in where and "SYR" not in where and "x'y" not in where
    assert where.count("?") == len(params)
