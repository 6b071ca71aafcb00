"""Near-duplicate articles: the same wire story in several outlets.

Texts are compared by their word 5-gram shingles (lowercased, punctuation removed; the
title is not used, so a new headline changes nothing). The similarity of two shingle sets is
the larger of their Jaccard similarity and the containment of the smaller set in the larger,
so a copy with its last paragraph trimmed is still a duplicate. Containment counts only when
the smaller text has at least half the shingles of the larger (``CONTAINMENT_MIN_RATIO``):
otherwise a short blurb, or a scraped page that is only the outlet's footer, would be
"contained" in many long articles and join them all into one group.

``duplicate_groups`` shingles each article once, links identical texts directly, and finds
the other candidate pairs by prefix filtering over an inverted index (see
``_linked_pairs``) instead of comparing every pair; candidates are then compared exactly,
so the groups are those that comparing every pair would give. A few thousand articles take
a second or two.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

from ..records import Article

SHINGLE_WORDS = 5
CONTAINMENT_MIN_RATIO = 0.5
_MASK = (1 << 64) - 1

_WORD = re.compile(r"[^\W_]+")


def words_of(text: str) -> list[str]:
    """The text's words: Unicode-normalized, lowercased, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """The hashes of the text's word ``size``-grams (a shorter text is one shingle)."""
    words = words_of(text)
    if not words:
        return frozenset()
    if len(words) < size:
        return frozenset({hash(tuple(words))})
    # the i-th tuple of the shifted slices is the i-th shingle; zip stops at the shortest
    return frozenset(map(hash, zip(*(words[k:] for k in range(size)), strict=False)))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """max(Jaccard, containment of the smaller set in the larger); 0.0 when one is empty.

    Containment counts only when the smaller text is at least ``CONTAINMENT_MIN_RATIO`` of
    the larger (in shingles): a trimmed copy is a duplicate, a two-line blurb or a page
    footer found inside a long article is not.
    """
    if not a or not b:
        return 0.0
    shared = len(a & b)
    jaccard = shared / (len(a) + len(b) - shared)
    small, large = sorted((len(a), len(b)))
    if small < CONTAINMENT_MIN_RATIO * large:
        return jaccard
    return max(jaccard, shared / small)


def near_duplicate(a_text: str, b_text: str, threshold: float = 0.8) -> bool:
    """Whether two texts are the same story (similarity of shingles >= ``threshold``)."""
    return similarity(shingles(a_text), shingles(b_text)) >= threshold


def duplicate_groups(
    articles: Sequence[Article], threshold: float = 0.8
) -> list[list[str]]:
    """Groups of ids of articles that are near-duplicates of each other.

    Groups are transitive (if A copies B and B copies C, the three are one group), hold
    two or more ids in input order, and come in the order of their first article.
    An article with no words is a duplicate of nothing.
    """
    sets = [shingles(a.text) for a in articles]
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _linked_pairs(sets, threshold):
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        members[root(i)].append(i)
    groups = [ids for ids in members.values() if len(ids) > 1]
    groups.sort(key=lambda ids: ids[0])
    return [[articles[i].id for i in ids] for ids in groups]


def _linked_pairs(
    sets: list[frozenset[int]], threshold: float
) -> list[tuple[int, int]]:
    """Pairs (i, j) of similar sets: enough of them to give every group (not all pairs).

    Identical sets are linked to their first copy, which alone is compared further.
    The others are found by prefix filtering: with shingles ordered rarest first, two sets
    that share at least ``m`` shingles share one among the first ``len(set) - m + 1`` of
    each, so only those prefixes are indexed and looked up, and only sets that meet there
    (and whose sizes allow it) are compared in full. Common phrases and boilerplate sort
    last and rarely make a pair worth comparing.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    pairs: list[tuple[int, int]] = []
    first_copy: dict[frozenset[int], int] = {}
    distinct: list[int] = []
    for i, s in enumerate(sets):
        if not s:
            continue
        j = first_copy.setdefault(s, i)
        if j == i:
            distinct.append(i)
        else:
            pairs.append((j, i))
    frequency: Counter[int] = Counter()
    for i in distinct:
        frequency.update(sets[i])
    # a similar partner of a set of size x shares at least this share of its shingles:
    # containment needs t * min(x, y) with y >= ratio * x; Jaccard t * (x + y) / (1 + t)
    least = threshold * min(CONTAINMENT_MIN_RATIO, 1 / (1 + threshold))
    # and sizes may differ at most this much (containment, else Jaccard <= min / max)
    sizes = min(CONTAINMENT_MIN_RATIO, threshold)
    # the global order: rarest first, ties by hash; a shingle in one set only sorts first
    # and can meet no other set, so it is neither indexed nor looked up
    rank = {h: (c << 64) | (h & _MASK) for h, c in frequency.items() if c > 1}
    index: dict[int, list[int]] = {}
    for i in distinct:
        s = sets[i]
        repeated = sorted((h for h in s if h in rank), key=rank.__getitem__)
        overlap = max(1, math.ceil(least * len(s) - 1e-9))
        prefix = repeated[: max(0, len(repeated) - overlap + 1)]
        met = set(chain.from_iterable(index.get(h, ()) for h in prefix))
        for j in met:
            small, large = sorted((len(s), len(sets[j])))
            if small >= sizes * large and similarity(s, sets[j]) >= threshold:
                pairs.append((j, i))
        for h in prefix:
            index.setdefault(h, []).append(i)
    return pairs
