"""Reading a Parquet lake in place: the month-partitioned folder that ``eventwire
export --format parquet`` writes, queried by DuckDB without loading it anywhere.

``lake_connection(folder)`` is an in-memory DuckDB connection whose ``events`` view
reads ``folder/month=*/*.parquet``; the query layer (``eventwire.query``: filters,
pages, series) takes it as it takes a store's connection, and DuckDB reads only the
columns a query needs (and, for a date range, prunes whole months by the folder
names). A lake keeps each event's counts (``num_mentions``, ``num_sources``,
``num_articles``) and its record, not the mention rows or the articles' text: the
``mentions`` and ``articles`` views are empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import StoreError

_EMPTY_MENTIONS = (
    "SELECT NULL::VARCHAR AS event_id, NULL::VARCHAR AS article_id, "
    "NULL::INTEGER AS sentence, NULL::INTEGER AS start_char, "
    "NULL::INTEGER AS end_char, NULL::VARCHAR AS source WHERE false"
)
_EMPTY_ARTICLES = (
    "SELECT NULL::VARCHAR AS article_id, NULL::VARCHAR AS title, "
    "NULL::DATE AS published, NULL::VARCHAR AS source, NULL::VARCHAR AS url, "
    "NULL::VARCHAR AS language, NULL::VARCHAR AS text, "
    "NULL::VARCHAR AS content_hash, NULL::INTEGER AS n_events, "
    "NULL::BIGINT AS ingested_seq WHERE false"
)


def lake_connection(folder: str | Path) -> Any:
    """An in-memory DuckDB connection with the store's views over a Parquet lake."""
    import duckdb

    root = Path(folder)
    files = sorted(root.glob("month=*/*.parquet"))
    if not files:
        raise StoreError(
            f"{root}: no Parquet files under month=*/; write a lake with "
            f'"eventwire export --format parquet -o {root}".'
        )
    pattern = str(root / "month=*" / "*.parquet").replace("'", "''")
    con = duckdb.connect()
    try:
        con.execute(
            "CREATE VIEW events AS SELECT * EXCLUDE (month) FROM "
            f"read_parquet('{pattern}', hive_partitioning = true)"
        )
        con.execute(
            "CREATE VIEW event_counts AS SELECT event_id, num_mentions, num_sources, "
            "num_articles FROM events"
        )
        con.execute(f"CREATE VIEW mentions AS {_EMPTY_MENTIONS}")
        con.execute(f"CREATE VIEW articles AS {_EMPTY_ARTICLES}")
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{root}: cannot read the Parquet files ({exc}).") from None
    return con
