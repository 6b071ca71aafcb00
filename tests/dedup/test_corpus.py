"""One invented happening reported by three outlets, coded by the real model and merged.

``three_reports.jsonl`` (written for these tests) tells one invented shelling on Monday
2024-03-04, Turkish forces against Syrian army posts near a made-up village, in three
outlets' words, published on the 4th, 5th and 6th. Each report codes TURMIL -> SYRMIL
194 (the army's posts and positions);
Capital Post's first sentence names no day, so its event is dated the 5th (the window
merges it). Turkey's accusation (two outlets) and the Baghdad talks (one) on the same
day between the same two countries are other events.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.dedup import corpus_report, merge_article, merge_corpus
from eventwire.pipeline import Coder
from eventwire.records import Article, Event

FIXTURE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "dedup" / "three_reports.jsonl"
)

SHELLING = ("TURMIL", "SYRMIL", "194")


@pytest.fixture(scope="module")
def coded(coder: Coder) -> list[tuple[Article, list[Event]]]:
    with FIXTURE.open(encoding="utf-8") as f:
        articles = [Article(**json.loads(line)) for line in f if line.strip()]
    return [(r.article, r.events) for r in coder.code(articles)]


def _key(e: Event) -> tuple[str, str | None, str]:
    return (e.actor.code, e.recipient.code if e.recipient else None, e.cameo[:3])


def _by_key(events: list[Event]) -> dict[tuple[str, str | None, str], Event]:
    out = {_key(e): e for e in events}
    assert len(out) == len(events), "one event per dyad and code expected"
    return out


def test_each_report_codes_the_shelling(
    coded: list[tuple[Article, list[Event]]],
) -> None:
    for article, events in coded:
        shelling = [e for e in events if _key(e) == SHELLING]
        assert shelling, f"{article.source}: no TURMIL -> SYRMIL 194 event"


def test_merge_article_merges_a_report_repeating_itself(
    coded: list[tuple[Article, list[Event]]],
) -> None:
    article, events = coded[0]
    merged = _by_key(merge_article(events))
    shelling = merged[SHELLING]
    assert [m["sentence"] for m in shelling.mentions] == [0, 1]
    assert shelling.counts == {"mentions": 2, "sources": 1, "articles": 1}
    assert all(m["article_id"] == article.id for m in shelling.mentions)


def test_three_reports_are_one_event(coded: list[tuple[Article, list[Event]]]) -> None:
    merged = _by_key(merge_corpus(coded))
    shelling = merged[SHELLING]
    assert shelling.counts["articles"] == 3
    assert shelling.counts["sources"] == 3
    assert shelling.counts["mentions"] >= 3
    assert shelling.counts["mentions"] == len(shelling.mentions)
    assert {m["article_id"] for m in shelling.mentions} == {a.id for a, _ in coded}
    assert (shelling.article_id, shelling.date) == ("nw-0304-border", "2024-03-04")
    # the record still exports as the design's event record
    record = shelling.to_dict()
    assert record["counts"] == shelling.counts
    assert record["mentions"] == shelling.mentions


def test_other_events_the_same_day_stay_apart(
    coded: list[tuple[Article, list[Event]]],
) -> None:
    merged = _by_key(merge_corpus(coded))
    accusation = merged["TUR", "SYR", "112"]
    talks = merged["TUR", "SYR", "046"]
    assert accusation.date == talks.date == "2024-03-04"
    assert accusation.counts == {"mentions": 2, "sources": 2, "articles": 2}
    assert talks.counts == {"mentions": 1, "sources": 1, "articles": 1}


def test_without_a_window_the_undated_report_stands_apart(
    coded: list[tuple[Article, list[Event]]],
) -> None:
    shelling = [e for e in merge_corpus(coded, window_days=0) if _key(e) == SHELLING]
    assert sorted((e.date, e.counts["articles"]) for e in shelling) == [
        ("2024-03-04", 2),
        ("2024-03-05", 1),
    ]


def test_corpus_report(coded: list[tuple[Article, list[Event]]]) -> None:
    report = corpus_report(coded)
    assert report == {
        "articles": 3,
        "near_duplicate_groups": [],  # three outlets' own words: not copies
        "events_before": sum(len(events) for _, events in coded),
        "events_after": len(merge_corpus(coded)),
    }
    assert report["events_after"] < report["events_before"]
