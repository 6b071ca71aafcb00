"""The event store: an embedded DuckDB file (no server).

``EventStore.write`` adds articles and their events in one transaction per batch;
writing the same article again replaces its rows, so re-running changes nothing.
The schema is in ``schema.sql`` beside this file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Article, Event, flatten


def schema_sql() -> str:
    return (resources.files("eventwire.store") / "schema.sql").read_text(
        encoding="utf-8"
    )


class EventStore:
    """A DuckDB file with tables ``articles`` and ``events``."""

    def __init__(self, path: str | Path) -> None:
        import duckdb

        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path)
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the database ({exc})."
            ) from None
        self.con.execute(schema_sql())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, batch: Iterable[tuple[Article, list[Event]]]) -> int:
        """Store articles with their events, all or nothing; returns the events written."""
        import duckdb

        n = 0
        try:
            self.con.execute("BEGIN TRANSACTION")
            for article, events in batch:
                self.con.execute(
                    "DELETE FROM events WHERE article_id = ?", [article.id]
                )
                self.con.execute(
                    "DELETE FROM articles WHERE article_id = ?", [article.id]
                )
                self.con.execute(
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        article.id,
                        article.title,
                        article.published,
                        article.source,
                        article.url,
                        article.language,
                        article.text,
                    ],
                )
                for event in events:
                    self.con.execute(_INSERT_EVENT, _event_row(event.to_dict()))
                    n += 1
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(
                f"{self.path}: writing failed, nothing of this batch was stored ({exc})."
            ) from None
        return n

    def count(self, table: str) -> int:
        if table not in ("articles", "events"):
            raise StoreError(f"no table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0


_EVENT_COLUMNS = (
    "event_id",
    "article_id",
    "sentence",
    "actor_code",
    "actor_country",
    "actor_sector",
    "recipient_code",
    "recipient_country",
    "recipient_sector",
    "cameo",
    "cameo_root",
    "goldstein",
    "quad_class",
    "plover",
    "date",
    "date_precision",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "confidence",
    "record",
)
_INSERT_EVENT = f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"


def _event_row(record: dict[str, Any]) -> list[Any]:
    flat = flatten(record)
    flat["record"] = json.dumps(record, ensure_ascii=False)
    return [flat[c] for c in _EVENT_COLUMNS]
