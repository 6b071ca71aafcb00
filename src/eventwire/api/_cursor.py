"""Opaque page cursors for keyset paging over (date, event_id).

A cursor holds the sort key of the last event of a page, the sort order and a digest of
the query's filters, with an HMAC over all of it: a cursor that was cut, altered or made
for another query is refused (400) instead of silently reading from somewhere else. The
MAC is an integrity check, not a secret (cursors stay valid across server restarts); a
cursor only ever positions a query that its own filters already allow.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from datetime import date
from typing import Any

from ._errors import ApiError

_VERSION = 1
_KEY = hashlib.sha256(b"eventwire api cursor v1").digest()
_MAX_LENGTH = 1000


def query_digest(sort: str, filters: Any) -> str:
    """What the cursor must be used with: the sort and the filters (a frozen, checked
    ``Filters``, whose repr is stable)."""
    return hashlib.sha256(repr((sort, filters)).encode("utf-8")).hexdigest()[:16]


def encode(digest: str, sort: str, last_date: date | None, last_id: str) -> str:
    payload = json.dumps(
        [_VERSION, digest, sort, last_date.isoformat() if last_date else None, last_id],
        separators=(",", ":"),
    ).encode("utf-8")
    mac = hmac.new(_KEY, payload, hashlib.sha256).digest()[:12]
    return f"{_b64(payload)}.{_b64(mac)}"


def decode(cursor: str, digest: str, sort: str) -> tuple[date | None, str]:
    """The (date, event_id) after which the next page starts; ApiError 400 when the
    cursor is not one this API made for this very query."""
    if len(cursor) > _MAX_LENGTH or cursor.count(".") != 1:
        raise _bad("it is not a cursor this server made")
    body, mac = cursor.split(".")
    try:
        payload = _unb64(body)
        given = _unb64(mac)
    except (binascii.Error, ValueError):
        raise _bad("it is not a cursor this server made") from None
    expected = hmac.new(_KEY, payload, hashlib.sha256).digest()[:12]
    if not hmac.compare_digest(given, expected):
        raise _bad("it was altered or cut short")
    try:
        version, their_digest, their_sort, day, last_id = json.loads(payload)
        last_date = date.fromisoformat(day) if day is not None else None
    except (ValueError, TypeError):
        raise _bad("its content is malformed") from None
    if version != _VERSION or not isinstance(last_id, str):
        raise _bad("it was made by another version of this API")
    if their_sort != sort or their_digest != digest:
        raise _bad(
            "it belongs to a query with other filters or another sort; repeat the "
            "query the cursor came from, or leave cursor out to start again"
        )
    return last_date, last_id


def _bad(why: str) -> ApiError:
    return ApiError(
        400,
        "bad_cursor",
        f'query parameter "cursor" is not valid: {why}. Use the next_cursor of the '
        "previous page unchanged, or leave cursor out for the first page.",
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_-]+", text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
