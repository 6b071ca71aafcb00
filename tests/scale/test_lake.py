"""A month-partitioned Parquet lake (``eventwire export --format parquet``) read in
place: the query layer and ``Store`` over it give what they give over the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Store
from eventwire.corpus import write_jsonl
from eventwire.errors import StoreError
from eventwire.export import export
from eventwire.pipeline import Coder
from eventwire.query import Filters, query_events, series
from eventwire.scale.lake import lake_connection


@pytest.fixture(scope="module")
def stores(
    coder: Coder, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Store, Store]:
    folder = tmp_path_factory.mktemp("lake")
    write_jsonl(folder / "news.jsonl", 60, seed=6)
    db = Store(folder / "events.duckdb")
    db.ingest(folder / "news.jsonl")
    written = export(db.path, "parquet", folder / "lake")
    assert written.events > 60
    assert len(list((folder / "lake").glob("month=*/part-0.parquet"))) > 3
    return db, Store(folder / "lake")


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"countries": ["SYR", "KEN"], "include_historical": True},
        {"codes": ["19"], "date_from": "2024-03-01", "date_to": "2024-08-31"},
        {"plover": ["ASSAULT"], "quad": [4]},
    ],
)
def test_lake_query_equals_the_store(
    stores: tuple[Store, Store], filters: dict[str, object]
) -> None:
    db, lake = stores
    assert lake.is_lake and not db.is_lake
    want = db.query(**filters).to_pylist()
    got = lake.query(**filters).to_pylist()
    assert got == want and len(want) > 0


@pytest.mark.parametrize(
    ("subject", "by", "measure"),
    [({"country": "SYR"}, "week", "goldstein"), ({}, "month", "quad")],
)
def test_lake_series_equals_the_store(
    stores: tuple[Store, Store], subject: dict[str, str], by: str, measure: str
) -> None:
    db, lake = stores
    want = db.series(by=by, measure=measure, **subject).to_pylist()
    assert lake.series(by=by, measure=measure, **subject).to_pylist() == want
    assert sum(row["count"] for row in want) > 0


def test_lake_connection_serves_the_query_layer(stores: tuple[Store, Store]) -> None:
    db, lake = stores
    con = lake_connection(lake.path)
    try:
        filters = Filters(actors=["KEN", "UGA"])
        assert query_events(con, filters) == query_events(db.path, filters)
        assert series(con, actor="KEN", by="month") == series(
            db.path, actor="KEN", by="month"
        )
    finally:
        con.close()


def test_lake_empty_folder_says_how_to_write_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as raised:
        Store(tmp_path).query()
    assert str(raised.value) == (
        f"{tmp_path}: no Parquet files under month=*/; write a lake with "
        f'"eventwire export --format parquet -o {tmp_path}".'
    )


def test_lake_is_read_only(stores: tuple[Store, Store]) -> None:
    from eventwire.errors import InputError

    with pytest.raises(InputError) as raised:
        stores[1].ingest([{"text": "Kenya and Uganda signed a trade agreement."}])
    assert str(raised.value) == f"{stores[1].path}: a Parquet folder is read-only."


@pytest.mark.parametrize(
    "args",
    [
        ["query", "--format", "jsonl", "--country", "SYR", "--include-historical"],
        ["series", "--country", "SYR", "--by", "month", "--measure", "quad"],
    ],
)
def test_lake_cli_query_and_series_read_the_folder(
    stores: tuple[Store, Store], args: list[str]
) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    db, lake = stores
    runner = CliRunner()
    want = runner.invoke(main, [*args, "--db", str(db.path)])
    got = runner.invoke(main, [*args, "--db", str(lake.path)])
    assert want.exit_code == got.exit_code == 0, got.output
    assert got.stdout == want.stdout and want.stdout.count("\n") >= 2
