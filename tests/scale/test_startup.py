"""What a cluster ingest does before its first task: the client, the store's one
writer, imports neither spaCy nor the coder; a worker builds its coder with the
garbage collector paused and then freezes what it holds. And how the forkserver that
holds the model ends: at once, while a process forked from it ends as it says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from eventwire.scale import _FORKSERVER_ENV

CLIENT = """
import json, sys
import eventwire
done = eventwire.Store(sys.argv[1]).ingest([sys.argv[2]], cluster="local:1")
print(json.dumps({"coded": done.coded, "events": done.events,
                  "modules": sorted(m for m in ("spacy", "eventwire.pipeline")
                                    if m in sys.modules)}))
"""

WORKER = """
import gc, json
from eventwire.scale._work import worker_coder
before = gc.get_threshold()
coder = worker_coder(None, False)
print(json.dumps({"frozen": gc.get_freeze_count(), "same_threshold":
                  gc.get_threshold() == before,
                  "kept": worker_coder(None, False) is coder}))
"""

SERVER = """
import os, sys
import eventwire.scale._preload
pid = os.fork()
if pid == 0:
    sys.exit(5)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status), flush=True)
sys.exit(3)
"""

ARTICLES = [
    {
        "id": "port-1",
        "text": "Kenya and Uganda signed a pipeline agreement in Nairobi on Monday, "
        "officials said.",
        "published": "2024-03-04",
    },
    {
        "id": "port-2",
        "text": "Police arrested forty protesters outside parliament in Kampala on "
        "Saturday.",
        "published": "2024-03-09",
    },
]


def _run(script: str, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("n", [len(ARTICLES)])
def test_startup_cluster_client_imports_no_spacy(tmp_path: Path, n: int) -> None:
    corpus = tmp_path / "port.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), "utf-8")
    found = _run(CLIENT, str(tmp_path / "port.duckdb"), str(corpus))
    assert found["coded"] == n
    assert found["events"] >= n  # type: ignore[operator]
    assert found["modules"] == []


@pytest.mark.parametrize("objects", [100_000])
def test_startup_worker_freezes_its_coder(objects: int) -> None:
    found = _run(WORKER)
    assert found["frozen"] >= objects  # type: ignore[operator]
    assert found["same_threshold"] is True
    assert found["kept"] is True


@pytest.mark.parametrize(
    ("marked", "server_status"),
    [(True, 0), (False, 3)],  # ended at once only where scale started it
)
def test_startup_forkserver_ends_at_once_but_not_its_children(
    marked: bool, server_status: int
) -> None:
    env = {k: v for k, v in os.environ.items() if k != _FORKSERVER_ENV}
    if marked:
        env[_FORKSERVER_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-c", SERVER],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.stdout.strip().splitlines()[-1] == "5"  # the forked child's own status
    assert done.returncode == server_status, done.stderr
