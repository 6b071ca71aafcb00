"""Events as a Parquet dataset partitioned by event month (``month=YYYY-MM/``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..query import Filters, events_sql, record_sql

# Undated events still belong somewhere: their own partition.
UNDATED = "undated"


def write_parquet(con: Any, filters: Filters, out: Path) -> int:
    """Write the events that pass ``filters`` under ``out`` (a new or empty folder):
    ``out/month=2014-03/part-0.parquet`` ..., undated events in ``month=undated``.
    Columns: every event column, the counts and the stored record (JSON text); the
    month comes back from the folder names (``hive_partitioning``). Returns the
    events written."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(
            f"{out}: already exists and is not an empty folder; a Parquet export "
            "writes a new folder. Give another path or remove it."
        )
    sql, params = events_sql(
        con,
        filters,
        order="date",
        extra_columns=(
            f"{record_sql(con)} AS record",
            f"coalesce(strftime(e.date, '%Y-%m'), '{UNDATED}') AS month",
        ),
    )
    out.mkdir(parents=True, exist_ok=True)
    reader = con.sql(sql, params=params).to_arrow_reader(64_000)
    count = [0]

    def batches() -> Iterator[pa.RecordBatch]:
        for batch in reader:
            count[0] += batch.num_rows
            yield batch

    try:
        ds.write_dataset(
            pa.RecordBatchReader.from_batches(reader.schema, batches()),
            str(out),
            format="parquet",
            partitioning=ds.partitioning(
                pa.schema([("month", pa.string())]), flavor="hive"
            ),
            basename_template="part-{i}.parquet",
            existing_data_behavior="overwrite_or_ignore",
            max_partitions=1_000_000,
        )
    finally:
        reader.close()
    return count[0]
