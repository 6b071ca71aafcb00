"""Event locations: the place its own clause names, geocoded with the story's countries."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder


def _located(coder: Coder, text: str, code_prefix: str) -> list:
    events = [
        e
        for e in coder.code_text(text, "2022-05-10")
        if e.cameo.startswith(code_prefix)
    ]
    assert events, coder.code_text(text, "2022-05-10")
    return [e.location for e in events]


@pytest.mark.parametrize(
    ("text", "prefix", "name", "country"),
    [
        # a place word introduces the town
        (
            "Syrian government forces shelled rebel positions near the city of Homs on Sunday.",
            "19",
            "Homs",
            "SYR",
        ),
        (
            "Hundreds of Kenyan students demonstrated in the western city of Kisumu on Friday.",
            "14",
            "Kisumu",
            "KEN",
        ),
        # "to" is where a visit happens
        (
            "The Indian foreign minister travelled to Dhaka for talks.",
            "04",
            "Dhaka",
            "BGD",
        ),
        # a part of a country falls back to the country
        (
            "Turkish jets bombed Kurdish militants in northern Iraq.",
            "18",
            "Iraq",
            "IRQ",
        ),
    ],
)
def test_location_is_the_place_the_clause_names(
    coder: Coder, text: str, prefix: str, name: str, country: str
) -> None:
    places = _located(coder, text, prefix)
    assert any(
        p is not None and p.name == name and p.country == country for p in places
    ), places


def test_location_disambiguates_by_the_story_country(coder: Coder) -> None:
    text = (
        "The United Nations envoy for Syria proposed a truce between Syrian troops and "
        "rebels, with the second city Aleppo as a first test."
    )
    places = {p for p in _located(coder, text, "02") if p is not None}
    assert len(places) == 1, places
    place = places.pop()
    assert place.country == "SYR"  # not Aleppo, Pennsylvania
    assert abs(place.lat - 36.20) < 0.1 and abs(place.lon - 37.16) < 0.1
    assert place.precision == "city" and place.geonameid


def test_damascus_is_the_syrian_capital(coder: Coder) -> None:
    place = coder.geocode("Damascus", ["SYR"])
    assert place is not None and place.country == "SYR"
    assert coder.geocode("Damascus", []).country == "SYR"  # population wins over Oregon


def test_reported_event_is_not_located_where_it_was_said(coder: Coder) -> None:
    text = "Speaking in Moscow, the Russian defence minister said Ukrainian troops shelled Donetsk."
    for event in coder.code_text(text, "2022-05-10"):
        assert event.location is None or event.location.name != "Moscow", event


def test_place_of_another_clause_is_not_the_event_location(coder: Coder) -> None:
    # the talks collapsed in Geneva; the invitation was not made there
    text = "Russia invited the Syrian foreign minister to resume talks that collapsed in Geneva."
    for event in coder.code_text(text, "2022-05-10"):
        assert event.location is None or event.location.name != "Geneva", event


def test_a_month_is_not_a_place(coder: Coder) -> None:
    events = coder.code_text(
        "Kenyan police arrested opposition leaders in March.", "2021-06-09"
    )
    assert events and all(e.location is None for e in events)
    assert events[0].date == "2021-03-01"
