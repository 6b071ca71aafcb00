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


def test_what_a_body_has_done_since_a_time_is_a_standing_fact(coder: Coder) -> None:
    """ "the coalition, which has fought the Huthis since 2015, said ...": what it has
    done since a time says what the actor is; the news is what it said."""
    found = coded(
        coder,
        "The Saudi-led coalition, which has fought the Huthis since 2015, said on "
        "Tuesday it had shot down two drones over Jizan.",
    )
    assert found, found  # (the drones shot down, the news)
    assert not any(
        "YEM" in (actor or "") + (target or "") for _, actor, target in found
    ), found


def test_a_perfect_without_since_is_still_an_event(coder: Coder) -> None:
    """Guard: "the army, which has now retaken the town, said ..." tells an act."""
    found = coded(
        coder,
        "The army said it had attacked rebel positions near Goma on Monday, a day after "
        "the rebels, who have shelled the town, rejected a truce.",
    )
    assert any(code.startswith("19") for code, _, _ in found), found
