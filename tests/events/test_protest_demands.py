"""What protesters demand while they protest makes the protest's kind and its target:
"staged a sit-in and demanded the minister's resignation" is a demonstration for a
change of leaders (1411) against the minister, not a bare rally plus a separate demand.
A crowd that demands a change in the street ("crowds demanding his resignation")
demonstrates for it.

Sentences written for these tests in wire style; each gave a targetless 141 beside a
1041, or a 1041 alone, before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_sit_in_and_a_demand_for_resignation_is_one_protest(coder: Coder) -> None:
    found = coded(
        coder,
        "Members of the opposition Janata Party staged a sit-in outside the district "
        "office in Bhubaneswar on Friday and demanded the education minister's "
        "resignation.",
    )
    assert any(code == "1411" for code, _, _ in found), found
    assert not any(code.startswith("10") for code, _, _ in found), found


def test_a_march_demanding_a_resignation_is_against_the_leader(coder: Coder) -> None:
    found = coded(
        coder,
        "Thousands of Togolese marched through Lome on Saturday demanding the "
        "resignation of President Faure Gnassingbe.",
    )
    assert any(
        code == "1411" and target.startswith("TGO") for code, _, target in found
    ), found


def test_a_strike_to_force_a_resignation_is_a_strike_for_it(coder: Coder) -> None:
    found = coded(
        coder,
        "Opposition parties in Malawi held a general strike on Monday to demand "
        "the resignation of President Lazarus Chakwera.",
    )
    assert any(code == "1431" for code, _, _ in found), found


def test_crowds_demanding_a_resignation_demonstrate(coder: Coder) -> None:
    found = coded(
        coder,
        "Riot police in Tbilisi dispersed crowds demanding the resignation of Prime "
        "Minister Irakli Kobakhidze late on Sunday.",
    )
    assert any(
        code == "1411" and target.startswith("GEO") for code, _, target in found
    ), found


def test_a_demand_for_release_gives_the_protest_no_target(coder: Coder) -> None:
    """Guard: "demanding the release of X": X is whom they want freed, not whom the
    protest is against."""
    found = coded(
        coder,
        "Hundreds of students marched in Dhaka on Tuesday demanding the release of "
        "the student leader Nahid Islam.",
    )
    assert not any(
        code.startswith("14") and target is not None for code, _, target in found
    ), found


def test_a_demand_said_by_others_stays_theirs(coder: Coder) -> None:
    """Guard: a demand in another speaker's clause is not the protesters'."""
    found = coded(
        coder,
        "Farmers rallied in Nairobi on Monday, and the opposition leader Raila Odinga "
        "later demanded the resignation of the agriculture minister.",
    )
    assert any(code == "1041" for code, _, _ in found), found
