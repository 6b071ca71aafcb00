"""Reading events: rows with their counts, and the event records of ``design.md``."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any, Literal

from ..errors import InputError
from ..records import EVENT_FIELDS
from ._db import ConOrPath, connect, event_columns, has_column
from ._filters import Filters

Order = Literal["date", "-date", "mentions", "goldstein", "-goldstein", "event_id"]

# Each order is a fixed piece of SQL chosen by name; a user's value never reaches the SQL.
ORDERS: dict[str, str] = {
    "date": "e.date ASC NULLS LAST, e.event_id",
    "-date": "e.date DESC NULLS LAST, e.event_id",
    "mentions": "num_mentions DESC, e.date ASC NULLS LAST, e.event_id",
    "goldstein": "e.goldstein ASC NULLS LAST, e.event_id",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.event_id",
    "event_id": "e.event_id",
}
COUNT_COLUMNS = ("num_mentions", "num_sources", "num_articles")

_COUNTS = ", ".join(f"coalesce(c.{name}, 0) AS {name}" for name in COUNT_COLUMNS)
# Every sentence that states an event, first article first: the record's `mentions`.
_MENTIONS = """
    SELECT mm.event_id,
           list({'article_id': mm.article_id, 'sentence': mm.sentence,
                 'start': mm.start_char, 'end': mm.end_char}
                ORDER BY aa.ingested_seq NULLS LAST, mm.article_id, mm.sentence)
               AS mention_list
    FROM mentions mm LEFT JOIN articles aa ON aa.article_id = mm.article_id
    GROUP BY mm.event_id
"""


def query_events(
    con_or_path: ConOrPath,
    filters: Filters | None = None,
    limit: int | None = None,
    order: Order = "date",
) -> list[dict[str, Any]]:
    """The events that pass ``filters`` (default: ``Filters()``, which leaves out
    negated, hypothetical and historical events), as dicts: every event column of the
    store plus ``num_mentions``, ``num_sources`` and ``num_articles``.

    >>> query_events("eventwire.duckdb", Filters(actors=["RUS"], codes=["19"]), limit=10)
    """
    return list(iter_events(con_or_path, filters, limit, order))


def iter_events(
    con_or_path: ConOrPath,
    filters: Filters | None = None,
    limit: int | None = None,
    order: Order = "date",
    *,
    with_record: bool = False,
    batch_size: int = 10_000,
) -> Iterator[dict[str, Any]]:
    """``query_events`` one row at a time, for outputs of any size.

    With ``with_record`` each row also has ``record`` (the event record of design.md,
    its ``mentions`` and ``counts`` taken from the whole store) and the first article's
    ``article_url``, ``article_published`` and ``article_source``. Arguments are
    checked now; the database is opened when the first row is asked for.
    """
    filters = Filters() if filters is None else filters
    _check_args(filters, limit, order)
    return _rows(con_or_path, filters, limit, order, with_record, batch_size)


def iter_records(
    con_or_path: ConOrPath,
    filters: Filters | None = None,
    limit: int | None = None,
    order: Order = "date",
) -> Iterator[dict[str, Any]]:
    """The event records (design.md's JSON, exactly its fields) of the events that pass
    ``filters``, with ``mentions`` and ``counts`` over every article in the store."""
    rows = iter_events(con_or_path, filters, limit, order, with_record=True)
    return (row["record"] for row in rows)


def count_events(con_or_path: ConOrPath, filters: Filters | None = None) -> int:
    """How many events pass ``filters``."""
    filters = Filters() if filters is None else filters
    where, params = filters.where("e")
    with connect(con_or_path) as con:
        row = con.sql(
            f"SELECT count(*) FROM events e WHERE {where}", params=params
        ).fetchall()
    return int(row[0][0]) if row else 0


def _check_args(filters: Filters, limit: int | None, order: str) -> None:
    if not isinstance(filters, Filters):
        raise InputError(f"filters is {filters!r}; expected a Filters.")
    if order not in ORDERS:
        raise InputError(f'order is "{order}"; expected one of {", ".join(ORDERS)}.')
    if limit is not None and (
        isinstance(limit, bool) or not isinstance(limit, int) or limit < 0
    ):
        raise InputError(f"limit is {limit!r}; expected a whole number, 0 or more.")


def _rows(
    con_or_path: ConOrPath,
    filters: Filters,
    limit: int | None,
    order: str,
    with_record: bool,
    batch_size: int,
) -> Iterator[dict[str, Any]]:
    with connect(con_or_path) as con:
        sql, params = events_sql(
            con, filters, limit=limit, order=order, with_record=with_record
        )
        rel = con.sql(sql, params=params)
        names = rel.columns
        for values in rel.iter_rows(batch_size):
            row = dict(zip(names, values, strict=True))
            if with_record:
                row["record"] = assemble_record(row)
            yield row


def events_sql(
    con: Any,
    filters: Filters,
    *,
    limit: int | None = None,
    order: str = "date",
    with_record: bool = False,
    extra_columns: Sequence[str] = (),
) -> tuple[str, list[Any]]:
    """The SELECT of ``iter_events`` and its bound values. ``extra_columns`` are more
    SQL expressions over ``e`` (events) and ``c`` (event_counts), written by the caller,
    never taken from user input."""
    columns = ", ".join(f'e."{name}"' for name in event_columns(con))
    where, params = filters.where("e")
    extra = "".join(f", {expr}" for expr in extra_columns)
    joins = "LEFT JOIN event_counts c ON c.event_id = e.event_id"
    if with_record:
        extra += (
            f", {record_sql(con)} AS record, m.mention_list, a.url AS article_url,"
            " a.published AS article_published, a.source AS article_source"
        )
        joins += (
            " LEFT JOIN articles a ON a.article_id = e.article_id"
            f" LEFT JOIN ({_MENTIONS}) m ON m.event_id = e.event_id"
        )
    sql = (
        f"SELECT {columns}, {_COUNTS}{extra} FROM events e {joins} "
        f"WHERE {where} ORDER BY {ORDERS[order]}"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def record_sql(con: Any) -> str:
    """The stored record as JSON text (NULL in a store that keeps none)."""
    return "e.record::VARCHAR" if has_column(con, "events", "record") else "NULL"


def assemble_record(row: dict[str, Any]) -> dict[str, Any]:
    """The event record of a row: the stored record of its first report, with the
    mentions and counts of the merged event."""
    raw = row.pop("record", None)
    mentions = row.pop("mention_list", None)
    record = json.loads(raw) if raw else record_from_columns(row)
    record["event_id"] = row["event_id"]
    if row.get("num_mentions"):
        record["counts"] = {
            "mentions": row["num_mentions"],
            "sources": row["num_sources"],
            "articles": row["num_articles"],
        }
    if mentions:
        record["mentions"] = [dict(m) for m in mentions]
    return {key: record.get(key) for key in EVENT_FIELDS}


def record_from_columns(row: dict[str, Any]) -> dict[str, Any]:
    """An event record rebuilt from the columns, for rows stored without one."""
    from ..events.ontology import load_ontology

    ontology = load_ontology()
    cameo = row.get("cameo") or ""

    def actor(prefix: str) -> dict[str, Any] | None:
        if not row.get(f"{prefix}_code"):
            return None
        return {
            "text": row.get(f"{prefix}_name") or row.get(f"{prefix}_code"),
            "code": row.get(f"{prefix}_code"),
            "country": row.get(f"{prefix}_country"),
            "sector": row.get(f"{prefix}_sector"),
            "name": row.get(f"{prefix}_name"),
        }

    location = None
    if row.get("location_name"):
        location = {
            "name": row.get("location_name"),
            "country": row.get("location_country"),
            "lat": row.get("location_lat"),
            "lon": row.get("location_lon"),
            "geonameid": row.get("location_geonameid"),
            "precision": row.get("location_precision"),
        }
    day = row.get("date")
    return {
        "event_id": row.get("event_id"),
        "article_id": row.get("article_id"),
        "sentence": row.get("sentence"),
        "actor": actor("actor"),
        "recipient": actor("recipient"),
        "cameo": cameo,
        "cameo_root": row.get("cameo_root") or cameo[:2],
        "cameo_name": ontology[cameo].name if cameo in ontology else None,
        "goldstein": row.get("goldstein"),
        "quad_class": row.get("quad_class"),
        "plover": row.get("plover"),
        "modality": {
            key: row.get(key)
            for key in (
                "negated",
                "hypothetical",
                "future",
                "historical",
                "reported_by",
            )
        },
        "date": day.isoformat() if isinstance(day, date) else day,
        "date_precision": row.get("date_precision"),
        "location": location,
        "evidence": {
            "text": row.get("evidence_text"),
            "start": None,
            "end": None,
            "trigger": row.get("evidence_trigger"),
            "rule": row.get("evidence_rule"),
        },
        "mentions": [],
        "counts": {
            "mentions": row.get("num_mentions"),
            "sources": row.get("num_sources"),
            "articles": row.get("num_articles"),
        },
        "confidence": row.get("confidence"),
    }
