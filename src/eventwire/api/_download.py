"""A search's events as a file: CSV or JSONL, written as ``eventwire query`` writes them
(the same columns, the same JSON), in chunks for a streaming answer."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from ..records import CSV_COLUMNS, flatten

Format = Literal["csv", "jsonl"]
MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
}
CHUNK_CHARS = 64 * 1024


def chunks(records: Iterable[dict[str, Any]], fmt: Format) -> Iterator[bytes]:
    """The file's bytes, about ``CHUNK_CHARS`` characters at a time: a CSV header and
    one flat row per record (``records.flatten``), or one JSON record per line."""
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS)) if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    for record in records:
        if writer is not None:
            writer.writerow(flatten(record))
        else:
            buf.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        if buf.tell() >= CHUNK_CHARS:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    if buf.tell():
        yield buf.getvalue().encode("utf-8")
