"""The in-memory page index gives exactly the pages of the SQL keyset query: same
events, same order, same next keys, for every filter, both sorts, at every depth."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire.api import _store
from eventwire.api._index import PageIndex
from eventwire.query import Filters
from eventwire.store import schema_sql

N = 600


@pytest.fixture(scope="module")
def varied_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """N events with few distinct dates (many ties), undated ones, missing
    recipients, PLOVER categories and QuadClasses, modality flags, ids of several
    lengths, and a stored record and counts for each."""
    path = tmp_path_factory.mktemp("index") / "varied.duckdb"
    con = duckdb.connect(str(path))
    con.execute(schema_sql())
    con.execute("CREATE TEMP MACRO h(x) AS CAST(hash(x) % 1000003 AS BIGINT)")
    con.execute(
        f"""
        INSERT INTO events (event_id, article_id, sentence, actor_code, actor_country,
            recipient_code, recipient_country, cameo, cameo_root, quad_class, plover,
            negated, hypothetical, future, historical, date, location_country,
            evidence_text, first_seq, match_key, record, num_mentions, num_sources,
            num_articles, mention_list)
        SELECT
            CASE WHEN i % 3 = 0 THEN 'e' || i ELSE md5(i::VARCHAR)[:(8 + i % 9)] END,
            'a' || (i // 4), i % 5,
            ['RUSGOV', 'RUSMIL', 'UKRGOV', 'SYRREB', 'USA', 'IGOUNO'][1 + h(i) % 6],
            ['RUS', 'RUS', 'UKR', 'SYR', 'USA', NULL][1 + h(i) % 6],
            CASE WHEN i % 7 = 0 THEN NULL
                 ELSE ['UKRGOV', 'RUSGOV', 'SYRGOV', 'USAMIL'][1 + h(i * 3) % 4] END,
            CASE WHEN i % 7 = 0 THEN NULL
                 ELSE ['UKR', 'RUS', 'SYR', 'USA'][1 + h(i * 3) % 4] END,
            ['190', '193', '036', '112', '0871', '010'][1 + h(i * 5) % 6],
            ['19', '19', '03', '11', '08', '01'][1 + h(i * 5) % 6],
            CASE WHEN i % 11 = 0 THEN NULL ELSE 1 + h(i * 5) % 4 END,
            CASE WHEN i % 6 = 5 THEN NULL
                 ELSE ['ASSAULT', 'ASSAULT', 'AGREE', 'ACCUSE', 'RETREAT'][
                      1 + h(i * 5) % 5] END,
            h(i * 7) % 13 = 0, h(i * 11) % 9 = 0, FALSE, h(i * 13) % 10 = 0,
            CASE WHEN i % 10 = 0 THEN NULL
                 ELSE DATE '2014-03-01' + CAST(h(i * 17) % 40 AS INTEGER) END,
            ['SYR', 'UKR', NULL, 'CHE'][1 + h(i * 19) % 4],
            'Sentence ' || i || ' about ' || ['talks', 'shelling', 'aid'][1 + i % 3],
            1 + i // 4, 'k' || i, '{{}}', 1, 1, 1, '[]'
        FROM range({N}) t(i)
        """
    )
    con.close()
    return path


FILTERS = [
    Filters(),
    Filters.every_event(),
    Filters(actors=["RUS"]),
    Filters(actors=["RUS", "SYR"], recipients=["UKR"]),
    Filters(recipients=["RUSGOV"], include_negated=True),
    Filters(codes=["19"]),
    Filters(codes=["0871", "01"], include_historical=True),
    Filters(plover=["ASSAULT", "RETREAT"]),
    Filters(quad=[4]),
    Filters(quad=[1, 2], include_hypothetical=True),
    Filters(countries=["SYR"]),
    Filters(countries=["UKR", "USA"], actors=["RUS"]),
    Filters(date_from="2014-03-10"),
    Filters(date_to="2014-03-20", codes=["1"]),
    Filters(date_from="2014-03-05", date_to="2014-03-05"),
    Filters.every_event(date_from="2014-03-15", date_to="2014-04-02", actors=["U"]),
    Filters(actors=["ZZZ"]),
]


def _pages(
    con: Any, filters: Filters, sort: str, limit: int, index: PageIndex | None
) -> list[tuple[list[str], Any]]:
    pages = []
    after = None
    while True:
        if index is None:
            records, after_next = _store.events_page(con, filters, sort, limit, after)
            ids = [r["event_id"] for r in records]
        else:
            found = index.page(filters, sort, limit, after)
            assert found is not None
            ids, after_next = found
        pages.append((ids, after_next))
        if after_next is None:
            return pages
        after = after_next
        assert len(pages) <= N


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: repr(f)[:60])
@pytest.mark.parametrize("sort", ["date", "-date"])
def test_index_pages_equal_the_sql_pages(
    varied_store: Path, filters: Filters, sort: str
) -> None:
    with duckdb.connect(str(varied_store), read_only=True) as con:
        index = PageIndex(con)
        assert index.size == N
        for limit in (13, 250):
            by_index = _pages(con, filters, sort, limit, index)
            by_sql = _pages(con, filters, sort, limit, None)
            assert by_index == by_sql


def test_index_answers_a_cursor_from_anywhere(varied_store: Path) -> None:
    """A cursor at an undated event, at a date with no event, before every event."""
    with duckdb.connect(str(varied_store), read_only=True) as con:
        index = PageIndex(con)
        every = Filters.every_event()
        for sort in ("date", "-date"):
            for after in [
                (None, "0"),
                (None, "zzzz"),
                (date(2014, 2, 1), "a"),
                (date(2014, 3, 7), "m"),
                (date(2030, 1, 1), ""),
            ]:
                found = index.page(every, sort, 20, after)
                assert found is not None
                records, key = _store.events_page(con, every, sort, 20, after)
                assert found == ([r["event_id"] for r in records], key)


def test_index_leaves_text_searches_to_sql(varied_store: Path) -> None:
    with duckdb.connect(str(varied_store), read_only=True) as con:
        assert PageIndex(con).page(Filters(text="talks"), "date", 5, None) is None


def test_page_cache_answers_a_repeated_page_until_the_file_changes(
    store_path: Path, tmp_path: Path
) -> None:
    import shutil

    from eventwire.api import create_app

    from .conftest import make_client

    db = tmp_path / "cached.duckdb"
    shutil.copy(store_path, db)
    app = create_app(str(db))
    pages = app.state.store.pages
    with make_client(app) as c:
        first = c.get("/v1/events", params={"limit": 2})
        again = c.get("/v1/events", params={"limit": 2})
        assert first.content == again.content and (pages.misses, pages.hits) == (1, 1)
        other = c.get("/v1/events", params={"limit": 2, "sort": "-date"})
        assert other.content != first.content and pages.misses == 2
        # a new version of the file: read again
        shutil.copy(store_path, tmp_path / "next.duckdb")
        (tmp_path / "next.duckdb").replace(db)
        assert c.get("/v1/events", params={"limit": 2}).content == first.content
        assert (pages.misses, pages.hits) == (3, 1)
    without = create_app(str(db), page_cache_mb=0)
    with make_client(without) as c:
        assert c.get("/v1/events", params={"limit": 2}).content == first.content
        assert c.get("/v1/events", params={"limit": 2}).content == first.content
        assert without.state.store.pages.hits == 0
