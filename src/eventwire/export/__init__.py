"""Exports of the event store: Parquet, GDELT 2.0 Event TSV, PLOVER JSONL, CSV, JSONL.

>>> export("eventwire.duckdb", "gdelt", "events.tsv")
ExportResult(format='gdelt', out='events.tsv', events=31, skipped=0)

``filters=None`` exports every event in the store (negated, hypothetical and historical
ones too: an export is a copy); pass ``Filters(...)`` to export a part, with the query
layer's defaults.
"""

from __future__ import annotations

import csv
import difflib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..query import ConOrPath, Filters, connect, iter_events
from ..records import CSV_COLUMNS, flatten
from ._gdelt import (
    GDELT_COLUMNS,
    CountryCodes,
    country_code,
    gdelt_row,
    global_event_id,
    write_gdelt,
)
from ._parquet import UNDATED, write_parquet
from ._plover import PLOVER_FIELDS, plover_mode_context, plover_record

FORMATS = ("parquet", "gdelt", "plover", "csv", "jsonl")

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "PLOVER_FIELDS",
    "UNDATED",
    "ExportResult",
    "country_code",
    "export",
    "gdelt_row",
    "global_event_id",
    "plover_mode_context",
    "plover_record",
    "write_gdelt",
]


@dataclass(frozen=True)
class ExportResult:
    format: str
    out: str
    events: int  # written
    skipped: int = 0  # not writable in this format (PLOVER: events with no category)


def export(
    con_or_path: ConOrPath,
    fmt: str,
    out: str | Path | IO[str],
    filters: Filters | None = None,
    *,
    header: bool = False,
    country_codes: CountryCodes = "fips",
) -> ExportResult:
    """Write the events that pass ``filters`` (every event when ``None``) to ``out``.

    - ``parquet``: ``out`` is a new folder, partitioned by event month
      (``month=YYYY-MM/part-0.parquet``); read it back with DuckDB's
      ``read_parquet('out/**/*.parquet', hive_partitioning=true)``.
    - ``gdelt``: the 61 columns of the GDELT 2.0 Event table, tab-separated, no header
      row unless ``header``; ``country_codes`` is ``fips`` (GDELT's own) or ``iso3`` for
      the geography's country codes. See ``GDELT.md``.
    - ``plover``: PLOVER/POLECAT-style JSONL (events without a PLOVER category are
      counted in ``skipped``, not written).
    - ``csv``: the flat columns of ``eventwire code --format csv``, counts included.
    - ``jsonl``: the event records of design.md.

    ``out`` may be an open text file for every format but ``parquet``.
    """
    if fmt not in FORMATS:
        close = difflib.get_close_matches(str(fmt), FORMATS, n=1)
        hint = f' Did you mean "{close[0]}"?' if close else ""
        raise InputError(
            f'format "{fmt}" is not an export format; expected one of '
            f"{', '.join(FORMATS)}.{hint}"
        )
    if country_codes not in ("fips", "iso3"):
        raise InputError(
            f'country_codes is "{country_codes}"; expected "fips" or "iso3".'
        )
    if filters is None:
        filters = Filters.every_event()
    if not isinstance(filters, Filters):
        raise InputError(f"filters is {filters!r}; expected a Filters.")
    label = str(out) if isinstance(out, (str, Path)) else getattr(out, "name", "-")
    if fmt == "parquet" and not isinstance(out, (str, Path)):
        raise InputError("a Parquet export writes a folder; give its path.")
    with connect(con_or_path) as con:
        if fmt == "parquet":
            assert isinstance(out, (str, Path))
            return ExportResult(fmt, label, write_parquet(con, filters, Path(out)))
        rows = iter_events(con, filters, order="date", with_record=True)
        with _text_out(out) as fh:
            n, skipped = _write(fmt, rows, fh, header, country_codes)
    return ExportResult(fmt, label, n, skipped)


def _write(
    fmt: str,
    rows: Iterator[dict[str, Any]],
    fh: IO[str],
    header: bool,
    country_codes: CountryCodes,
) -> tuple[int, int]:
    """Write rows in a text format; returns (written, skipped)."""
    if fmt == "gdelt":
        return write_gdelt(rows, fh, header=header, country_codes=country_codes), 0
    n = skipped = 0
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
    for row in rows:
        if writer is not None:
            writer.writerow(flatten(row["record"]))
        else:
            obj = plover_record(row) if fmt == "plover" else row["record"]
            if obj is None:
                skipped += 1
                continue
            fh.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n, skipped


@contextmanager
def _text_out(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if not isinstance(out, (str, Path)):
        yield out
        return
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as exc:
        raise InputError(f"{out}: cannot write ({exc.strerror}).") from None
