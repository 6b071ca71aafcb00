"""WARC files of news pages, as news crawls store them (Common Crawl's CC-NEWS).

Every ``response`` record with a 2xx status and an HTML content type is one page, read by
the HTML reader: the url is the record's WARC-Target-URI, the date the page's own, else
the day of its WARC-Date. Other records (requests, metadata, images ...) are passed over;
pages with no article text are counted in ``ReadReport.empty_pages``, not reported one
by one (a crawl holds many index pages).

A cut-short or corrupt file ends with one message naming the record reached; the pages
before it have been read. A .warc.gz comes here already gunzipped by Python's gzip
module (see ``read_paths``): warcio's own gunzipping stops silently at a cut.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.statusandheaders import StatusAndHeadersParser

from eventwire.errors import InputError
from eventwire.ingest._files import MB, TEXT_LIMIT, Readable
from eventwire.ingest._html import article_from_html
from eventwire.ingest._report import ReadReport
from eventwire.records import Article

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")
_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)
_HTTP_HEADERS = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False)


class _Damaged(Exception):
    """The record being read is cut short or corrupt (the message says how)."""


class _Guarded:
    """A stream that ends, instead of raising, at damaged gzip data, and keeps the error."""

    def __init__(self, raw: Readable) -> None:
        self._raw = raw
        self._read = getattr(raw, "read1", raw.read)
        self.error: Exception | None = None
        self.size = 0  # bytes handed out

    def read(self, size: int = -1, /) -> bytes:
        if self.error is not None:
            return b""
        try:
            # read1: one decompressed piece at a time, so that what comes before
            # damaged gzip data is handed out before the error
            data = self._read(size)
        except _GZIP_ERRORS as e:
            self.error = e
            return b""
        self.size += len(data)
        return data

    def readline(self, size: int = -1, /) -> bytes:
        if self.error is not None:
            return b""
        try:
            data = self._raw.readline(size)
        except _GZIP_ERRORS as e:
            self.error = e
            return b""
        self.size += len(data)
        return data


def read_warc(
    name: str,
    stream: Readable,
    report: ReadReport,
    span: tuple[int, int | None] = (1, None),
) -> Iterator[Article]:
    """The news pages of a WARC stream (already decompressed). ``span`` = (first,
    stop): only the pages of records first to stop - 1 (numbered from 1; stop None: to
    the end); the records before them are passed over unread, and damage from record
    stop on is left to the reader of the next span (``eventwire.scale``)."""
    first, stop = span
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    guarded = _Guarded(stream)
    # HTTP headers are parsed here: warcio's own parsing fails with an AttributeError on
    # a response record whose WARC headers are cut before its WARC-Target-URI.
    records = ArchiveIterator(guarded, no_record_parse=True)
    number = 0  # records read whole
    try:
        for record in records:
            where = f"{name} record {number + 1}"
            if record.rec_type is None:
                raise _Damaged("no WARC-Type header")
            length = record.rec_headers.get_header("Content-Length") or ""
            if not length.strip().isdigit():
                raise _Damaged("no Content-Length header with a number")
            if stop is not None and number + 1 >= stop:
                return
            page = None
            if number + 1 >= first:
                page = _html_page(record, where, report.skipped)
            _drain(record)
            left = getattr(record.raw_stream, "limit", 0)
            if left > 0:
                raise _Damaged(f"its content ends {left} bytes early")
            number += 1
            if page is None:
                continue
            data, charset = page
            try:
                yield article_from_html(
                    data,
                    where,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    published=_day(record.rec_headers.get_header("WARC-Date")),
                    charset=charset,
                )
            except InputError:
                report.empty_pages += 1
        # warcio ends quietly when a record's headers are cut short; it has then read
        # the record's first line (``next_line``), or, for the first record, some bytes.
        if guarded.error is not None or getattr(records, "next_line", None):
            raise _Damaged("its headers end early")
        if number == 0:
            if guarded.size:
                raise _Damaged("its headers end early")
            raise InputError(f"{name}: the file is empty; expected WARC records.")
    except (_Damaged, ArchiveLoadFailed) as e:
        if stop is not None and number + 1 >= stop:
            return  # damage past the span: the next span's reader reports it
        if isinstance(e, ArchiveLoadFailed):
            reason = _gzip_reason(guarded.error) if guarded.error else _one_line(e)
            raise InputError(_damaged(name, number + 1, reason)) from None
        reason = _gzip_reason(guarded.error) if guarded.error else str(e)
        raise InputError(_damaged(name, number + 1, reason)) from None
    finally:
        records.close()


def _damaged(name: str, number: int, reason: str) -> str:
    read = f" (read up to record {number - 1})" if number > 1 else ""
    return (
        f"{name}: record {number} is cut short or corrupt ({reason}); "
        f"expected a complete WARC file{read}."
    )


def _gzip_reason(error: Exception) -> str:
    if isinstance(error, EOFError):
        return "the gzip data ends early"
    return f"corrupt gzip data: {_one_line(error)}"


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _html_page(
    record: Any, where: str, skipped: list[str]
) -> tuple[bytes, str | None] | None:
    """The HTML of a 2xx response record and its charset; None for any other record."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type != "response" or not uri.startswith(("http:", "https:")):
        return None
    try:
        headers = _HTTP_HEADERS.parse(record.raw_stream)
    except EOFError:  # no HTTP headers: the record is empty, or cut short
        return None
    record.http_headers = headers  # what content_stream() decodes the payload by
    if not (headers.get_statuscode() or "").startswith("2"):
        return None
    content_type = headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    try:
        data = record.content_stream().read(TEXT_LIMIT + 1)
    except zlib.error as e:
        skipped.append(
            f"{where}: the page's compressed content cannot be decoded ({e}); "
            "expected the HTML of a news page."
        )
        return None
    if len(data) > TEXT_LIMIT:
        skipped.append(
            f"{where}: the page is over {TEXT_LIMIT // MB} MB; expected a news page."
        )
        return None
    m = _CHARSET.search(content_type)
    return data, m[1] if m else None


def _drain(record: Any) -> None:
    """Read the rest of the record, so that a cut in it shows."""
    while record.raw_stream.read(1 << 16):
        pass


def _day(value: str | None) -> str | None:
    m = _DAY.match(value or "")
    return m[1] if m else None
