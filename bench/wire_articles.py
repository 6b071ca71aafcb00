"""Figures of whole-article coding on the articles in tests/fixtures/wire_articles.

    python bench/wire_articles.py [FILE ...]

For each article (all, or the FILEs named) and in total, over the labels of
``expected.json`` (``tests/test_wire_articles.py`` describes them):

- events found: labels with a CAMEO root, source and target that the coder produced in
  the labelled sentence with that root and both ends (actors matched as
  ``eventwire.evaluate.actor_matches`` does);
- events right: the share of the coder's events in those sentences, and in sentences
  labelled as stating no event (``"root": null``), that match a label of their sentence;
  printed again below the totals with the other side of a meeting, call or negotiation
  counted right (the coder gives both sides of these codes, as the dev gold does; the
  labels here name one side);
- dates right, places right: labels with a date (a place) whose coded events all have
  it; a label whose sentence the coder gives no event is not scored. Where the label
  names the event (root and ends) and the coder has it, that event is judged.

The articles with event labels are totalled apart: they were written after the coder's
date and place rules and were not tuned on when first measured. It is a measurement:
the exit status is 0 whatever the figures say.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from eventwire.pipeline import shared_coder
from eventwire.records import Event
from test_wire_articles import (
    EXPECTED,
    code_article,
    date_is_right,
    event_matches,
    events_for,
    is_silent,
    place_is_right,
    text_of,
)

_FIELDS = (
    "found",
    "labelled",
    "right",
    "coded",
    "dates",
    "dated",
    "places",
    "placed",
    "mirrors",
)


def _mirror(event: Event) -> Event:
    """The event with its two sides swapped."""
    return replace(event, actor=event.recipient, recipient=event.actor)


def score_article(
    article: dict[str, Any],
    events: list[Event],
    symmetric: frozenset[str] = frozenset(),
) -> dict[str, int]:
    """The counts behind the four figures for one article (and ``mirrors``: events of
    a ``symmetric`` code not right as coded that are right with their sides swapped)."""
    text = text_of(article["file"])
    counts = dict.fromkeys(_FIELDS, 0)
    labels = article["events"]
    named = [label for label in labels if "root" in label]
    in_named: dict[int, Event] = {}
    right: set[int] = set()
    mirrored: set[int] = set()
    for label in named:
        sentence = events_for({"snippet": label["snippet"]}, events, text)
        in_named.update((id(e), e) for e in sentence)
        if is_silent(label):
            continue
        matched = [e for e in sentence if event_matches(label, e)]
        right.update(id(e) for e in matched)
        mirrored.update(
            id(e)
            for e in sentence
            if e.cameo in symmetric
            and e.recipient is not None
            and event_matches(label, _mirror(e))
        )
        counts["labelled"] += 1
        counts["found"] += bool(matched)
    counts["coded"] = len(in_named)
    counts["right"] = len(right)
    counts["mirrors"] = len(mirrored - right)
    for label in labels:
        judged = events_for(label, events, text)
        if "root" in label and not is_silent(label):
            judged = [e for e in judged if event_matches(label, e)] or judged
        if not judged:
            continue
        if "date" in label:
            counts["dated"] += 1
            counts["dates"] += all(date_is_right(label, e) for e in judged)
        if "place" in label:
            counts["placed"] += 1
            counts["places"] += all(place_is_right(label, e) for e in judged)
    return counts


def _share(num: int, den: int) -> str:
    return f"{num / den:.2f} ({num}/{den})" if den else "   -"


def _line(name: str, c: dict[str, int]) -> str:
    return (
        f"{name:28} {_share(c['found'], c['labelled']):>14} "
        f"{_share(c['right'], c['coded']):>14} {_share(c['dates'], c['dated']):>14} "
        f"{_share(c['places'], c['placed']):>14}"
    )


def main(files: list[str]) -> None:
    coder = shared_coder()
    symmetric = coder.events.book.symmetric
    articles = [a for a in EXPECTED["articles"] if not files or a["file"] in files]
    header = (
        f"{'article':28} {'events found':>14} {'events right':>14} "
        f"{'dates right':>14} {'places right':>14}"
    )
    print(header)
    totals = {
        "with event labels": dict.fromkeys(_FIELDS, 0),
        "date/place labels only": dict.fromkeys(_FIELDS, 0),
    }
    for article in articles:
        events = code_article(coder, article["file"])
        counts = score_article(article, events, symmetric)
        print(_line(article["file"], counts))
        named = any("root" in label for label in article["events"])
        total = totals["with event labels" if named else "date/place labels only"]
        for key in _FIELDS:
            total[key] += counts[key]
    print()
    for name, total in totals.items():
        print(_line(name, total))
    print(
        _line(
            "all",
            {k: sum(t[k] for t in totals.values()) for k in _FIELDS},
        )
    )
    t = totals["with event labels"]
    print(
        "\nevents right, the other side of a meeting, call or negotiation counted "
        f"right: {_share(t['right'] + t['mirrors'], t['coded'])}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
