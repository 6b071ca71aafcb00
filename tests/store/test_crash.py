"""Crash safety: an ingest killed with SIGKILL at random moments, then run again, gives
the same database as one uninterrupted run (same article, event and mention rows)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.corpus import generate
from eventwire.ingest import ReadReport, read_paths
from eventwire.pipeline import Coder, ingest
from eventwire.store import EventStore

N_ARTICLES = 100


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute(
                "SELECT article_id, content_hash, n_events, ingested_seq FROM articles "
                "ORDER BY article_id"
            ).fetchall(),
            "events": con.execute(
                "SELECT event_id, article_id, match_key, cameo, date, record::VARCHAR "
                "FROM events ORDER BY event_id"
            ).fetchall(),
            "mentions": con.execute(
                "SELECT * FROM mentions ORDER BY event_id, article_id, sentence"
            ).fetchall(),
        }
    finally:
        con.close()


def _ingest_here(coder: Coder, corpus: Path, db: Path) -> None:
    with EventStore(db) as store:
        ingest(read_paths([str(corpus)], ReadReport()), store)


def _kill_mid_run(corpus: Path, db: Path, rng: random.Random) -> None:
    """Start an ingest in another process; SIGKILL it once it has begun writing."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "eventwire.cli",
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--batch",
            "4",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists():
            break
        time.sleep(0.05)
    time.sleep(rng.uniform(0.1, 1.0))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_ingest_killed_twice_then_rerun_equals_one_clean_run(
    coder: Coder, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for article in generate(N_ARTICLES, seed=7):
            fh.write(json.dumps(article) + "\n")
    clean = tmp_path / "clean.duckdb"
    _ingest_here(coder, corpus, clean)

    crashed = tmp_path / "crashed.duckdb"
    rng = random.Random(11)
    stored_after_kill = []
    for _ in range(2):
        _kill_mid_run(corpus, crashed, rng)
        if crashed.exists():
            stored_after_kill.append(len(_snapshot(crashed)["articles"]))
    _ingest_here(coder, corpus, crashed)

    assert _snapshot(crashed) == _snapshot(clean)
    want = _snapshot(clean)
    assert len(want["articles"]) == N_ARTICLES and want["events"]
    # the kills came while articles were being written, not before or after the run
    assert stored_after_kill and all(n < N_ARTICLES for n in stored_after_kill)
