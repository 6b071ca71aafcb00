"""Opening the event store for reading: a path (opened read-only) or a live connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Union

from ..errors import StoreError
from ..store._failures import classify, store_failure

if TYPE_CHECKING:
    import duckdb

ConOrPath = Union["duckdb.DuckDBPyConnection", str, Path]

# What the query layer reads; a file without them is not an eventwire store.
_REQUIRED = ("events", "mentions", "event_counts", "articles")
# Columns of `events` that are not event fields: the stored record is returned as the
# record itself (``iter_records``), the merge key is the writer's business.
# counts and mention lists the store keeps with each event for fast reads; the query
# layer takes them from the mentions table (the event_counts view) instead
KEPT_COLUMNS = ("num_mentions", "num_sources", "num_articles", "mention_list")
_NOT_FIELDS = ("record", "match_key", *KEPT_COLUMNS)


@contextmanager
def connect(con_or_path: ConOrPath) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the store: the one given (left open), the file opened read-only,
    or a folder of Parquet files read in place (``scale.lake``; closed on exit)."""
    import duckdb

    if isinstance(con_or_path, duckdb.DuckDBPyConnection):
        # the caller's connection, and the caller's errors (a connection this module
        # opened from a path, further out, says which file failed)
        _check(con_or_path, "the database")
        yield con_or_path
        return
    path = Path(con_or_path)
    if path.is_dir():  # a Parquet lake: eventwire export --format parquet
        from ..scale.lake import lake_connection

        lake = lake_connection(path)
        try:
            _check(lake, str(path))
            yield lake
        finally:
            lake.close()
        return
    if not path.is_file():
        raise StoreError(
            f"{path}: no such database file; write one with "
            f'"eventwire ingest PATH... --db {path}".'
        )
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise store_failure(path, exc, doing="cannot open the database") from None
    try:
        with _reading(str(path)):
            _check(con, str(path))
            yield con
    finally:
        con.close()


@contextmanager
def _reading(label: str) -> Iterator[None]:
    """DuckDB's errors while reading a store that say the file is damaged, cut short,
    held by another process ... as a one-line StoreError (other errors, bugs in a
    query, pass as they are)."""
    import duckdb

    try:
        yield
    except duckdb.Error as exc:
        if classify(exc) is None:
            raise
        raise store_failure(label, exc, doing="cannot read the database") from None


def event_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The event fields stored as columns of ``events``, in table order."""
    rows = con.sql(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = 'events' AND table_schema = current_schema() "
        "ORDER BY ordinal_position"
    ).fetchall()
    return [r[0] for r in rows if r[0] not in _NOT_FIELDS]


def has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    row = con.sql(
        "SELECT count(*) FROM information_schema.columns "
        "WHERE table_name = ? AND column_name = ? AND table_schema = current_schema()",
        params=[table, column],
    ).fetchall()
    return bool(row and row[0][0])


def _check(con: duckdb.DuckDBPyConnection, label: str) -> None:
    found = {
        r[0]
        for r in con.sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()"
        ).fetchall()
    }
    missing = [name for name in _REQUIRED if name not in found]
    if missing:
        raise StoreError(
            f"{label}: not an eventwire store (no {', '.join(missing)}); "
            'write one with "eventwire ingest PATH... --db FILE".'
        )
