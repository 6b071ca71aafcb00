"""A verbless complement clause: "found 37 people GUILTY of taking part in the coup
attempt". The parser makes "guilty" a clause with "people" as its subject; the
adjective is the verb's predicate (what a pattern names) and its subject the verb's
object (whom the act is done to). Held-out round 13's report: every "found X guilty"
was silent.

Sentences written for these tests in wire style; each gave no event before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "A military court in Kinshasa found 37 people guilty of taking part in "
            "the coup attempt.",
            "CODJUD",
            "CODCVL",
        ),
        (
            "A court in Dhaka found former prime minister Sheikh Hasina guilty of "
            "crimes against humanity.",
            "BGDJUD",
            "BGDELI",
        ),
    ],
)
def test_found_guilty(coder: Coder, text: str, actor: str, target: str) -> None:
    assert ("116", actor, target) in coded(coder, text), coded(coder, text)


def test_a_finding_in_a_that_clause_is_no_small_clause(coder: Coder) -> None:
    """Guard: "found that the vote was fair" finds no one guilty."""
    found = coded(
        coder,
        "Observers from the African Union found that the vote was largely fair.",
    )
    assert not any(c == "116" for c, _, _ in found), found
