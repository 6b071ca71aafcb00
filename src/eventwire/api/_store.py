"""The API's access to the event store: read-only connections, keyset pages, records by
id, articles with their events.

Every read opens its own read-only connection for the length of one request (cheap while
another connection of this process holds the file: see ``Store``). The records are the
query layer's own (``eventwire.query``): the same SQL pieces and the same assembly as
``iter_records``, so a page holds exactly the records the CLI would print.

A DuckDB file can be open in one process either read-only or read-write, never both:
the one in-process writer (``POST /v1/code`` with ``store: true``) waits for the reads
in flight and holds new ones back while it writes (a writer-first read/write lock).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..query import (
    COUNT_COLUMNS,
    ORDERS,
    Filters,
    assemble_record,
    connect,
    event_columns,
    has_column,
    record_sql,
)
from ..store._failures import CLIENT_KINDS
from ._errors import ApiError
from ._index import PageIndex

log = logging.getLogger("eventwire.api")

SORTS = ("date", "-date")
# kinds of StoreError that mean the file itself is bad (not busy, not a full disk)
DAMAGED = frozenset({"damaged", "not_duckdb"})
_KEPT = ("num_mentions", "num_sources", "num_articles", "mention_list")
_COUNTS = ", ".join(f"coalesce(c.{name}, 0) AS {name}" for name in COUNT_COLUMNS)


class ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            try:
                while self._writing or self._readers:
                    self._cond.wait()
            finally:
                self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Shape:
    """What the record SQL needs to know of a store's tables: its event columns and
    whether it keeps records (read once per version of the file, not per request)."""

    def __init__(self, con: Any) -> None:
        names = event_columns(con)
        # a store that keeps each event's counts and mention list up to date
        self.kept = all(has_column(con, "events", name) for name in _KEPT)
        self.columns = ", ".join(f'e."{name}"' for name in names)
        self.record = record_sql(con)


class Store:
    """The event store behind the API (``path`` None: the server has none).

    Each read opens its own read-only connection. One more connection, the anchor,
    stays open while reads come in, so that DuckDB keeps the database (and its cache
    of decompressed blocks) between requests instead of opening the file anew for
    each; it is closed after ``idle`` seconds without reads (an idle server does not
    hold the file: another process may then write to it) and before an in-process
    write.
    """

    def __init__(
        self,
        path: str | Path | None,
        idle: float = 5.0,
        page_cache_bytes: int = 64 * 2**20,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.lock = ReadWriteLock()
        self.idle = idle
        self._shape: tuple[tuple[int, int, int], Shape] | None = None
        self._guard = threading.Lock()
        self._anchor: Any = None
        self._active = 0
        self._last = 0.0
        self._timer: threading.Timer | None = None
        self._failure: tuple[tuple[int, ...], StoreError] | None = None
        self._index: tuple[tuple[int, ...], PageIndex] | None = None
        self._index_lock = threading.Lock()
        self.pages = PageCache(page_cache_bytes)

    def shape(self, con: Any) -> Shape:
        """The Shape of the file as it is now (read again when the file changed)."""
        assert self.path is not None
        st = os.stat(self.path)
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        cached = self._shape
        if cached is None or cached[0] != key:
            cached = (key, Shape(con))
            self._shape = cached
        return cached[1]

    def index(self, con: Any) -> PageIndex:
        """The PageIndex of the file as it is now (built on first use, and again when
        the file changed; requests meanwhile wait for it)."""
        key = self._version()
        cached = self._index
        if cached is not None and cached[0] == key:
            return cached[1]
        with self._index_lock:
            cached = self._index
            if cached is None or cached[0] != key:
                index = PageIndex(con)
                log.info(
                    "page index of %s: %d events in %.2f s",
                    self.name,
                    index.size,
                    index.build_s,
                )
                cached = (key, index)
                self._index = cached
            return cached[1]

    def warm(self) -> PageIndex | None:
        """Build the page index now (``eventwire serve`` does before it answers), so
        that no client waits for it; None without a store file."""
        if self.path is None or not Path(self.path).is_file():
            return None
        with self.read() as con:
            self.shape(con)
            return self.index(con)

    def version(self) -> tuple[int, ...]:
        """What identifies the file as it is now (inode, mtime, size)."""
        return self._version()

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else ""

    @contextmanager
    def read(self) -> Iterator[Any]:
        """A read-only connection for one request; ApiError 503 when there is no store
        or it cannot be opened now."""
        if self.path is None:
            raise ApiError(
                503,
                "no_store",
                "This server has no event store; start it with "
                '"eventwire serve --db FILE" to read events.',
            )
        if not Path(self.path).is_file():
            raise ApiError(
                503,
                "no_store",
                f"The event store {self.name} does not exist yet; fill it with "
                '"eventwire ingest PATH... --db FILE".',
            )
        with self.lock.shared():
            try:
                self._hold()
                try:
                    with connect(self.path) as con:
                        yield con
                finally:
                    self._release()
            except StoreError as exc:
                log.warning("cannot read the event store: %s", exc)
                if exc.kind in DAMAGED:
                    self._failure = (self._version(), exc)
                raise self.unavailable(exc) from None

    def unavailable(self, exc: StoreError) -> ApiError:
        """The 503 for a store that cannot be read: why, without server paths."""
        if exc.kind in DAMAGED:
            return ApiError(
                503,
                "store_damaged",
                f"The event store {self.name} cannot be read: {exc.cause}. The "
                "server's operator must restore it.",
            )
        if exc.kind == "locked":
            return ApiError(
                503,
                "store_unavailable",
                f"The event store {self.name} cannot be read right now (another "
                "process is writing to it); try again shortly.",
            )
        if exc.kind in CLIENT_KINDS:
            return ApiError(
                503,
                "store_unavailable",
                f"The event store {self.name} cannot be read: {exc.cause}.",
            )
        return ApiError(
            503,
            "store_unavailable",
            f"The event store {self.name} cannot be read right now; the error was "
            "logged on the server.",
        )

    def known_failure(self) -> StoreError | None:
        """The damage a read found in the file as it is now (None: none found; a
        file replaced since is read again)."""
        failure = self._failure
        if failure is None or self.path is None:
            return None
        return failure[1] if failure[0] == self._version() else None

    def _version(self) -> tuple[int, ...]:
        """The file's and its journal's inode, mtime and size: a write changes one of
        them (a journal left by a killed writer is read back by every reader)."""
        assert self.path is not None
        key: list[int] = []
        for name in (self.path, self.path + ".wal"):
            try:
                st = os.stat(name)
            except OSError:
                key += [0, 0, 0]
            else:
                key += [st.st_ino, st.st_mtime_ns, st.st_size]
        return tuple(key)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store for the one in-process writer: no read in flight, the
        anchor closed (a file open read-only in a process cannot be written there)."""
        with self.lock.exclusive():
            self.close()
            yield

    def close(self) -> None:
        """Close the anchor (the next read opens the file again)."""
        with self._guard:
            anchor, self._anchor = self._anchor, None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if anchor is not None:
            anchor.close()

    def _hold(self) -> None:
        import duckdb

        with self._guard:
            self._active += 1
            if self._anchor is None:
                with contextlib.suppress(duckdb.Error):  # the read's own connect says
                    self._anchor = duckdb.connect(self.path, read_only=True)

    def _release(self) -> None:
        with self._guard:
            self._active -= 1
            self._last = time.monotonic()
            if self._active == 0 and self._timer is None and self._anchor is not None:
                self._schedule(self.idle)

    def _schedule(self, delay: float) -> None:
        timer = threading.Timer(delay, self._reap)
        timer.daemon = True
        self._timer = timer
        timer.start()

    def _reap(self) -> None:
        with self._guard:
            self._timer = None
            if self._anchor is None or self._active:
                return
            wait = self._last + self.idle - time.monotonic()
            if wait > 0:
                self._schedule(wait)
                return
            anchor, self._anchor = self._anchor, None
        anchor.close()


class PageCache:
    """Answers of ``GET /v1/events`` (the JSON bytes) by file version and query, the
    least recently used dropped past ``max_bytes`` (0: no cache). Many clients reading
    the same pages, the first pages above all, then cost one read."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[Any, bytes] = OrderedDict()
        self._bytes = 0
        self._guard = threading.Lock()
        self._making: dict[Any, threading.Event] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: Any) -> bytes | None:
        if not self.max_bytes:
            return None
        with self._guard:
            body = self._items.get(key)
            if body is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return body

    def get_or_make(self, key: Any, make: Any) -> bytes:
        """The cached answer, or ``make()``'s, made once however many requests ask
        for it at the same time (the others wait for it: clients that page in step
        ask for the same pages at once)."""
        while True:
            with self._guard:
                body = self._items.get(key) if self.max_bytes else None
                if body is not None:
                    self._items.move_to_end(key)
                    self.hits += 1
                    return body
                waiting = self._making.get(key)
                if waiting is None:
                    done = threading.Event()
                    self._making[key] = done
                    break
            waiting.wait()
        try:
            body = make()
            self.put(key, body)
            return body
        finally:
            with self._guard:
                del self._making[key]
            done.set()

    def put(self, key: Any, body: bytes) -> None:
        if not self.max_bytes or len(body) > self.max_bytes // 4:
            return
        with self._guard:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old)
            self._items[key] = body
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped)


# -- reads -------------------------------------------------------------------------------
def events_page(
    con: Any,
    filters: Filters,
    sort: str,
    limit: int,
    after: tuple[date | None, str] | None,
    shape: Shape | None = None,
    index: PageIndex | None = None,
) -> tuple[list[dict[str, Any]], tuple[date | None, str] | None]:
    """One page of records in ``ORDERS[sort]`` order (date, then event_id; undated
    events last), starting after the sort key ``after``; and the sort key of its last
    record when more follow (else None). Keyset paging: with a ``PageIndex`` every
    page is a binary search and a short filter in memory, then its records by id;
    without one (or for a ``text`` filter) a top-N over the filtered events."""
    if sort not in SORTS:
        raise ValueError(f"sort {sort!r}")
    if index is not None:
        found = index.page(filters, sort, limit, after)
        if found is not None:
            ids, next_key = found
            return records_by_id(con, ids, shape), next_key
    where, params = filters.where("e")
    if after is not None:
        last_date, last_id = after
        if last_date is None:  # undated events come last, by event_id
            where += " AND e.date IS NULL AND e.event_id > ?"
            params += [last_id]
        else:
            beyond = ">" if sort == "date" else "<"
            where += (
                f" AND (e.date {beyond} ? OR (e.date = ? AND e.event_id > ?)"
                " OR e.date IS NULL)"
            )
            params += [last_date, last_date, last_id]
    keys = con.sql(
        f"SELECT e.event_id, e.date FROM events e WHERE {where} "
        f"ORDER BY {ORDERS[sort]} LIMIT ?",
        params=[*params, limit + 1],
    ).fetchall()
    more = len(keys) > limit
    keys = keys[:limit]
    records = records_by_id(con, [event_id for event_id, _ in keys], shape)
    next_key = (keys[-1][1], keys[-1][0]) if more and keys else None
    return records, next_key


def records_by_id(
    con: Any, ids: Sequence[str], shape: Shape | None = None
) -> list[dict[str, Any]]:
    """The event records (design.md, with every mention across articles and the counts)
    of these events, in the order given; unknown ids are left out."""
    if not ids:
        return []
    shape = shape or Shape(con)
    found: dict[str, dict[str, Any]] = {}
    if shape.kept and shape.record != "NULL":
        # counts, mentions and the record stored with the event: one read of those
        # columns alone (the record holds every field; reading the thirty columns
        # as well cost five times more), by an IN list of bound values (DuckDB
        # filters the scan with it; a semi join with an unnested list builds a hash
        # table and costs two to four times more). Events stored without a record
        # are assembled from their columns below.
        marks = ", ".join("?" for _ in ids)
        rel = con.sql(
            f"""
            SELECT e.event_id, e.num_mentions, e.num_sources, e.num_articles,
                   {shape.record} AS record, e.mention_list
            FROM events e
            WHERE e.event_id IN ({marks}) AND e.num_mentions IS NOT NULL
              AND e.record IS NOT NULL
            """,
            params=list(ids),
        )
        names = rel.columns
        for values in rel.fetchall():
            row = dict(zip(names, values, strict=True))
            listed = row["mention_list"]
            row["mention_list"] = json.loads(listed) if listed else None
            found[row["event_id"]] = assemble_record(row)
        ids_left = [i for i in ids if i not in found]
        if not ids_left:
            return [found[i] for i in ids]
        found.update(_records_from_mentions(con, ids_left, shape))
        return [found[i] for i in ids if i in found]
    found = _records_from_mentions(con, ids, shape)
    return [found[i] for i in ids if i in found]


def _records_from_mentions(
    con: Any, ids: Sequence[str], shape: Shape
) -> dict[str, dict[str, Any]]:
    """Records whose counts are computed from the mentions table (stores that do not
    keep them with the event)."""
    # one pass over the mentions of these events gives both their counts and their
    # list (in ingestion order); a hash semi-join, not a per-row list search
    sql = f"""
        WITH wanted AS (SELECT unnest($ids) AS event_id),
        mm AS (
            SELECT m.*, a.ingested_seq
            FROM mentions m SEMI JOIN wanted w ON w.event_id = m.event_id
            LEFT JOIN articles a ON a.article_id = m.article_id
        ),
        c AS (
            SELECT event_id,
                   count(*) AS num_mentions,
                   count(DISTINCT coalesce(source, article_id)) AS num_sources,
                   count(DISTINCT article_id) AS num_articles,
                   list({{'article_id': article_id, 'sentence': sentence,
                          'start': start_char, 'end': end_char}}
                        ORDER BY ingested_seq NULLS LAST, article_id, sentence)
                       AS mention_list
            FROM mm GROUP BY event_id
        )
        SELECT {shape.columns}, {_COUNTS}, {shape.record} AS record, c.mention_list
        FROM events e SEMI JOIN wanted w ON w.event_id = e.event_id
        LEFT JOIN c ON c.event_id = e.event_id
    """
    rel = con.sql(sql, params={"ids": list(ids)})
    names = rel.columns
    found: dict[str, dict[str, Any]] = {}
    for values in rel.fetchall():
        row = dict(zip(names, values, strict=True))
        found[row["event_id"]] = assemble_record(row)
    return found


def counts(con: Any) -> tuple[int, int]:
    """(events, articles) in the store."""
    ((events, articles),) = con.sql(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)"
    ).fetchall()
    return int(events), int(articles)


def probe(con: Any, shape: Shape | None = None) -> None:
    """Read what a page reads, at both ends of the events: their keys, records and
    mention lists, and the articles they come from (a damaged block raises)."""
    every = Filters.every_event()
    for sort in SORTS:
        records, _ = events_page(con, every, sort, 10, None, shape)
        ids = [r["article_id"] for r in records if r.get("article_id")]
        con.sql(
            "SELECT max(length(text)), max(length(title)) FROM articles "
            "WHERE article_id IN (SELECT unnest($ids))",
            params={"ids": ids},
        ).fetchall()


def article(
    con: Any, article_id: str, shape: Shape | None = None
) -> dict[str, Any] | None:
    """An article with its text and every event stated in it: one entry per sentence
    that states an event, in text order, with the sentence's offsets in ``text`` and
    the trigger word's (found as a whole word inside that sentence; null if not)."""
    rows = con.sql(
        "SELECT article_id, title, published, source, url, text FROM articles "
        "WHERE article_id = ?",
        params=[article_id],
    ).fetchall()
    if not rows:
        return None
    aid, title, published, source, url, text = rows[0]
    text = text or ""
    mentions = con.sql(
        "SELECT event_id, sentence, start_char, end_char FROM mentions "
        "WHERE article_id = ? ORDER BY start_char NULLS LAST, sentence, event_id",
        params=[article_id],
    ).fetchall()
    records = {
        r["event_id"]: r
        for r in records_by_id(con, list(dict.fromkeys(m[0] for m in mentions)), shape)
    }
    events = []
    for event_id, sentence, start, end in mentions:
        record = records.get(event_id)
        if record is None:
            continue
        trigger = (record.get("evidence") or {}).get("trigger")
        t_start, t_end = find_word(text, trigger, start, end)
        events.append(
            {
                "event_id": event_id,
                "cameo": record.get("cameo"),
                "cameo_name": record.get("cameo_name"),
                "actor": record.get("actor"),
                "recipient": record.get("recipient"),
                "sentence": sentence,
                "start": start,
                "end": end,
                "trigger": trigger,
                "trigger_start": t_start,
                "trigger_end": t_end,
            }
        )
    return {
        "article_id": aid,
        "title": title,
        "published": published.isoformat()
        if isinstance(published, date)
        else published,
        "source": source,
        "url": url,
        "text": text,
        "events": events,
    }


def find_word(
    text: str, word: str | None, start: int | None, end: int | None
) -> tuple[int | None, int | None]:
    """The offsets in ``text`` of ``word`` as a whole word inside ``text[start:end]``
    (the exact spelling first, then any case); (None, None) when it is not there."""
    if not word or start is None or end is None or not 0 <= start <= end <= len(text):
        return None, None
    pattern = r"(?<!\w)" + re.escape(word.strip()) + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        m = re.compile(pattern, flags).search(text, start, end)
        if m:
            return m.start(), m.end()
    return None, None
