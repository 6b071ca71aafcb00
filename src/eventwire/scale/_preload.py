"""Imported once by the forkserver that forks a ``local:N`` cluster's workers: it loads
the spaCy model there (``EVENTWIRE_MODEL`` or the default), so that every worker, and
every replacement of a killed one, starts with the model already in memory and shares
its pages.

A model that fails to load here is not fatal: each worker then loads it itself on its
first task, and says why if it cannot.
"""

from __future__ import annotations

import contextlib

with contextlib.suppress(Exception):
    from .. import pipeline

    pipeline.shared_coder()
