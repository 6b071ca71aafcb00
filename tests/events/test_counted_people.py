"""People counted by their trade are whom an arrest or an assault was done to, even
when the base has no word for the trade (issue 10: every actor the story names).
"Police detained at least eight bakers" gave no event: "bakers" named no actor.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_counted_people_of_a_trade_are_the_arrested(coder: Coder) -> None:
    found = coded(
        coder, "Police detained at least eight bakers in Alexandria on Tuesday."
    )
    assert ("173", "EGYCOP", "EGYCVL") in found, found


def test_counted_arms_are_no_people(coder: Coder) -> None:
    """Guard: "fired 40 rockets" counts weapons, not whom they were fired at."""
    events = coder.code_text(
        "Rebels in Darfur fired 40 rockets at the town of Kutum.", "2021-06-09"
    )
    assert events
    assert all(e.recipient is None or "rockets" not in e.recipient.text for e in events)
