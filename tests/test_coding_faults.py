"""A fault in the coding of one article does not stop the batch: the article comes out
with its error and no events, the others are coded, the command line says what it
skipped (exit status 1), and an ingest stores the others and not the faulty one (a
later run tries it again). The fault is made by a stand-in for one article's coding
step; the model and the coder are the real ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import eventwire
from eventwire import pipeline
from eventwire.cli import main
from eventwire.pipeline import Coder
from eventwire.records import Article

GOOD = "Chile recalled its ambassador from Peru on Monday."
BAD = "Ecuador recalled its ambassador from Colombia on Monday."


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch) -> None:
    """Coding raises for any article whose text names Ecuador."""
    add = pipeline._Story.add

    def failing(self: pipeline._Story, doc: object) -> None:
        if "Ecuador" in self.article.text:
            raise RecursionError("maximum recursion depth exceeded")
        add(self, doc)

    monkeypatch.setattr(pipeline._Story, "add", failing)


def test_a_faulty_article_comes_out_with_its_error(coder: Coder, faulty: None) -> None:
    articles = [
        Article(id="one", text=GOOD, published="2024-05-14"),
        Article(id="two", text=BAD, published="2024-05-14"),
        Article(id="three", text=GOOD, published="2024-05-14"),
    ]
    results = list(coder.code(articles))
    assert [r.article.id for r in results] == ["one", "two", "three"]
    assert [bool(r.events) for r in results] == [True, False, True]
    assert results[1].error == (
        "article two: coding failed (RecursionError: maximum recursion depth "
        "exceeded); the article was skipped."
    )
    assert results[0].error is None and results[2].error is None


def test_code_text_raises_the_fault(coder: Coder, faulty: None) -> None:
    with pytest.raises(RecursionError):
        coder.code_text(BAD, "2024-05-14")


def test_the_command_line_goes_on_and_says_what_it_skipped(
    tmp_path: Path, faulty: None
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": BAD, "date": "2024-05-14"})
        + "\n"
        + json.dumps({"id": "b", "text": GOOD, "date": "2024-05-14"})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["code", str(path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert {json.loads(line)["article_id"] for line in result.stdout.splitlines()} == {
        "b"
    }
    assert (
        f"skipped: {path}:1: coding failed (RecursionError: maximum recursion depth "
        "exceeded); the article was skipped." in result.stderr.splitlines()
    )


def test_an_ingest_stores_the_others_and_not_the_faulty_one(
    tmp_path: Path, faulty: None
) -> None:
    store = eventwire.Store(tmp_path / "events.duckdb")
    done = store.ingest(
        [
            {"id": "a", "text": BAD, "date": "2024-05-14"},
            {"id": "b", "text": GOOD, "date": "2024-05-14"},
        ]
    )
    assert done.coded == 1
    assert [line.split(":")[0] for line in done.skipped] == ["item 1"]
    assert set(store.query().column("article_id").to_pylist()) == {"b"}
