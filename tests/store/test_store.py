"""The DuckDB store: one transaction per article, one event per happening, idempotent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.pipeline import Coder, ingest
from eventwire.records import Article
from eventwire.store import EventStore, schema_sql

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
THREE_REPORTS = FIXTURES / "dedup" / "three_reports.jsonl"


def _articles() -> list[Article]:
    fields = ("id", "title", "text", "published", "source", "url")
    return [
        Article(**{k: v for k, v in json.loads(line).items() if k in fields})
        for line in THREE_REPORTS.read_text(encoding="utf-8").splitlines()
    ]


@pytest.mark.parametrize("times", [1, 3])
def test_store_rewriting_an_article_changes_nothing(
    coder: Coder, tmp_path: Path, times: int
) -> None:
    article = Article(
        id="a1", text="Chile recalled its ambassador from Peru.", published="2020-05-13"
    )
    events = coder.code_text(article.text, article.published, article.id)
    db = tmp_path / "events.duckdb"
    for i in range(times):
        with EventStore(db) as store:
            added = store.add(article, events)
            assert added.status == ("new" if i == 0 else "unchanged")
    with EventStore(db) as store:
        assert store.count("articles") == 1
        assert store.count("events") == len(events) == 1
        assert store.count("mentions") == 1
    con = duckdb.connect(str(db))
    row = con.execute(
        "select actor_code, recipient_code, cameo, date from events"
    ).fetchone()
    con.close()
    assert row is not None and row[:3] == ("CHL", "PER", "161")
    assert str(row[3]) == "2020-05-13"


def test_store_reports_of_one_happening_are_one_event_with_counts(
    coder: Coder, tmp_path: Path
) -> None:
    with EventStore(tmp_path / "e.duckdb") as store:
        report = ingest(_articles(), store)
        assert (report.articles, report.coded) == (3, 3)
        records = store.event_records()
    shelling = [r for r in records if r["cameo"].startswith("19")]
    assert len(shelling) == 1
    assert shelling[0]["counts"] == {"mentions": 5, "sources": 3, "articles": 3}
    assert {m["article_id"] for m in shelling[0]["mentions"]} == {
        a.id for a in _articles()
    }
    # two other happenings between the same countries on the same day stay apart
    assert {r["cameo"][:3] for r in records} >= {"194", "112", "046"}


def test_store_ingesting_again_changes_nothing(coder: Coder, tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    with EventStore(db) as store:
        ingest(_articles(), store)
        before = store.event_records()
        again = ingest(_articles(), store)
        assert (again.coded, again.unchanged) == (0, 3)
        assert store.event_records() == before


def test_store_a_changed_article_replaces_its_old_version(
    coder: Coder, tmp_path: Path
) -> None:
    first = Article(
        id="x", text="Chile recalled its ambassador from Peru.", published="2020-05-13"
    )
    second = Article(
        id="x", text="Chile accused Peru of spying.", published="2020-05-13"
    )
    with EventStore(tmp_path / "e.duckdb") as store:
        store.add(first, coder.code_text(first.text, first.published, "x"))
        added = store.add(second, coder.code_text(second.text, second.published, "x"))
        assert added.status == "replaced"
        codes = [r["cameo"][:2] for r in store.event_records()]
        assert codes == ["11"] and store.count("articles") == 1


def test_store_a_failed_article_leaves_nothing_behind(
    coder: Coder, tmp_path: Path
) -> None:
    good = Article(
        id="g", text="Chile recalled its ambassador from Peru.", published="2020-05-13"
    )
    bad = Article(id="b", text="Chile accused Peru of spying.", published="not a date")
    with EventStore(tmp_path / "e.duckdb") as store:
        store.add(good, coder.code_text(good.text, good.published, "g"))
        with pytest.raises(StoreError, match="storing article b failed"):
            store.add(bad, coder.code_text(bad.text, None, "b"))
        assert store.count("articles") == 1 and store.count("events") == 1
        assert store.count("mentions") == 1


def test_store_has_one_writer_at_a_time(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    code = (
        "import sys\n"
        "from eventwire.store import EventStore\n"
        "from eventwire.errors import StoreError\n"
        "try:\n"
        f"    EventStore({str(db)!r})\n"
        "except StoreError as exc:\n"
        "    print(exc); sys.exit(3)\n"
    )
    with EventStore(db):
        other = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
        )
    assert other.returncode == 3, other.stderr
    assert "one writer at a time" in other.stdout
    # a read-only store of a missing file says so
    with pytest.raises(StoreError, match="no such database file"):
        EventStore(tmp_path / "missing.duckdb", read_only=True)


def test_store_schema_names_the_documented_tables() -> None:
    sql = schema_sql()
    for table in ("articles", "events", "mentions"):
        assert f"CREATE TABLE IF NOT EXISTS {table}" in sql
    assert "CREATE OR REPLACE VIEW event_counts" in sql


def test_store_keeps_counts_and_mention_lists_in_step_with_mentions(
    coder: Coder, tmp_path: Path
) -> None:
    db = tmp_path / "e.duckdb"
    with EventStore(db, batch_size=1) as store:
        ingest(_articles(), store)
        changed = _articles()[0]
        changed = Article(
            id=changed.id,
            text="Turkey accused Syria of sheltering militants on Monday.",
            published=changed.published,
            source=changed.source,
        )
        store.add(changed, coder.code_text(changed.text, changed.published, changed.id))
    con = duckdb.connect(str(db), read_only=True)
    kept = con.execute(
        "SELECT event_id, num_mentions, num_sources, num_articles, "
        "json_array_length(mention_list) FROM events ORDER BY event_id"
    ).fetchall()
    view = con.execute(
        "SELECT e.event_id, c.num_mentions, c.num_sources, c.num_articles, "
        "c.num_mentions FROM events e JOIN event_counts c USING (event_id) "
        "ORDER BY e.event_id"
    ).fetchall()
    con.close()
    assert kept == view and kept
