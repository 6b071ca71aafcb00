"""Imported once by the forkserver that forks a ``local:N`` cluster's workers: it loads
the spaCy model there (``EVENTWIRE_MODEL`` or the default) and codes one short article,
so that what loads on first use (the language identifier, the date parser, the
gazetteer's index) is loaded too. Every worker, and every replacement of a killed one,
then starts with all of it in memory, shared with the others.

A model that fails to load here is not fatal: each worker then loads it itself on its
first task, and says why if it cannot.
"""

from __future__ import annotations

import contextlib

_WARM_UP = (
    "Talks Resume in Nairobi\n\nMarch 5, 2024\n\nKenyan and Ugandan ministers met in "
    "Nairobi on Tuesday and signed a trade agreement, officials said. Police arrested "
    "twelve protesters near the port of Mombasa last week.\n"
)

with contextlib.suppress(Exception):
    from .. import pipeline
    from ..ingest import read_text

    list(pipeline.shared_coder().code([read_text(_WARM_UP, "warm-up")]))
