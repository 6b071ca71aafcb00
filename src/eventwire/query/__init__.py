"""The query layer: read-only functions over the event store, shared by the CLI, the API
and the web page.

- ``Filters``: which events (actor, recipient, CAMEO code, PLOVER, QuadClass, country,
  dates, modality, words of the evidence sentence).
- ``query_events`` / ``iter_events`` / ``iter_records`` / ``count_events``: the events.
- ``series`` / ``write_series_csv`` / ``plot_series``: events per day, week or month
  (at most ``MAX_PERIODS`` periods unless asked otherwise: ``TooManyPeriods``).

Every function takes an open DuckDB connection or the path of a store (opened
read-only). Values reach the SQL only as bound parameters.
"""

from __future__ import annotations

from ._db import KEPT_COLUMNS, ConOrPath, connect, event_columns, has_column
from ._events import (
    COUNT_COLUMNS,
    ORDERS,
    assemble_record,
    count_events,
    events_sql,
    iter_events,
    iter_records,
    query_events,
    record_from_columns,
    record_sql,
)
from ._filters import Filters, escape_like
from ._plot import plot_series
from ._series import (
    COLUMNS,
    MAX_PERIODS,
    QUAD_NAMES,
    Series,
    TooManyPeriods,
    count_periods,
    series,
    series_csv,
    write_series_csv,
)

__all__ = [
    "COLUMNS",
    "COUNT_COLUMNS",
    "KEPT_COLUMNS",
    "MAX_PERIODS",
    "ORDERS",
    "QUAD_NAMES",
    "ConOrPath",
    "Filters",
    "Series",
    "TooManyPeriods",
    "assemble_record",
    "connect",
    "count_events",
    "count_periods",
    "escape_like",
    "event_columns",
    "events_sql",
    "has_column",
    "iter_events",
    "iter_records",
    "plot_series",
    "query_events",
    "record_from_columns",
    "record_sql",
    "series",
    "series_csv",
    "write_series_csv",
]
