"""What deduplication did to a corpus, in numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Article, Event
from .merge import merge_corpus
from .near import duplicate_groups


def corpus_report(
    results: Sequence[tuple[Article, list[Event]]],
    window_days: int = 1,
    threshold: float = 0.8,
) -> dict[str, Any]:
    """Counts for a coded corpus: articles, near-duplicate groups, events before and after.

    {"articles": n, "near_duplicate_groups": [[id, ...], ...], "events_before": coded
    events, "events_after": events after ``merge_corpus``}.
    """
    articles = [article for article, _ in results]
    return {
        "articles": len(articles),
        "near_duplicate_groups": duplicate_groups(articles, threshold),
        "events_before": sum(len(events) for _, events in results),
        "events_after": len(merge_corpus(results, window_days)),
    }
