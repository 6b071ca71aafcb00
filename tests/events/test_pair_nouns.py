""" "The two governments", "both countries", "the two leaders": the two sides of the
story's last event between two, as the noun names them. After Cambodian and Thai
soldiers clashed, "the two governments" are the governments (KHMGOV, THAGOV), not the
soldiers; "both countries accused each other" is each of the other, not of whom the
clash was by. From helper-53's report (round 9 not untuned for it); stories written for
these tests in wire style."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

DAY = "2024-05-14"
CLASH = "Laotian and Vietnamese soldiers exchanged fire along the border on Monday.\n\n"


def _pairs(coder: Coder, text: str, code: str) -> set[tuple[str, str | None]]:
    return {
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith(code) and e.sentence > 0
    }


@pytest.mark.parametrize(
    ("second", "code", "pairs"),
    [
        (
            "The two governments later agreed to hold talks.",
            "036",
            {("LAOGOV", "VNMGOV"), ("VNMGOV", "LAOGOV")},
        ),
        (
            "Both countries accused each other of starting the clash.",
            "112",
            {("LAO", "VNM"), ("VNM", "LAO")},
        ),
    ],
)
def test_the_pair_is_what_its_noun_names(
    coder: Coder, second: str, code: str, pairs: set[tuple[str, str | None]]
) -> None:
    assert _pairs(coder, CLASH + second, code) == pairs


@pytest.mark.parametrize(
    "second",
    [
        "The two factions agreed to a ceasefire late on Tuesday.",
        "The rival camps agreed to a ceasefire late on Tuesday.",
    ],
)
def test_factions_and_camps_are_the_two_sides(coder: Coder, second: str) -> None:
    """ "the two factions", "the rival camps": the two sides of a fight, like "the two
    sides" (helper-65's report)."""
    text = (
        "Chadian troops clashed with FACT rebels near Zouar on Monday, the army "
        "said.\n\n" + second
    )
    assert _pairs(coder, text, "035") == {
        ("TCDMIL", "TCDREB"),
        ("TCDREB", "TCDMIL"),
    }


def test_a_country_and_a_group_sharing_a_head_are_two_sides(coder: Coder) -> None:
    """ "Iranian and Taliban border forces fought": a country's forces and a named
    group's, who fight each other (like "Iranian and Afghan border forces")."""
    text = "Iranian and Taliban border forces fought near the Milak crossing on Monday."
    found = {
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith("19")
    }
    assert ("IRNMIL", "AFGINSTAL") in found and ("AFGINSTAL", "IRNMIL") in found, found
