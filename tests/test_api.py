"""The public Python API: eventwire.code, eventwire.code_many, eventwire.Store."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pyarrow as pa
import pytest

import eventwire
from eventwire.errors import InputError
from eventwire.pipeline import Coder
from eventwire.query import Filters, query_events, series
from eventwire.records import EVENT_FIELDS, Article

SHELLING = (
    "Russian troops shelled the Ukrainian town of Avdiivka on Tuesday, Ukrainian "
    "officials said."
)
TRADE = "Kenya and Uganda signed a trade agreement on Tuesday."
ARREST = "Nigerian police arrested 40 protesters in Lagos on Monday."


def test_api_all_lists_the_public_names() -> None:
    public = {
        name
        for name, value in vars(eventwire).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert sorted(eventwire.__all__) == sorted(public)
    assert {"code", "code_many", "Store"} <= set(eventwire.__all__)


def test_api_import_loads_nothing_costly() -> None:
    heavy = ("spacy", "duckdb", "pyarrow", "distributed", "dask", "numpy")
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, eventwire; "
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (SHELLING, "2024-03-07", [("RUSMIL", "194", "UKRCVL", "2024-03-05")]),
        (
            TRADE,
            "2024-03-07",
            [("KEN", "061", "UGA", "2024-03-05"), ("UGA", "061", "KEN", "2024-03-05")],
        ),
        (SHELLING, None, [("RUSMIL", "194", "UKRCVL", None)]),
    ],
)
def test_api_code_returns_event_records(
    coder: Coder, text: str, day: str | None, expected: list[tuple]
) -> None:
    records = eventwire.code(text, date=day)
    assert all(tuple(r) == EVENT_FIELDS for r in records)
    found = [
        (r["actor"]["code"], r["cameo"], r["recipient"]["code"], r["date"])
        for r in records
    ]
    assert found == expected
    json.dumps(records)  # records are plain JSON


def test_api_code_takes_articles_and_dicts(coder: Coder) -> None:
    as_dict = eventwire.code({"id": "a1", "text": SHELLING, "date": "2024-03-07"})
    as_article = eventwire.code(Article(id="a1", text=SHELLING, published="2024-03-07"))
    assert as_dict == as_article
    assert [r["article_id"] for r in as_dict] == ["a1"]
    assert as_dict[0]["date"] == "2024-03-05"


@pytest.mark.parametrize(
    ("item", "day", "message"),
    [
        (
            42,
            None,
            'text is int; expected a text, an Article or a dict with "text".',
        ),
        (
            {"title": "No text"},
            None,
            'text: no "text" field; expected a non-empty string with the article\'s '
            "text.",
        ),
        (
            SHELLING,
            "07/03/2024",
            'date is "07/03/2024"; expected an ISO 8601 date like "2014-12-16".',
        ),
        ("   ", None, "text: the text is empty; expected the text of an article."),
    ],
)
def test_api_code_bad_input_says_what_was_expected(
    item: object, day: str | None, message: str
) -> None:
    with pytest.raises(InputError) as raised:
        eventwire.code(item, date=day)  # type: ignore[arg-type]
    assert str(raised.value) == message


@pytest.mark.parametrize("workers", [1, 2])
def test_api_code_many_yields_in_input_order(coder: Coder, workers: int) -> None:
    texts = [ARREST, SHELLING, TRADE, ARREST]
    one_by_one = [r for text in texts for r in eventwire.code(text)]
    many = list(eventwire.code_many(texts, workers=workers))
    assert many == one_by_one
    assert [r["cameo"] for r in many] == ["173", "194", "061", "061", "173"]


def test_api_code_many_workers_or_cluster_not_both() -> None:
    with pytest.raises(InputError) as raised:
        list(eventwire.code_many([TRADE], workers=2, cluster="local:2"))
    assert str(raised.value) == "give workers or cluster, not both."


@pytest.fixture(scope="module")
def store(coder: Coder, tmp_path_factory: pytest.TempPathFactory) -> eventwire.Store:
    from eventwire.corpus import write_jsonl

    folder = tmp_path_factory.mktemp("api")
    write_jsonl(folder / "news.jsonl", 40, seed=4)
    store = eventwire.Store(folder / "events.duckdb")
    done = store.ingest(folder / "news.jsonl")
    assert (done.articles, done.coded, done.skipped) == (40, 40, [])
    assert done.stored_articles == 40 and done.stored_events > 40
    return store


def test_api_store_ingest_is_idempotent_and_takes_articles(
    store: eventwire.Store,
) -> None:
    again = store.ingest([store.path.parent / "news.jsonl"])
    assert (again.articles, again.coded, again.unchanged) == (40, 0, 40)
    added = store.ingest([{"id": "extra-1", "text": SHELLING, "date": "2024-03-07"}])
    assert (added.coded, added.events, added.stored_articles) == (1, 1, 41)


def test_api_store_query_is_the_query_layer_as_arrow(store: eventwire.Store) -> None:
    table = store.query(countries=["UKR"], include_historical=True)
    assert isinstance(table, pa.Table)
    rows = query_events(store.path, Filters(countries=["UKR"], include_historical=True))
    assert table.column("event_id").to_pylist() == [r["event_id"] for r in rows]
    assert table.num_rows == len(rows) > 0
    assert {"actor_code", "cameo", "date", "num_mentions"} <= set(table.column_names)
    assert store.query(limit=3).num_rows == 3


def test_api_store_series_is_the_query_layer_as_arrow(store: eventwire.Store) -> None:
    table = store.series(by="month", measure="quad")
    rows = series(store.path, by="month", measure="quad")
    assert table.column_names == ["period", "count", "quad1", "quad2", "quad3", "quad4"]
    assert table.to_pylist() == list(rows)
    assert table.schema.field("period").type == pa.date32()


def test_api_store_unknown_filter_names_the_close_one(store: eventwire.Store) -> None:
    with pytest.raises(InputError) as raised:
        store.query(actor=["RUS"])
    assert str(raised.value) == (
        '"actor" is not a filter; expected one of actors, recipients, codes, plover, '
        "quad, countries, date_from, date_to, include_negated, include_hypothetical, "
        'include_historical, text. Did you mean "actors"?'
    )


def test_api_store_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    from eventwire.errors import StoreError

    missing = tmp_path / "none.duckdb"
    with pytest.raises(StoreError) as raised:
        eventwire.Store(missing).query()
    assert str(raised.value) == (
        f"{missing}: no such database file; write one with "
        f'"eventwire ingest PATH... --db {missing}".'
    )
