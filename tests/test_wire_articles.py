"""Whole wire articles written for these tests (tests/fixtures/wire_articles), with the
date and place a careful human coder gives each labelled event: what the coder makes of
datelines, weekdays, relative days, statements made far from the fighting, captions and
credits on realistic layouts.

An event a label names but the coder does not produce is not scored here (finding
events is the events tests' work); ``known`` lists the labels the coder still gets
wrong, as strict expected failures, so that fixing one shows.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Event, Place

HERE = Path(__file__).resolve().parent / "fixtures" / "wire_articles"
EXPECTED: dict[str, Any] = json.loads((HERE / "expected.json").read_text("utf-8"))


def _labels() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    return [
        (a["file"], a, label) for a in EXPECTED["articles"] for label in a["events"]
    ]


def text_of(name: str) -> str:
    return (HERE / name).read_text("utf-8")


def coded_articles(coder: Coder) -> dict[str, list[Event]]:
    """Each fixture article's events, coded with its publication date."""
    return {
        a["file"]: coder.code_text(text_of(a["file"]), a["published"], a["file"])
        for a in EXPECTED["articles"]
    }


def events_for(label: dict[str, Any], events: list[Event], text: str) -> list[Event]:
    """The events that the labelled sentence states (as their evidence or as one of
    their mentions: a headline's event merges with the body's report of it), with the
    label's trigger when it names one."""
    at = text.index(label["snippet"])
    return [
        e
        for e in events
        if any(m["start"] <= at < m["end"] for m in e.to_dict()["mentions"])
        and label.get("trigger", e.evidence.trigger) == e.evidence.trigger
    ]


def date_is_right(label: dict[str, Any], event: Event) -> bool:
    want: str | None = label["date"]
    if want is None or event.date is None:
        return want == event.date
    got, day = date.fromisoformat(event.date), date.fromisoformat(want)
    precision = label.get("precision", "day")
    if precision == "year":
        return got.year == day.year
    if precision == "month":
        return (got.year, got.month) == (day.year, day.month)
    return abs((got - day).days) <= label.get("tol_days", 0)


def _place_matches(want: dict[str, Any] | None, got: Place | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if "country" in want and got.country != want["country"]:
        return False
    names = [n.lower() for n in want.get("names", [])]
    return not names or (got.name or "").lower() in names


def place_is_right(label: dict[str, Any], event: Event) -> bool:
    wants = label["place"] if isinstance(label["place"], list) else [label["place"]]
    return any(_place_matches(w, event.location) for w in wants)


@pytest.fixture(scope="module")
def coded(coder: Coder) -> dict[str, list[Event]]:
    return coded_articles(coder)


def _cases(field: str) -> list[Any]:
    out = []
    for name, _, label in _labels():
        if field not in label:
            continue
        marks = []
        if field in label.get("known", {}):
            marks.append(pytest.mark.xfail(reason=label["known"][field], strict=True))
        out.append(
            pytest.param(name, label, id=f"{name}:{label['snippet'][:30]}", marks=marks)
        )
    return out


@pytest.mark.parametrize(("name", "label"), _cases("date"))
def test_wire_articles_date_is_the_coders(
    coded: dict[str, list[Event]], name: str, label: dict[str, Any]
) -> None:
    events = events_for(label, coded[name], text_of(name))
    wrong = [
        (e.cameo, e.evidence.trigger, e.date)
        for e in events
        if not date_is_right(label, e)
    ]
    assert not wrong, (label["date"], wrong)


@pytest.mark.parametrize(("name", "label"), _cases("place"))
def test_wire_articles_place_is_the_coders(
    coded: dict[str, list[Event]], name: str, label: dict[str, Any]
) -> None:
    events = events_for(label, coded[name], text_of(name))
    wrong = [
        (e.cameo, e.evidence.trigger, e.location)
        for e in events
        if not place_is_right(label, e)
    ]
    assert not wrong, (label["place"], wrong)


def test_wire_articles_most_labelled_events_are_coded(
    coded: dict[str, list[Event]],
) -> None:
    found = sum(
        1
        for name, _, label in _labels()
        if events_for(label, coded[name], text_of(name))
    )
    assert found >= len(_labels()) // 2, found
