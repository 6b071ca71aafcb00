"""Coding posted text: one worker thread, a time limit per request.

The spaCy model is loaded once per process (``pipeline.shared_coder``), when coding is
first asked for (``eventwire serve`` loads it at startup). Coding runs in one dedicated
thread, one text at a time, so that a spaCy pipeline is never used by two threads at
once; a request waits for the texts before it, and its time limit counts the wait.
A request past its limit is answered 504; its text is not stored, but the thread cannot
be stopped mid-parse and finishes it in the background.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ._errors import ApiError

T = TypeVar("T")


class CodingWorker:
    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._guard = threading.Lock()

    def _executor(self) -> ThreadPoolExecutor:
        with self._guard:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="eventwire-code")
            return self._pool

    async def run(self, work: Callable[[threading.Event], T], timeout: float) -> T:
        """``work(cancelled)`` in the coding thread; ApiError 504 after ``timeout``
        seconds (``cancelled`` is then set: work not yet done should not be done)."""
        cancelled = threading.Event()
        future = self._executor().submit(work, cancelled)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            cancelled.set()
            future.cancel()
            raise ApiError(
                504,
                "timeout",
                f"Coding this text took longer than {timeout:g} s, this server's limit; "
                "send a shorter text or try again later.",
            ) from None

    def close(self) -> None:
        with self._guard:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def code_article(article: Any, cancelled: threading.Event) -> list[Any]:
    """The events of one article, with the shared Coder."""
    from .. import pipeline

    return pipeline.shared_coder().code_text(
        article.text, article.published, article.id
    )
