"""The event store: an embedded DuckDB file (no server). Schema: ``schema.sql``.

``EventStore.add`` stores one article with its events in one transaction:

- an article already stored with the same content (title, date, source, url, text) is
  left as it is: ingesting the same article again changes nothing;
- an article stored before with other content replaces its old version (its mentions go;
  events no other article reports go with them);
- each event joins the stored event of the same happening (same actor, recipient, CAMEO
  base code, modality and date within a day of that event's first report; see
  ``eventwire.dedup``) as a new mention, or becomes a new event.

A run killed at any moment (even ``kill -9``) leaves the file as it was before the
article in flight: DuckDB rolls back a transaction that was not committed. Re-running
skips what is stored and adds the rest, so the result is the same database, with the
same article and event ids, as one uninterrupted run.

A DuckDB file has a single writer process at a time; a second one gets a clear error.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from ..dedup import match_key, mentions_of, source_of
from ..errors import StoreError
from ..records import Article, Event, flatten

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
    """What storing one article did."""

    status: str  # "new", "unchanged" or "replaced"
    events: int = 0  # events coded in the article (after merging its own repeats)
    new_events: int = 0  # of those, happenings not stored before
    mentions: int = 0  # mentions added


class EventStore:
    """A DuckDB file with tables ``articles``, ``events`` and ``mentions``."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database file.")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the database ({_first_line(exc)}); "
                "a DuckDB file has one writer at a time."
            ) from None
        if not read_only:
            self._migrate()
            self.con.execute(schema_sql())
        self._seq = self._scalar("SELECT coalesce(max(ingested_seq), 0) FROM articles")

    def _migrate(self) -> None:
        """A version 1 file (events without mentions) is rebuilt: its articles must be
        ingested again."""
        tables = {
            r[0]
            for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables"
            ).fetchall()
        }
        if "events" in tables and "mentions" not in tables:
            raise StoreError(
                f"{self.path}: written by an older eventwire (schema 1); ingest its "
                "articles into a new file."
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------
    def has(self, article: Article) -> bool:
        """Is this article stored with this very content?"""
        row = self.con.execute(
            "SELECT content_hash FROM articles WHERE article_id = ?", [article.id]
        ).fetchone()
        return row is not None and row[0] == content_hash(article)

    def add(self, article: Article, events: list[Event]) -> Added:
        """Store one article and its events, all or nothing."""
        import duckdb

        digest = content_hash(article)
        try:
            self.con.execute("BEGIN TRANSACTION")
            row = self.con.execute(
                "SELECT content_hash FROM articles WHERE article_id = ?", [article.id]
            ).fetchone()
            if row is not None and row[0] == digest:
                self.con.execute("ROLLBACK")
                return Added("unchanged")
            status = "new"
            if row is not None:
                self._remove(article.id)
                status = "replaced"
            self._seq += 1
            self.con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article.id,
                    article.title,
                    article.published,
                    article.source,
                    article.url,
                    article.language,
                    article.text,
                    digest,
                    len(events),
                    self._seq,
                ],
            )
            added = Added(status, events=len(events))
            source = source_of(article)
            for event in events:
                target = self._same_happening(event)
                if target is None:
                    self.con.execute(_INSERT_EVENT, _event_row(event))
                    target = event.event_id
                    added.new_events += 1
                rows = [
                    [
                        target,
                        m["article_id"],
                        m["sentence"],
                        m["start"],
                        m["end"],
                        source,
                    ]
                    for m in mentions_of(event)
                ]
                self.con.executemany(_INSERT_MENTION, rows)
                added.mentions += len(rows)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(
                f"{self.path}: storing article {article.id} failed, nothing of it was "
                f"stored ({_first_line(exc)})."
            ) from None
        return added

    def write(self, batch: Iterable[tuple[Article, list[Event]]]) -> int:
        """Store several articles (one transaction each); returns the events coded."""
        return sum(self.add(article, events).events for article, events in batch)

    def _rollback(self) -> None:
        import duckdb

        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")
        self._seq = self._scalar("SELECT coalesce(max(ingested_seq), 0) FROM articles")

    def _remove(self, article_id: str) -> None:
        """An article's mentions, and the events only it reported, go."""
        self.con.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        self.con.execute(
            "DELETE FROM events WHERE article_id = ? AND event_id NOT IN "
            "(SELECT DISTINCT event_id FROM mentions)",
            [article_id],
        )
        self.con.execute("DELETE FROM articles WHERE article_id = ?", [article_id])

    def _same_happening(self, event: Event) -> str | None:
        """The stored event this one is another report of, if any: the same match key,
        and for day dates the nearest first report within a day (the earliest stored on
        a tie)."""
        key = match_key(event)
        day = _day(event)
        if day is None:
            row = self.con.execute(
                "SELECT e.event_id FROM events e JOIN articles a USING (article_id) "
                "WHERE e.match_key = ? ORDER BY a.ingested_seq, e.event_id LIMIT 1",
                [key],
            ).fetchone()
        else:
            row = self.con.execute(
                "SELECT e.event_id FROM events e JOIN articles a USING (article_id) "
                "WHERE e.match_key = ? AND e.date BETWEEN ? AND ? "
                "ORDER BY abs(date_diff('day', e.date, ?::DATE)), a.ingested_seq, "
                "e.event_id LIMIT 1",
                [key, day - _ONE_DAY, day + _ONE_DAY, day],
            ).fetchone()
        return row[0] if row else None

    # -- reading ----------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("articles", "events", "mentions"):
            raise StoreError(f"no table {table!r}")
        return self._scalar(f"SELECT count(*) FROM {table}")

    def event_records(self) -> list[dict[str, Any]]:
        """Every stored event as its design.md record, with all its mentions and its
        counts (mentions, sources, articles), in the order they were first reported."""
        rows = self.con.execute(
            "SELECT e.event_id, e.record, c.num_mentions, c.num_sources, c.num_articles "
            "FROM events e JOIN articles a USING (article_id) "
            "JOIN event_counts c USING (event_id) "
            "ORDER BY a.ingested_seq, e.sentence, e.event_id"
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


_ONE_DAY = timedelta(days=1)

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
    "match_key",
    "record",
)
_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"
)
_INSERT_MENTION = "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)"


def _event_row(event: Event) -> list[Any]:
    record = event.to_dict()
    flat = flatten(record)
    flat["match_key"] = match_key(event)
    flat["record"] = json.dumps(record, ensure_ascii=False)
    for name in ("negated", "hypothetical", "future", "historical"):
        flat[name] = bool(flat[name])
    return [flat[c] for c in _EVENT_COLUMNS]


def _day(event: Event) -> date | None:
    if event.date is None or event.date_precision not in (None, "day"):
        return None
    try:
        return date.fromisoformat(event.date[:10])
    except ValueError:
        return None


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
