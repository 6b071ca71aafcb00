"""Coders for the API's worker processes in tests (``create_app(coder="tests.api.
coders:NAME")``): real work in a real process that is slow, fails or dies when the text
asks for it, and codes with the real coder otherwise."""

from __future__ import annotations

import os
import signal
import time
from typing import Any

from eventwire.api._coding import Job, code_article

SLOW = "[slow]"  # a text with this takes a minute: only a kill stops it sooner


def slow_on_marker(job: Job) -> list[Any]:
    if SLOW in job.text:
        busy_until = time.monotonic() + 60
        while time.monotonic() < busy_until:  # busy, like a long parse
            sum(range(10_000))
        return []
    return code_article(job)


def failing(job: Job) -> list[Any]:
    raise ValueError("model exploded at token 17")


def dying(job: Job) -> list[Any]:
    if "[die]" in job.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return code_article(job)
