"""Whom an attack on a place hits (issue 10: "an attack on a place has that place's
civilians as the recipient"). Homes, shops and villages burned or demolished are their
people's: the rule held for attacks (18, 19, 20), and property destroyed (1712) named
no one it was done to unless the property had a named owner. A place whose own words
say whose it is ("a Russian air base in Syria") is that country's, before the country
it stands in.

Sentences written for these tests in wire style; each had no recipient, or the
country the place stands in, before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes, coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Militants burned dozens of homes in a village in Borno state.",
            "NGA",
            "NGACVL",
        ),
        (
            "Gunmen torched houses in two villages near Bunia in Ituri province on "
            "Saturday.",
            None,
            "CODCVL",
        ),
    ],
)
def test_property_destroyed_in_a_place_is_its_peoples(
    coder: Coder, text: str, source: str | None, target: str
) -> None:
    check_codes(coder, text, "1712", source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # whose the base is says whom the attack hits, before the country it stands in
        ("Drones struck a Russian air base in Syria on Tuesday night.", "RUSMIL"),
        ("Rockets hit a U.S. base in eastern Syria on Sunday.", "USAMIL"),
        # town names the small model tags as a person, or not at all
        (
            "Ukraine's air force said Russian drones struck Kharkiv overnight.",
            "UKRCVL",
        ),
        (
            "Russian missiles hit Odesa on Tuesday, damaging the port, Ukrainian "
            "officials said.",
            "UKRCVL",
        ),
    ],
)
def test_an_attacked_place_is_whose_its_words_or_its_town_say(
    coder: Coder, text: str, target: str
) -> None:
    events = [e for e in coder.code_text(text, DAY) if e.cameo[:2] in ("18", "19")]
    assert events and all(e.recipient and e.recipient.code == target for e in events), [
        (e.cameo, e.recipient.code if e.recipient else None) for e in events
    ]


def test_a_name_the_story_gives_no_country_of_stays_no_place(coder: Coder) -> None:
    # "Kharkiv" in a story that names no Ukraine: no country to give its people
    events = coder.code_text("Russian drones struck Kharkiv overnight.", DAY)
    assert [e.recipient for e in events if e.cameo[:2] == "19"] == [None]


def test_a_burning_that_kills_stays_a_burning(coder: Coder) -> None:
    # "set fire to a police station, KILLING three officers": the deaths are what the
    # burning did; the burning is no part of an attack
    events = coded(
        coder,
        "Gang members set fire to a police station in the Haitian town of Mirebalais "
        "on Monday, killing three officers.",
    )
    assert any(c == "1712" for c, _, _ in events), events
