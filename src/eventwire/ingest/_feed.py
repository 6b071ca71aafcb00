"""RSS and Atom feeds (feedparser), from files or fetched from http(s) URLs.

Each entry is an article: its title, its published (or updated) date, its link, the
feed's title as source, and the text of its content or summary.
"""

from __future__ import annotations

import email.utils
import gzip
import io
import re
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator, Mapping
from datetime import date
from http.client import HTTPException
from typing import Any
from xml.parsers import expat

from eventwire.errors import InputError
from eventwire.ingest._files import TEXT_LIMIT, Readable, read_limited
from eventwire.ingest._html import html_to_text, plain_to_text
from eventwire.ingest._language import language_tag
from eventwire.records import Article

FETCH_TIMEOUT_S = 20.0
USER_AGENT = "eventwire (news feed reader)"
_EXPECTED = "expected an RSS or Atom feed"
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def is_url(path: str) -> bool:
    return path[:8].lower().startswith(("http://", "https://"))


def read_feed(name: str, stream: Readable, skipped: list[str]) -> Iterator[Article]:
    """The articles of a feed file."""
    data = read_limited(stream, name, TEXT_LIMIT, "a feed")
    yield from articles_from_feed(data, name, skipped)


def fetch_feed(url: str, skipped: list[str]) -> Iterator[Article]:
    """The articles of the feed at ``url``; a failed fetch is one line in ``skipped``."""
    try:
        data, headers = _fetch(url)
    except InputError as e:
        skipped.append(str(e))
        return
    try:
        yield from articles_from_feed(data, url, skipped, headers)
    except InputError as e:
        skipped.append(str(e))


def _fetch(url: str) -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = read_limited(response, url, TEXT_LIMIT, "a feed")
            headers = {k.lower(): v for k, v in response.headers.items()}
        if headers.get("content-encoding", "").lower() in ("gzip", "x-gzip"):
            data = gzip.decompress(data)
    except urllib.error.HTTPError as e:
        e.close()
        raise InputError(
            f"{url}: the server answered HTTP {e.code} ({e.reason}); {_EXPECTED} "
            "at this address."
        ) from None
    except urllib.error.URLError as e:
        raise InputError(_fetch_failed(url, e.reason)) from None
    except (OSError, HTTPException, EOFError, zlib.error) as e:
        raise InputError(_fetch_failed(url, e)) from None
    except ValueError as e:
        raise InputError(f"{url}: not a URL that can be fetched ({e}).") from None
    return data, headers


def _fetch_failed(url: str, reason: object) -> str:
    if isinstance(reason, TimeoutError):  # socket.timeout too
        return (
            f"{url}: no answer within {FETCH_TIMEOUT_S:g} s; {_EXPECTED} at this "
            "address (try again later)."
        )
    if isinstance(reason, OSError) and reason.strerror:
        reason = reason.strerror
    return f"{url}: cannot be fetched ({reason or 'no reason given'}); {_EXPECTED}."


def articles_from_feed(
    data: bytes,
    name: str,
    skipped: list[str],
    headers: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """The entries of a feed as articles; a broken feed raises ``InputError``."""
    import feedparser

    # A file object, never a string: feedparser fetches a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=dict(headers or {}))
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = _xml_error(data) or _bozo_reason(parsed.get("bozo_exception"))
            raise InputError(f"{name}: not a valid feed ({reason}); {_EXPECTED}.")
        if not parsed.get("version"):
            raise InputError(
                f"{name}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> "
                f"element); {_EXPECTED}."
            )
        raise InputError(
            f"{name}: the feed has no entries; {_EXPECTED} with <item> or <entry> "
            "elements."
        )
    feed = parsed.get("feed") or {}
    source = _one_line(feed.get("title"))
    feed_language = feed.get("language")
    for number, entry in enumerate(entries, 1):
        where = f"{name} entry {number}"
        text = _entry_text(entry)
        if not text:
            skipped.append(
                f"{where}: no text; expected the article's text in <description>, "
                "<summary> or <content>."
            )
            continue
        title = _entry_title(entry)
        url = _one_line(entry.get("link"))
        yield Article(
            id=Article.make_id(text, title, url),
            text=text,
            title=title,
            published=_entry_date(entry),
            source=source,
            url=url,
            language=language_tag(_entry_language(entry) or feed_language),
            origin=where,
        )


def _xml_error(data: bytes) -> str | None:
    """Where the XML goes wrong, "line 3, column 7: mismatched tag"; None if it is
    well-formed. (feedparser's own positions are in the document it re-encoded.)"""
    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        return f"line {e.lineno}, column {e.offset + 1}: {expat.ErrorString(e.code)}"
    return None


def _bozo_reason(error: object) -> str:
    """feedparser's reason, without the position (see ``_xml_error``)."""
    if error is None:
        return "unknown error"
    get_message = getattr(error, "getMessage", None)
    if get_message is not None:
        return str(get_message())
    return " ".join(str(error).split()) or type(error).__name__


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _as_text(detail: Mapping[str, Any] | None) -> str:
    if not detail:
        return ""
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or "text/html"):
        return html_to_text(value)
    return plain_to_text(value)


def _entry_text(entry: Mapping[str, Any]) -> str:
    """The longest of the entry's contents and its summary."""
    candidates = [_as_text(content) for content in entry.get("content") or []]
    summary = entry.get("summary_detail")
    if summary is None and entry.get("summary"):
        summary = {"value": entry["summary"], "type": "text/html"}
    candidates.append(_as_text(summary))
    return max(candidates, key=len)


def _entry_title(entry: Mapping[str, Any]) -> str | None:
    detail = entry.get("title_detail")
    if detail:
        return _one_line(_as_text(detail))
    return _one_line(entry.get("title"))


def _entry_language(entry: Mapping[str, Any]) -> str | None:
    """The xml:lang of the entry's text (feedparser inherits it from the feed)."""
    for detail in [*(entry.get("content") or []), entry.get("summary_detail")]:
        if detail and detail.get("language"):
            return str(detail["language"])
    return None


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    """The day the entry was published (or updated), as the feed writes it."""
    for key in ("published", "updated", "created"):
        # dict.get: feedparser's own get() answers "updated" with "published", warning
        raw = dict.get(entry, key)
        if isinstance(raw, str) and raw.strip():
            day = _day_of(raw)
            if day:
                return day
        parsed = dict.get(entry, f"{key}_parsed")  # feedparser's reading, in UTC
        if parsed:
            try:
                return date(parsed[0], parsed[1], parsed[2]).isoformat()
            except (ValueError, TypeError, IndexError):
                continue
    return None


def _day_of(raw: str) -> str | None:
    """The calendar day of an ISO 8601 or RFC 822 date, in its own time zone."""
    try:
        m = _ISO_DAY.match(raw)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        parts = email.utils.parsedate_tz(raw)
        if parts:
            return date(parts[0], parts[1], parts[2]).isoformat()
    except (ValueError, TypeError, OverflowError):
        pass
    return None
