"""Ingest on a Dask cluster: a LocalCluster of two worker processes on 127.0.0.1 ingests
300 generated articles (and two bad lines), and the store equals a local ``--workers 1``
ingest of the same input row for row: articles, events with their ids and keys,
mentions. Also with a worker killed mid-run, and with the client killed mid-run and
the command run again."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

distributed = pytest.importorskip("distributed")

from eventwire import Ingested, Store  # noqa: E402
from eventwire.corpus import generate  # noqa: E402
from eventwire.pipeline import Coder  # noqa: E402
from eventwire.records import Article  # noqa: E402
from eventwire.scale._work import coded_articles  # noqa: E402

N_ARTICLES = 300
TASK_SIZE = 25
BAD_LINES = {41: "{not json", 170: '{"id": "late", "text": "x", "date": "2024-02-30"}'}

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the store's three tables, in a fixed order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute(
                "SELECT * FROM articles ORDER BY article_id"
            ).fetchall(),
            "events": con.execute(
                "SELECT * EXCLUDE (record, mention_list), record::VARCHAR, "
                "mention_list::VARCHAR FROM events ORDER BY event_id"
            ).fetchall(),
            "mentions": con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall(),
        }
    finally:
        con.close()


@dataclass
class Reference:
    corpus: Path
    db: Path
    done: Ingested
    rows: dict[str, list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def reference(coder: Coder, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The corpus, ingested here with --workers 1."""
    folder = tmp_path_factory.mktemp("cluster")
    corpus = folder / "corpus.jsonl"
    lines = [json.dumps(a) for a in generate(N_ARTICLES, seed=5)]
    for at, bad in sorted(BAD_LINES.items()):
        lines.insert(at - 1, bad)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "local.duckdb"
    done = Store(db).ingest([str(corpus)])
    return Reference(corpus, db, done, snapshot(db))


@pytest.fixture(scope="module")
def client() -> Any:
    """A LocalCluster of two worker processes on 127.0.0.1, as --cluster local:2 starts
    it."""
    from eventwire.scale import connect

    with connect("local:2") as client:
        assert len(client.nthreads()) == 2
        assert all(a.startswith("tcp://127.0.0.1:") for a in client.nthreads())
        yield client


def _coded(client: Any) -> int:
    return sum(client.run(coded_articles).values())


def _counts(done: Ingested) -> tuple[int, ...]:
    return (
        done.articles,
        done.coded,
        done.unchanged,
        done.events,
        done.new_events,
        done.mentions,
    )


def test_reference_reads_every_article_and_skips_the_bad_lines(
    reference: Reference,
) -> None:
    rows = reference.rows
    assert len(rows["articles"]) == N_ARTICLES
    assert len(rows["events"]) > N_ARTICLES and len(rows["mentions"]) > len(
        rows["events"]
    )
    name = reference.corpus
    assert reference.done.skipped == [
        f"{name}:41: not valid JSON (Expecting property name enclosed in double "
        "quotes at column 2); expected one JSON object per line.",
        f'{name}:170: "date" is "2024-02-30"; expected an ISO 8601 date like '
        '"2014-12-16".',
    ]


def test_cluster_ingest_equals_a_local_ingest_row_for_row(
    reference: Reference, client: Any, tmp_path: Path
) -> None:
    db = tmp_path / "cluster.duckdb"
    done = Store(db).ingest([str(reference.corpus)], cluster=client, task_size=25)
    assert snapshot(db) == reference.rows
    assert done.skipped == reference.done.skipped
    assert _counts(done) == _counts(reference.done)
    # the work was spread: both workers coded articles
    assert all(n > 0 for n in client.run(coded_articles).values())

    # again: nothing is coded, nothing changes
    before = _coded(client)
    again = Store(db).ingest([str(reference.corpus)], cluster=client, task_size=25)
    assert (again.articles, again.coded, again.unchanged) == (N_ARTICLES, 0, N_ARTICLES)
    assert _coded(client) == before
    assert snapshot(db) == reference.rows


def test_cluster_ingest_with_a_worker_killed_mid_run(
    reference: Reference, client: Any, tmp_path: Path
) -> None:
    pids = client.run(os.getpid)
    victim = pids[sorted(pids)[0]]
    killed_at: list[int] = []

    def progress(report: Any) -> None:
        if not killed_at and report.coded >= 60:
            os.kill(victim, signal.SIGKILL)
            killed_at.append(report.coded)

    db = tmp_path / "killed.duckdb"
    done = Store(db).ingest(
        [str(reference.corpus)], cluster=client, task_size=25, progress=progress
    )
    assert killed_at and killed_at[0] < N_ARTICLES
    assert snapshot(db) == reference.rows
    assert done.skipped == reference.done.skipped
    assert _counts(done) == _counts(reference.done)
    client.wait_for_workers(2, timeout=120)
    assert victim not in client.run(os.getpid).values()


def _ingest_command(corpus: Path, db: Path, address: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "eventwire.cli",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--cluster",
        address,
        "--batch",
        "4",
        "--task-size",
        str(TASK_SIZE),
    ]


def _settled(client: Any) -> int:
    """The articles the workers have coded, once no task is running any more."""
    last, since = -1, time.monotonic()
    while time.monotonic() - since < 3:
        now = _coded(client)
        if now != last:
            last, since = now, time.monotonic()
        time.sleep(0.2)
    return last


def test_cluster_ingest_with_the_client_killed_then_run_again(
    reference: Reference, client: Any, tmp_path: Path
) -> None:
    db = tmp_path / "client.duckdb"
    address = client.scheduler_info()["address"]
    command = _ingest_command(reference.corpus, db, address)
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wal = Path(f"{db}.wal")
    deadline = time.monotonic() + 180
    # the first batches are written (the file's schema alone is a few KB)
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 100_000:
            break
        time.sleep(0.05)
    time.sleep(random.Random(3).uniform(0.1, 0.8))
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)

    stored = len(snapshot(db)["articles"])
    assert 0 < stored < N_ARTICLES
    before = _settled(client)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 1, rerun.stderr  # the two bad lines
    assert snapshot(db) == reference.rows
    # what was stored was not coded again
    assert _coded(client) - before == N_ARTICLES - stored
    rows = reference.rows
    new = len(rows["events"])
    assert rerun.stderr.splitlines()[-1].startswith(
        f"{N_ARTICLES} articles read: {N_ARTICLES - stored} coded and stored, "
        f"{stored} already stored, 2 skipped; "
    )
    assert rerun.stderr.splitlines()[-1].endswith(
        f"{db} holds {new} events from {N_ARTICLES} articles."
    )


def test_cluster_task_that_fails_is_skipped_with_one_line(
    client: Any, tmp_path: Path
) -> None:
    good = [
        Article(
            id=f"g{i}",
            text="Kenyan and Ugandan ministers met in Nairobi on Monday to discuss "
            "trade, officials said.",
            published="2024-03-04",
        )
        for i in range(4)
    ]
    broken = Article(id="b1", text=12345)  # type: ignore[arg-type]
    done = Store(tmp_path / "f.duckdb").ingest(
        [*good[:2], broken, *good[2:]], cluster=client, task_size=2
    )
    assert done.skipped == [
        "article b1 .. article g2: its task failed on the cluster (TypeError: "
        "sequence item 4: expected str instance, int found); its articles were not "
        "stored (run the command again to retry them)."
    ]
    assert (done.articles, done.coded, done.stored_articles) == (3, 3, 3)


def test_cluster_reads_file_urls_and_gzipped_jsonl(
    coder: Coder, client: Any, tmp_path: Path
) -> None:
    news = tmp_path / "news"
    (news / "b").mkdir(parents=True)
    lines = [json.dumps(a) for a in generate(30, seed=9)]
    (news / "a.jsonl.gz").write_bytes(gzip.compress("\n".join(lines[:20]).encode()))
    (news / "b" / "c.jsonl").write_text("\n".join(lines[20:]) + "\n", "utf-8")
    (news / "b" / "d.txt").write_text(
        "Talks Resume in Nairobi\n\nMarch 5, 2024\n\nKenya and Uganda signed a trade "
        "agreement on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    local = Store(tmp_path / "local.duckdb").ingest([str(news)])
    url = news.as_uri()
    done = Store(tmp_path / "url.duckdb").ingest([url], cluster=client, task_size=6)
    assert snapshot(tmp_path / "url.duckdb") == snapshot(tmp_path / "local.duckdb")
    assert _counts(done) == _counts(local) and done.coded == 31
    assert done.skipped == local.skipped == []


def test_cluster_unreachable_scheduler_is_one_line() -> None:
    from eventwire.errors import EventwireError
    from eventwire.scale import connect

    with pytest.raises(EventwireError) as raised, connect("tcp://127.0.0.1:9", 1):
        pass
    assert str(raised.value) == (
        "cannot reach the Dask scheduler at tcp://127.0.0.1:9: nothing answered "
        'within 1 s. Start one with "dask scheduler", or use local:N.'
    )


def test_cluster_article_stored_at_the_start_but_replaced_meanwhile_is_coded(
    coder: Coder, client: Any, tmp_path: Path
) -> None:
    """The workers' keys are those of the start: an input that replaces a stored
    article and then brings its stored version back has that version coded again and
    stored last (a local ingest checks ahead of its writer, and may find it stored)."""

    def version(text: str) -> dict[str, str]:
        return {"id": "port-1", "text": text, "date": "2024-03-05"}

    a = version("Kenyan police arrested 12 dockers in Mombasa on Monday.")
    b = version("Kenya and Uganda signed a trade agreement on Monday.")
    store = Store(tmp_path / "remote.duckdb")
    assert store.ingest([a]).coded == 1
    first = snapshot(store.path)
    there = store.ingest([b, a], cluster=client)
    assert (there.coded, there.replaced, there.unchanged) == (2, 2, 0)
    [article] = snapshot(store.path)["articles"]
    assert article[6] == a["text"] and article[7] == first["articles"][0][7]


@pytest.mark.parametrize(
    ("on_cluster", "given", "written"),
    [(True, None, 500), (True, 7, 7), (False, None, 100)],
)
def test_cluster_ingest_writes_batches_of_500_unless_told(
    coder: Coder,
    client: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    on_cluster: bool,
    given: int | None,
    written: int,
) -> None:
    """A cluster's client writes fewer, larger transactions by default (each costs CPU
    that the workers' cores lose); --batch is kept when given, and a local ingest
    keeps its 100."""
    from eventwire.store import EventStore

    opened: list[int] = []
    real = EventStore.__init__

    def opening(self: EventStore, *args: Any, **kwargs: Any) -> None:
        opened.append(kwargs["batch_size"])
        real(self, *args, **kwargs)

    monkeypatch.setattr(EventStore, "__init__", opening)
    article = {
        "id": "quay-1",
        "text": "Dock workers in Mombasa ended a strike on Thursday, union officials "
        "said.",
        "date": "2024-05-02",
    }
    where = {"cluster": client} if on_cluster else {}
    done = Store(tmp_path / "b.duckdb").ingest([article], batch_size=given, **where)
    assert done.coded == 1
    assert opened == [written]
