"""Forces offered to a host are no threat to it: "Rwanda plans to send troops to
Mozambique TO FIGHT insurgents" is an intent to provide military protection (0334),
not a threat of force against Mozambique (138). Issue 10 names "a deployment abroad
for a mission becomes a threat (138)" among the intent frame's faults.

Sentences written for these tests in wire style; each gave 138 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Rwanda plans to send troops to Mozambique to fight insurgents in Cabo "
            "Delgado.",
            "RWA",
            "MOZ",
        ),
        (
            "Kenya is ready to deploy 1,000 police officers to Haiti as part of a "
            "UN-backed mission.",
            "KEN",
            "HTI",
        ),
    ],
)
def test_forces_offered_to_a_host_are_protection(
    coder: Coder, text: str, actor: str, target: str
) -> None:
    found = coded(coder, text)
    assert ("0334", actor, target) in found, found
    assert not any(c.startswith("13") for c, _, _ in found), found


def test_forces_massed_on_a_border_are_a_threat(coder: Coder) -> None:
    """Guard: troops sent to another's border with no such purpose threaten it."""
    found = coded(coder, "Russia plans to send more troops to the border with Ukraine.")
    assert ("138", "RUS", "UKR") in found, found
