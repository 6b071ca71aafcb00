"""The DuckDB store: one transaction per write, and writing an article again replaces it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article
from eventwire.store import EventStore, schema_sql


@pytest.mark.parametrize("times", [1, 3])
def test_store_rewriting_an_article_changes_nothing(
    coder: Coder, tmp_path: Path, times: int
) -> None:
    article = Article(
        id="a1", text="Chile recalled its ambassador from Peru.", published="2020-05-13"
    )
    events = coder.code_text(article.text, article.published, article.id)
    db = tmp_path / "events.duckdb"
    for _ in range(times):
        with EventStore(db) as store:
            assert store.write([(article, events)]) == len(events)
    with EventStore(db) as store:
        assert store.count("articles") == 1
        assert store.count("events") == len(events) == 1
    con = duckdb.connect(str(db))
    row = con.execute(
        "select actor_code, recipient_code, cameo, date from events"
    ).fetchone()
    con.close()
    assert row is not None and row[:3] == ("CHL", "PER", "161")
    assert str(row[3]) == "2020-05-13"


def test_store_schema_names_the_documented_tables() -> None:
    sql = schema_sql()
    assert "CREATE TABLE IF NOT EXISTS articles" in sql
    assert "CREATE TABLE IF NOT EXISTS events" in sql
