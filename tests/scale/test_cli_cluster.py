"""``eventwire ingest --cluster``: its options, and a LocalCluster run from the shell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.corpus import write_jsonl


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--cluster", "scheduler:8786"],
            'Invalid value for --cluster: "scheduler:8786" is not a Dask scheduler '
            'address; expected tcp://HOST:PORT (a running "dask scheduler") or '
            "local:N (N worker processes on this machine, 1 to 256).",
        ),
        (
            ["--cluster", "local:0"],
            'Invalid value for --cluster: "local:0" is not a Dask scheduler address; '
            'expected tcp://HOST:PORT (a running "dask scheduler") or local:N (N '
            "worker processes on this machine, 1 to 256).",
        ),
        (
            ["--cluster", "local:2", "--workers", "2"],
            "give --workers or --cluster, not both.",
        ),
    ],
)
def test_cli_ingest_cluster_misuse_exits_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 2, seed=1)
    result = CliRunner().invoke(
        main, ["ingest", str(corpus), "--db", str(tmp_path / "x.duckdb"), *args]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"
    assert not (tmp_path / "x.duckdb").exists()


def test_cli_ingest_on_a_local_cluster_says_what_a_local_ingest_says(
    tmp_path: Path,
) -> None:
    pytest.importorskip("distributed")
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 12, seed=2)

    def run(db: str, *more: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", db,
             *more],
            capture_output=True, text=True, timeout=300, cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stderr.splitlines()[-1]

    local = run("local.duckdb")
    cluster = run("cluster.duckdb", "--cluster", "local:1", "--task-size", "5")
    assert cluster == local.replace("local.duckdb", "cluster.duckdb")
    assert cluster.startswith("12 articles read: 12 coded and stored, 0 already stored")
