"""A state's organ does not blame or reject its own country (issue 10: "12% of labelled
events had the wrong or missing recipient"). "Chile's navy seized three boats,
accusing them of fishing in Chilean waters": the waters' adjective was the only
country left for the accusation, and the navy accused Chile.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded as _events


@pytest.mark.parametrize(
    "text",
    [
        "Chile's navy seized three Peruvian fishing boats off Arica on Monday, "
        "accusing them of fishing illegally in Chilean waters.",
        "Vietnam's coast guard detained two Chinese trawlers on Friday, accusing "
        "their crews of fishing in Vietnamese waters.",
    ],
)
def test_a_state_organ_blames_no_country_of_its_own(coder: Coder, text: str) -> None:
    found = _events(coder, text)
    blamed = [f for f in found if f[0][:2] in ("11", "12")]
    assert all(f[2] is None or f[2][:3] != f[1][:3] for f in blamed), found


def test_the_opposition_may_blame_its_country(coder: Coder) -> None:
    """Guard: a doer outside the state may accuse its own country."""
    found = _events(
        coder, "Russia's opposition leader accused Russia of waging a war of choice."
    )
    assert ("112", "RUSOPP", "RUSGOV") in found
