"""Turning one JSONL object or CSV row into an ``Article``, checking every field."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date

from eventwire.errors import InputError
from eventwire.records import Article

_TEXT_EXPECTED = "expected a non-empty string with the article's text."
_ISO_DATE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)


def json_kind(value: object) -> str:
    """How a JSON value is named in messages: "an array", "a number", "null" ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _shown(value: str, limit: int = 60) -> str:
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return json.dumps(value, ensure_ascii=False)


def article_from_record(record: Mapping[str, object], where: str) -> Article:
    """The article a record describes; ``where`` ("file.jsonl:17") is also its origin."""
    if "text" not in record:
        raise InputError(f'{where}: no "text" field; {_TEXT_EXPECTED}')
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(f'{where}: "text" is {json_kind(text)}; {_TEXT_EXPECTED}')
    if not text.strip():
        raise InputError(f'{where}: "text" is empty; {_TEXT_EXPECTED}')
    title = _string(record, "title", where)
    url = _string(record, "url", where)
    return Article(
        id=_id(record, where) or Article.make_id(text, title, url),
        text=text,
        title=title,
        published=_published(record, where),
        source=_string(record, "source", where),
        url=url,
        # None: read_paths tells the language from the text
        language=_string(record, "language", where) or _string(record, "lang", where),
        origin=where,
    )


def _string(record: Mapping[str, object], field: str, where: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(
            f'{where}: "{field}" is {json_kind(value)}; expected a string or null.'
        )
    return value.strip() or None


def _id(record: Mapping[str, object], where: str) -> str | None:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is None or isinstance(value, str):
        return (value or "").strip() or None
    raise InputError(
        f'{where}: "id" is {json_kind(value)}; expected a string or an integer.'
    )


def _published(record: Mapping[str, object], where: str) -> str | None:
    """The date part of "date" (or "published"), None when neither is given."""
    for field in ("date", "published"):
        value = record.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        expected = 'expected an ISO 8601 date like "2014-12-16".'
        if not isinstance(value, str):
            raise InputError(f'{where}: "{field}" is {json_kind(value)}; {expected}')
        m = _ISO_DATE.fullmatch(value.strip())
        try:
            if m is None:
                raise ValueError(value)
            return date(int(m["year"]), int(m["month"]), int(m["day"])).isoformat()
        except ValueError:
            raise InputError(
                f'{where}: "{field}" is {_shown(value)}; {expected}'
            ) from None
    return None
