"""Damaged, unwritable and full stores: one line naming the file, what is wrong and
what to do; exit status 1; never a traceback. Each failure is made for real: bytes
overwritten, a file cut, permissions that bind (root's are dropped), a full tmpfs."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import StoreError
from eventwire.pipeline import Coder, ingest
from eventwire.query import Filters, iter_events
from eventwire.records import Article
from eventwire.store import EventStore

from .failures import (
    cut_short,
    damage_a_block,
    eventwire,
    fill,
    grow_disk,
    not_duckdb,
    run_as_user,
    small_disk,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
THREE_REPORTS = FIXTURES / "dedup" / "three_reports.jsonl"
REBUILD = 'restore it from a backup, or build it again with "eventwire ingest".'
FULL = (
    "the disk is full (no space left on device); free some space and run again: what "
    "was stored before is kept, and a new run skips it."
)


def _articles() -> list[Article]:
    fields = ("id", "title", "text", "published", "source", "url")
    return [
        Article(**{k: v for k, v in json.loads(line).items() if k in fields})
        for line in THREE_REPORTS.read_text(encoding="utf-8").splitlines()
    ]


@pytest.fixture(scope="module")
def good_store(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Path:
    path = tmp_path_factory.mktemp("good") / "events.duckdb"
    with EventStore(path) as store:
        ingest(_articles(), store, coder=coder)
    return path


def _query_fails(path: Path) -> bool:
    try:
        list(iter_events(path, Filters.every_event(), with_record=True))
    except StoreError as exc:
        return exc.kind == "damaged"
    return False


def _query(db: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["query", "--db", str(db)])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


# -- query ---------------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["query", "export"])
def test_query_a_store_with_a_damaged_block(
    good_store: Path, tmp_path: Path, command: str
) -> None:
    db = damage_a_block(good_store, tmp_path / "events.duckdb", _query_fails)
    if command == "query":
        status, err = _query(db)
    else:
        out = tmp_path / "out.jsonl"
        args = ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)]
        result = CliRunner().invoke(main, args)
        assert "Traceback" not in result.output
        status, err = result.exit_code, result.stderr
    assert status == 1
    assert err == (
        f"Error: {db}: cannot read the database: the file is damaged (a block of it "
        f"fails its checksum); {REBUILD}\n"
    )


def test_query_a_store_cut_short(good_store: Path, tmp_path: Path) -> None:
    db = cut_short(good_store, tmp_path / "events.duckdb")
    status, err = _query(db)
    assert status == 1
    assert err.startswith(f"Error: {db}: ")
    assert err.endswith(
        "the file is damaged (it ends before its last block: the file was cut "
        f"short); {REBUILD}\n"
    )
    assert len(err.splitlines()) == 1


def test_query_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    db = not_duckdb(tmp_path / "events.duckdb")
    status, err = _query(db)
    assert status == 1
    assert err == (
        f"Error: {db}: cannot open the database: it is not a DuckDB database file, or "
        f"its header is damaged; {REBUILD}\n"
    )


# -- ingest --------------------------------------------------------------------------------
def test_ingest_into_a_damaged_store(good_store: Path, tmp_path: Path) -> None:
    db = not_duckdb(tmp_path / "events.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(THREE_REPORTS), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {db}: cannot open the database for writing: it is not a DuckDB "
        f"database file, or its header is damaged; {REBUILD}\n"
    )


def test_ingest_into_a_store_in_a_read_only_folder(
    good_store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    db = folder / "events.duckdb"
    shutil.copy(good_store, db)
    db.chmod(0o666)  # the file may be written, its folder may not
    folder.chmod(0o555)
    try:
        done = run_as_user(eventwire("ingest", str(THREE_REPORTS), "--db", str(db)))
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        f"Error: {db}: cannot open the database for writing: its folder {folder} is "
        "not writable (permission denied on events.duckdb.wal, the journal DuckDB "
        "keeps beside the file); make the folder writable, or keep the store in a "
        "folder that is.\n"
    )


def test_ingest_into_a_new_store_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir(mode=0o555)
    db = folder / "new.duckdb"
    try:
        done = run_as_user(eventwire("ingest", str(THREE_REPORTS), "--db", str(db)))
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        f"Error: {db}: cannot open the database for writing: its folder {folder} is "
        "not writable (permission denied on new.duckdb); make the folder writable, "
        "or keep the store in a folder that is.\n"
    )


def test_ingest_into_a_read_only_store(good_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    shutil.copy(good_store, db)
    db.chmod(0o444)
    done = run_as_user(eventwire("ingest", str(THREE_REPORTS), "--db", str(db)))
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        f"Error: {db}: cannot open the database for writing: the file is read-only "
        f"(permission denied); make it writable (chmod u+w {db}), or write to "
        "another file.\n"
    )
    # reading it needs no writing
    read = run_as_user(eventwire("query", "--db", str(db), "--format", "jsonl"))
    assert read.returncode == 0, read.stderr


def test_a_store_held_by_another_process(good_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    shutil.copy(good_store, db)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('held', "
            "flush=True); sys.stdin.read()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        result = CliRunner().invoke(
            main, ["ingest", str(THREE_REPORTS), "--db", str(db)]
        )
        query = CliRunner().invoke(main, ["query", "--db", str(db)])
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(30)
        assert holder.stdout is not None
        holder.stdout.close()
    assert result.exit_code == 1 and query.exit_code == 1
    held = (
        f"another process (PID {holder.pid}) has the file open; a DuckDB file has one "
        "writer at a time, or readers only. Wait for that process to finish, or stop "
        "it.\n"
    )
    assert result.stderr == f"Error: {db}: cannot open the database for writing: {held}"
    assert query.stderr == f"Error: {db}: cannot open the database: {held}"


# -- a full disk ---------------------------------------------------------------------------
def _big_article(i: int, rng: random.Random) -> Article:
    words = ["talks", "border", "ministers", "ceasefire", "convoy", "harbour", "aid"]
    text = " ".join(
        rng.choice(words) + str(rng.randrange(10**6)) for _ in range(20_000)
    )
    return Article(id=f"big-{i:02d}", text=text, published="2024-05-02")


def test_store_on_a_full_disk_keeps_what_was_stored(tmp_path: Path) -> None:
    rng = random.Random(7)
    with small_disk(tmp_path / "disk", 4096) as disk:
        db = disk / "events.duckdb"
        failed_at = None
        store = EventStore(db, batch_size=1)
        with pytest.raises(StoreError) as caught, store:
            for i in range(60):
                failed_at = i
                store.add(_big_article(i, rng), [])
        assert failed_at is not None and failed_at > 0
        assert str(caught.value) == (
            f"{db}: storing articles big-{failed_at:02d} failed, nothing of them was "
            f"stored: {FULL}"
        )
        assert caught.value.kind == "disk_full"
        # with room again, every article before the one that failed is there
        grow_disk(disk, 65536)
        with EventStore(db) as again:
            assert again.count("articles") == failed_at


def test_ingest_into_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        fill(disk)
        db = disk / "events.duckdb"
        result = CliRunner().invoke(
            main, ["ingest", str(THREE_REPORTS), "--db", str(db)]
        )
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {db}: cannot open the database for writing: {FULL}\n"
    )
