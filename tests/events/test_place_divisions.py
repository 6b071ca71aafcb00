"""A place named by the division it lies in ("in Idlib province's Maarat al-Numan")
is of that division's country when the gazetteer does not know the place itself. An
attack there hits that country's people, not the attackers' own.

Sentences written for these tests in wire style; the first gave the attackers'
country to the market's people before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_place_in_a_named_province_is_of_its_country(coder: Coder) -> None:
    found = coded(
        coder,
        "Russian warplanes bombed a crowded market in Idlib province's Kafr Nabudah "
        "on Monday night, killing at least nine civilians.",
    )
    assert any(
        code.startswith("19") and actor == "RUSMIL" and target == "SYRCVL"
        for code, actor, target in found
    ), found


def test_a_known_town_keeps_its_own_country(coder: Coder) -> None:
    """Guard: a town the gazetteer knows is placed by itself."""
    found = coded(
        coder,
        "Russian warplanes bombed a crowded market in Aleppo on Monday night, killing "
        "at least nine civilians.",
    )
    assert any(
        code.startswith("19") and target == "SYRCVL" for code, _, target in found
    ), found


def test_a_place_in_a_division_named_before_its_word_is_of_its_country(
    coder: Coder,
) -> None:
    """ "near a temple in SURIN province": the division's name before its word."""
    found = coded(
        coder,
        "Cambodian soldiers opened fire near an ancient temple in Surin province on "
        "Tuesday, the Thai army said.",
    )
    assert any(
        code.startswith("19") and actor == "KHMMIL" and target == "THACVL"
        for code, actor, target in found
    ), found
