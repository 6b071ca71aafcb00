"""The event store: an embedded DuckDB file (no server). Schema: ``schema.sql``.

``EventStore.add`` queues an article with its events; queued articles are written in
batches (up to 100 articles or 2 seconds by default; ``batch_size=1`` for one article at
a time), each batch in one transaction:

- an article already stored with the same content (title, date, source, url, text) is
  left as it is: ingesting the same article again changes nothing;
- an article stored before with other content replaces its old version (its mentions go;
  events no other article reports go with them);
- each event joins the stored event of the same happening (same actor, recipient, CAMEO
  base code, modality and date within a day of that event's first report; see
  ``eventwire.dedup``) as a new mention, or becomes a new event.

A run killed at any moment (even ``kill -9``) leaves the file as it was before the
batch in flight: DuckDB rolls back a transaction that was not committed. Re-running
skips what is stored and adds the rest in the same order, so the result is the same
database, with the same article and event ids, as one uninterrupted run. (Batches make
storing cost a few percent of coding: one DuckDB statement costs about half a
millisecond, so writing article by article would cost more than coding it.)

A DuckDB file has a single writer process at a time; a second one gets a clear error.
So do a damaged file, a full disk, a read-only file or a folder that cannot hold
DuckDB's journal: one line each (``_failures``), never a traceback.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from ..dedup import event_day, match_key, mentions_of, nearest_group, source_of
from ..errors import EventwireError, StoreError, first_line
from ..records import Article, Event, flatten
from ._failures import classify, store_failure

SCHEMA_VERSION = 2


def schema_sql() -> str:
    return (resources.files("eventwire.store") / "schema.sql").read_text(
        encoding="utf-8"
    )


def content_hash(article: Article) -> str:
    parts = [
        article.title or "",
        article.published or "",
        article.source or "",
        article.url or "",
        article.text,
    ]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass
class Added:
    """What storing one article did (``new_events`` and ``mentions`` are known when its
    batch is written: see ``EventStore.totals``)."""

    status: str  # "new", "unchanged" or "replaced"
    events: int = 0  # events coded in the article (after merging its own repeats)


@dataclass
class Totals:
    """What the batches written so far by this store object did."""

    articles: int = 0
    new_events: int = 0  # happenings not stored before
    mentions: int = 0  # mentions added (of new and of stored happenings)


@dataclass
class _Group:
    event_id: str
    anchor: date | None  # the first report's day (None for a coarse or missing date)


class EventStore:
    """A DuckDB file with tables ``articles``, ``events`` and ``mentions``.

    ``add`` queues an article; a batch is written in one transaction when it holds
    ``batch_size`` articles or has waited ``batch_seconds``, and on ``flush`` or
    ``close``. ``batch_size=1`` writes every article on its own.
    """

    def __init__(
        self,
        path: str | Path,
        read_only: bool = False,
        batch_size: int = 100,
        batch_seconds: float = 2.0,
    ) -> None:
        import duckdb

        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database file.")
        doing = "cannot open the database" + ("" if read_only else " for writing")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise store_failure(
                self.path, exc, doing=doing, writing=not read_only
            ) from None
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds
        self.totals = Totals()
        self._pending: list[tuple[Article, list[Event], str, bool]] = []
        self._since = 0.0
        try:
            if not read_only:
                self._check_version()
                # creating the tables commits: the first write, and the first place a
                # folder that cannot hold the journal (.wal) or a full disk shows
                self.con.execute(schema_sql())
            self._seq = self._scalar(
                "SELECT coalesce(max(ingested_seq), 0) FROM articles"
            )
            # article id -> content hash of what is stored or queued (read once: "has"
            # is asked from the thread that feeds worker processes, which must not use
            # DuckDB)
            self._hashes: dict[str, str] = dict(
                self.con.execute(
                    "SELECT article_id, content_hash FROM articles"
                ).fetchall()
            )
        except (duckdb.Error, StoreError) as exc:
            with contextlib.suppress(duckdb.Error):
                self.con.close()
            if isinstance(exc, StoreError):
                raise
            raise store_failure(
                self.path, exc, doing=doing, writing=not read_only
            ) from None

    def _check_version(self) -> None:
        columns = {
            (r[0], r[1])
            for r in self.con.execute(
                "SELECT table_name, column_name FROM information_schema.columns"
            ).fetchall()
        }
        tables = {t for t, _ in columns}
        if "events" in tables and ("events", "first_seq") not in columns:
            raise StoreError(
                f"{self.path}: written by an older eventwire (schema 1); ingest its "
                "articles into a new file."
            )

    def close(self) -> None:
        """Write what is queued and close the file (DuckDB then folds its journal into
        the file: a full disk can show here too)."""
        import duckdb

        try:
            self.flush()
        except BaseException:
            with contextlib.suppress(duckdb.Error):  # the flush's error is the one
                self.con.close()
            raise
        try:
            self.con.close()
        except duckdb.Error as exc:
            raise store_failure(
                self.path, exc, doing="closing the database failed", writing=True
            ) from None

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            self._pending.clear()  # an error mid-run: what is queued is not written
            with contextlib.suppress(EventwireError):  # the first error is the one
                self.close()
            return
        self.close()

    # -- writing ----------------------------------------------------------------------
    def has(self, article: Article) -> bool:
        """Is this article stored (or queued) with this very content?"""
        return self.has_hash(article.id, content_hash(article))

    def has_hash(self, article_id: str, digest: str) -> bool:
        """``has`` for an article known by its id and ``content_hash``."""
        return self._hashes.get(article_id) == digest

    def hashes(self) -> dict[str, str]:
        """Article id -> content hash of every article stored or queued (a copy)."""
        return dict(self._hashes)

    def add(self, article: Article, events: list[Event]) -> Added:
        """Queue one article with its events; the batch is written all or nothing."""
        digest = content_hash(article)
        old = self._hashes.get(article.id)
        if old == digest:
            return Added("unchanged")
        if article.published is not None:
            try:
                date.fromisoformat(article.published[:10])
            except ValueError:
                raise StoreError(
                    f"{self.path}: storing article {article.id} failed, nothing of it "
                    f"was stored (its date {article.published!r} is not YYYY-MM-DD)."
                ) from None
        self._hashes[article.id] = digest
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append((article, events, digest, old is not None))
        if (
            len(self._pending) >= self.batch_size
            or time.monotonic() - self._since >= self.batch_seconds
        ):
            self.flush()
        return Added("replaced" if old is not None else "new", events=len(events))

    def write(self, batch: Iterable[tuple[Article, list[Event]]]) -> int:
        """Store articles now; returns the events coded in them."""
        n = sum(self.add(article, events).events for article, events in batch)
        self.flush()
        return n

    def flush(self) -> None:
        """Write the queued articles in one transaction."""
        import duckdb

        if not self._pending:
            return
        queued, self._pending = self._pending, []
        self._touched: set[str] = set()  # events that lost mentions to a replacement
        # an article queued twice (its text changed meanwhile): the last version wins
        last = {a.id: i for i, (a, _, _, _) in enumerate(queued)}
        pending = [p for i, p in enumerate(queued) if last[p[0].id] == i]
        seq = self._seq
        try:
            self.con.execute("BEGIN TRANSACTION")
            stored = {
                r[0]
                for r in self.con.execute(
                    "SELECT article_id FROM articles WHERE article_id IN "
                    "(SELECT unnest(?))",
                    [[a.id for a, _, _, _ in pending]],
                ).fetchall()
            }
            for article_id in stored:
                self._remove(article_id)
            groups = self._stored_groups(
                {match_key(e) for _, events, _, _ in pending for e in events}
            )
            articles, events_rows, mention_rows = [], [], []
            new_events = 0
            for article, events, digest, _ in pending:
                seq += 1
                articles.append(_article_row(article, digest, len(events), seq))
                source = source_of(article)
                for event in events:
                    key = match_key(event)
                    day = event_day(event)
                    group = nearest_group(
                        groups.get(key, []), day, 1, lambda g: g.anchor
                    )
                    if group is None:
                        group = _Group(event.event_id, day)
                        groups.setdefault(key, []).append(group)
                        events_rows.append(_event_row(event, key, seq))
                        new_events += 1
                    for m in mentions_of(event):
                        mention_rows.append(
                            (
                                group.event_id,
                                m["article_id"],
                                m["sentence"],
                                m["start"],
                                m["end"],
                                source,
                            )
                        )
            self._insert("articles", _ARTICLE_COLUMNS, articles, "INSERT INTO")
            self._insert("events", _EVENT_COLUMNS, events_rows, "INSERT INTO")
            self._insert(
                "mentions", _MENTION_COLUMNS, mention_rows, "INSERT OR IGNORE INTO"
            )
            self._recount({row[0] for row in mention_rows} | self._touched)
            self.con.execute("COMMIT")
        except (duckdb.Error, ValueError, TypeError) as exc:
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")
            for article, _, _, _ in pending:
                self._hashes.pop(article.id, None)
            # a failed write (a full disk) may leave the connection unusable: then
            # what is stored is read again by the next run
            with contextlib.suppress(duckdb.Error):
                self._hashes.update(
                    self.con.execute(
                        "SELECT article_id, content_hash FROM articles WHERE "
                        "article_id IN (SELECT unnest(?))",
                        [[a.id for a, _, _, _ in pending]],
                    ).fetchall()
                )
            ids = f"{pending[0][0].id}" + (
                f" .. {pending[-1][0].id}" if len(pending) > 1 else ""
            )
            doing = f"storing articles {ids} failed, nothing of them was stored"
            if isinstance(exc, duckdb.Error) and classify(exc) is not None:
                raise store_failure(self.path, exc, doing=doing, writing=True) from None
            raise StoreError(f"{self.path}: {doing} ({first_line(exc)}).") from None
        self._seq = seq
        self.totals.articles += len(pending)
        self.totals.new_events += new_events
        self.totals.mentions += len(mention_rows)

    def _insert(
        self, table: str, columns: tuple[str, ...], rows: list[Any], verb: str
    ) -> None:
        """All rows in one statement, through an Arrow table."""
        if not rows:
            return
        import pyarrow as pa

        data = pa.table(
            {c: [r[i] for r in rows] for i, c in enumerate(columns)},
            schema=_ARROW[table],
        )
        self.con.register("_batch", data)
        try:
            self.con.execute(
                f"{verb} {table} ({', '.join(columns)}) "
                f"SELECT {', '.join(columns)} FROM _batch"
            )
        finally:
            self.con.unregister("_batch")

    def _stored_groups(self, keys: set[str]) -> dict[str, list[_Group]]:
        """The stored events with these match keys, in the order they were first
        reported (the order ``nearest_group`` breaks ties by)."""
        out: dict[str, list[_Group]] = {}
        if not keys:
            return out
        for key, event_id, day in self.con.execute(
            "SELECT match_key, event_id, date FROM events "
            "WHERE match_key IN (SELECT unnest(?)) ORDER BY first_seq, event_id",
            [sorted(keys)],
        ).fetchall():
            precise = key.endswith("|day")
            out.setdefault(key, []).append(_Group(event_id, day if precise else None))
        return out

    def _recount(self, event_ids: set[str]) -> None:
        """Bring the stored counts and mention lists of these events up to date."""
        if not event_ids:
            return
        self.con.execute(
            """
            UPDATE events SET num_mentions = c.n_mentions, num_sources = c.n_sources,
                num_articles = c.n_articles, mention_list = c.mention_list
            FROM (
                SELECT m.event_id,
                       count(*) AS n_mentions,
                       count(DISTINCT coalesce(m.source, m.article_id)) AS n_sources,
                       count(DISTINCT m.article_id) AS n_articles,
                       to_json(list({'article_id': m.article_id,
                                     'sentence': m.sentence,
                                     'start': m.start_char, 'end': m.end_char}
                                    ORDER BY a.ingested_seq, m.article_id, m.sentence))
                           AS mention_list
                FROM mentions m JOIN articles a USING (article_id)
                WHERE m.event_id IN (SELECT unnest(?))
                GROUP BY m.event_id
            ) c
            WHERE events.event_id = c.event_id
            """,
            [sorted(event_ids)],
        )

    def _remove(self, article_id: str) -> None:
        """An article's mentions, and the events only it reported, go."""
        self._touched.update(
            r[0]
            for r in self.con.execute(
                "SELECT DISTINCT event_id FROM mentions WHERE article_id = ?",
                [article_id],
            ).fetchall()
        )
        self.con.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        self.con.execute(
            "DELETE FROM events WHERE article_id = ? AND event_id NOT IN "
            "(SELECT DISTINCT event_id FROM mentions)",
            [article_id],
        )
        self.con.execute("DELETE FROM articles WHERE article_id = ?", [article_id])

    # -- reading ----------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("articles", "events", "mentions"):
            raise StoreError(f"no table {table!r}")
        self.flush()
        return self._scalar(f"SELECT count(*) FROM {table}")

    def event_records(self) -> list[dict[str, Any]]:
        """Every stored event as its design.md record, with all its mentions and its
        counts (mentions, sources, articles), in the order they were first reported."""
        self.flush()
        rows = self.con.execute(
            "SELECT e.event_id, e.record, c.num_mentions, c.num_sources, c.num_articles "
            "FROM events e JOIN event_counts c USING (event_id) "
            "ORDER BY e.first_seq, e.sentence, e.event_id"
        ).fetchall()
        mentions: dict[str, list[dict[str, Any]]] = {}
        for event_id, article_id, sentence, start, end in self.con.execute(
            "SELECT m.event_id, m.article_id, m.sentence, m.start_char, m.end_char "
            "FROM mentions m JOIN articles a USING (article_id) "
            "ORDER BY a.ingested_seq, m.sentence"
        ).fetchall():
            mentions.setdefault(event_id, []).append(
                {
                    "article_id": article_id,
                    "sentence": sentence,
                    "start": start,
                    "end": end,
                }
            )
        out = []
        for event_id, record, n_mentions, n_sources, n_articles in rows:
            rec = json.loads(record)
            rec["mentions"] = mentions.get(event_id, [])
            rec["counts"] = {
                "mentions": n_mentions,
                "sources": n_sources,
                "articles": n_articles,
            }
            out.append(rec)
        return out

    def _scalar(self, sql: str) -> int:
        row = self.con.execute(sql).fetchone()
        return int(row[0]) if row and row[0] is not None else 0


_ARTICLE_COLUMNS = (
    "article_id",
    "title",
    "published",
    "source",
    "url",
    "language",
    "text",
    "content_hash",
    "n_events",
    "ingested_seq",
)
_EVENT_COLUMNS = (
    "event_id",
    "article_id",
    "sentence",
    "actor_code",
    "actor_country",
    "actor_sector",
    "actor_name",
    "recipient_code",
    "recipient_country",
    "recipient_sector",
    "recipient_name",
    "cameo",
    "cameo_root",
    "goldstein",
    "quad_class",
    "plover",
    "negated",
    "hypothetical",
    "future",
    "historical",
    "reported_by",
    "date",
    "date_precision",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "location_geonameid",
    "location_precision",
    "evidence_text",
    "evidence_trigger",
    "evidence_rule",
    "confidence",
    "first_seq",
    "match_key",
    "record",
)
_MENTION_COLUMNS = (
    "event_id",
    "article_id",
    "sentence",
    "start_char",
    "end_char",
    "source",
)


def _arrow_schemas() -> dict[str, Any]:
    import pyarrow as pa

    ints = {"sentence": pa.int32(), "n_events": pa.int32(), "quad_class": pa.int8()}
    longs = {"ingested_seq", "first_seq", "location_geonameid"}
    floats = {"goldstein", "location_lat", "location_lon", "confidence"}
    bools = {"negated", "hypothetical", "future", "historical"}
    dates = {"published", "date"}

    def field(name: str) -> Any:
        if name in ints:
            return pa.field(name, ints[name])
        if name in longs:
            return pa.field(name, pa.int64())
        if name in floats:
            return pa.field(name, pa.float64())
        if name in bools:
            return pa.field(name, pa.bool_())
        if name in dates:
            return pa.field(name, pa.date32())
        if name in ("start_char", "end_char"):
            return pa.field(name, pa.int32())
        return pa.field(name, pa.string())

    return {
        table: pa.schema([field(c) for c in columns])
        for table, columns in (
            ("articles", _ARTICLE_COLUMNS),
            ("events", _EVENT_COLUMNS),
            ("mentions", _MENTION_COLUMNS),
        )
    }


class _Schemas(dict):  # built on first use: pyarrow is imported only when writing
    def __missing__(self, key: str) -> Any:
        self.update(_arrow_schemas())
        return dict.__getitem__(self, key)


_ARROW: dict[str, Any] = _Schemas()


def _article_row(article: Article, digest: str, n_events: int, seq: int) -> tuple:
    published = (
        date.fromisoformat(article.published[:10]) if article.published else None
    )
    return (
        article.id,
        article.title,
        published,
        article.source,
        article.url,
        article.language,
        article.text,
        digest,
        n_events,
        seq,
    )


def _event_row(event: Event, key: str, seq: int) -> tuple:
    record = event.to_dict()
    flat = flatten(record)
    flat["first_seq"] = seq
    flat["match_key"] = key
    flat["record"] = json.dumps(record, ensure_ascii=False)
    for name in ("negated", "hypothetical", "future", "historical"):
        flat[name] = bool(flat[name])
    flat["date"] = date.fromisoformat(flat["date"][:10]) if flat["date"] else None
    return tuple(flat[c] for c in _EVENT_COLUMNS)
