"""A place taken from someone is taken from them, wherever the parser hangs "from":
"recaptured the village of Robotyne FROM RUSSIAN FORCES" is Ukraine's forces on
Russia's, not on the village's people; a place attacked "from" somewhere still hits
the place's people.

Sentences written for these tests in wire style; the first gave the village's
people as the target before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_place_retaken_from_a_foe_is_taken_from_the_foe(coder: Coder) -> None:
    events = coded(
        coder,
        "Ukrainian troops recaptured the village of Robotyne from Russian forces "
        "after weeks of fighting.",
    )
    assert any(c == "192" and (r or "").startswith("RUSMIL") for c, _, r in events), (
        events
    )


def test_a_place_shelled_from_the_hills_is_the_places_people(coder: Coder) -> None:
    events = coded(
        coder,
        "Rebels fired rockets at a village in Nigeria's Borno state from the hills.",
    )
    assert any(c.startswith("19") and r == "NGACVL" for c, _, r in events), events
