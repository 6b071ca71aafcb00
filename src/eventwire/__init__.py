"""eventwire: news text in, political event data out (CAMEO and PLOVER), with the
sentence that says so.

The Python API, for notebooks and scripts::

    import eventwire

    eventwire.code("Kenya and Uganda signed a trade deal on Monday.", date="2024-03-05")
    for event in eventwire.code_many(texts, workers=2):  # or cluster="local:2"
        ...
    store = eventwire.Store("events.duckdb")
    store.ingest(["news/"])
    store.query(actors=["KEN"]).to_pandas()
    store.series(country="KEN", by="month")

Importing eventwire loads nothing costly: the spaCy model is loaded when coding is
first asked for.
"""

from ._api import Ingested, Store, code, code_many

__all__ = ["Ingested", "Store", "code", "code_many"]
