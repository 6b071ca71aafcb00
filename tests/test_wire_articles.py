"""Whole wire articles written for these tests (tests/fixtures/wire_articles), with the
date and place a careful human coder gives each labelled event: what the coder makes of
datelines, weekdays, relative days, statements made far from the fighting, captions and
credits on realistic layouts.

An event a label names but the coder does not produce is not scored for its date or
place. Labels that also give the event's CAMEO root, source and target (``root``,
``source``, ``target``: a value or a list of alternatives; an actor is its ``text`` and
``code``, matched as ``eventwire.evaluate.actor_matches`` does) are checked for being
found; ``"root": null`` says the sentence states no event (a sports result, a copy
note, a related headline), and the coder must give it none. ``known`` lists the labels the coder still gets wrong (``date``, ``place``,
``event``), as strict expected failures, so that fixing one shows.

An article marked ``"read": "wire"`` is a web page as scraped (headline, date line,
outlet line, then the page's text): it is read as the tool reads files, by the wire
reader, which takes the headline, date and outlet as the header; its labels' snippets
are in the body the reader gives, and its publication date is the date line's.
The others are coded as they are, with the labelled publication date.
``bench/wire_articles.py`` prints the figures over all articles.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import actor_matches
from eventwire.ingest import read_text
from eventwire.nlp import read_layout
from eventwire.pipeline import Coder
from eventwire.records import Article, Event, Place

HERE = Path(__file__).resolve().parent / "fixtures" / "wire_articles"
EXPECTED: dict[str, Any] = json.loads((HERE / "expected.json").read_text("utf-8"))


def _labels() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    return [
        (a["file"], a, label) for a in EXPECTED["articles"] for label in a["events"]
    ]


_ARTICLES = {a["file"]: a for a in EXPECTED["articles"]}


@cache
def read_article(name: str) -> Article:
    """The fixture article as the coder gets it (see the module's docstring)."""
    raw = (HERE / name).read_text("utf-8")
    if _ARTICLES[name].get("read") == "wire":
        return read_text(raw, name)
    return Article(id=name, text=raw, published=_ARTICLES[name]["published"])


def text_of(name: str) -> str:
    """The text the coder reads, where the labels' snippets are."""
    return read_article(name).text


def code_article(coder: Coder, name: str) -> list[Event]:
    """One fixture article's events."""
    [result] = coder.code([read_article(name)])
    return result.events


def coded_articles(coder: Coder) -> dict[str, list[Event]]:
    """Each fixture article's events, coded with its publication date."""
    return {a["file"]: code_article(coder, a["file"]) for a in EXPECTED["articles"]}


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


def _alternatives(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def event_matches(label: dict[str, Any], event: Event) -> bool:
    """Is the coder's event the labelled one: its CAMEO root and both of its ends?"""
    record = event.to_dict()
    return (
        record["cameo_root"] in _alternatives(label["root"])
        and any(
            actor_matches(record["actor"], a.get("code"), a["text"])
            for a in _alternatives(label["source"])
        )
        and any(
            actor_matches(record["recipient"], a.get("code"), a["text"])
            for a in _alternatives(label["target"])
        )
    )


@pytest.fixture(scope="module")
def coded(coder: Coder) -> dict[str, list[Event]]:
    return coded_articles(coder)


def is_silent(label: dict[str, Any]) -> bool:
    """Does the label say that its sentence states no event?"""
    return "root" in label and label["root"] is None


def _cases(field: str, known: str | None = None, silent: bool = False) -> list[Any]:
    out = []
    for name, _, label in _labels():
        if field not in label or is_silent(label) != silent:
            continue
        marks = []
        why = label.get("known", {}).get(known or field)
        if why:
            marks.append(pytest.mark.xfail(reason=why, strict=True))
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


@pytest.mark.parametrize(("name", "label"), _cases("root", known="event"))
def test_wire_articles_labelled_event_is_found(
    coded: dict[str, list[Event]], name: str, label: dict[str, Any]
) -> None:
    events = events_for(label, coded[name], text_of(name))
    assert any(event_matches(label, e) for e in events), [
        (e.cameo, e.actor.text, e.recipient.text if e.recipient else None)
        for e in events
    ]


@pytest.mark.parametrize(("name", "label"), _cases("root", known="event", silent=True))
def test_wire_articles_eventless_sentence_is_silent(
    coded: dict[str, list[Event]], name: str, label: dict[str, Any]
) -> None:
    events = events_for(label, coded[name], text_of(name))
    assert not events, [(e.cameo, e.evidence.trigger, e.actor.text) for e in events]


@pytest.mark.parametrize(
    "name", [a["file"] for a in EXPECTED["articles"] if a.get("read") == "wire"]
)
def test_wire_articles_scraped_page_is_dated_by_its_date_line(name: str) -> None:
    article = read_article(name)
    assert (article.published, article.title) == (
        _ARTICLES[name]["published"],
        (HERE / name).read_text("utf-8").split("\n", 1)[0],
    )


def test_wire_articles_most_labelled_events_are_coded(
    coded: dict[str, list[Event]],
) -> None:
    labels = [(name, label) for name, _, label in _labels() if not is_silent(label)]
    found = sum(
        1 for name, label in labels if events_for(label, coded[name], text_of(name))
    )
    assert found >= len(labels) // 2, found


@pytest.mark.parametrize(
    ("text", "datelines", "blanked"),
    [
        # a press release: its notes, a town-and-day dateline, the contact block
        (
            "FOR IMMEDIATE RELEASE\n\nTogo and Benin sign border pact\n\n"
            "Lome, 3 April 2024 — The two foreign ministers signed the pact.\n\n"
            "-ENDS-\n\nFor media enquiries, please contact:\nPress Office\n"
            "Tel: +228 22 21 00 00\n",
            [("Lome", "3 April 2024")],
            [
                "FOR IMMEDIATE RELEASE",
                "-ENDS-",
                "For media enquiries, please contact:",
                "Press Office",
                "Tel: +228 22 21 00 00",
            ],
        ),
        # a Reuters slug and update note; a live blog's stamps; Xinhua's editor
        (
            "UPDATE 1-Police clash with miners in Lima\n\n(Adds minister's comment)\n\n"
            "Last updated: 4 May 2024\n\n09:30 GMT\n\nPolice fired tear gas.\n\n"
            "Editor: Zhang Min\n",
            [],
            [
                "UPDATE 1-",
                "(Adds minister's comment)",
                "Last updated: 4 May 2024",
                "09:30 GMT",
                "Editor: Zhang Min",
            ],
        ),
        # a Guardian byline with the writers' towns and its time stamp; a web page's
        # "Issued on", links to other stories and a list of related headlines
        (
            "Russian jets hit Idlib market\n\nMartin Chulov in Beirut and agencies\n\n"
            "Mon 4 Nov 2019 16.40 GMT\n\nRussian jets hit a market.\n\n"
            "Issued on: 27/04/2024 - 14:05\n\nRead more: Mali expels envoy\n\n"
            "Related headlines:\nNiger orders US troops out\nChad ends pact\n\n"
            "Wednesday 20 November 2024\n",
            [],
            [
                "Martin Chulov in Beirut and agencies",
                "Mon 4 Nov 2019 16.40 GMT",
                "Issued on: 27/04/2024 - 14:05",
                "Read more: Mali expels envoy",
                "Related headlines:",
                "Niger orders US troops out",
                "Chad ends pact",
                "Wednesday 20 November 2024",
            ],
        ),
        # TASS's slashes; a BBC outlet line under the byline; correction notes
        (
            "Lavrov meets Mirzoyan\n\nMOSCOW, March 14. /TASS/. Lavrov held talks.\n\n"
            "By Jane Doe\n\nBBC News, Kampala\n\nPolice fired tear gas.\n\n"
            "(This story has been corrected to fix the day in paragraph 4)\n\n"
            "Correction: An earlier version misstated the date of the march.\n",
            [("MOSCOW", "March 14"), ("Kampala", None)],
            [
                "By Jane Doe",
                "BBC News, Kampala",
                "(This story has been corrected to fix the day in paragraph 4)",
                "Correction: An earlier version misstated the date of the march.",
            ],
        ),
    ],
)
def test_wire_articles_layout_blanks_copy_notes(
    text: str, datelines: list[tuple[str, str]], blanked: list[str]
) -> None:
    layout = read_layout(text)
    assert [(d.place, d.day) for d in layout.datelines] == datelines
    assert [text[f.start : f.end] for f in layout.furniture] == blanked
    for part in blanked:
        at = text.index(part)
        assert not layout.text[at : at + len(part)].strip()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Africa in brief\n\n\u2022 SOMALIA: Fighters attacked a base.\n"
            "\u2022 KENYA: Police fired tear gas.\n- CHAD: The government ended a pact.\n",
            ["SOMALIA", "KENYA", "CHAD"],
        ),
    ],
)
def test_wire_articles_layout_a_list_items_country_is_its_dateline(
    text: str, places: list[str]
) -> None:
    layout = read_layout(text)
    assert [d.place for d in layout.datelines] == places
    for bullet in ("\u2022", "- CHAD"):
        assert bullet not in layout.text
    for item in ("Fighters attacked", "Police fired", "The government ended"):
        assert text.index(item) in layout.starts
