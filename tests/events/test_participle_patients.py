"""A passive participle with its doer named is done to the noun it describes:
"hundreds of people DETAINED BY TROOPS in 1996 were never seen again" is the
troops' detention of those people; a participle with no doer ("people detained
in 1996") names no one who did it.

Sentences written for these tests in wire style; the first was silent before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_people_detained_by_troops_are_whom_they_detained(coder: Coder) -> None:
    events = coded(
        coder,
        "Relatives say hundreds of civilians detained by Sri Lankan troops in 1996 were "
        "never seen again.",
    )
    assert any(
        c == "173" and s.startswith("LKAMIL") and (r or "").startswith("LKA")
        for c, s, r in events
    ), events


def test_a_government_backed_by_a_coalition_is_no_event(coder: Coder) -> None:
    # guard: "backed by" says who a side is, not a deed done to it
    events = coded(
        coder,
        "The war has pitted the rebels against the government of Yemen, backed by "
        "a Saudi-led coalition.",
    )
    assert not any(c.startswith("05") for c, _, _ in events), events
