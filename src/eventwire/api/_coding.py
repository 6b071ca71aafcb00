"""Coding posted text in worker processes that a request past its time limit kills.

A spaCy parse cannot be stopped from outside once it runs, and a thread cannot be
killed: with coding in a thread, one long text held the coder for everyone until it was
done, long after its own 504. Here coding runs in ``workers`` processes (default 2):

- a request takes an idle worker (waiting for one counts against its time limit), sends
  it the text and waits for the events;
- past the limit it is answered 504, and the worker, still parsing, is killed
  (SIGKILL) and replaced at once; nothing of its text is stored;
- a worker that dies while coding (out of memory, a crash) is replaced too, and the
  request answered 500;
- the other workers go on answering the other requests all along.

Workers are forked from a ``forkserver`` process that has loaded the spaCy model once
(``_preload``): a replacement is ready in milliseconds, not the seconds a model load
takes, and the workers share the model's memory. ``coder`` names the function the
workers code with, ``"module:function"`` taking a ``Job`` and returning events.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from ._errors import ApiError

log = logging.getLogger("eventwire.api")

DEFAULT_CODER = "eventwire.api._coding:code_article"
PRELOAD = "eventwire.api._preload"


@dataclass(frozen=True)
class Job:
    """What a worker codes: an article's text, publication date and id."""

    text: str
    published: str | None
    article_id: str


def code_article(job: Job) -> list[Any]:
    """The events of one article, with this process's shared Coder."""
    from .. import pipeline

    return pipeline.shared_coder().code_text(job.text, job.published, job.article_id)


class WorkerFailed(Exception):
    """The coder raised in the worker (a bug): its type, message and traceback."""

    def __init__(self, kind: str, message: str, trace: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.trace = trace


def _serve(conn: Connection, coder: str) -> None:
    """A worker's loop: a Job in, ("ok", events) or ("error", ...) out; None stops."""
    module, _, name = coder.partition(":")
    function = getattr(importlib.import_module(module), name)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            conn.send(("ok", function(job)))
        except Exception as exc:
            conn.send(("error", type(exc).__name__, str(exc), traceback.format_exc()))


class _Worker:
    def __init__(self, context: Any, coder: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, coder), name="eventwire-code", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(10)
        self.conn.close()

    def wait_ready(self, timeout: float) -> None:
        """Until the worker has loaded its coder; RuntimeError if it cannot."""
        if self.ready:
            return
        try:
            if not self.conn.poll(max(0.0, timeout)):
                raise RuntimeError("a coding worker did not start in time")
            message = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(5)
            raise RuntimeError(
                f"a coding worker stopped as it started (exit code "
                f"{self.process.exitcode}); see the log above"
            ) from None
        if message[0] != "ready":
            raise RuntimeError(f"a coding worker said {message!r} as it started")
        self.ready = True

    def receive(self, timeout: float) -> Any:
        """The next message; TimeoutError after ``timeout`` s, EOFError if it died."""
        while True:
            if not self.conn.poll(max(0.0, timeout)):
                raise TimeoutError
            message = self.conn.recv()
            if message[0] != "ready":
                return message
            self.ready = True


class CodingPool:
    """``workers`` coding processes; ``run(job, timeout)`` codes one job in one."""

    def __init__(self, workers: int = 2, coder: str = DEFAULT_CODER) -> None:
        self.size = max(1, workers)
        self.coder = coder
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy: list[_Worker] = []
        self._started = False
        self._context: Any = None
        # threads that wait on workers for requests (never the event loop itself)
        self._waiters = ThreadPoolExecutor(32, thread_name_prefix="eventwire-code-wait")
        self.replaced = 0  # workers killed or lost and replaced since the start

    # -- lifecycle -------------------------------------------------------------------
    def start(self, wait: bool = False, timeout: float = 300.0) -> None:
        """Start the workers (once); with ``wait``, until each has loaded its coder."""
        with self._cond:
            if not self._started:
                import multiprocessing

                self._context = multiprocessing.get_context("forkserver")
                self._context.set_forkserver_preload([PRELOAD])
                self._idle = [self._spawn() for _ in range(self.size)]
                self._started = True
            workers = list(self._idle)
        if wait:
            deadline = time.monotonic() + timeout
            for worker in workers:
                worker.wait_ready(deadline - time.monotonic())

    def _spawn(self) -> _Worker:
        return _Worker(self._context, self.coder)

    def pids(self) -> list[int]:
        """The process ids of the workers now (idle and busy)."""
        with self._cond:
            return [w.pid for w in [*self._idle, *self._busy] if w.pid is not None]

    def busy(self) -> int:
        with self._cond:
            return len(self._busy)

    def close(self) -> None:
        """Stop every worker (a job in flight gets a 500); a later job starts new
        ones."""
        with self._cond:
            workers = [*self._idle, *self._busy]
            self._idle, self._busy = [], []
            self._started = False
            self._cond.notify_all()
        for worker in workers:
            worker.kill()

    # -- coding ----------------------------------------------------------------------
    async def run(self, job: Job, timeout: float) -> Any:
        """The coder's answer for ``job``; ApiError 504 past ``timeout`` seconds
        (waiting for a free worker included), 500 when the worker died."""
        deadline = time.monotonic() + timeout
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._waiters, self._run, job, deadline)
        except TimeoutError:
            raise ApiError(
                504,
                "timeout",
                f"Coding this text took longer than {timeout:g} s, this server's limit; "
                "send a shorter text or try again later.",
            ) from None

    def _run(self, job: Job, deadline: float) -> Any:
        self.start()
        worker = self._take(deadline)
        try:
            worker.conn.send(job)
            message = worker.receive(deadline - time.monotonic())
        except TimeoutError:
            log.warning(
                "coding article %s passed its time limit: worker %s killed",
                job.article_id,
                worker.pid,
            )
            self._replace(worker)
            raise
        except (EOFError, OSError):
            code = worker.process.exitcode
            self._replace(worker)
            log.error("coding worker %s died (exit code %s)", worker.pid, code)
            raise ApiError(
                500,
                "worker_stopped",
                "The process coding this text stopped before it was done (it may have "
                "run out of memory) and was replaced; try again, or send a shorter "
                "text.",
            ) from None
        self._give_back(worker)
        if message[0] == "error":
            _, kind, text, trace = message
            log.error(
                "coding article %s failed in worker %s:\n%s",
                job.article_id,
                worker.pid,
                trace,
            )
            raise WorkerFailed(kind, text, trace)
        return message[1]

    def _take(self, deadline: float) -> _Worker:
        with self._cond:
            while not self._idle:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                self._cond.wait(left)
            worker = self._idle.pop()
            self._busy.append(worker)
            return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._cond:
            if worker in self._busy:
                self._busy.remove(worker)
                self._idle.append(worker)
                self._cond.notify()
                return
        worker.kill()  # the pool was closed meanwhile

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._cond:
            if worker not in self._busy:
                return  # the pool was closed meanwhile
            self._busy.remove(worker)
            self.replaced += 1
            self._idle.append(self._spawn())
            self._cond.notify()
