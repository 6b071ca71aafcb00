"""dedup: the same event in several sentences or articles becomes one event.

Plain functions over records (no I/O, no model):

- ``merge_article``: one article's repeated events -> one event with its mentions;
- ``merge_corpus``: the same happening across articles -> one event with GDELT-style
  counts (mentions, sources, articles);
- ``near_duplicate`` / ``duplicate_groups``: the same wire story in several outlets;
- ``one_a_day``: the Phoenix-style filter, one event per dyad, code and day;
- ``corpus_report``: what deduplication did to a corpus.
"""

from .merge import (
    event_day,
    match_key,
    mentions_of,
    merge_article,
    merge_corpus,
    nearest_group,
    one_a_day,
    source_of,
)
from .near import duplicate_groups, near_duplicate, shingles, similarity
from .report import corpus_report

__all__ = [
    "corpus_report",
    "duplicate_groups",
    "event_day",
    "match_key",
    "mentions_of",
    "merge_article",
    "merge_corpus",
    "near_duplicate",
    "nearest_group",
    "one_a_day",
    "shingles",
    "similarity",
    "source_of",
]
