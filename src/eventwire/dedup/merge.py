"""One event, many mentions: merging events within an article and across articles.

Two events are the same happening when they have the same actor code, the same recipient
code (no recipient matches only no recipient; bodies of no known country, "---", are told
apart by their names), the same CAMEO base code (the first three
characters: ``112`` and ``1123`` are one accusation), the same modality flags (negated,
hypothetical, future, historical: "did not attack" never merges with "attacked"), and
dates close enough:

- day dates (precision ``day``, or a date with no precision) merge when they are within
  the window of the group's *first* date, its anchor. Groups do not chain: with a one-day
  window, events on days 1, 2 and 3 give two events (days 1-2 and day 3), never one, because
  day 3 is two days from the anchor;
- coarser dates ("in March" is ``2024-03-01`` at ``month`` precision) merge only with the
  very same date at the same precision;
- an event with no date merges only with events with no date.

When an event could join several groups, it joins the one whose anchor date is nearest
(the earliest such group on a tie).

The merged event is a copy of its representative (the records passed in are not changed)
with ``mentions`` and ``counts`` filled in; its ``event_id`` is the representative's.

A headline states in short what the story reports: its event joins the body's report
of the same happening (``merge_article(..., headline=0)``), whatever the headline's own
date (a headline has none: it took the publication day). The body's report is one of
the same kind (the same CAMEO base code, or one code the other's general form: "190"
and "194") between compatible actors: on each side the same actor, a more specific one
("IGOUNO" and "IGOUNOHCH"), or one of the same country with the same sector or none
("SOM" and "SOMGOV"). Cooperation may name the pair in either order ("Kenya, Somalia
agree" and "Somalia and Kenya agreed"); conflict must keep its direction. A headline
with no recipient joins a report whose actor fits; failing a report between the same
two sides, the first report of the same kind by the same actor in the story's first
``LEAD_SENTENCES`` sentences (a headline's recipient is often misread), unless the
headline names a recipient of a third country where that report did not happen. The
body's report is the representative (it has the date and place).

A representative whose own sentence states no date (it took the day the story was
filed) takes the date, and a place finer than a country, of the first report in its
group that states one, unless that report is from another town.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ..records import UNKNOWN_COUNTRY, Actor, Article, Event

MentionKey = tuple[str, int, int, int]
# a headline's event joins a report by the same actor that names another recipient
# only in the story's first sentences, which the headline sums up
LEAD_SENTENCES = 3


def merge_article(events: list[Event], headline: int | None = None) -> list[Event]:
    """One article's events with repeats merged: one event per happening, with its mentions.

    The representative is the group's earliest sentence; the date window is one day.
    ``counts`` becomes {"mentions": distinct sentences, "sources": 1, "articles": 1}.
    Events of different articles are never merged here (use ``merge_corpus``).
    ``headline`` is the sentence that is the story's headline: its events join the
    body's report of them (see the module's notes). The result is ordered by first
    sentence.
    """
    order = sorted(range(len(events)), key=lambda i: events[i].sentence)
    ordered = [events[i] for i in order]
    heads: list[Event] = []
    if headline is not None:
        heads = [e for e in ordered if e.sentence == headline]
        ordered = [e for e in ordered if e.sentence != headline]
    groups = _group(
        ordered,
        window_days=1,
        key=lambda e: (e.article_id, *_happening_key(e)),
    )
    for head in heads:
        body = next((g for g in groups if _reports(head, g[0])), None)
        if body is None:  # the lead's report by the same actor, whoever it names
            body = next(
                (
                    g
                    for g in groups
                    if g[0].sentence - head.sentence <= LEAD_SENTENCES
                    and _reports(head, g[0], loose=True)
                ),
                None,
            )
        if body is None:
            groups.append([head])
        else:
            body.append(head)
    groups.sort(key=lambda g: min(e.sentence for e in g))
    merged = []
    for group in groups:
        first = group[0]
        mentions = _unique(
            sorted(
                (m for e in group for m in mentions_of(e)),
                key=lambda m: (m["sentence"], m["start"]),
            )
        )
        counts = {"mentions": len(mentions), "sources": 1, "articles": 1}
        merged.append(replace(_stated(first, group), mentions=mentions, counts=counts))
    return merged


def _stated(first: Event, group: list[Event]) -> Event:
    """The representative with the date a later report of it states, when its own
    sentence states none ("Protesters blocked a bridge" under the headline, then
    "... blocked the bridge on Saturday"), and that report's place when its own is
    no finer than a country. A report from another town keeps its own day."""
    if first.dated:
        return first
    told = next((e for e in group if e.dated), None)
    if told is None:
        return first
    place = first.location
    vague = place is None or place.precision in (None, "country")
    if not vague and (told.location is None or told.location.name != place.name):
        return first  # a report from another town is another happening's
    if vague and told.location is not None:
        place = told.location
    return replace(
        first,
        date=told.date,
        date_precision=told.date_precision,
        location=place,
        dated=True,
    )


def merge_corpus(
    results: Sequence[tuple[Article, list[Event]]], window_days: int = 1
) -> list[Event]:
    """All articles' events merged: one event per happening, with GDELT-style counts.

    Each article is merged with ``merge_article`` first. Across articles the date window is
    ``window_days`` from the group's earliest date. The representative is the earliest-dated
    event (the first in input order on a tie); ``mentions`` are every mention of every
    member, in input order; ``counts`` are {"mentions": distinct mentions, "sources":
    distinct sources (see ``source_of``), "articles": distinct articles}. Near-duplicate
    articles (``duplicate_groups``) still count as separate articles, as in GDELT.
    The result is ordered by the representative's place in the input.
    """
    if window_days < 0:
        raise ValueError(f"window_days must be 0 or more, not {window_days}")
    sources = {article.id: source_of(article) for article, _ in results}
    flat = [e for _, events in results for e in merge_article(events)]
    position = {id(e): i for i, e in enumerate(flat)}
    by_date = sorted(
        flat, key=lambda e: (e.date is None, e.date or "", position[id(e)])
    )
    groups = _group(by_date, window_days=window_days, key=_happening_key)
    merged = []
    for group in sorted(groups, key=lambda g: position[id(g[0])]):
        members = sorted(group, key=lambda e: position[id(e)])
        mentions = _unique(m for e in members for m in mentions_of(e))
        articles = {m["article_id"] for m in mentions}
        counts = {
            "mentions": len(mentions),
            "sources": len({sources.get(a, a) for a in articles}),
            "articles": len(articles),
        }
        merged.append(replace(group[0], mentions=mentions, counts=counts))
    return merged


def _reports(head: Event, body: Event, loose: bool = False) -> bool:
    """Does ``body`` report the happening the headline's event ``head`` states?
    ``loose``: whatever the headline names as the recipient (a headline's few words
    are often parsed wrong: "Imran Khan arrested outside court")."""
    if head.article_id != body.article_id or not _same_kind(head.cameo, body.cameo):
        return False
    hm, bm = head.modality, body.modality
    if (hm.negated, hm.hypothetical, hm.future) != (
        bm.negated,
        bm.hypothetical,
        bm.future,
    ):
        return False
    if bm.historical and not hm.historical:
        return False
    if loose:
        return _fits(head.actor, body.actor) and not _elsewhere(head, body)
    pairs = [(body.actor, body.recipient)]
    if head.quad_class in (1, 2) and body.recipient is not None:
        pairs.append((body.recipient, body.actor))
    for actor, recipient in pairs:
        if not _fits(head.actor, actor):
            continue
        if head.recipient is None or (
            recipient is not None and _fits(head.recipient, recipient)
        ):
            return True
    return False


def _elsewhere(head: Event, body: Event) -> bool:
    """Does the headline name a recipient of another country than the report's, one
    that is neither the headline actor's own country (a misread domestic party) nor
    where the report's event happened ("Israeli strikes on Damascus" and "struck a
    building near the Iranian embassy in the Syrian capital")?"""
    theirs = head.recipient.country if head.recipient is not None else None
    ours = body.recipient.country if body.recipient is not None else None
    if not theirs or not ours or theirs == ours or theirs == head.actor.country:
        return False
    return body.location is None or body.location.country != theirs


def _same_kind(a: str, b: str) -> bool:
    """The same CAMEO base code, or one the general form of the other (190, 194)."""
    return a[:3] == b[:3] or (a[:2] == b[:2] and "0" in (a[2:3], b[2:3]))


def _fits(a: Actor, b: Actor) -> bool:
    """Can two actors be the same: one identity, one code the start of the other's
    ("IGOUNO" and "IGOUNOHCH", "SDNREB" and "SDNREBRSF"), or one country (known) with
    the same sector or one side with none ("SOM" and "SOMGOV")."""
    if a.identity == b.identity:
        return True
    short, long = sorted((a.code, b.code), key=len)
    if (
        len(short) >= 3
        and not short.startswith(UNKNOWN_COUNTRY)
        and long.startswith(short)
    ):
        return True
    if not a.country or a.country != b.country or a.country == UNKNOWN_COUNTRY:
        return False
    return not a.sector or not b.sector or a.sector == b.sector


def one_a_day(events: Iterable[Event]) -> list[Event]:
    """The Phoenix-style filter: the first event per (actor, recipient, full code, date).

    Nothing is summed: the kept events are returned as they are, in input order.
    """
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for e in events:
        key = (e.actor.identity, _recipient_code(e), e.cameo, e.date)
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return kept


def mentions_of(event: Event) -> list[dict[str, Any]]:
    """The event's mentions; an event with none is mentioned by its own sentence."""
    if event.mentions:
        return [dict(m) for m in event.mentions]
    return [
        {
            "article_id": event.article_id,
            "sentence": event.sentence,
            "start": event.evidence.start,
            "end": event.evidence.end,
        }
    ]


def source_of(article: Article) -> str:
    """Who published an article: its source name, else its URL's host, else its id."""
    if article.source and article.source.strip():
        return article.source.strip().casefold()
    if article.url:
        host = urlsplit(article.url.strip()).hostname
        if host:
            return host.removeprefix("www.")
    return article.id


# -- grouping ---------------------------------------------------------------------------
@dataclass
class _Group:
    anchor: date | None
    members: list[Event] = field(default_factory=list)


def _group(
    events: Iterable[Event],
    window_days: int,
    key: Callable[[Event], tuple[Any, ...]],
) -> list[list[Event]]:
    """Events in processing order -> groups; each group's first member is its anchor."""
    buckets: dict[tuple[Any, ...], list[_Group]] = {}
    groups: list[_Group] = []
    for e in events:
        day = event_day(e)
        candidates = buckets.setdefault((*key(e), _date_class(e, day)), [])
        best = nearest_group(candidates, day, window_days, lambda g: g.anchor)
        if best is None:
            best = _Group(day)
            candidates.append(best)
            groups.append(best)
        best.members.append(e)
    return [g.members for g in groups]


def match_key(e: Event) -> str:
    """What must be equal for two reports to be one happening, as one string (the
    store indexes it): actor, recipient, CAMEO base code, modality flags, and for a
    coarse or missing date the date itself (day dates are compared within a window)."""
    actor, recipient, base, flags = _happening_key(e)
    day = event_day(e)
    when = "day" if day is not None else f"{e.date or '-'}/{e.date_precision or '-'}"
    return "|".join(
        [actor, recipient or "-", base, "".join("1" if f else "0" for f in flags), when]
    )


G = TypeVar("G")


def nearest_group(
    groups: Sequence[G],
    day: date | None,
    window_days: int,
    anchor: Callable[[G], date | None],
) -> G | None:
    """The group a report joins, of the groups of its key in the order they were
    started: with no day (a coarse or missing date), the first; with a day, the one whose
    anchor is nearest and within the window (the earliest on a tie)."""
    if day is None:
        return groups[0] if groups else None
    best: G | None = None
    best_gap = window_days + 1
    for g in groups:
        start = anchor(g)
        if start is None:
            continue
        gap = abs((day - start).days)
        if gap < best_gap:
            best, best_gap = g, gap
    return best


def _happening_key(e: Event) -> tuple[Any, ...]:
    m = e.modality
    return (
        e.actor.identity,
        _recipient_code(e),
        e.cameo[:3],
        (m.negated, m.hypothetical, m.future, m.historical),
    )


def _recipient_code(e: Event) -> str | None:
    # two bodies of no known country are told apart by their names
    return e.recipient.identity if e.recipient is not None else None


def event_day(e: Event) -> date | None:
    """The event's date when it is a day that can be compared within a window."""
    if e.date is None or e.date_precision not in (None, "day"):
        return None
    try:
        return date.fromisoformat(e.date[:10])
    except ValueError:
        return None


def _date_class(e: Event, day: date | None) -> tuple[Any, ...]:
    """What must be equal for two events' dates to be compared at all."""
    if day is not None:
        return ("day",)
    return ("exact", e.date, e.date_precision)


def _unique(mentions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[MentionKey] = set()
    out = []
    for m in mentions:
        k = (m["article_id"], m["sentence"], m["start"], m["end"])
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out
