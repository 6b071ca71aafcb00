"""ingest: readers that turn files, folders, globs, feeds and stdin into ``Article`` records.

Formats: the wire-text layout (title, date line, outlet, body, "Original url:"), plain
text, JSONL and CSV, HTML pages (trafilatura), RSS and Atom feeds (feedparser; files, or
http(s) URLs that are fetched), WARC files of crawled news pages (warcio), and any of them
gzipped (``.jsonl.gz``, ``.warc.gz`` ...). Bad input never stops a batch: each problem
becomes one line in ``ReadReport.skipped`` and reading goes on with the next line,
article or file. Articles not in English are left out and counted::

    report = ReadReport()
    for article in read_paths(["articles/", "more/*.jsonl", "-"], report):
        ...
    print(report.articles, "read;", len(report.skipped), "skipped")
    for line in report.summary_lines():  # "2 articles not in English skipped (de 1, fr 1)."
        print(line)
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest._csv import read_csv
from eventwire.ingest._feed import fetch_feed, is_url, read_feed
from eventwire.ingest._files import (
    GZIP_MAGIC,
    STDIN,
    STDIN_NAME,
    TEXT_LIMIT,
    Format,
    Peeked,
    Readable,
    Source,
    expand,
    format_of,
    gzip_error,
    not_gzip,
    not_utf8,
    open_file,
    sniff,
    stdin_bytes,
    too_large,
)
from eventwire.ingest._html import read_html
from eventwire.ingest._jsonl import read_jsonl
from eventwire.ingest._language import detect_language, language_tag
from eventwire.ingest._report import ReadReport
from eventwire.ingest._warc import read_warc
from eventwire.ingest._wire import parse_text
from eventwire.records import Article

__all__ = ["ReadReport", "read_paths", "read_text"]


def read_paths(
    paths: Sequence[str | os.PathLike[str]],
    report: ReadReport | None = None,
    languages: Sequence[str] | None = ("en",),
) -> Iterator[Article]:
    """Yield the articles of files, folders, globs, feed URLs and ``"-"`` (stdin), in
    order.

    Folders are read recursively (.txt .text .jsonl .ndjson .json .csv .html .htm .rss
    .atom .warc files, .xml feeds, and each of them .gz; sorted). Each article's
    ``language`` is the one its input names (a "language" or "lang" field, ``<html
    lang>``, the feed's language) or else the one its text is in; articles in a language
    not in ``languages`` are left out and counted in the report (``languages=None``
    keeps them all). Bad input never raises: its message goes to ``report.skipped``::

        titles = [a.title for a in read_paths(["news/", "feed.jsonl"])]
    """
    if report is None:
        report = ReadReport()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if isinstance(languages, str):
        languages = [languages]
    kept = None if languages is None else tuple(code.lower() for code in languages)
    report.kept_languages = kept
    for path in paths:
        given = os.fspath(path)
        if is_url(given):
            articles = fetch_feed(given, report.skipped)
        else:
            articles = _read_given(given, report)
        for article in articles:
            language = language_tag(article.language) or detect_language(article.text)
            if kept is not None and language not in kept:
                report.skip_language(language)
                continue
            report.articles += 1
            yield replace(article, language=language)


def read_text(text: str, name: str = "<text>") -> Article:
    """One article from a string in the wire layout or plain text, in the language it is
    written in.

    Raises ``InputError`` if there is no text, or the date line names no real day::

        read_text("Talks Resume\\n\\nDecember 16, 2014\\n\\nEnvoys met.").published
        # '2014-12-16'
    """
    article = parse_text(text, name)
    return replace(article, language=detect_language(article.text))


def _read_given(given: str, report: ReadReport) -> Iterator[Article]:
    """The articles of one path as given: stdin, a file, a folder or a glob."""
    if given == STDIN:
        files = [STDIN]
    else:
        try:
            files = expand(given)
        except InputError as e:
            report.skipped.append(str(e))
            return
    for name in files:
        yield from _read_file(name, report)


def _read_file(
    name: str, report: ReadReport, opener: Callable[[str], Any] | None = None
) -> Iterator[Article]:
    """The articles of one file (or stdin); problems with it go to ``report``.
    ``opener`` (a name -> (binary file, size)) opens what ``open_file`` cannot: a
    cluster's fsspec URLs."""
    shown = STDIN_NAME if name == STDIN else name
    try:
        if name == STDIN:
            yield from _read_stream(shown, stdin_bytes(), None, None, False, report)
            return
        f, size = (opener or open_file)(name)
        with f:
            form, is_gzip = format_of(name)
            yield from _read_stream(name, f, size, form, is_gzip, report)
    except InputError as e:
        report.skipped.append(str(e))
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        report.skipped.append(gzip_error(shown, e))
    except OSError as e:
        report.skipped.append(f"{shown}: cannot be read ({e.strerror or e}).")


def _read_stream(
    name: str,
    raw: Readable,
    size: int | None,
    form: Format | None,
    is_gzip: bool,
    report: ReadReport,
) -> Iterator[Article]:
    """The articles of a byte stream: gunzipped if need be, its format sniffed if the
    name does not tell it."""
    stream = Peeked(raw)
    if is_gzip and not stream.head.startswith(GZIP_MAGIC):
        raise not_gzip(name, stream.head)
    if is_gzip or stream.head.startswith(GZIP_MAGIC):
        unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
        if form == "warc":  # not read ahead: the pages before a cut come out first
            yield from read_warc(name, unzipped, report)
            return
        stream = Peeked(unzipped)
        size = None
    form = form or sniff(stream.head)
    if form == "warc":
        yield from read_warc(name, stream, report)
    elif form == "html":
        yield from read_html(name, stream, report.skipped)
    elif form == "feed":
        yield from read_feed(name, stream, report.skipped)
    else:
        if form == "text" and size is not None and size > TEXT_LIMIT:
            raise too_large(name, size)
        yield from _TEXT_READERS[form](Source(name, stream, size), report.skipped)


def _read_text_file(source: Source, skipped: list[str]) -> Iterator[Article]:
    start = source.offset
    data = source.read_all(TEXT_LIMIT)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(not_utf8(source.name, source.name, e, start)) from None
    if not text.strip():
        what = "the input" if source.name == STDIN_NAME else "the file"
        raise InputError(
            f"{source.name}: {what} is empty; expected the text of an article."
        )
    yield parse_text(text, source.name)


_TEXT_READERS: dict[Format, Callable[[Source, list[str]], Iterator[Article]]] = {
    "text": _read_text_file,
    "jsonl": read_jsonl,
    "csv": read_csv,
}
