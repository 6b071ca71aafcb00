"""ingest: readers that turn files, folders, globs and stdin into ``Article`` records.

Formats: the wire-text layout (title, date line, outlet, body, "Original url:"), plain
text, JSONL and CSV. Bad input never stops a batch: each problem becomes one line in
``ReadReport.skipped`` and reading goes on with the next line, article or file::

    report = ReadReport()
    for article in read_paths(["articles/", "more/*.jsonl", "-"], report):
        ...
    print(report.articles, "read;", len(report.skipped), "skipped")
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from eventwire.errors import InputError
from eventwire.ingest._csv import read_csv
from eventwire.ingest._files import (
    STDIN,
    STDIN_NAME,
    TEXT_LIMIT,
    Format,
    Source,
    expand,
    format_of,
    not_utf8,
    open_file,
    stdin_bytes,
    too_large,
)
from eventwire.ingest._jsonl import read_jsonl
from eventwire.ingest._wire import parse_text
from eventwire.records import Article

__all__ = ["ReadReport", "read_paths", "read_text"]


@dataclass
class ReadReport:
    """What a read produced: the number of articles, and one line per skipped input."""

    articles: int = 0
    skipped: list[str] = field(default_factory=list)


def read_paths(
    paths: Sequence[str | os.PathLike[str]], report: ReadReport | None = None
) -> Iterator[Article]:
    """Yield the articles of files, folders, globs and ``"-"`` (stdin), in order.

    Folders are read recursively (.txt .text .jsonl .ndjson .json .csv files, sorted).
    Bad input never raises: its message goes to ``report.skipped``::

        titles = [a.title for a in read_paths(["news/", "feed.jsonl"])]
    """
    if report is None:
        report = ReadReport()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in paths:
        given = os.fspath(path)
        if given == STDIN:
            files = [STDIN]
        else:
            try:
                files = expand(given)
            except InputError as e:
                report.skipped.append(str(e))
                continue
        for name in files:
            for article in _read_file(name, report.skipped):
                report.articles += 1
                yield article


def read_text(text: str, name: str = "<text>") -> Article:
    """One article from a string in the wire layout or plain text.

    Raises ``InputError`` if there is no text, or the date line names no real day::

        read_text("Talks Resume\\n\\nDecember 16, 2014\\n\\nEnvoys met.").published
        # '2014-12-16'
    """
    return parse_text(text, name)


def _read_file(name: str, skipped: list[str]) -> Iterator[Article]:
    """The articles of one file (or stdin); problems with it go to ``skipped``."""
    try:
        if name == STDIN:
            source = Source(STDIN_NAME, stdin_bytes())
            yield from _READERS[source.sniff()](source, skipped)
            return
        f, size = open_file(name)
        with f:
            form = format_of(name)
            if form == "text" and size > TEXT_LIMIT:
                raise too_large(name, size)
            source = Source(name, f, size)
            yield from _READERS[form or source.sniff()](source, skipped)
    except InputError as e:
        skipped.append(str(e))
    except OSError as e:
        skipped.append(f"{name}: cannot be read ({e.strerror or e}).")


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


_READERS: dict[Format, Callable[[Source, list[str]], Iterator[Article]]] = {
    "text": _read_text_file,
    "jsonl": read_jsonl,
    "csv": read_csv,
}
