"""export(): Parquet round trip, GDELT 2.0 TSV, PLOVER JSONL, CSV and JSONL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import InputError
from eventwire.export import (
    GDELT_COLUMNS,
    PLOVER_FIELDS,
    country_code,
    export,
    global_event_id,
)
from eventwire.query import Filters
from eventwire.records import CSV_COLUMNS, EVENT_FIELDS
from query.corpus import EVENTS, VISIBLE, eid


def _gdelt_lines(store: Path, tmp_path: Path, **kw: object) -> dict[str, list[str]]:
    out = tmp_path / "events.tsv"
    result = export(store, "gdelt", out, **kw)  # type: ignore[arg-type]
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    rows = [line.split("\t") for line in lines[:-1]]
    assert result.events == len(rows)
    by_id = {global_event_id(e.event_id): e.event_id for e in EVENTS}
    return {by_id[int(r[0])]: r for r in rows}


def test_export_parquet_round_trip_gives_the_events_table(
    store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events"
    result = export(store, "parquet", out)
    assert result.events == len(EVENTS)
    months = sorted(p.name for p in out.iterdir())
    assert "month=2014-03" in months and "month=2015-10" in months
    assert "month=undated" in months
    assert all(m.startswith("month=") for m in months)
    con = duckdb.connect(str(store), read_only=True)
    try:
        table = con.sql(
            "SELECT e.event_id, e.cameo, e.date, c.num_mentions, c.num_sources, c.num_articles "
            "FROM events e JOIN event_counts c USING (event_id) ORDER BY 1"
        ).fetchall()
        back = con.sql(
            "SELECT event_id, cameo, date, num_mentions, num_sources, num_articles "
            f"FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true) ORDER BY 1"
        ).fetchall()
        months_back = dict(
            con.sql(
                "SELECT event_id, month FROM "
                f"read_parquet('{out}/**/*.parquet', hive_partitioning=true)"
            ).fetchall()
        )
        columns = con.sql(
            f"SELECT * FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true)"
        ).columns
    finally:
        con.close()
    assert back == table
    assert months_back[eid(1)] == "2014-03" and months_back[eid(23)] == "undated"
    assert {"actor_code", "evidence_text", "record", "num_mentions", "month"} <= set(
        columns
    )


def test_export_parquet_with_filters_and_a_used_folder(
    store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "syria"
    assert export(store, "parquet", out, Filters(countries=["SYR"])).events == 8
    with pytest.raises(InputError, match="not an empty folder"):
        export(store, "parquet", out)


def test_export_gdelt_has_61_fields_and_no_header(store: Path, tmp_path: Path) -> None:
    rows = _gdelt_lines(store, tmp_path)
    assert len(rows) == len(EVENTS)
    assert all(len(r) == 61 for r in rows.values())
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[26] == "EventCode" and GDELT_COLUMNS[30] == "GoldsteinScale"
    assert GDELT_COLUMNS[31] == "NumMentions" and GDELT_COLUMNS[60] == "SOURCEURL"


def test_export_gdelt_puts_a_known_event_in_the_right_columns(
    store: Path, tmp_path: Path
) -> None:
    r = _gdelt_lines(store, tmp_path)[eid(1)]
    field = dict(zip(range(1, 62), r, strict=True))  # the codebook's 1-based numbers
    assert field[1] == str(int("0001abcdef01234", 16))
    assert (field[2], field[3], field[4], field[5]) == (
        "20140303",
        "201403",
        "2014",
        "2014.1699",
    )
    assert (field[6], field[8], field[13]) == ("RUSGOV", "RUS", "GOV")
    assert field[7] == "text of RUSGOV"
    assert (field[16], field[18], field[23]) == ("UKRGOV", "UKR", "GOV")
    assert field[26] == "1"  # first sentence of the article
    assert (field[27], field[28], field[29], field[30]) == ("190", "190", "19", "4")
    assert field[31] == "-10"
    assert (field[32], field[33], field[34]) == ("3", "2", "3")
    assert field[35] == ""  # AvgTone
    assert all(field[i] == "" for i in range(36, 52))  # actor geography
    assert (field[52], field[53], field[54]) == ("4", "Simferopol", "UP")
    assert (field[57], field[58], field[59]) == ("44.95", "34.1", "693805")
    assert field[60] == "20140303000000"
    assert field[61] == "https://one.example/a1"


@pytest.mark.parametrize(
    ("number", "columns"),
    [
        (31, {27: "0874", 28: "087", 29: "08", 30: "2", 31: "10"}),
        (26, {52: "2", 53: "Texas", 54: "US"}),  # a US state
        (27, {52: "3", 53: "Ferguson", 54: "US"}),  # a US city
        (30, {52: "1", 53: "Syria", 54: "SY", 55: "SY"}),  # a country
        (9, {52: "4", 54: "SY", 55: "", 60: "20140513000000", 2: "20140512"}),
        (21, dict.fromkeys(range(16, 26), "")),  # no recipient
        (14, {61: "", 33: "1"}),  # an article without URL
        (2, {26: "0", 32: "2", 33: "1", 34: "1"}),
        (23, {2: "", 3: "", 4: "", 5: "", 27: "190"}),  # undated
    ],
)
def test_export_gdelt_values(
    store: Path, tmp_path: Path, number: int, columns: dict[int, str]
) -> None:
    row = _gdelt_lines(store, tmp_path)[eid(number)]
    assert {k: row[k - 1] for k in columns} == columns


def test_export_gdelt_header_and_iso3_option(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "h.tsv"
    export(
        store,
        "gdelt",
        out,
        Filters(actors=["RUSGOV"]),
        header=True,
        country_codes="iso3",
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    first = lines[1].split("\t")
    assert first[53] == "UKR"


@pytest.mark.parametrize(
    ("iso3", "fips"),
    [
        ("RUS", "RS"),
        ("UKR", "UP"),
        ("DEU", "GM"),
        ("GBR", "UK"),
        ("SYR", "SY"),
        (None, None),
    ],
)
def test_export_gdelt_country_codes_are_fips(
    iso3: str | None, fips: str | None
) -> None:
    assert country_code(iso3) == fips


@pytest.mark.parametrize(
    ("event_id", "expected"),
    [("0001abcdef0123456789", int("0001abcdef01234", 16)), ("a1-7", None)],
)
def test_export_global_event_id_is_stable(event_id: str, expected: int | None) -> None:
    value = global_event_id(event_id)
    assert value == global_event_id(event_id) and 0 < value < 2**63
    if expected is not None:
        assert value == expected


def test_export_plover_jsonl(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "plover.jsonl"
    result = export(store, "plover", out)
    objs = {
        o["event_id"]: o
        for o in map(json.loads, out.read_text(encoding="utf-8").splitlines())
    }
    assert result.skipped == 1 and eid(15) not in objs  # 013 has no PLOVER category
    assert result.events == len(objs) == len(EVENTS) - 1
    assert all(tuple(o) == PLOVER_FIELDS for o in objs.values())
    fight = objs[eid(2)]
    assert (fight["event_type"], fight["mode"], fight["context"]) == (
        "ASSAULT",
        "firearms",
        ["military"],
    )
    assert fight["cameo"] == "193"
    assert fight["actor"] == {
        "name": "text of RUSMIL",
        "country": "RUS",
        "sector": "MIL",
        "code": "RUSMIL",
        "text": "text of RUSMIL",
    }
    assert fight["location"] == {
        "name": "Donetsk",
        "country": "UKR",
        "lat": 48.0,
        "lon": 37.8,
        "geonameid": 709717,
        "precision": "city",
    }
    assert fight["quote"].startswith("Russian soldiers exchanged gunfire")
    assert (fight["article_id"], fight["url"]) == ("a1", "https://one.example/a1")
    assert fight["date"] == "2014-03-09"
    visit = objs[eid(7)]
    assert (visit["event_type"], visit["mode"], visit["context"]) == (
        "CONSULT",
        "visit",
        [],
    )
    appeal = objs[eid(12)]
    assert (appeal["mode"], appeal["context"]) == (None, [])
    assert objs[eid(21)]["recipient"] is None


def test_export_csv_has_the_code_columns_and_counts(
    store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    export(store, "csv", out, Filters())
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(VISIBLE)
    first = next(r for r in rows if r["event_id"] == eid(1))
    assert (first["mentions"], first["sources"], first["articles"]) == ("3", "2", "3")
    assert first["actor_text"] == "text of RUSGOV" and first["evidence_end"] == "60"
    rebuilt = next(r for r in rows if r["event_id"] == eid(14))
    assert rebuilt["cameo_name"] == "Sign formal agreement"


def test_export_jsonl_to_a_stream(store: Path) -> None:
    buf = io.StringIO()
    result = export(store, "jsonl", buf, Filters(actors=["SYR"]))
    records = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert result.events == len(records) == 4
    assert all(tuple(r) == EVENT_FIELDS for r in records)


@pytest.mark.parametrize(
    ("fmt", "message"),
    [("parket", 'Did you mean "parquet"'), ("xml", "not an export format")],
)
def test_export_rejects_an_unknown_format(
    store: Path, tmp_path: Path, fmt: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        export(store, fmt, tmp_path / "x")


def test_export_parquet_needs_a_path(store: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        export(store, "parquet", io.StringIO())
