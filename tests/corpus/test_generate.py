"""The invented corpus: JSONL-ready articles that are varied, reproducible and coded.

Thirty articles are coded by the real coder (the session ``coder``): every one must give
an event, and together they must span CAMEO roots and countries. The rest checks the
articles themselves: fields, dates, ids, determinism, retellings, the writers and speed.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest

from eventwire.corpus import (
    COUNTRIES,
    DYADS,
    OUTLETS,
    generate,
    main,
    write_jsonl,
    written,
)
from eventwire.pipeline import Coder
from eventwire.records import Event

N = 30
SEED = 11
START = "2024-02-01"
DAYS = 90
FIRST = date.fromisoformat(START)
LAST = FIRST + timedelta(days=DAYS - 1)
FIELDS = {"id", "title", "text", "published", "source", "url"}

Coded = list[tuple[dict[str, str], list[Event]]]


@pytest.fixture(scope="module")
def articles() -> list[dict[str, str]]:
    return list(generate(N, seed=SEED, start=START, days=DAYS))


@pytest.fixture(scope="module")
def coded(coder: Coder, articles: list[dict[str, str]]) -> Coded:
    return [(a, coder.code_text(a["text"], a["published"], a["id"])) for a in articles]


# -- coded by the real coder --------------------------------------------------------------
def test_every_article_yields_an_event(coded: Coded) -> None:
    silent = [a["id"] for a, events in coded if not events]
    assert silent == []


def test_events_span_at_least_eight_cameo_roots(coded: Coded) -> None:
    roots = {e.cameo[:2] for _, events in coded for e in events}
    assert len(roots) >= 8, sorted(roots)


def test_events_span_at_least_ten_actor_countries(coded: Coded) -> None:
    countries = {e.actor.country for _, events in coded for e in events}
    countries.discard(None)
    assert len(countries) >= 10, sorted(countries)


def test_one_to_five_events_an_article_on_average(coded: Coded) -> None:
    mean = sum(len(events) for _, events in coded) / len(coded)
    assert 1.0 <= mean <= 5.0


def test_most_sentences_give_the_event_they_were_written_for(coded: Coded) -> None:
    """Each template carries the events `eventwire explain` gave for it; the coder
    still finds most of them in context (datelines and story memory cost a few)."""
    found = expected = 0
    for w, (article, events) in zip(
        written(N, seed=SEED, start=START, days=DAYS), coded, strict=True
    ):
        assert w.article == article
        text, pos = article["text"], 0
        for sentence, expect, _template in w.sentences:
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            mine = [e for e in events if start <= e.evidence.start < pos]
            for root, source, _target in expect:
                expected += 1
                want = w.sides[source].code if source else None
                found += any(
                    e.cameo[:2] == root
                    and (want is None or want in (e.actor.country, e.actor.code))
                    for e in mine
                )
    assert expected >= N
    assert found >= 0.85 * expected, f"{found} of {expected}"


def test_event_dates_fall_near_the_publication_range(coded: Coded) -> None:
    """News is dated within a few weeks before publication ("last week" is the month it
    fell in); plans ("next week") within two weeks after; background has its own dates."""
    for _, events in coded:
        for e in events:
            if e.date is None or e.modality.historical:
                continue
            day = date.fromisoformat(e.date)
            assert FIRST - timedelta(days=40) <= day <= LAST + timedelta(days=14), e


# -- the articles ---------------------------------------------------------------------------
def test_articles_have_the_jsonl_fields(articles: list[dict[str, str]]) -> None:
    outlets = {name for name, _ in OUTLETS}
    domains = {domain for _, domain in OUTLETS}
    for a in articles:
        assert set(a) == FIELDS
        assert all(isinstance(v, str) and v for v in a.values())
        assert a["source"] in outlets
        url = urlparse(a["url"])
        assert url.scheme == "https"
        assert url.hostname in domains
        assert url.hostname.endswith(".example")
        assert a["text"].count(".") >= 3 and len(a["title"]) < 120


def test_publication_dates_are_within_the_configured_range(
    articles: list[dict[str, str]],
) -> None:
    days = [date.fromisoformat(a["published"]) for a in articles]
    assert all(FIRST <= d <= LAST for d in days)
    assert len(set(days)) > N // 2
    many = [date.fromisoformat(a["published"]) for a in generate(2000, seed=3)]
    assert min(many) == date(2024, 1, 1)
    assert max(many) == date(2024, 12, 30)


def test_ids_are_unique() -> None:
    ids = [a["id"] for a in generate(5000, seed=SEED)]
    assert len(set(ids)) == len(ids)


def test_same_seed_same_corpus_other_seed_other_corpus(
    articles: list[dict[str, str]],
) -> None:
    assert list(generate(N, seed=SEED, start=START, days=DAYS)) == articles
    other = list(generate(N, seed=SEED + 1, start=START, days=DAYS))
    assert other != articles
    assert {a["text"] for a in other}.isdisjoint(a["text"] for a in articles)
    # article i does not depend on how many are asked for
    assert list(generate(10, seed=SEED, start=START, days=DAYS)) == articles[:10]


def test_the_corpus_is_varied() -> None:
    sample = list(generate(500, seed=5))
    assert len({a["title"] for a in sample}) > 300
    assert len({a["text"] for a in sample}) == 500
    assert {a["source"] for a in sample} == {name for name, _ in OUTLETS}
    sentences = [len(w.sentences) for w in written(500, seed=5)]
    assert min(sentences) == 3 and max(sentences) == 8
    assert 4 <= sum(sentences) / len(sentences) <= 6
    assert len(DYADS) >= 50 and len(COUNTRIES) >= 60
    named = {c.code for c in COUNTRIES.values() for a in sample if c.adj in a["text"]}
    assert len(named) >= 50


def test_some_happenings_are_retold_by_another_outlet_the_next_day() -> None:
    sample = list(generate(300, seed=2))
    retold = 0
    for before, after in itertools.pairwise(sample):
        day = date.fromisoformat(before["published"]) + timedelta(days=1)
        if before["title"] == after["title"] and after["published"] == day.isoformat():
            assert before["source"] != after["source"]
            retold += 1
    assert 5 <= retold <= 60


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="expected 0 or more"):
        list(generate(-1))
    with pytest.raises(ValueError, match="at least 1"):
        list(generate(3, days=0))


# -- writers ----------------------------------------------------------------------------------
def test_write_jsonl_writes_the_generated_articles(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert write_jsonl(out, 25, seed=4, start="2023-06-01", days=30) == 25
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(
        generate(25, seed=4, start="2023-06-01", days=30)
    )


def test_main_and_python_dash_m(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.jsonl"
    assert main(["12", "-o", str(out), "--seed", "9"]) == 0
    assert "wrote 12 articles" in capsys.readouterr().err
    assert [json.loads(x) for x in out.read_text().splitlines()] == list(
        generate(12, seed=9)
    )
    again = tmp_path / "b.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventwire.corpus",
            "12",
            "-o",
            str(again),
            "--seed",
            "9",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert again.read_bytes() == out.read_bytes()


def test_ten_thousand_articles_take_well_under_ten_seconds() -> None:
    t = time.perf_counter()
    count = sum(1 for _ in generate(10_000, seed=1))
    assert count == 10_000
    assert time.perf_counter() - t < 5.0
