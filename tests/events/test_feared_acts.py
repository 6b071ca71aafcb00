"""An act named only as what is feared, pretended or prepared is not done: "said the
accusation was a PRETEXT FOR a new offensive", "fled amid FEARS OF a crackdown". An
act named for itself stays an act.

Sentences written for these tests in wire style; the first was coded 190 before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_an_offensive_named_as_a_pretext_is_not_done(coder: Coder) -> None:
    events = coded(
        coder,
        "Kinshasa said the accusation was a pretext for a new Rwandan offensive in "
        "North Kivu.",
    )
    assert not any(c.startswith("19") for c, _, _ in events), events


def test_an_offensive_named_for_itself_is_done(coder: Coder) -> None:
    events = coded(
        coder, "Rwandan troops launched a new offensive in North Kivu on Sunday."
    )
    assert any(c.startswith("19") for c, _, _ in events), events
