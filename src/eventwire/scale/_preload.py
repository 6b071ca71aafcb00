"""Imported once by the forkserver that forks a ``local:N`` cluster's workers: it
imports Dask and the coder, loads the spaCy model there (``EVENTWIRE_MODEL`` or the
default) and codes one short article, so that what loads on first use (the language
identifier, the date parser, the gazetteer's index) is loaded too. Every worker, and
every replacement of a killed one, then starts with all of it in memory, shared with
the others.

All of it is done with the garbage collector paused, and what it made is then frozen
(``gc.freeze``): the collections that hundreds of thousands of new objects trigger
would walk the process's whole heap again and again (about 0.7 s of CPU of the
3.2-3.7 s this took), and a frozen object is never walked again, in this process or in
a worker forked from it (so its pages stay shared with the worker, and a worker's
collections are shorter).

A model that fails to load here is not fatal: each worker then loads it itself on its
first task, and says why if it cannot.

The forkserver ends when the client does (it has forked every worker it will fork),
and it ends at once, without the interpreter's clean-up of the model, the dictionaries
and the gazetteer, object by object: a caller that reads the client's output to its
end (a pipe, ``$(...)``, the bench) waits for the forkserver too, since it holds the
client's standard output and error; it waited 0.12-0.23 s after the client ended,
0.06-0.11 s now (measured at load 4-5).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os

from .._cache import paused_gc
from . import _FORKSERVER_ENV

_WARM_UP = (
    "Talks Resume in Nairobi\n\nMarch 5, 2024\n\nKenyan and Ugandan ministers met in "
    "Nairobi on Tuesday and signed a trade agreement, officials said. Police arrested "
    "twelve protesters near the port of Mombasa last week.\n"
)

with contextlib.suppress(Exception), paused_gc():
    import distributed  # noqa: F401

    from ..ingest import read_text
    from . import _work

    list(_work.worker_coder(None, False).code([read_text(_WARM_UP, "warm-up")]))
gc.freeze()
_SERVER = os.getpid()


def _end_at_once() -> None:
    if os.getpid() == _SERVER:  # not a process forked from it that exits normally
        os._exit(0)


if os.environ.get(_FORKSERVER_ENV) == "1":  # the forkserver that scale started
    atexit.register(_end_at_once)
