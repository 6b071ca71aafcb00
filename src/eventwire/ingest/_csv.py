"""CSV: a header line, then one article per row, streamed."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from eventwire.errors import InputError
from eventwire.ingest._fields import article_from_record
from eventwire.ingest._files import (
    LINE_LIMIT,
    MB,
    STDIN_NAME,
    Source,
    not_utf8,
)
from eventwire.records import Article

_COLUMNS = "expected the columns id, text and optionally title, date, url, source."
_TOO_LARGE = f"expected an article under {LINE_LIMIT // MB} MB."


class _BadLine(Exception):
    """A line that is not UTF-8: its row is skipped, the next one is read."""


class _DecodedLines:
    """The lines of a source as text, counted; a line that does not decode raises.

    Unlike a generator, it can go on after raising, and ``csv.reader`` starts the next
    record afresh, so one bad line costs one row.
    """

    def __init__(self, source: Source) -> None:
        self.source = source
        self.count = 0

    def __iter__(self) -> _DecodedLines:
        return self

    def __next__(self) -> str:
        offset = self.source.offset
        line = self.source.readline()
        if not line:
            raise StopIteration
        self.count += 1
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError as e:
            where = f"{self.source.name}:{self.count}"
            raise _BadLine(not_utf8(where, self.source.name, e, offset)) from None


def read_csv(source: Source, skipped: list[str]) -> Iterator[Article]:
    """The articles of a CSV stream; each bad row's message goes to ``skipped``."""
    # The module-wide default (128 KiB) is below one long article; fields above our own
    # limit are reported below instead.
    if csv.field_size_limit() < LINE_LIMIT:
        csv.field_size_limit(LINE_LIMIT)
    lines = _DecodedLines(source)
    reader = csv.reader(lines, strict=True)
    columns: list[str] | None = None
    while True:
        where = f"{source.name}:{lines.count + 1}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except _BadLine as e:
            skipped.append(str(e))
            continue
        except csv.Error as e:
            skipped.append(_csv_error(where, e))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if columns is None:
            columns = _header(row, where)
            continue
        if len(row) != len(columns):
            skipped.append(
                f"{where}: found {len(row)} fields; expected {len(columns)}, "
                f"one for each column of the header ({', '.join(columns)})."
            )
            continue
        if any(len(cell) > LINE_LIMIT for cell in row):
            skipped.append(
                f"{where}: a field is over {LINE_LIMIT // MB} MB; {_TOO_LARGE}"
            )
            continue
        record = {name: cell for name, cell in zip(columns, row, strict=True) if name}
        try:
            article = article_from_record(record, where)
        except InputError as e:
            skipped.append(str(e))
            continue
        yield article
    if columns is None:
        what = "the input" if source.name == STDIN_NAME else "the file"
        raise InputError(
            f"{source.name}: {what} is empty; "
            "expected a header line and one article per row."
        )


def _header(row: list[str], where: str) -> list[str]:
    """The column names, lowercased; an ``InputError`` if there is no "text" column."""
    columns = [cell.strip().lower() for cell in row]
    if "text" not in columns:
        found = ", ".join(" ".join(cell.split()) for cell in row)
        raise InputError(f'{where}: no "text" column (found: {found}); {_COLUMNS}')
    return columns


def _csv_error(where: str, error: csv.Error) -> str:
    reason = str(error)
    if reason.startswith("field larger than field limit"):
        return f"{where}: a field is over {LINE_LIMIT // MB} MB; {_TOO_LARGE}"
    if reason == "unexpected end of data":
        return (
            f"{where}: a quoted field is still open at the end of the file; "
            'expected a closing ".'
        )
    return (
        f"{where}: not valid CSV ({reason}); expected fields separated by commas, "
        'in double quotes when they hold a comma, a quote ("") or a line break.'
    )
