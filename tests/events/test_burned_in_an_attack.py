"""Homes burned in an attack are what the attack did, not a second act: "insurgents
attacked two villages, burning dozens of homes" is one attack (19x), not also
property destroyed (1712). Burning with no attack beside it stays 1712. So are people
freed by force ("attacked the prison and freed hundreds of inmates"): a release (0841)
is its holder's.

Sentences written for these tests in wire style; the first two gave 1712 beside the
attack before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    "text",
    [
        "Islamist insurgents attacked two villages in Cabo Delgado province on Sunday, "
        "burning dozens of homes.",
        "Gunmen stormed the village of Kuru in Plateau state on Tuesday and set fire "
        "to more than 40 houses.",
    ],
)
def test_homes_burned_in_an_attack_are_the_attack(coder: Coder, text: str) -> None:
    found = coded(coder, text)
    assert any(code[:2] in ("18", "19") for code, _, _ in found), found
    assert not any(code == "1712" for code, _, _ in found), found


def test_burning_after_another_groups_attack_stays_destruction(coder: Coder) -> None:
    """Guard: the soldiers' burning is theirs, whatever the militants did."""
    found = coded(
        coder,
        "Soldiers burned down dozens of homes in the village of Maru on Monday, a day "
        "after militants killed two soldiers nearby.",
    )
    assert any(code == "1712" for code, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attacked the central prison in Bukavu before dawn on Tuesday and "
        "freed hundreds of inmates.",
        "The army said its troops had killed nine bandits in an ambush near Tsafe and "
        "freed 12 kidnapped traders.",
    ],
)
def test_people_freed_by_force_are_no_release(coder: Coder, text: str) -> None:
    found = coded(coder, text)
    assert any(code[:2] in ("18", "19") for code, _, _ in found), found
    assert not any(code.startswith("084") for code, _, _ in found), found


def test_a_holders_release_stays_a_release(coder: Coder) -> None:
    """Guard: those who held the hostages release them."""
    found = coded(
        coder,
        "Gunmen who abducted 20 pupils in Kaduna state last month released them on "
        "Sunday, police said.",
    )
    assert any(code == "0841" for code, _, _ in found), found


def test_kidnappers_who_free_their_captives_release_them(coder: Coder) -> None:
    """Guard: "kidnapped six nuns and freed them a week later": the kidnappers held
    them."""
    found = coded(
        coder,
        "In May, gunmen kidnapped four aid workers from a convoy near Kidal and freed "
        "them ten days later.",
    )
    assert any(code == "0841" for code, _, _ in found), found
