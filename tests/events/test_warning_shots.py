"""Warning shots are shots, not a threat: "fired tear gas and WARNING SHOTS", which the
parser reads as "warning" with "shots" as its object, is no warning (130).

Sentences written for these tests in wire style; the first gave 130 before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_warning_shots_are_no_threat(coder: Coder) -> None:
    found = coded(
        coder,
        "Soldiers fired tear gas and warning shots to disperse hundreds of youths "
        "who had blocked the road.",
    )
    assert not any(c.startswith("13") for c, _, _ in found), found


def test_a_warning_to_rebels_is_a_threat(coder: Coder) -> None:
    """Guard: "warned the rebels" stays a warning."""
    found = coded(
        coder,
        "The army warned the rebels that it would shoot anyone crossing the line.",
    )
    assert any(c == "130" for c, _, _ in found), found
