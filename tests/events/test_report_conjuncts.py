"""A verbal act joined to a report ("said the talks had been useful but ACCUSED Egypt
of bad faith") is the speaker's when the report's own subject names no one: the parser
hangs the second verb on the reported clause. A deed the report tells of ("were
abducted and SHOT dead, a rights group said") stays no act of the speaker's.

Sentences written for these tests in wire style; the first was silent before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes


def test_an_accusation_joined_to_a_report_is_the_speakers(coder: Coder) -> None:
    check_codes(
        coder,
        "Ethiopia's foreign minister said the talks had been useful but accused Egypt "
        "of bad faith.",
        "112",
        "ETHGOV",
        "EGY",
    )


def test_a_deed_joined_to_a_report_is_not_the_speakers(coder: Coder) -> None:
    events = coder.code_text(
        "At least six farmers were abducted and shot dead in Borno state, a human "
        "rights group said.",
        DAY,
    )
    assert not any(e.actor.text == "human rights group" for e in events), [
        (e.cameo, e.actor.code, e.actor.text) for e in events
    ]
