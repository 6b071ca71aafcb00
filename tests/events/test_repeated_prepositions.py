"""A slot's preposition said again for a second party is a second recipient: "held
talks with Egypt's president AND WITH Jordan's king" is talks with both; a second
"with" that names no party ("with Egypt and with great care") adds no one.

Sentences written for these tests in wire style; the first gave Egypt alone before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_repeated_with_names_a_second_party(coder: Coder) -> None:
    events = coded(
        coder,
        "The Saudi foreign minister held talks in Riyadh on Monday with Egypt's "
        "president and with Jordan's king.",
    )
    pairs = {(s[:3], r[:3] if r else None) for c, s, r in events if c == "046"}
    assert {("SAU", "EGY"), ("SAU", "JOR")} <= pairs, events


def test_a_repeated_preposition_without_a_party_adds_none(coder: Coder) -> None:
    events = coded(
        coder,
        "The Saudi foreign minister held talks in Riyadh on Monday with Egypt's "
        "president and with great urgency.",
    )
    targets = {
        r[:3] if r else None for c, s, r in events if c == "046" and s[:3] == "SAU"
    }
    assert targets == {"EGY"}, events
