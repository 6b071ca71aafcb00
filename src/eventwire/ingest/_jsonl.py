"""JSONL: one article object per line, streamed."""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Iterator

from eventwire.errors import InputError
from eventwire.ingest._fields import article_from_record, json_kind
from eventwire.ingest._files import (
    LINE_LIMIT,
    MB,
    STDIN_NAME,
    Line,
    Source,
    not_utf8,
    size_text,
)
from eventwire.records import Article

_EXPECTED = "expected one JSON object per line."


def read_jsonl(source: Source, skipped: list[str]) -> Iterator[Article]:
    """The articles of a JSONL stream; each bad line's message goes to ``skipped``."""
    is_empty = yield from read_jsonl_lines(
        source.name, source.lines(LINE_LIMIT), skipped
    )
    if is_empty:
        what = "the input" if source.name == STDIN_NAME else "the file"
        raise InputError(f"{source.name}: {what} is empty; {_EXPECTED}")


def read_jsonl_lines(
    name: str, lines: Iterable[Line], skipped: list[str]
) -> Generator[Article, None, bool]:
    """The articles of JSONL lines numbered as in their file (a whole file, or a range
    of one: see ``eventwire.scale``); returns whether every line was blank."""
    is_empty = True
    for line in lines:
        where = f"{name}:{line.number}"
        if line.data is None:
            is_empty = False
            skipped.append(
                f"{where}: the line is {size_text(line.size)}; "
                f"expected an article under {LINE_LIMIT // MB} MB."
            )
            continue
        try:
            text = line.data.decode("utf-8")
        except UnicodeDecodeError as e:
            is_empty = False
            skipped.append(not_utf8(where, name, e, line.offset))
            continue
        if not text.strip():
            continue
        is_empty = False
        try:
            article = _parse_line(text, where)
        except InputError as e:
            skipped.append(str(e))
            continue
        yield article
    return is_empty


def _parse_line(text: str, where: str) -> Article:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(
            f"{where}: not valid JSON ({e.msg} at column {e.colno}); {_EXPECTED}"
        ) from None
    if not isinstance(value, dict):
        kind = json_kind(value)  # "an array" → "a JSON array", "true" → "JSON true"
        article, _, name = kind.rpartition(" ")
        found = f"{'a ' if article else ''}JSON {name}"
        raise InputError(f"{where}: found {found}; {_EXPECTED}")
    return article_from_record(value, where)
