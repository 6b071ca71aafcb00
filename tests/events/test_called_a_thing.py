"""What one calls a thing names it; it is no appeal for it: "Reporters Without Borders
called the deportation 'a warning to foreign journalists'" is no appeal for a
deportation (020). One calls FOR an act ("called for the release").

Sentences written for these tests in wire style; the first gave 020 before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_naming_an_act_is_no_appeal_for_it(coder: Coder) -> None:
    found = coded(
        coder,
        'Reporters Without Borders called the deportation "a warning to every '
        'foreign journalist who wants to cover the trials".',
    )
    assert not any(c.startswith("02") for c, _, _ in found), found


def test_a_call_for_an_act_is_an_appeal(coder: Coder) -> None:
    """Guard: "called for the release of" stays an appeal."""
    found = coded(
        coder,
        "Reporters Without Borders called for the release of the two journalists "
        "held in Baku.",
    )
    assert any(c.startswith("02") for c, _, _ in found), found
