"""A present-tense relative clause set off by a comma on a name says what the actor
is, not what it did: "Qatar, WHICH HOSTS the Taliban's political office, offered to
host talks" hosts no meeting (043) now. A past clause still tells an act ("the army,
which killed 12 rebels on Monday, said ...").

Sentences written for these tests in wire style; the first gave 043 before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_what_a_named_actor_is_makes_no_event(coder: Coder) -> None:
    found = coded(
        coder,
        "Qatar, which hosts the Taliban's political office, offered on Sunday to "
        "mediate between Kabul and Tehran.",
    )
    assert not any(c == "043" for c, _, _ in found), found


def test_a_past_clause_still_tells_an_act(coder: Coder) -> None:
    """Guard."""
    found = coded(
        coder,
        "Nigeria's army, which killed 12 militants in Borno on Monday, said it had "
        "lost two soldiers.",
    )
    assert any(c.startswith("19") or c.startswith("18") for c, _, _ in found), found
