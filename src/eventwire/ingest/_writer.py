"""The one writer's side of an ingest: what is stored already, what is added, the
counts and the progress calls.

It lives apart from ``pipeline`` (which imports spaCy and the coder) so that the
client of a cluster ingest, which only stores what its workers coded, imports
neither: on a machine whose cores the workers share, the client's start-up is CPU
they do not get.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..records import Article, Event


@dataclass
class IngestReport:
    articles: int = 0  # articles read
    coded: int = 0  # articles coded and stored now
    unchanged: int = 0  # already stored with the same content: left as they were
    replaced: int = 0  # stored before with other content
    events: int = 0  # events coded (after each article's own repeats merged)
    new_events: int = 0  # happenings not stored before
    mentions: int = 0


class IngestWriter:
    """The one writer's side of an ingest. ``pipeline.ingest`` feeds it from worker
    processes here, ``eventwire.scale`` from a Dask cluster; both store through
    ``store.add`` (the store's batches)."""

    def __init__(self, store: Any, progress: Any = None) -> None:
        self.store = store
        self.progress = progress
        self.report = IngestReport()
        self._start = (store.totals.new_events, store.totals.mentions)

    def read(self, article: Article) -> bool:
        """Count an article read; False when it is stored already with this content
        (then it is not coded)."""
        self.report.articles += 1
        if self.store.has(article):
            self.stored()
            return False
        return True

    def stored(self) -> None:
        """Count an article found stored already with its content."""
        self.report.unchanged += 1
        if self.progress is not None:
            self.progress(self.report)

    def add(self, article: Article, events: list[Event]) -> None:
        """Add a coded article with its events (written with the store's next batch)."""
        added = self.store.add(article, events)
        if added.status == "unchanged":  # the same article twice in one input
            self.report.unchanged += 1
        else:
            self.report.coded += 1
            self.report.replaced += added.status == "replaced"
            self.report.events += added.events
        if self.progress is not None:
            self.progress(self.report)

    def finish(self) -> IngestReport:
        """Write what is queued; the report with what the batches did."""
        self.store.flush()
        totals = self.store.totals
        self.report.new_events = totals.new_events - self._start[0]
        self.report.mentions = totals.mentions - self._start[1]
        return self.report
