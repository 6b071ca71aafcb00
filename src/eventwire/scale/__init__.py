"""scale: coding on a Dask cluster, storing on the client.

``eventwire ingest PATH... --cluster ADDRESS`` (and ``Store.ingest(..., cluster=...)``,
``code_many(..., cluster=...)``) spread the coding over Dask distributed workers:

- ``ADDRESS`` is ``tcp://HOST:PORT``, a scheduler started with ``dask scheduler``, or
  ``local:N``, a ``LocalCluster`` of N worker processes on this machine (127.0.0.1).
- The input is cut into tasks (``_plan``: files, line ranges of long JSONL files,
  plain or gzipped, and record ranges of WARC files); a worker reads its share with the readers of ``eventwire.ingest``
  (so a bad line gets the message a local ingest gives), codes it with one model per
  worker, and sends back Arrow tables (``_work``).
- The client is the store's one writer: it takes the results in input order and adds
  them through ``ingest._writer.IngestWriter`` and ``EventStore.add``, in the store's
  batches (of ``DEFAULT_BATCH_SIZE`` articles unless told otherwise, or 2 seconds), as
  a local ingest does, so the store ends the same, row for row.
- Faults: a worker that dies has its tasks run again elsewhere (Dask); a task that
  fails (its workers died three times, or it raised) is skipped with one line and the
  run goes on; a killed client loses at most the batch in flight, and a re-run codes
  only what is not stored (the workers are told what is stored, by key).

Paths must be readable by every worker: a shared folder, or an fsspec URL (tested:
local paths and ``file://``).
"""

from __future__ import annotations

import re
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import EventwireError, InputError, first_line
from ..records import Article

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_TASK_SIZE",
    "check_address",
    "code_on_cluster",
    "connect",
    "ingest_on_cluster",
    "prestart",
]

DEFAULT_TASK_SIZE = 100  # articles (or JSONL lines) a task
# articles a transaction of the client, the store's one writer (or 2 seconds of
# results, as in any ingest): each transaction costs about 0.02 s of CPU besides its
# articles (2,000 generated articles stored in 0.80 s in batches of 100, 0.47 s in
# batches of 500), CPU the client takes from the cores the workers code on
DEFAULT_BATCH_SIZE = 500
_ADDRESS = re.compile(r"(?:tcp|tls)://[^\s/:]+:\d{1,5}")
_LOCAL = re.compile(r"local:(\d{1,3})")
_NEEDS = 'the cluster needs Dask distributed: pip install "eventwire[scale]".'


def check_address(address: str) -> str:
    """``address`` if it is ``tcp://HOST:PORT``, ``tls://HOST:PORT`` or ``local:N``."""
    m = _LOCAL.fullmatch(address)
    if (m and 1 <= int(m[1]) <= 256) or _ADDRESS.fullmatch(address):
        return address
    raise InputError(
        f'"{address}" is not a Dask scheduler address; expected tcp://HOST:PORT (a '
        'running "dask scheduler") or local:N (N worker processes on this machine, '
        "1 to 256)."
    )


@contextmanager
def connect(cluster: Any, timeout_s: float = 15) -> Iterator[Any]:
    """A ``distributed.Client`` for ``cluster``: an address (see ``check_address``;
    ``local:N`` starts a LocalCluster on 127.0.0.1 and stops it on exit) or a Client,
    used as it is. A scheduler that does not answer within ``timeout_s`` is an
    ``EventwireError``."""
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        raise EventwireError(_NEEDS)
    m = _LOCAL.fullmatch(check_address(cluster)) if isinstance(cluster, str) else None
    if m:
        _start_forkserver()  # loads the model while the scheduler starts
    import distributed

    if isinstance(cluster, distributed.Client):
        yield cluster
        return
    address = check_address(str(cluster))
    if m:
        import logging

        with (
            _local_settings(),
            distributed.LocalCluster(
                n_workers=int(m[1]),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                # the scheduler's web server (its dashboard when bokeh is installed) on a
                # free port of 127.0.0.1, never Dask's fixed 8787
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
            ) as local,
            distributed.Client(local) as client,
        ):
            yield client
        return
    try:
        client = distributed.Client(address, timeout=f"{timeout_s}s")
    except (OSError, TimeoutError):
        raise EventwireError(
            f"cannot reach the Dask scheduler at {address}: nothing answered within "
            f'{timeout_s:g} s. Start one with "dask scheduler", or use local:N.'
        ) from None
    with client:
        yield client


# _preload imports distributed and _work itself, with the garbage collector paused
_PRELOAD = ["eventwire.scale._preload"]
# what Dask's nanny sets for a worker, less MALLOC_TRIM_THRESHOLD_ (see _work), and
# the mark that tells _preload it runs in the forkserver (so it may end it at once)
_FORKSERVER_ENV = "EVENTWIRE_FORKSERVER"
_WORKER_ENVIRON = {
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    _FORKSERVER_ENV: "1",
}


def _has_forkserver() -> bool:
    import multiprocessing

    return "forkserver" in multiprocessing.get_all_start_methods()


def prestart(cluster: Any) -> None:
    """For ``local:N``, start loading the model in the forkserver now, so that it loads
    while the client opens the store, imports and plans what it needs (``connect``
    waits for it). Nothing for other addresses."""
    import importlib.util

    if (
        isinstance(cluster, str)
        and _LOCAL.fullmatch(cluster)
        and importlib.util.find_spec("distributed") is not None
    ):
        _start_forkserver()


def _start_forkserver() -> None:
    """Start this process's forkserver now, with the model to load, so that it loads
    while the client starts the scheduler (it has effect if none was started yet)."""
    if not _has_forkserver():
        return
    import multiprocessing
    import os
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(_PRELOAD)
    saved = {k: os.environ.get(k) for k in _WORKER_ENVIRON}
    os.environ.update(_WORKER_ENVIRON)
    try:
        forkserver.ensure_running()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# Dask's settings for a local:N cluster, where the workers share the client's cores
# (measured on 2 cores, 375 articles on one worker: with Dask's defaults the worker
# spent 4.8-5.2 s of CPU and the client 0.25-0.34 s, with these 4.4-4.6 s and
# 0.05-0.06 s)
_LOCAL_SETTINGS = {
    # Dask's statistical profiler walks each worker's running stack every 10 ms
    "distributed.worker.profile.enabled": False,
    # each process's event loop measures its own delay every 20 ms
    "distributed.admin.tick.interval": "500ms",
    # CPU, memory and disk figures for the dashboard, every 500 ms in each process
    "distributed.admin.system-monitor.interval": "2s",
    # each nanny (in the client's process) reads its worker's memory every 100 ms
    "distributed.worker.memory.monitor-interval": "500ms",
    # one task a worker at a time (Dask gives a one-thread worker two, the second
    # waiting there): a worker that finishes takes the next task, so that at the end
    # of the run none waits behind another's
    "distributed.scheduler.worker-saturation": 1.0,
    # tasks are handed out one at a time anyway; nothing to steal
    "distributed.scheduler.work-stealing": False,
}


@contextmanager
def _local_settings() -> Iterator[None]:
    """Dask's settings for a ``local:N`` cluster (``_LOCAL_SETTINGS``), and workers
    forked from a server that has loaded the model (where the platform has a
    forkserver), not started afresh: each starts in a moment and shares the model's
    memory, as ``--workers N`` does. Only while the cluster runs: other clusters of
    the process keep Dask's own settings."""
    import dask

    settings: dict[str, Any] = dict(_LOCAL_SETTINGS)
    if _has_forkserver():
        settings["distributed.worker.multiprocessing-method"] = "forkserver"
    with dask.config.set(settings):
        yield


class _Run:
    """One run on the cluster: its id, the coder's settings and the stored keys
    (``stored_keys``, computed before the cluster is up)."""

    def __init__(
        self, client: Any, model: str | None, statements: bool, keys: bytes | None
    ) -> None:
        from ._work import RunPlugin

        self.client = client
        self.id = uuid.uuid4().hex[:12]
        self.model = model
        self.statements = statements
        self.plugin: str | None = None
        if keys:
            self.plugin = f"eventwire-{self.id}"
            client.register_plugin(RunPlugin(self.id, keys), name=self.plugin)
        self.threads = sum(client.nthreads().values())
        self.window = max(4, 2 * self.threads + 2)
        self.n = 0

    def submit(self, task: Any) -> Any:
        from ._work import run_task

        self.n += 1
        return self.client.submit(
            run_task,
            self.id,
            task,
            self.model,
            self.statements,
            key=f"eventwire-{self.id}-{self.n}",
            pure=False,
        )

    def results(self, tasks: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        """(task, its Part or the exception it failed with), in task order, with at
        most ``window`` tasks on the cluster at a time."""
        from ._plan import Skipped

        pending: deque[tuple[Any, Any]] = deque()
        running = 0
        for task in tasks:
            if isinstance(task, Skipped):
                pending.append((task, None))
            else:
                pending.append((task, self.submit(task)))
                running += 1
            while running >= self.window:
                task_done, future = pending.popleft()
                running -= future is not None
                yield task_done, self._take(future)
        while pending:
            task_done, future = pending.popleft()
            yield task_done, self._take(future)

    def _take(self, future: Any) -> Any:
        if future is None:
            return None
        try:
            return future.result()
        except Exception as exc:
            if self.client.status not in ("running", "connecting"):
                raise EventwireError(
                    f"lost the Dask scheduler ({first_line(exc)}); run the command "
                    "again: what is stored is not coded again."
                ) from None
            return exc
        finally:
            future.release()

    def close(self) -> None:
        if self.plugin is not None and self.client.status == "running":
            self.client.unregister_worker_plugin(self.plugin)


def _failed(task: Any, exc: BaseException) -> str:
    return (
        f"{task.label}: its task failed on the cluster ({type(exc).__name__}: "
        f"{first_line(exc)}); its articles were not stored (run the command again "
        "to retry them)."
    )


def ingest_on_cluster(
    source: Sequence[str] | Iterable[Article],
    store: Any,
    cluster: Any,
    *,
    report: Any,
    model: str | None = None,
    statements: bool = False,
    progress: Any = None,
    task_size: int = DEFAULT_TASK_SIZE,
    paths: bool = True,
) -> Any:
    """Code ``source`` (paths, or articles when ``paths`` is False) on ``cluster`` and
    add it to ``store`` (an open ``EventStore``) as ``pipeline.ingest`` does; reading
    problems go to ``report`` (a ``ReadReport``). Returns the ``IngestReport``."""
    prestart(cluster)  # the model loads while the rest is imported and planned
    from ..ingest._writer import IngestWriter  # not pipeline: no spaCy here
    from ._plan import ArticlesTask, Skipped, chunks, plan
    from ._work import merge_read, run_task, stored_keys, unpack

    writer = IngestWriter(store, progress)
    hashes = store.hashes()
    keys = stored_keys(hashes) if hashes else None
    with connect(cluster) as client:
        run = _Run(client, model, statements, keys)
        # the run's last tasks cut smaller, a few for each worker (see plan)
        tasks = (
            plan(list(source), report, task_size, tail=run.threads)  # type: ignore[arg-type]
            if paths
            else chunks(source, task_size)  # type: ignore[arg-type]
        )
        try:
            for task, part in run.results(tasks):
                if isinstance(task, Skipped):
                    report.skipped.append(task.message)
                    continue
                if isinstance(part, BaseException):
                    report.skipped.append(_failed(task, part))
                    continue
                merge_read(report, part.read)
                for article, stored, events in unpack(part):
                    if not writer.read(article):
                        continue
                    if events is None:
                        # stored by the worker's keys, not now (the input replaced
                        # it meanwhile): coded here and now, in its place
                        assert stored
                        again = client.submit(
                            run_task,
                            f"{run.id}-again",  # no stored keys: coded
                            ArticlesTask((article,)),
                            model,
                            statements,
                            pure=False,
                        ).result()
                        [(_, _, events)] = list(unpack(again))
                        assert events is not None
                    writer.add(article, events)
        finally:
            run.close()
    return writer.finish()


def code_on_cluster(
    articles: Iterable[Article],
    cluster: Any,
    *,
    model: str | None = None,
    statements: bool = False,
    task_size: int = DEFAULT_TASK_SIZE,
) -> Iterator[tuple[Article, list[Any]]]:
    """(article, its events) for each article, coded on ``cluster``, in input order.
    An article whose task failed raises ``EventwireError``."""
    prestart(cluster)
    from ._plan import chunks
    from ._work import unpack

    with connect(cluster) as client:
        run = _Run(client, model, statements, None)
        try:
            for task, part in run.results(chunks(articles, task_size)):
                if isinstance(part, BaseException):
                    raise EventwireError(_failed(task, part))
                if part.read.get("skipped"):
                    raise EventwireError(part.read["skipped"][0])
                for article, _, events in unpack(part):
                    yield article, events or []
        finally:
            run.close()
